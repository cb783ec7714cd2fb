package parse

import "testing"

// TestGridTotalPlaceClass: a table's total wherever it stands and whatever
// names it: a list view's totals line right under the column titles
// (SharePoint, Access), a Total row first (Excel, Access), a ROLLUP row
// whose name is empty or a NULL mark (SQL, pandas margins, a BI tool). It
// is the kabupaten when each of its figures is its column's sum; otherwise
// the members load alone.
func TestGridTotalPlaceClass(t *testing.T) {
	const cap24 = "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	const cap20 = "Tabel 3.4 Rekapitulasi DPT Pemilihan 2020 per Kecamatan"
	alok24 := "pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515"
	nita24 := "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153"
	// a SharePoint view: Count= in the title column, Sum= under the figures, before the items
	sharepoint := tfDoc(cap24,
		"KPU Sikka - Data Pemilih  ▸  DPT 2024",
		"+ New   ✎ Edit in grid view   All Items ∨", "",
		"✓\tTitle\tTPS\tLaki-laki\tPerempuan\tJumlah\tModified",
		"\tCount= 3\tSum= 101\tSum= 13.830\tSum= 13.838\tSum= 27.668\t",
		"\tALOK\t60\t7.210\t7.305\t14.515\t2 hari lalu",
		"\tMAGE\t0\t2.500\t2.500\t5.000\t3 hari lalu",
		"\tNITA\t41\t4.120\t4.033\t8.153\tkemarin")
	wantSharepoint := []string{alok24, "pemilu|2024|kecamatan|MAGE|<nil>|0|2500|2500|5000", nita24,
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|101|13830|13838|27668"}
	// an Access datasheet: its Total row on top, an Average under the TPS, no separators
	access := tfDoc(cap20,
		"Kecamatan\tDesa\tTPS\tPemilih L\tPemilih P\tPemilih L+P",
		"Total\t23\tAverage= 50,5\t11330\t11338\t22668",
		"ALOK\t14\t60\t7210\t7305\t14515",
		"NITA\t9\t41\t4120\t4033\t8153")
	wantAccess := []string{"pilkada|2020|kabupaten|Kabupaten Sikka|23|<nil>|11330|11338|22668",
		"pilkada|2020|kecamatan|ALOK|14|60|7210|7305|14515", "pilkada|2020|kecamatan|NITA|9|41|4120|4033|8153"}
	// a Power BI table: (Blank) names the total, last
	powerbi := tfDoc(cap24,
		"Kecamatan\tLaki-laki\tPerempuan\tTotal DPT",
		"ALOK\t7.210\t7.305\t14.515",
		"NITA\t4.120\t4.033\t8.153",
		"(Blank)\t11.330\t11.338\t22.668")
	wantPowerbi := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|11330|11338|22668"}
	// psql: GROUP BY ROLLUP, the total's name NULL (printed empty)
	psql := tfDoc(cap20,
		"kpu=> SELECT kecamatan, sum(tps) AS tps, sum(l) AS l, sum(p) AS p, sum(l+p) AS total FROM dpt GROUP BY ROLLUP (kecamatan);",
		" kecamatan | tps |   l   |   p   | total",
		"-----------+-----+-------+-------+-------",
		" ALOK      |  60 |  7210 |  7305 | 14515",
		" NITA      |  41 |  4120 |  4033 |  8153",
		"           | 101 | 11330 | 11338 | 22668",
		"(3 rows)")
	wantPsql := []string{"pilkada|2020|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pilkada|2020|kecamatan|NITA|<nil>|41|4120|4033|8153",
		"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|101|11330|11338|22668"}
	// pandas margins: the grand total named All, last
	pandas := tfDoc(cap24,
		"kecamatan\tL\tP\tL+P",
		"ALOK\t7210\t7305\t14515",
		"NITA\t4120\t4033\t8153",
		"All\t11330\t11338\t22668")
	wantPandas := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|11330|11338|22668"}
	// a ROLLUP row that does not add up (a filter after the rollup): the members only
	filtered := tfDoc(cap24,
		"Kecamatan\tTPS\tL\tP\tL+P",
		"ALOK\t60\t7.210\t7.305\t14.515",
		"NITA\t41\t4.120\t4.033\t8.153",
		"—\t107\t12.330\t12.338\t24.668")
	// the same on top: Sum= that are no sums
	filteredTop := tfDoc(cap24,
		"✓\tTitle\tTPS\tLaki-laki\tPerempuan\tJumlah",
		"\t\tSum= 101\tSum= 13.830\tSum= 13.838\tSum= 27.669",
		"\tALOK\t60\t7.210\t7.305\t14.515",
		"\tNITA\t41\t4.120\t4.033\t8.153")
	// a SharePoint list of villages: its Title is no kecamatan's, unread
	villages := tfDoc("Tabel 3.6 Rekapitulasi DPT Pemilu 2024 per Desa",
		"✓\tTitle\tTPS\tLaki-laki\tPerempuan\tJumlah",
		"\t\tSum= 9\tSum= 1.830\tSum= 1.838\tSum= 3.668",
		"\tWAIOTI\t5\t1.010\t1.005\t2.015",
		"\tKOTA UNENG\t4\t820\t833\t1.653")
	// look-alikes: a document library with Sum= of the file sizes, a sales rollup
	files := tfDoc("Tabel 2 Dokumen Pleno",
		"✓\tName\tUkuran (KB)\tHalaman\tModified",
		"\t\tSum= 3.590\tSum= 52\t",
		"\tBA Pleno DPT.pdf\t2.140\t30\tkemarin",
		"\tLampiran DPT.xlsx\t1.450\t22\t2 hari lalu")
	sales := tfDoc("Tabel 2 Penjualan per Wilayah",
		" wilayah | unit | omzet",
		"---------+------+--------",
		" ALOK    |   12 | 340000",
		" NITA    |    8 | 210000",
		"         |   20 | 550000",
		"(3 rows)")
	checkDocs(t, []string{"dpt", "anggaran"}, []docCase{
		{"SharePoint Count= and Sum= on top", sharepoint, map[string][]string{"dpt": wantSharepoint}},
		{"Access Total row on top", access, map[string][]string{"dpt": wantAccess}},
		{"Power BI (Blank) last", powerbi, map[string][]string{"dpt": wantPowerbi}},
		{"psql ROLLUP, empty name", psql, map[string][]string{"dpt": wantPsql}},
		{"pandas margins All", pandas, map[string][]string{"dpt": wantPandas}},
		{"a ROLLUP row that is no sum", filtered, map[string][]string{"dpt": wantFiltered(alok24, nita24)}},
		{"Sum= on top that is no sum", filteredTop, map[string][]string{"dpt": wantFiltered(alok24, nita24)}},
		{"a SharePoint list of villages", villages, map[string][]string{"dpt": nil}},
		{"a file list's Sum= sizes", files, map[string][]string{"dpt": nil, "anggaran": nil}},
		{"a sales rollup", sales, map[string][]string{"dpt": nil, "anggaran": nil}},
	})
}

func wantFiltered(rows ...string) []string { return rows }
