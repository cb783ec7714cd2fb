package parse

import (
	"strings"
	"testing"
)

// TestINITables: records exported as numbered INI sections ("[Indikator
// 1]", "[Program 2]", "[Kecamatan 3]") of the same "key = value" or "key:
// value" lines are read like TAB tables by every family, a "[Jumlah]"
// section after them as the total row.
func TestINITables(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran", "dpt"}, []docCase{{
		name: "capaian, one section per indicator, key = value",
		body: []string{"Capaian indikator diekspor dari aplikasi (satu blok per indikator).", "",
			"; capaian.ini", "[Umum]", "satker = KPU Kabupaten Sikka", "tahun = 2024", "",
			"[Indikator 1]", "nama = Persentase pengaduan pemilih yang ditindaklanjuti", "satuan = %", "target = 90,00", "realisasi = 93,60", "capaian = 104,00", "",
			"[Indikator 2]", "nama = Persentase dokumen pengadaan yang diunggah", "satuan = %", "target = 100,00", "realisasi = 88,00", "capaian = 88,00", "",
			"Sumber: aplikasi."},
		want: map[string][]string{"capaian": {"Persentase pengaduan pemilih yang ditindaklanjuti|90|93.6|104", "Persentase dokumen pengadaan yang diunggah|100|88|88"}},
	}, {
		name: "budget, key: value, a total section of its amounts only",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024 (dalam rupiah)", "",
			"[Program 1]", "kode: 076.01.WA", "uraian: Program Dukungan Manajemen", "pagu: 3.300.000.000", "realisasi: 3.135.000.000", "",
			"[Program 2]", "kode: 076.01.CQ", "uraian: Program Penyelenggaraan Pemilu", "pagu: 700.000.000", "realisasi: 665.000.000", "",
			"[Jumlah]", "pagu: 4.000.000.000", "realisasi: 3.800.000.000"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2024|3300000000|3135000000|165000000",
			"076.01.CQ|program||2024|700000000|665000000|35000000", "TOTAL|total||2024|4000000000|3800000000|200000000"}},
	}, {
		name: "DPT, one section per kecamatan, the kecamatan's name under nama",
		body: []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
			"[Kecamatan 1]", "nama = Lela", "laki_laki = 4.410", "perempuan = 4.652", "jumlah = 9.062", "",
			"[Kecamatan 2]", "nama = Bola", "laki_laki = 3.977", "perempuan = 4.120", "jumlah = 8.097", "",
			"[Total]", "nama = JUMLAH", "laki_laki = 8.387", "perempuan = 8.772", "jumlah = 17.159"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|LELA|<nil>|<nil>|4410|4652|9062",
			"pemilu|2024|kecamatan|BOLA|<nil>|<nil>|3977|4120|8097", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|8387|8772|17159"}},
	}, {
		name: "sections of other keys: no table",
		body: []string{"Tabel 3.1 Capaian Kinerja Tahun 2024", "",
			"[Indikator 1]", "nama = Persentase arsip tertata", "target = 80,00", "realisasi = 82,00", "",
			"[Indikator 2]", "nama = Persentase laporan tepat waktu", "sasaran = 100,00", "realisasi = 90,00"},
	}})
}

// TestINITablesLines: line numbers stay; an unnumbered section and
// sections holding other lines are left as written.
func TestINITablesLines(t *testing.T) {
	in := "x\n[Baris 1]\na = 1\nb = 2\n\n[Baris 2]\na = 3\nb = 4\n\ny"
	out := string(iniTables([]byte(in), nil))
	if strings.Count(out, "\n") != strings.Count(in, "\n") || !strings.Contains(out, "No\ta\tb\n1\t1\t2\n2\t3\t4\n") {
		t.Errorf("rewrite:\n%q", out)
	}
	for _, s := range []string{"x\n[Umum]\na = 1\nb = 2",
		"x\n[Baris 1]\na = 1\nteks biasa tanpa kunci\n\n[Baris 2]\na = 3\nb = 4"} {
		if got := string(iniTables([]byte(s), nil)); got != s {
			t.Errorf("iniTables(%q) = %q, want it unchanged", s, got)
		}
	}
}

// TestExportUnproven: a serialized table whose rows do not name the same
// columns is reported (tabel.tidak_dikenali), not dropped and not guessed.
func TestExportUnproven(t *testing.T) {
	checkUnproven(t, map[string][]string{
		"json": {"Tabel 3.3 Realisasi Anggaran Tahun 2024", "", "[", `  {"kode": "WA", "pagu": "1.000.000", "realisasi": "900.000"},`,
			`  {"kode": "CQ", "pagu": "2.000.000", "serapan": "90,00"}`, "]"},
		"reader": {"Tabel: Tabel 3.4 DPT Pemilu 2024. 3 baris, 4 kolom.", "Baris 1. Kecamatan: Hewokloang; L: 2.081; P: 2.005; L+P: 4.086.",
			"Baris 2. Kecamatan: Kewapante; L: 3.853; P: 3.821; L+P: 7.674.", "Akhir tabel."},
		"json, two tables, one unproven": {"{", `"anggaran": [`, `  {"kode": "WA", "pagu": "1.000.000", "realisasi": "900.000"}`, "],", `"dpt": [`,
			`  {"kecamatan": "Nita", "l": "2.081", "p": "2.005"},`, `  {"kecamatan": "Magepanda", "laki": "3.853", "p": "3.821"}`, "]}"},
		"ini": {"[Kecamatan 1]", "nama = Hewokloang", "l = 2.081", "p = 2.005", "", "[Kecamatan 2]", "nama = Kewapante", "l = 3.853", "jumlah = 7.674"},
	})
}
