package parse

import "testing"

// TestStatedCountsClass: polling stations given as the range of their
// numbers from 1 ("TPS 1 s.d. 38") count 38; a row's counts stated as a
// phrase in its Keterangan cell fill a table without those columns. A
// range from another number, or a phrase naming TPS twice, is not read.
func TestStatedCountsClass(t *testing.T) {
	rangeDoc := func(first string) []string {
		return []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
			"No\tKecamatan\tDesa/Kel\tNomor TPS\tL\tP\tL+P",
			"1\tALOK\t20\t" + first + "\t6.717\t7.128\t13.845",
			"2\tNITA\t14\tTPS 1 s.d. 56\t6.757\t6.979\t13.736",
			"\tKABUPATEN SIKKA\t34\t94 TPS\t13.474\t14.107\t27.581", ""}
	}
	ketDoc := func(k1 string) []string {
		return []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan", "",
			"No\tKecamatan\tL\tP\tL+P\tKeterangan",
			"1\tALOK\t22.735\t22.094\t44.829\t" + k1,
			"2\tNITA\t15.740\t15.323\t31.063\t9 desa/kelurahan, 209 TPS",
			"\tKABUPATEN SIKKA\t38.475\t37.417\t75.892\t21 desa/kelurahan, 339 TPS", ""}
	}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"TPS numbered from 1", rangeDoc("TPS 1 s.d. 38"), map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|20|38|6717|7128|13845", "pemilu|2024|kecamatan|NITA|14|56|6757|6979|13736",
			"pemilu|2024|kabupaten|Kabupaten Sikka|34|94|13474|14107|27581"}}},
		{"a range not from 1", rangeDoc("TPS 3 s.d. 40"), map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|20|<nil>|6717|7128|13845", "pemilu|2024|kecamatan|NITA|14|56|6757|6979|13736",
			"pemilu|2024|kabupaten|Kabupaten Sikka|34|94|13474|14107|27581"}}},
		{"counts in the Keterangan", ketDoc("12 kelurahan, 130 TPS"), map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|ALOK|12|130|22735|22094|44829", "pemilu|2019|kecamatan|NITA|9|209|15740|15323|31063",
			"pemilu|2019|kabupaten|Kabupaten Sikka|21|339|38475|37417|75892"}}},
		{"TPS named twice", ketDoc("12 kelurahan, 130 TPS (semula 128 TPS)"), map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|ALOK|12|<nil>|22735|22094|44829", "pemilu|2019|kecamatan|NITA|9|209|15740|15323|31063",
			"pemilu|2019|kabupaten|Kabupaten Sikka|21|339|38475|37417|75892"}}},
	})
	// counts read from words are told once a table and kind, not once a row
	for _, doc := range [][]string{rangeDoc("TPS 1 s.d. 38"), ketDoc("12 kelurahan, 130 TPS")} {
		n := 0
		for _, f := range parseDoc(t, "stated counts", doc...).Findings {
			if f.Aturan == "dpt.jumlah_dari_kata" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %d findings dpt.jumlah_dari_kata, want 1", doc[3], n)
		}
	}
}
