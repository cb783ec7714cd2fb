package parse

import "testing"

// TestDPTVillageTableBeside: a DPT table per kecamatan, grouped by dapil,
// and beside it an illustration of one kecamatan per village (kelurahan,
// desa). The village rows are no region the warehouse keeps: they load
// nothing, and the village table's total (the kecamatan again, or
// "Jumlah") neither adds nor changes a kecamatan row.
func TestDPTVillageTableBeside(t *testing.T) {
	main := []string{"Tabel 3.3 DPT Pemilu 2019 per Dapil dan Kecamatan", "",
		"No\tDapil / Kecamatan\tDesa/Kel\tTPS\tL\tP\tL+P", "DAPIL SIKKA 1",
		"1\tPaga\t5\t25\t2.724\t2.644\t5.368", "2\tMego\t7\t29\t3.698\t3.677\t7.375",
		"\tJumlah Dapil Sikka 1\t12\t54\t6.422\t6.321\t12.743", "DAPIL SIKKA 2",
		"3\tLela\t7\t23\t2.958\t2.976\t5.934",
		"\tJumlah Dapil Sikka 2\t7\t23\t2.958\t2.976\t5.934",
		"\tKABUPATEN SIKKA\t19\t77\t9.380\t9.297\t18.677", "",
		"Sebagai contoh rincian di tingkat desa, berikut DPT Kecamatan Paga per kelurahan.", ""}
	want := map[string][]string{"dpt": {
		"pemilu|2019|kecamatan|PAGA|5|25|2724|2644|5368", "pemilu|2019|kecamatan|MEGO|7|29|3698|3677|7375",
		"pemilu|2019|kecamatan|LELA|7|23|2958|2976|5934", "pemilu|2019|kabupaten|Kabupaten Sikka|19|77|9380|9297|18677"}}
	var cases []docCase
	for _, c := range []struct{ name, header, total string }{
		{"kelurahan, closed by the kecamatan", "Kelurahan\tTPS\tL\tP\tL+P", "Kecamatan Paga"},
		{"desa/kelurahan, closed by Jumlah", "Desa/Kelurahan\tTPS\tL\tP\tL+P", "Jumlah"},
		{"nama desa with a number column", "No\tNama Desa\tTPS\tL\tP\tL+P", "Jumlah Kecamatan Paga"},
	} {
		village := []string{c.header}
		rows := [][2]string{{"Wolowiro", "12\t1.363\t1.322\t2.685"}, {"Nebe", "13\t1.361\t1.322\t2.683"}}
		for i, r := range rows {
			if c.header[0] == 'N' {
				village = append(village, string(rune('1'+i))+"\t"+r[0]+"\t"+r[1])
			} else {
				village = append(village, r[0]+"\t"+r[1])
			}
		}
		tot := c.total + "\t25\t2.724\t2.644\t5.368"
		if c.header[0] == 'N' {
			tot = "\t" + tot
		}
		cases = append(cases, docCase{c.name, append(append(append([]string{}, main...), village...), tot), want})
	}
	checkDocs(t, []string{"dpt"}, cases)
}
