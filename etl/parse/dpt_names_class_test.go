package parse

import "testing"

// TestDPTNameMarksAndLevelWord: a kecamatan table's names may carry a
// text browser's link numbers or a footnote's mark ("[17]WAIGETE",
// "NITA[2]", "WAIGETE¹"): the mark is not part of the key. A total row labelled with the
// level word alone ("Kabupaten") is the owner's total, never a kecamatan
// named KABUPATEN.
func TestDPTNameMarksAndLevelWord(t *testing.T) {
	head := []string{"Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "", "No\tKecamatan\tDesa\tTPS\tL\tP\tL+P"}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"link numbers before the names", append(head,
			"1\t[17]WAIGETE\t11\t52\t9.120\t9.480\t18.600",
			"2\t[18]NITA\t12\t33\t5.305\t5.495\t10.800", ""),
			map[string][]string{"dpt": {
				"pemilu|2024|kecamatan|WAIGETE|11|52|9120|9480|18600",
				"pemilu|2024|kecamatan|NITA|12|33|5305|5495|10800"}}},
		{"a footnote mark after a name", append(head,
			"1\tWAIGETE[1]\t11\t52\t9.120\t9.480\t18.600",
			"2\tNITA\t12\t33\t5.305\t5.495\t10.800", ""),
			map[string][]string{"dpt": {
				"pemilu|2024|kecamatan|WAIGETE|11|52|9120|9480|18600",
				"pemilu|2024|kecamatan|NITA|12|33|5305|5495|10800"}}},
		{"superscript note marks after names", append(head,
			"1\tWAIGETE¹\t11\t52\t9.120\t9.480\t18.600",
			"2\tNITA²³\t12\t33\t5.305\t5.495\t10.800", ""),
			map[string][]string{"dpt": {
				"pemilu|2024|kecamatan|WAIGETE|11|52|9120|9480|18600",
				"pemilu|2024|kecamatan|NITA|12|33|5305|5495|10800"}}},
		{"the level word alone as the total's label", append(head,
			"1\tWAIGETE\t11\t52\t9.120\t9.480\t18.600",
			"2\tNITA\t12\t33\t5.305\t5.495\t10.800",
			"\tKabupaten\t23\t85\t14.425\t14.975\t29.400", ""),
			map[string][]string{"dpt": {
				"pemilu|2024|kecamatan|WAIGETE|11|52|9120|9480|18600",
				"pemilu|2024|kecamatan|NITA|12|33|5305|5495|10800",
				"pemilu|2024|kabupaten|Kabupaten Sikka|23|85|14425|14975|29400"}}},
		{"Kota alone is no total of a kabupaten", append(head,
			"1\tWAIGETE\t11\t52\t9.120\t9.480\t18.600",
			"2\tNITA\t12\t33\t5.305\t5.495\t10.800",
			"3\tKota\t1\t2\t100\t100\t200", ""),
			map[string][]string{"dpt": {
				"pemilu|2024|kecamatan|WAIGETE|11|52|9120|9480|18600",
				"pemilu|2024|kecamatan|NITA|12|33|5305|5495|10800",
				"pemilu|2024|kecamatan|KOTA|1|2|100|100|200"}}},
	})
}
