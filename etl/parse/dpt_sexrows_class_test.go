package parse

import "testing"

// TestDPTSexSubRows: a DPT table whose sexes are sub-rows of each area (a
// column holding `L`, `P`, `L+P` or `Laki-laki`, `Perempuan`, `Jumlah`)
// gives one row per area with its L, P and L+P from the one DPT column;
// the other rolls beside it (DPTb, DPK) stay unread; the name, villages
// and TPS may stand on the first sub-row or on every one, the total
// sub-row first or last; the total area ("Jumlah") is the kabupaten row.
// A table with the sexes as columns is left as it is.
func TestDPTSexSubRows(t *testing.T) {
	const caption = "Tabel 3.2 DPT Pemilu 2019 menurut Kecamatan dan Jenis Kelamin"
	want := []string{"pemilu|2019|kecamatan|PAGA|17|54|4081|4005|8086", "pemilu|2019|kecamatan|MEGO|6|42|3853|3821|7674",
		"pemilu|2019|kabupaten|Kabupaten Sikka|23|96|7934|7826|15760"}
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "L, P, L+P under the numbered row, DPTb and DPK beside",
		body: []string{caption, "",
			"No\tKecamatan\tDesa/Kel\tTPS\tJenis Kelamin\tDPT\tDPTb\tDPK",
			"1\tPaga\t17\t54\tL\t4.081\t39\t16", "\t\t\t\tP\t4.005\t36\t12", "\t\t\t\tL+P\t8.086\t75\t28",
			"2\tMego\t6\t42\tL\t3.853\t23\t10", "\t\t\t\tP\t3.821\t21\t7", "\t\t\t\tL+P\t7.674\t44\t17",
			"\tJumlah\t23\t96\tL\t7.934\t\t", "\t\t\t\tP\t7.826\t\t", "\t\t\t\tL+P\t15.760\t\t"},
		want: map[string][]string{"dpt": want},
	}, {
		name: "Laki-laki, Perempuan, Jumlah with the name on every sub-row",
		body: []string{caption, "",
			"No\tKecamatan\tJumlah Desa\tJumlah TPS\tJenis Kelamin\tJumlah Pemilih",
			"1\tPaga\t17\t54\tLaki-laki\t4.081", "1\tPaga\t17\t54\tPerempuan\t4.005", "1\tPaga\t17\t54\tJumlah\t8.086",
			"2\tMego\t6\t42\tLaki-laki\t3.853", "2\tMego\t6\t42\tPerempuan\t3.821", "2\tMego\t6\t42\tJumlah\t7.674",
			"\tTotal\t23\t96\tLaki-laki\t7.934", "\tTotal\t23\t96\tPerempuan\t7.826", "\tTotal\t23\t96\tJumlah\t15.760"},
		want: map[string][]string{"dpt": want},
	}, {
		name: "the total sub-row first, a page break with the header repeated",
		body: []string{caption, "",
			"No\tKecamatan\tDesa\tTPS\tL/P\tDPT",
			"1\tPaga\t17\t54\tL+P\t8.086", "\t\t\t\tL\t4.081", "\t\t\t\tP\t4.005",
			"", "No\tKecamatan\tDesa\tTPS\tL/P\tDPT",
			"2\tMego\t6\t42\tL+P\t7.674", "\t\t\t\tL\t3.853", "\t\t\t\tP\t3.821",
			"\tJumlah\t23\t96\tL+P\t15.760", "\t\t\t\tL\t7.934", "\t\t\t\tP\t7.826"},
		want: map[string][]string{"dpt": want},
	}, {
		name: "the sexes as columns: not folded",
		body: []string{caption, "",
			"No\tKecamatan\tDesa\tTPS\tL\tP\tL+P",
			"1\tPaga\t17\t54\t4.081\t4.005\t8.086", "2\tMego\t6\t42\t3.853\t3.821\t7.674", "\tJumlah\t23\t96\t7.934\t7.826\t15.760"},
		want: map[string][]string{"dpt": want},
	}})
}
