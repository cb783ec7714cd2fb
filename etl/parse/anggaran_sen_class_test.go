package parse

import "testing"

// TestBudgetSenColumns: a budget table that writes rupiah and sen in
// columns of their own ("Pagu (Rp) | Sen"). A sen cell is no figure of its
// own; "00" leaves the rupiah whole, any other sen makes the amount not a
// whole rupiah, which the warehouse cannot hold: NULL. A total row may be
// labelled with the summation sign alone.
func TestBudgetSenColumns(t *testing.T) {
	lead := []string{"BAB III AKUNTABILITAS KINERJA", "", "Tabel 3.3 Realisasi Anggaran Tahun 2022 (dalam rupiah)", ""}
	body := func(hdr string, rows ...string) []string {
		return append(append(append([]string{}, lead...), hdr), rows...)
	}
	const hdr = "Kode\tUraian\tPagu (Rp)\tSen\tRealisasi (Rp)\tSen\tSisa (Rp)\tSen\tSerapan (%)"
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"whole sen, sigma total", body(hdr,
			"076.01.WA\tProgram Dukungan Manajemen\t1.640.000.000\t00\t1.600.120.000\t00\t39.880.000\t00\t97,57",
			"3358\tPengelolaan Sumber Daya Manusia\t410.000.000\t00\t400.120.000\t00\t9.880.000\t00\t97,59",
			"\t∑\t1.640.000.000\t00\t1.600.120.000\t00\t39.880.000\t00\t97,57"),
			map[string][]string{"anggaran": {
				"076.01.WA|program||2022|1640000000|1600120000|39880000",
				"3358|kegiatan|076.01.WA|2022|410000000|400120000|9880000",
				"TOTAL|total||2022|1640000000|1600120000|39880000"}}},
		{"greek sigma, a non-zero sen", body(hdr,
			"076.01.CQ\tProgram Penyelenggaraan Pemilu\t720.000.000\t00\t700.250.100\t50\t19.749.899\t50\t97,26",
			"Σ\t\t720.000.000\t00\t700.250.100\t50\t19.749.899\t50\t97,26"),
			map[string][]string{"anggaran": {
				"076.01.CQ|program||2022|720000000|<nil>|<nil>",
				"TOTAL|total||2022|720000000|<nil>|<nil>"}}},
	})
}

// TestSumSignTotalRow: the summation sign alone labels a roll's total row
// too; without it the row is no total and the kabupaten row is missing.
func TestSumSignTotalRow(t *testing.T) {
	lead := []string{"BAB III AKUNTABILITAS KINERJA", "", "Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan", "",
		"No\tKecamatan\tDesa/Kel\tTPS\tL\tP\tL+P", "1\tPAGA\t17\t60\t8.100\t8.350\t16.450", "2\tMEGO\t10\t41\t5.020\t5.300\t10.320"}
	want := []string{"pemilu|2019|kecamatan|PAGA|17|60|8100|8350|16450", "pemilu|2019|kecamatan|MEGO|10|41|5020|5300|10320",
		"pemilu|2019|kabupaten|Kabupaten Sikka|27|101|13120|13650|26770"}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"n-ary summation", append(append([]string{}, lead...), "\t∑\t27\t101\t13.120\t13.650\t26.770"), map[string][]string{"dpt": want}},
		{"greek sigma in the number column", append(append([]string{}, lead...), "Σ\t\t27\t101\t13.120\t13.650\t26.770"), map[string][]string{"dpt": want}},
	})
}
