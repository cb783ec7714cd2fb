package parse

import "testing"

// TestPeriodTargetOfTheYear: a capaian table with a realisation column per
// semester or triwulan whose one target column is labelled with the
// caption's year ("Target 2022") takes that column as the year's target,
// proven with the year-end realisation by the stated capaian; a target
// labelled with another year stays unread.
func TestPeriodTargetOfTheYear(t *testing.T) {
	table := func(caption, head string, rows ...string) []string {
		return append([]string{caption, "", head}, append(rows, "", "Sumber: Subbagian Program dan Data, diolah.")...)
	}
	semester := "No\tIndikator Kinerja\tSatuan\tTarget 2022\tRealisasi s.d. Semester I\tRealisasi s.d. Semester II\tCapaian (%)"
	checkDocs(t, []string{"capaian"}, []docCase{
		{"semester, cumulative", table("Tabel 3.1 Capaian Kinerja Tahun 2022", semester,
			"1\tPersentase partisipasi pemilih\t%\t80,00\t41,20\t84,00\t105,00",
			"2\tPersentase pelanggaran kode etik\t%\t10,00\t3,00\t5,00\t150,00"),
			map[string][]string{"capaian": {"Persentase partisipasi pemilih|80|84|105", "Persentase pelanggaran kode etik|10|5|150"}}},
		{"triwulan up to date, header in capitals", table("Tabel 3 Pengukuran Kinerja TAHUN 2023",
			"NO\tINDIKATOR KINERJA\tTARGET 2023\tREALISASI S.D. TW I\tREALISASI S.D. TW II\tREALISASI S.D. TW III\tREALISASI S.D. TW IV\tCAPAIAN (%)",
			"1\tPersentase partisipasi pemilih\t77,50\t20,00\t41,00\t60,50\t79,05\t102,00"),
			map[string][]string{"capaian": {"Persentase partisipasi pemilih|77.5|79.05|102"}}},
		{"the target of another year: not the year's", table("Tabel 3.1 Capaian Kinerja Tahun 2021",
			"No\tIndikator Kinerja\tSatuan\tTarget 2022\tRealisasi s.d. Semester I\tRealisasi s.d. Semester II\tCapaian (%)",
			"1\tPersentase partisipasi pemilih\t%\t80,00\t41,20\t84,00\t105,00"),
			map[string][]string{"capaian": {"Persentase partisipasi pemilih|<nil>|84|105"}}},
	})
}
