package parse

import "testing"

// TestBudgetYearRowsUntitled: a table of several years' budget totals whose
// first column has no title (`| | Pagu | Realisasi | % |`) keys each row's
// total by the year its label names, never the report year's (2024 here);
// a row summing or comparing the years ("Jumlah", "Rata-rata", "Kenaikan")
// and a row whose label is no year alone ("2023 (unaudited)") are no
// year's total; a lone year row is that year's total.
func TestBudgetYearRowsUntitled(t *testing.T) {
	y21 := "TOTAL|total||2021|9100000000|8800000000|300000000"
	y22 := "TOTAL|total||2022|11250000000|10875500000|374500000"
	y23 := "TOTAL|total||2023|16400000000|16072000000|328000000"
	checkDocs(t, []string{"anggaran"}, []docCase{{
		name: "TAB rows, an average under them",
		body: []string{"Tabel 3.11 Perbandingan Realisasi Anggaran KPU Kabupaten Sikka", "",
			"\tPagu\tRealisasi\t%",
			"2021\t9.100.000.000\t8.800.000.000\t96,70", "2022\t11.250.000.000\t10.875.500.000\t96,67",
			"2023\t16.400.000.000\t16.072.000.000\t98,00", "Rata-rata\t12.250.000.000\t11.915.833.333\t97,12"},
		want: map[string][]string{"anggaran": {y21, y22, y23}},
	}, {
		name: "pipe rows, a sum under them",
		body: []string{"Tabel 3.4 Anggaran dan Realisasi Tiga Tahun Terakhir", "",
			"| | Pagu | Realisasi | % |", "|---|---|---|---|",
			"| 2022 | 11.250.000.000 | 10.875.500.000 | 96,67 |", "| 2023 | 16.400.000.000 | 16.072.000.000 | 98,00 |",
			"| Jumlah | 27.650.000.000 | 26.947.500.000 | 97,46 |"},
		want: map[string][]string{"anggaran": {y22, y23}},
	}, {
		name: "aligned rows, a change under them",
		body: []string{"Tabel 3.12 Realisasi Anggaran per Tahun", "",
			"                Pagu             Realisasi        %",
			"2021       9.100.000.000     8.800.000.000    96,70",
			"2022      11.250.000.000    10.875.500.000    96,67",
			"Kenaikan   2.150.000.000     2.075.500.000    -0,03"},
		want: map[string][]string{"anggaran": {y21, y22}},
	}, {
		name: "one earlier year's row alone",
		body: []string{"Tabel 3.7 Realisasi Anggaran Tahun Sebelumnya", "",
			"\tPagu\tRealisasi\tSisa", "2023\t16.400.000.000\t16.072.000.000\t328.000.000"},
		want: map[string][]string{"anggaran": {y23}},
	}, {
		name: "labels with notes: no year proven",
		body: []string{"Tabel 3.11 Perbandingan Realisasi Anggaran", "",
			"\tPagu\tRealisasi\t%",
			"2022 (audited)\t11.250.000.000\t10.875.500.000\t96,67", "2023 (unaudited)\t16.400.000.000\t16.072.000.000\t98,00"},
		want: map[string][]string{"anggaran": nil},
	}})
}
