package parse

import (
	"strings"
	"testing"
)

// dashboardDoc sets a dashboard's lines under a DPT caption in a report
// whose other tables are TAB tables.
func dashboardDoc(caption string, board ...string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "", caption, "",
		"[Cetak layar: dasbor aplikasi - diketik ulang]", "", strings.Repeat("=", 60),
		"SIDALIH | Dasbor Rekapitulasi | KPU Kabupaten Sikka", "Pemilihan: PEMILU 2024   Data per: 20-06-2023",
		strings.Repeat("=", 60), ""}
	out = append(out, board...)
	return append(out, "", strings.Repeat("=", 60), "Angka pada dasbor adalah hasil rekapitulasi.", "")
}

// abreast sets records side by side, each column w runes wide.
func abreast(w int, cols ...[]string) []string {
	var out []string
	for k := 0; ; k++ {
		line, any := "", false
		for _, c := range cols {
			cell := ""
			if k < len(c) {
				cell, any = c[k], true
			}
			line += cell + strings.Repeat(" ", max(0, w-len([]rune(cell))))
		}
		if !any {
			return out
		}
		out = append(out, strings.TrimRight(line, " "))
	}
}

// TestDashboardDPTClass: a DPT printed from a progress dashboard, one
// record a kecamatan under a marked name line, its fields `label : value`
// where a label names several roles parted by `/` and the value as many
// figures; L + P = total proves a record, the kabupaten's must be the
// sums; a progress fraction counts only when complete, and a record
// whose work is unfinished is no part of the roll.
func TestDashboardDPTClass(t *testing.T) {
	const cap24 = "Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	// stacked, `>` marks, a fraction of villages done, L / P on one line,
	// the kabupaten last
	stacked := dashboardDoc(cap24,
		"> ALOK",
		"    Progres pencocokan  [##########] 100 %",
		"    Desa/Kel. selesai : 12 / 12",
		"    TPS               : 60",
		"    Pemilih L / P     : 7.210 / 7.305",
		"    Total Pemilih     : 14.515",
		"",
		"> NITA",
		"    Progres pencocokan  [##########] 100 %",
		"    Desa/Kel. selesai : 12 / 12",
		"    TPS               : 41",
		"    Pemilih L / P     : 4.120 / 4.033",
		"    Total Pemilih     : 8.153",
		"",
		"> KABUPATEN SIKKA (seluruh kecamatan)",
		"    Desa/Kel. selesai : 24 / 24",
		"    TPS               : 101",
		"    Pemilih L / P     : 11.330 / 11.338",
		"    Total Pemilih     : 22.668")
	// the same with one kecamatan unfinished (`9 / 12`): its counts are so
	// far, not the roll's, and the whole over it proves nothing
	unfinished := dashboardDoc(cap24,
		"> ALOK",
		"    Progres pencocokan  [##########] 100 %",
		"    Desa/Kel. selesai : 12 / 12",
		"    TPS               : 60",
		"    Pemilih L / P     : 7.210 / 7.305",
		"    Total Pemilih     : 14.515",
		"",
		"> NITA",
		"    Progres pencocokan  [#######...]  75 %",
		"    Desa/Kel. selesai : 9 / 12",
		"    TPS               : 41",
		"    Pemilih L / P     : 4.120 / 4.033",
		"    Total Pemilih     : 8.153",
		"",
		"> KABUPATEN SIKKA (seluruh kecamatan)",
		"    Desa/Kel. selesai : 21 / 24",
		"    TPS               : 101",
		"    Pemilih L / P     : 11.330 / 11.338",
		"    Total Pemilih     : 22.668")
	// two abreast, `▶` marks, the kabupaten first, sexes in words,
	// TPS and desa paired on one line
	twoAbreast := dashboardDoc(cap24, append(append(
		abreast(40,
			[]string{"▶ TOTAL KABUPATEN", "  TPS / Desa          : 95 / 17", "  Laki-laki/Perempuan : 10.120/9.880", "  Jumlah              : 20.000"},
			[]string{"▶ Kecamatan Waigete", "  TPS / Desa          : 50 / 9", "  Laki-laki/Perempuan : 5.100/5.200", "  Jumlah              : 10.300"}),
		""),
		abreast(40,
			[]string{"▶ Kecamatan Talibura", "  TPS / Desa          : 45 / 8", "  Laki-laki/Perempuan : 5.020/4.680", "  Jumlah              : 9.700"})...)...)
	// `»` marks, three roles on one line, the P / L order, desa without
	// "selesai", a kecamatan named Kota (no whole: not the sums), the
	// kabupaten by "Kab."
	three := dashboardDoc(cap24,
		"» Kota Baru",
		"   Desa/Kel.   : 6",
		"   L/P/Total   : 2.015/1.990/4.005",
		"",
		"» Paga",
		"   Desa/Kel.   : 10",
		"   P / L / L+P : 3.100 / 3.000 / 6.100",
		"",
		"» Mego",
		"   Desa/Kel.   : 7",
		"   L/P/Total   : 2.500/2.400/4.900",
		"",
		"» Kab. Sikka",
		"   Desa/Kel.   : 23",
		"   L/P/Total   : 7.515/7.490/15.005")
	// look-alikes: a dashboard of coklit progress only; records whose
	// sexes do not add up to the total; a mail quoted with `>`
	progress := dashboardDoc(cap24,
		"> ALOK",
		"    Desa/Kel. selesai : 9 / 12",
		"    Pemilih dicoklit  : 9.000 / 14.515",
		"",
		"> NITA",
		"    Desa/Kel. selesai : 3 / 12",
		"    Pemilih dicoklit  : 2.000 / 8.153")
	offTotal := dashboardDoc(cap24,
		"> ALOK",
		"    Pemilih L / P     : 7.210 / 7.305",
		"    Total Pemilih     : 14.000",
		"",
		"> NITA",
		"    Pemilih L / P     : 4.120 / 4.033",
		"    Total Pemilih     : 8.000")
	// a record stating its total twice, differently: left out, and the
	// kabupaten with it (no longer the sums)
	twice := dashboardDoc(cap24,
		"> ALOK",
		"    Pemilih L / P / Total : 7.210 / 7.305 / 14.515",
		"    Total Pemilih         : 14.600",
		"",
		"> NITA",
		"    Pemilih L / P / Total : 4.120 / 4.033 / 8.153",
		"",
		"> BOLA",
		"    Pemilih L / P / Total : 2.015 / 1.990 / 4.005",
		"",
		"> KABUPATEN SIKKA",
		"    Pemilih L / P / Total : 13.345 / 13.328 / 26.673")
	quoted := dashboardDoc("Tabel 3.5 Korespondensi",
		"> Mohon data DPT per kecamatan dikirim segera",
		"> dengan rincian L / P dan jumlah.",
		"",
		"> Terima kasih, data menyusul 12 / 12 / 2023")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"stacked records, L / P paired, the kabupaten last", stacked, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|12|60|7210|7305|14515",
			"pemilu|2024|kecamatan|NITA|12|41|4120|4033|8153",
			"pemilu|2024|kabupaten|Kabupaten Sikka|24|101|11330|11338|22668",
		}}},
		{"two abreast, TPS / Desa paired, the kabupaten first", twoAbreast, map[string][]string{"dpt": {
			"pemilu|2024|kabupaten|Kabupaten Sikka|17|95|10120|9880|20000",
			"pemilu|2024|kecamatan|WAIGETE|9|50|5100|5200|10300",
			"pemilu|2024|kecamatan|TALIBURA|8|45|5020|4680|9700",
		}}},
		{"L/P/Total in one field, P / L order, a kecamatan named Kota", three, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|KOTA BARU|6|<nil>|2015|1990|4005",
			"pemilu|2024|kecamatan|PAGA|10|<nil>|3000|3100|6100",
			"pemilu|2024|kecamatan|MEGO|7|<nil>|2500|2400|4900",
			"pemilu|2024|kabupaten|Kabupaten Sikka|23|<nil>|7515|7490|15005",
		}}},
		{"a total stated twice, differently", twice, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153",
			"pemilu|2024|kecamatan|BOLA|<nil>|<nil>|2015|1990|4005",
		}}},
		{"an unfinished record", unfinished, nil},
		{"a dashboard of coklit progress only", progress, nil},
		{"records off their totals", offTotal, nil},
		{"a mail quoted with >", quoted, nil},
	})
}
