package parse

import "testing"

// quotaDoc sets lines copied from a program's output into a report whose
// tables are TAB tables, between two paragraphs.
func quotaDoc(lead string, lines ...string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "", lead, ""}
	out = append(out, lines...)
	return append(out, "", "Catatan tersebut bukan bagian dari pengukuran kinerja sekretariat.", "")
}

// TestKVTitleBlockClass: a key : value record titled by the line above it
// is an indicator's row when its keys say Target (kv_title.go); a title
// that opens a code literal's block ("quota {", a shop's sales quota in
// protobuf text) names no indicator and the record loads nothing, while a
// titled indicator record still loads.
func TestKVTitleBlockClass(t *testing.T) {
	lead := "Koperasi pegawai mencatat kuota penjualan pulsa bulan Desember dalam berkas konfigurasi tokonya:"
	checkDocs(t, []string{"capaian"}, []docCase{
		{"an indicator titled above Target / Realisasi / Capaian: loads", quotaDoc(
			"Capaian indikator kinerja utama tahun 2024 disajikan berikut.",
			"Persentase Partisipasi Pemilih dalam Pemilu",
			"Target    : 77,50",
			"Realisasi : 80,94",
			"Capaian   : 104,44"),
			map[string][]string{"capaian": {"Persentase Partisipasi Pemilih dalam Pemilu|77.5|80.94|104.44"}}},
		// look-alikes
		{"protobuf text quota, target / used / left: nothing", quotaDoc(lead,
			"quota {", "  target: 200", "  used: 150", "  left: 75", "}"), nil},
		{"protobuf text quota, target / realisasi / capaian keys: nothing", quotaDoc(lead,
			"quota {", "  target: 200", "  realisasi: 150", "  capaian: 75", "}"), nil},
		{"a named sales_quota message with a percentage: nothing", quotaDoc(lead,
			"sales_quota {", `  name: "Penjualan Voucher"`, "  target: 200", "  used: 150", "  left: 50", "  pct: 75", "}"), nil},
		{"a config list opened by a bracket: nothing", quotaDoc(lead,
			"kuota_cabang = [", "  target: 120", "  terjual: 90", "  capaian: 75", "]"), nil},
	})
}
