package parse

import "testing"

// TestLabelledRowsEnglish: a report written in English writes its lists
// of labelled rows with English cell names ("actual", "ceiling",
// "polling stations", "male"): they are the Indonesian columns.
func TestLabelledRowsEnglish(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran", "dpt"}, []docCase{
		listCase("capaian", "Performance 2024", "capaian", []string{
			"- Persentase arsip yang dikelola: target 80.00%; actual 84.00%; achievement 105.00%",
			"- Opini BPK atas Laporan Keuangan: target WTP; actual WTP; achievement 100%"},
			"Persentase arsip yang dikelola|80|84|105", "Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"),
		listCase("budget", "Budget 2024", "anggaran", []string{
			"- Program Dukungan Manajemen (076.01.WA): ceiling Rp 1.000.000.000; realised Rp 900.000.000; balance Rp 100.000.000",
			"- Pengelolaan Keuangan (3355): ceiling Rp 600.000.000; realised Rp 550.000.000; balance Rp 50.000.000",
			"- Operasional (3360): ceiling Rp 400.000.000; realised Rp 350.000.000; balance Rp 50.000.000"},
			"076.01.WA|program||2024|1000000000|900000000|100000000", "3355|kegiatan|076.01.WA|2024|600000000|550000000|50000000",
			"3360|kegiatan|076.01.WA|2024|400000000|350000000|50000000"),
		listCase("voter roll under an English caption", "Final Voters List (DPT), General Election 2024", "dpt", []string{
			"- Paga: polling stations 54; male 4.081; female 4.005; total 8.086",
			"- Mego: polling stations 42; male 3.853; female 3.821; total 7.674"},
			"pemilu|2024|kecamatan|PAGA|<nil>|54|4081|4005|8086", "pemilu|2024|kecamatan|MEGO|<nil>|42|3853|3821|7674"),
	})
}

// listCase is a case of one list under its caption (a paragraph apart)
// whose rows of family fam must be want.
func listCase(name, caption, fam string, items []string, want ...string) docCase {
	c := docCase{name: name, body: append([]string{caption, ""}, items...)}
	if len(want) > 0 {
		c.want = map[string][]string{fam: want}
	}
	return c
}
