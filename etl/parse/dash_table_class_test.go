package parse

import "testing"

// TestDashboardTableWidget: a dashboard printed from the browser (Data
// Studio, Power BI, Tableau, Metabase) inside a report of TAB tables: the
// table widget in fixed columns is read by its header roles, whatever its
// sort, its row numbers, summary label or pager; compact scorecards are no
// figures; exact scorecards stand for a missing summary row only when each
// equals its column's sum.
func TestDashboardTableWidget(t *testing.T) {
	// a TAB table elsewhere in the report, so alignSpaced leaves the text alone
	budget := []string{"", "Tabel 3.1 Realisasi Anggaran 2021", "", "Uraian\tPagu\tRealisasi", "Belanja Barang\t1.000.000\t900.000", ""}
	doc := func(lines ...string) []string { return append(append([]string{}, budget...), lines...) }
	const capt = "Tabel 3.5 Daftar Pemilih Tetap Pemilu 2019 per Kecamatan"
	lela := "pemilu|2019|kecamatan|LELA|<nil>|20|2000|2100|4100"
	paga := "pemilu|2019|kecamatan|PAGA|<nil>|30|4081|4005|8086"
	mego := "pemilu|2019|kecamatan|MEGO|<nil>|28|3853|3821|7674"
	kab := "pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|78|9934|9926|19860"
	var cases []docCase
	add := func(name string, body []string, want ...string) {
		cases = append(cases, docCase{name: name, body: body, want: map[string][]string{"dpt": want}})
	}
	add("Looker Studio: compact scorecards, rows numbered and sorted by total, Total keseluruhan, pager", doc(capt, "",
		"[Looker Studio - Dasbor Pemilih - dicetak 02/02/2020]", "",
		"TPS        Laki-laki     Perempuan     Jumlah", "78         9,9 rb        9,9 rb        19,9 rb", "",
		"      Kecamatan        TPS    Laki-laki    Perempuan    Jumlah ▼",
		"  1.  PAGA              30        4.081        4.005       8.086",
		"  2.  MEGO              28        3.853        3.821       7.674",
		"  3.  LELA              20        2.000        2.100       4.100",
		"      Total keseluruhan  78       9.934        9.926      19.860",
		"                                              1 - 3 / 3   <   >"),
		paga, mego, lela, kab)
	add("Power BI: no row numbers, Wilayah and L / P / L+P, Total row, no pager", doc(capt, "",
		"Power BI - Laporan Data Pemilih", "",
		"Nama Kecamatan  Jumlah TPS     L          P          L+P",
		"Lela            20             2.000      2.100      4.100",
		"Paga            30             4.081      4.005      8.086",
		"Mego            28             3.853      3.821      7.674",
		"Total           78             9.934      9.926      19.860"),
		"pemilu|2019|kecamatan|LELA|<nil>|20|2000|2100|4100", "pemilu|2019|kecamatan|PAGA|<nil>|30|4081|4005|8086",
		"pemilu|2019|kecamatan|MEGO|<nil>|28|3853|3821|7674", kab)
	add("Tableau: sorted ascending, Grand Total, P before L", doc(capt, "",
		"Tableau Public - Dashboard DPT", "",
		"Kecamatan    Perempuan ▲     Laki-laki        Total",
		"Lela         2.100        2.000       4.100",
		"Mego         3.821        3.853       7.674",
		"Paga         4.005        4.081       8.086",
		"Grand Total  9.926        9.934       19.860"),
		"pemilu|2019|kecamatan|LELA|<nil>|<nil>|2000|2100|4100", "pemilu|2019|kecamatan|MEGO|<nil>|<nil>|3853|3821|7674",
		"pemilu|2019|kecamatan|PAGA|<nil>|<nil>|4081|4005|8086", "pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|<nil>|9934|9926|19860")
	exact := func(scores string) []string {
		return doc(capt, "", "Metabase - dashboard pemilih", "",
			"TPS      Laki-laki     Perempuan     Jumlah", scores, "",
			"Kecamatan     TPS     Laki-laki     Perempuan     Jumlah",
			"PAGA          30      4.081         4.005         8.086",
			"MEGO          28      3.853         3.821         7.674",
			"LELA          20      2.000         2.100         4.100",
			"", "Sumber: Sidalih")
	}
	add("Metabase: no summary row, exact scorecards equal to the sums: the kabupaten row", exact("78       9.934         9.926         19.860"),
		paga, mego, lela, kab)
	add("exact scorecards that do not add up: rows only", exact("78       9.934         9.926         19.870"), paga, mego, lela)
	add("compact scorecards and no summary row: rows only", exact("78       9,9 rb        9,9 rb        19,9 rb"), paga, mego, lela)
	// look-alikes
	add("a pager counting other rows than were read: left as written", doc(capt, "", "Data Studio", "",
		"      Kecamatan        TPS    Laki-laki    Perempuan    Jumlah ▼",
		"  1.  PAGA              30        4.081        4.005       8.086",
		"  2.  MEGO              28        3.853        3.821       7.674",
		"                                              1 - 10 / 12   <   >"))
	add("row numbers that do not run: left as written", doc(capt, "", "Data Studio", "",
		"      Kecamatan        TPS    Laki-laki    Perempuan    Jumlah ▼",
		"  4.  PAGA              30        4.081        4.005       8.086",
		"  9.  MEGO              28        3.853        3.821       7.674"))
	add("a dashboard of turnout percentages only: no rows", doc("Tabel 3.6 Partisipasi Pemilu 2019", "", "Dasbor Partisipasi", "",
		"Kecamatan     Partisipasi L (%)     Partisipasi P (%)",
		"PAGA          79,5                  81,2",
		"MEGO          77,0                  80,1"))
	add("a fixed-column table without the sexes: not taken", doc(capt, "", "Dashboard TPS", "",
		"Kecamatan     Desa     TPS",
		"PAGA          10       30",
		"MEGO          8        28"))
	checkDocs(t, []string{"dpt"}, cases)
}

// TestDashInt: only whole figures count; compact ones are none.
func TestDashInt(t *testing.T) {
	for s, want := range map[string]int64{"100.948": 100948, "100,948": 100948, "425": 425, "1.234.567": 1234567} {
		if v, ok := dashInt(s); !ok || v != want {
			t.Errorf("dashInt(%q) = %d, %v", s, v, ok)
		}
	}
	for _, s := range []string{"49,3 rb", "149K", "49,3", "1.23", "52,1%", "", ".100", "1234.567"} {
		if _, ok := dashInt(s); ok {
			t.Errorf("dashInt(%q) ok", s)
		}
	}
}
