package parse

import "testing"

// TestSeriesYearsRealised: a table of indicators with a column per year
// whose header names no kind (no "Realisasi", no "Target") is a series of
// realisations when the caption names a trend ("Perkembangan", "Tren",
// "Trend") or each year column is an election ("Pilkada 2018 | Pemilu
// 2019"), also under a second, English header row, or with each title
// cut by a PDF into a word and a year cell over one column. A caption of targets,
// a year after the report's, or elections beside bare years leave it
// unread (tabel.tidak_dikenali).
func TestSeriesYearsRealised(t *testing.T) {
	rows := []string{"Persentase Partisipasi Pemilih\t74,86\t81,02\t83,71", "Persentase Partisipasi Pemilih Perempuan\t77,43\t83,37\t85,96"}
	want := func(y1, y2, y3 string) map[string][]string {
		return map[string][]string{"capaian_seri": {
			"Persentase Partisipasi Pemilih|" + y1 + "|realisasi|74.86", "Persentase Partisipasi Pemilih|" + y2 + "|realisasi|81.02",
			"Persentase Partisipasi Pemilih|" + y3 + "|realisasi|83.71", "Persentase Partisipasi Pemilih Perempuan|" + y1 + "|realisasi|77.43",
			"Persentase Partisipasi Pemilih Perempuan|" + y2 + "|realisasi|83.37", "Persentase Partisipasi Pemilih Perempuan|" + y3 + "|realisasi|85.96"}}
	}
	table := func(caption string, header ...string) []string {
		return append(append([]string{caption, ""}, header...), rows...)
	}
	checkDocs(t, []string{"capaian_seri"}, []docCase{
		{"a trend caption over bare years", table("Tabel 3.2 Perkembangan Partisipasi Pemilih", "Indikator\t2019\t2020\t2024"), want("2019", "2020", "2024")},
		{"elections as the year columns, a plain caption", table("Tabel 3.2 Partisipasi Pemilih", "Indikator Kinerja\tPilkada 2018\tPemilu 2019\tPemilu 2024"),
			want("2018", "2019", "2024")},
		{"bilingual: an English header row under the Indonesian one", table("Tabel 3.2 Partisipasi / Table 3.2 Turnout",
			"Indikator\tPilkada 2018\tPemilu 2019\tPemilu 2024", "Indicator\tLocal Election 2018\tGeneral Election 2019\tElection 2024"), want("2018", "2019", "2024")},
		{"a heading Indonesian / English over bare years", table("Tabel 3.2 Perkembangan Partisipasi / Table 3.2 Turnout Trend",
			"Indikator / Indicator\t2018\t2019\t2024"), want("2018", "2019", "2024")},
		{"a PDF's election titles cut in two cells, the values under the words", []string{"Tabel 3.2 Perkembangan Partisipasi", "",
			"Indikator\tPilkada\t2018\tPemilu\t2019\tPemilu\t2024", "Persentase Partisipasi Pemilih\t74,86\t\t81,02\t\t83,71",
			"Persentase Partisipasi Pemilih Perempuan\t77,43\t\t83,37\t\t85,96"}, want("2018", "2019", "2024")},
		{"a trend caption with a year after the report's: unread", table("Tabel 3.2 Perkembangan Partisipasi Pemilih", "Indikator\t2023\t2024\t2025"), nil},
		{"targets per year: unread", table("Tabel 3.2 Target Kinerja Partisipasi", "Indikator\tPemilu 2019\tPemilu 2024\tPemilu 2029"), nil},
		{"elections beside a bare year: unread", table("Tabel 3.2 Partisipasi Pemilih", "Indikator\tPilkada 2018\t2019\tPemilu 2024"), nil},
		{"bare years under a plain caption: unread", table("Tabel 3.2 Partisipasi Pemilih", "Indikator\t2018\t2019\t2024"), nil},
	})
}
