package parse

import "testing"

// TestListingDPTClass: a kecamatan DPT printed by a statistics package
// (SAS PROC PRINT with a SUM statement, a Stata list with its sums, a
// listing of other variable names): the row numbers are no figure, the
// page heading and the header stand again on each page, and the
// unlabelled line under the rule is the kabupaten's row only when each
// figure is its column's sum.
func TestListingDPTClass(t *testing.T) {
	// SAS over two pages: the title with its time and page number and the
	// header again, names of several words, a `=` rule and the sums
	sas := foreignDoc("Tabel 3.4 Rekapitulasi DPT Pilkada 2020 per Kecamatan",
		[]string{"[Salinan: listing SAS PROC PRINT data pemilih]", "",
			"                     The SAS System        14:05 Monday, March 1, 2021   1"},
		"  Obs    KECAMATAN             DESA    TPS        L        P   JUMLAH",
		"",
		"    1    ALOK                    12     60    7.210    7.305   14.515",
		"    2    ALOK TIMUR               9     41    4.120    4.033    8.153",
		"",
		"                     The SAS System        14:05 Monday, March 1, 2021   2",
		"",
		"  Obs    KECAMATAN             DESA    TPS        L        P   JUMLAH",
		"",
		"    3    NITA                     6     20    2.015    1.990    4.005",
		"                                ====== ====== ======== ======== ========",
		"                                   27    121   13.345   13.328   26.673")
	// a Stata list: no row-number header, numbered rows `1.`, a `-` rule
	// and a `Sum` line; lower-case variable names, TPS before desa
	stata := foreignDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		[]string{". list kecamatan tps desa l p jumlah, clean noobs sum"},
		"       kecamatan    tps   desa       l       p   jumlah",
		"  1.   MAGEPANDA     20      6   2.015   1.990    4.005",
		"  2.   WAIGETE       25     10   3.100   3.000    6.100",
		"  3.   BOLA          11      5   1.200   1.300    2.500",
		"       ----------------------------------------------",
		"  Sum                56     21   6.315   6.290   12.605")
	// a listing of CSV variable names: the total before the sexes, no desa
	// column, one-token names joined by `_`
	vars := foreignDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan",
		[]string{"PROC PRINT DATA=DPT_KEC; SUM TPS TOTAL_DPT PEMILIH_L PEMILIH_P; RUN;"},
		"Obs   NAMA_KECAMATAN     TOTAL_DPT   PEMILIH_L   PEMILIH_P   TPS",
		"  1   ALOK_BARAT             9.000       4.400       4.600    40",
		"  2   ALOK_TIMUR             8.153       4.120       4.033    41",
		"  3   NITA                   4.005       2.015       1.990    20",
		"                         =========   =========   =========   ===",
		"                            21.158      10.535      10.623   101")
	// look-alikes: a SAS listing of school pupils; a voters' listing whose
	// line under the rule is a mean, not the sums; sums with no rule
	school := foreignDoc("Tabel 3.6 Data Peserta Didik per Kecamatan",
		[]string{"                     The SAS System        14:05 Monday, March 1, 2021   1"},
		"  Obs    KECAMATAN        L        P   JUMLAH",
		"    1    ALOK         2.210    2.305    4.515",
		"    2    NITA         1.120    1.033    2.153",
		"    3    BOLA           515      490    1.005",
		"                   ======== ======== ========",
		"                      3.845    3.828    7.673")
	mean := foreignDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		[]string{"                     The SAS System        14:05 Monday, March 1, 2021   1"},
		"  Obs    KECAMATAN        L        P   JUMLAH",
		"    1    ALOK         2.210    2.305    4.515",
		"    2    NITA         1.120    1.033    2.153",
		"    3    BOLA           515      490    1.005",
		"                   ======== ======== ========",
		"                      1.282    1.276    2.558")
	norule := foreignDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		[]string{"                     The SAS System        14:05 Monday, March 1, 2021   1"},
		"  Obs    KECAMATAN        L        P   JUMLAH",
		"    1    ALOK         2.210    2.305    4.515",
		"    2    NITA         1.120    1.033    2.153",
		"    3    BOLA           515      490    1.005",
		"                      3.845    3.828    7.673")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"a SAS PROC PRINT over two pages", sas, map[string][]string{"dpt": {
			"pilkada|2020|kecamatan|ALOK|12|60|7210|7305|14515",
			"pilkada|2020|kecamatan|ALOK TIMUR|9|41|4120|4033|8153",
			"pilkada|2020|kecamatan|NITA|6|20|2015|1990|4005",
			"pilkada|2020|kabupaten|Kabupaten Sikka|27|121|13345|13328|26673",
		}}},
		{"a Stata list with its Sum line", stata, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|MAGEPANDA|6|20|2015|1990|4005",
			"pemilu|2024|kecamatan|WAIGETE|10|25|3100|3000|6100",
			"pemilu|2024|kecamatan|BOLA|5|11|1200|1300|2500",
			"pemilu|2024|kabupaten|Kabupaten Sikka|21|56|6315|6290|12605",
		}}},
		{"a listing of CSV variable names", vars, map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|ALOK BARAT|<nil>|40|4400|4600|9000",
			"pemilu|2019|kecamatan|ALOK TIMUR|<nil>|41|4120|4033|8153",
			"pemilu|2019|kecamatan|NITA|<nil>|20|2015|1990|4005",
			"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|101|10535|10623|21158",
		}}},
		{"a SAS listing of school pupils", school, nil},
		{"a voters' listing with a mean under the rule", mean, nil},
		{"a voters' listing with sums but no rule", norule, nil},
	})
}
