package parse

import "testing"

// TestDPTLabelRowsClass: a DPT setting each kecamatan's name on a line of
// its own and its figures on the line under it, the kabupaten's two lines
// last, reads as one row a kecamatan.
func TestDPTLabelRowsClass(t *testing.T) {
	doc := []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan", "",
		"No\tKecamatan\tDesa/Kel\tTPS\tL\tP\tL+P",
		"1\tKOTA WAINGAPU",
		"\t\t5\t25\t2.724\t2.644\t5.368",
		"2\tKAMBERA",
		"\t\t7\t29\t3.698\t3.677\t7.375",
		"\tKABUPATEN SIKKA",
		"\t\t12\t54\t6.422\t6.321\t12.743", ""}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"label over figures", doc, map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|KOTA WAINGAPU|5|25|2724|2644|5368",
			"pemilu|2019|kecamatan|KAMBERA|7|29|3698|3677|7375",
			"pemilu|2019|kabupaten|Kabupaten Sikka|12|54|6422|6321|12743"}}},
	})
}
