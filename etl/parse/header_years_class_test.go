package parse

import "testing"

// TestBudgetYearGroups: a budget table whose header groups the amounts by
// fiscal year gives each year's rows as facts of that year, however the
// header says the year: a merged cell over its columns (the cells to its
// right empty, or the year repeated over each), the year alone, the year
// row under the role row, or the year inside each column's title. A value
// column without a year, or a header naming a range of years, leaves the
// table as it was (no year's rows).
func TestBudgetYearGroups(t *testing.T) {
	rows := []string{"076.01.WA\tProgram Dukungan Manajemen\t2.400.000.000\t2.300.000.000\t2.900.000.000\t2.850.000.000\t98,28",
		"3355\tPengelolaan Keuangan\t800.000.000\t790.000.000\t1.000.000.000\t980.000.000\t98,00",
		"3360\tOperasional Perkantoran\t1.600.000.000\t1.510.000.000\t1.900.000.000\t1.870.000.000\t98,42",
		"\tJumlah\t2.400.000.000\t2.300.000.000\t2.900.000.000\t2.850.000.000\t98,28"}
	both := map[string][]string{"anggaran": {
		"076.01.WA|program||2020|2400000000|2300000000|100000000", "3355|kegiatan|076.01.WA|2020|800000000|790000000|10000000",
		"3360|kegiatan|076.01.WA|2020|1600000000|1510000000|90000000", "TOTAL|total||2020|2400000000|2300000000|100000000",
		"076.01.WA|program||2024|2900000000|2850000000|50000000", "3355|kegiatan|076.01.WA|2024|1000000000|980000000|20000000",
		"3360|kegiatan|076.01.WA|2024|1900000000|1870000000|30000000", "TOTAL|total||2024|2900000000|2850000000|50000000"}}
	table := func(header ...string) []string {
		return append(append([]string{"Tabel 3.3 Perbandingan Realisasi Anggaran TA 2020 dan TA 2024", ""}, header...), rows...)
	}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"TA year merged over its columns", table("Kode\tProgram/Kegiatan\tTA 2020\t\tTA 2024\t\t",
			"\t\tPagu\tRealisasi\tPagu\tRealisasi\tSerapan (%)"), both},
		{"the year repeated over each column", table("Kode\tUraian\tTahun 2020\tTahun 2020\tTahun 2024\tTahun 2024\tTahun 2024",
			"\t\tPagu (Rp)\tRealisasi (Rp)\tPagu (Rp)\tRealisasi (Rp)\t%"), both},
		{"the year alone", table("Kode\tProgram/Kegiatan\t2020\t\t2024\t\t",
			"\t\tAnggaran\tRealisasi\tAnggaran\tRealisasi\tSerapan"), both},
		{"the year inside each title", table("Kode\tProgram/Kegiatan\tPagu 2020\tRealisasi 2020\tPagu TA 2024\tRealisasi TA 2024\tSerapan 2024 (%)"), both},
		{"the year row under the role row", append([]string{"Tabel 3.3 Perbandingan Realisasi Anggaran", "",
			"Kode\tProgram/Kegiatan\tPagu\t\tRealisasi\t\tSerapan (%)", "\t\t2020\t2024\t2020\t2024\t2024"},
			"076.01.WA\tProgram Dukungan Manajemen\t2.400.000.000\t2.900.000.000\t2.300.000.000\t2.850.000.000\t98,28",
			"3355\tPengelolaan Keuangan\t800.000.000\t1.000.000.000\t790.000.000\t980.000.000\t98,00",
			"3360\tOperasional Perkantoran\t1.600.000.000\t1.900.000.000\t1.510.000.000\t1.870.000.000\t98,42",
			"\tJumlah\t2.400.000.000\t2.900.000.000\t2.300.000.000\t2.850.000.000\t98,28"), both},
		{"a pagu of no year beside realisasi of two years: not cut", table("Kode\tProgram/Kegiatan\tPagu\tRealisasi 2020\tPagu Revisi\tRealisasi 2024\tSerapan (%)"), nil},
		{"a range of years in a group: not cut", table("Kode\tProgram/Kegiatan\tRenstra 2020-2024\t\tTA 2024\t\t",
			"\t\tPagu\tRealisasi\tPagu\tRealisasi\tSerapan (%)"), nil},
	})
}

// TestCapaianYearGroups: a capaian table whose header gives each column a
// year and a role reads the report year's target and realisation as the
// capaian and the earlier year's as its series, however the header says
// it: the year merged over its roles, repeated over each, alone, inside
// each title, or a row of years under the roles.
func TestCapaianYearGroups(t *testing.T) {
	rows := []string{"1\tPersentase partisipasi pemilih\t75,00\t76,42\t80,00\t82,17\t102,71", "2\tPersentase laporan tepat waktu\t60,00\t61,27\t65,00\t66,10\t101,69"}
	want := map[string][]string{
		"capaian": {"Persentase partisipasi pemilih|80|82.17|102.71", "Persentase laporan tepat waktu|65|66.1|101.69"},
		"capaian_seri": {"Persentase partisipasi pemilih|2020|target|75", "Persentase partisipasi pemilih|2020|realisasi|76.42",
			"Persentase laporan tepat waktu|2020|target|60", "Persentase laporan tepat waktu|2020|realisasi|61.27"}}
	table := func(header ...string) []string {
		return append(append([]string{"Tabel 3.1 Capaian Kinerja Tahun 2020 dan 2024", ""}, header...), rows...)
	}
	checkDocs(t, []string{"capaian", "capaian_seri"}, []docCase{
		{"the year merged over its roles", table("No\tIndikator Kinerja\tTahun 2020\t\tTahun 2024\t\t",
			"\t\tTarget\tRealisasi\tTarget\tRealisasi\tCapaian (%)"), want},
		{"the year repeated over each role", table("No\tIndikator Kinerja\tTahun 2020\tTahun 2020\tTahun 2024\tTahun 2024\tTahun 2024",
			"\t\tTarget\tRealisasi\tTarget\tRealisasi\tCapaian (%)"), want},
		{"the year alone", table("No\tIndikator Kinerja\t2020\t\t2024\t\t", "\t\tTarget\tRealisasi\tTarget\tRealisasi\tCapaian (%)"), want},
		{"the year inside each title", table("No\tIndikator Kinerja\tTarget 2020\tRealisasi 2020\tTarget 2024\tRealisasi 2024\tCapaian (%)"), want},
		{"a row of years under the roles", append([]string{"Tabel 3.1 Capaian Kinerja", "",
			"No\tIndikator Kinerja\tTarget\t\tRealisasi\t\tCapaian (%)", "\t\t2020\t2024\t2020\t2024\t2024"},
			"1\tPersentase partisipasi pemilih\t75,00\t80,00\t76,42\t82,17\t102,71", "2\tPersentase laporan tepat waktu\t60,00\t65,00\t61,27\t66,10\t101,69"), want},
	})
}
