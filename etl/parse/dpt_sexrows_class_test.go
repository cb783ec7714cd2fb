package parse

import "testing"

// TestDPTSexSubRows: a DPT table whose sexes are sub-rows of each area (a
// column holding `L`, `P`, `L+P` or `Laki-laki`, `Perempuan`, `Jumlah`)
// gives one row per area with its L, P and L+P from the one DPT column;
// the other rolls beside it (DPTb, DPK) stay unread; the name, villages
// and TPS may stand on the first sub-row or on every one, the total
// sub-row first or last, or the labels under each name in the name column;
// the total area ("Jumlah") is the kabupaten row.
// A table with the sexes as columns is left as it is.
func TestDPTSexSubRows(t *testing.T) {
	want := map[string][]string{"dpt": {"pemilu|2019|kecamatan|PAGA|17|54|4081|4005|8086", "pemilu|2019|kecamatan|MEGO|6|42|3853|3821|7674",
		"pemilu|2019|kabupaten|Kabupaten Sikka|23|96|7934|7826|15760"}}
	// table: the caption, the header, then each area's lines
	table := func(head string, areas ...[]string) []string {
		out := []string{"Tabel 3.2 DPT Pemilu 2019 menurut Kecamatan dan Jenis Kelamin", "", head}
		for _, a := range areas {
			out = append(out, a...)
		}
		return out
	}
	// numbered: the area's fields on its first sub-row, the labels in a
	// column before the DPT's, the other rolls after it
	numbered := func(no, name, desa, tps string, labels [3]string, counts [3]string, rest string) []string {
		return []string{no + "\t" + name + "\t" + desa + "\t" + tps + "\t" + labels[0] + "\t" + counts[0] + rest,
			"\t\t\t\t" + labels[1] + "\t" + counts[1] + rest, "\t\t\t\t" + labels[2] + "\t" + counts[2] + rest}
	}
	// repeated: the area's fields on every sub-row
	repeated := func(no, name, desa, tps string, labels [3]string, counts [3]string) (out []string) {
		for i := range labels {
			out = append(out, no+"\t"+name+"\t"+desa+"\t"+tps+"\t"+labels[i]+"\t"+counts[i])
		}
		return out
	}
	// under: the area's named row, then its labelled rows in the same column
	under := func(no, name, desa, tps string, labels [3]string, counts [3]string) []string {
		return []string{no + "\t" + name + "\t" + desa + "\t" + tps + "\t", "\t" + labels[0] + "\t\t\t" + counts[0],
			"\t" + labels[1] + "\t\t\t" + counts[1], "\t" + labels[2] + "\t\t\t" + counts[2]}
	}
	lp, words, first := [3]string{"L", "P", "L+P"}, [3]string{"Laki-laki", "Perempuan", "Jumlah"}, [3]string{"L+P", "L", "P"}
	paga, mego, sum := [3]string{"4.081", "4.005", "8.086"}, [3]string{"3.853", "3.821", "7.674"}, [3]string{"7.934", "7.826", "15.760"}
	totalFirst := func(c [3]string) [3]string { return [3]string{c[2], c[0], c[1]} }
	checkDocs(t, []string{"dpt"}, []docCase{
		{"L, P, L+P under the numbered row, DPTb and DPK beside", table("No\tKecamatan\tDesa/Kel\tTPS\tJenis Kelamin\tDPT\tDPTb\tDPK",
			numbered("1", "Paga", "17", "54", lp, paga, "\t39\t16"), numbered("2", "Mego", "6", "42", lp, mego, "\t23\t10"),
			numbered("", "Jumlah", "23", "96", lp, sum, "\t\t")), want},
		{"Laki-laki, Perempuan, Jumlah with the name on every sub-row", table("No\tKecamatan\tJumlah Desa\tJumlah TPS\tJenis Kelamin\tJumlah Pemilih",
			repeated("1", "Paga", "17", "54", words, paga), repeated("2", "Mego", "6", "42", words, mego),
			repeated("", "Total", "23", "96", words, sum)), want},
		{"the total sub-row first, a page break with the header repeated", table("No\tKecamatan\tDesa\tTPS\tL/P\tDPT",
			numbered("1", "Paga", "17", "54", first, totalFirst(paga), ""), []string{"", "No\tKecamatan\tDesa\tTPS\tL/P\tDPT"},
			numbered("2", "Mego", "6", "42", first, totalFirst(mego), ""), numbered("", "Jumlah", "23", "96", first, totalFirst(sum), "")), want},
		{"labels under each name in the name column, the total named Jumlah", table("No\tKecamatan\tDesa\tTPS\tJumlah Pemilih",
			under("1", "Paga", "17", "54", words, paga), under("2", "Mego", "6", "42", words, mego), under("", "Jumlah", "23", "96", lp, sum)), want},
		{"the sexes as columns: not folded", table("No\tKecamatan\tDesa\tTPS\tL\tP\tL+P",
			[]string{"1\tPaga\t17\t54\t4.081\t4.005\t8.086", "2\tMego\t6\t42\t3.853\t3.821\t7.674", "\tJumlah\t23\t96\t7.934\t7.826\t15.760"}), want},
	})
}
