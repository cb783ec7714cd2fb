package parse

import "testing"

// TestDPTStackedLabels: DPT per area as labels stacked beside a picture,
// one paragraph an area (made-up figures): a waffle of squares, a bar of
// blocks, the counts named in any order, the key's marks before the label
// words; the kabupaten's paragraph last. An area whose L + P is not its
// total is no row; a picture beside labels without counts gives nothing;
// a label a page break cut is joined across the running head.
func TestDPTStackedLabels(t *testing.T) {
	area := func(pic [5]string, lines ...string) []string {
		var out []string
		for k, l := range lines {
			out = append(out, "  "+pic[k%5]+"    "+l)
		}
		return append(out, "")
	}
	waffle := [5]string{"■■■■■■■■■■", "■■■■■■□□□□", "□□□□□□□□□□", "□□□□□□□□□□", "□□□□□□□□□□"}
	bars := [5]string{"████████░░", "██████░░░░", "█████░░░░░", "████░░░░░░", "███░░░░░░░"}
	head := []string{"Tabel 3.5 DPT Pemilu 2019 per Kecamatan", "", "Satu kotak = 1% pemilih;  ■ laki-laki   □ perempuan", ""}
	var doc1 []string
	doc1 = append(doc1, head...)
	doc1 = append(doc1, area(waffle, "1. KOTA A", "desa/kel 12 · TPS 40", "■ L        5.120", "□ P        5.388", "Σ L+P     10.508")...)
	doc1 = append(doc1, area(waffle, "2. KOTA B", "desa/kel 9 · TPS 31", "■ L        4.000", "□ P        4.250", "Σ L+P      8.250")...)
	doc1 = append(doc1, area(waffle, "KABUPATEN SIKKA", "desa/kel 21 · TPS 71", "■ L        9.120", "□ P        9.638", "Σ L+P     18.758")...)
	var doc2 []string
	doc2 = append(doc2, head...)
	doc2 = append(doc2, area(bars, "Kecamatan Alok", "TPS 40 | desa/kel 12", "P 5.388", "L 5.120", "jumlah 10.508")...)
	doc2 = append(doc2, area(bars, "Kecamatan Nita", "TPS 31 | desa/kel 9", "P 4.250", "L 4.000", "jumlah 8.250")...)
	doc2 = append(doc2, area(bars, "Kecamatan Koting", "TPS 20 | desa/kel 7", "P 3.100", "L 3.000", "jumlah 6.100")...)
	var doc3 []string
	doc3 = append(doc3, head...)
	doc3 = append(doc3, area(waffle, "1. KOTA A", "desa/kel 12 · TPS 40", "■ L        5.120", "□ P        5.388", "Σ L+P     10.508")...)
	doc3 = append(doc3, area(waffle, "2. KOTA B", "desa/kel 9 · TPS 31", "■ L        4.000", "□ P        4.250", "Σ L+P      8.350")...)
	doc3 = append(doc3, area(waffle, "3. KOTA C", "desa/kel 7 · TPS 20", "■ L        3.000", "□ P        3.100", "Σ L+P      6.100")...)
	var doc4 []string
	doc4 = append(doc4, head...)
	doc4 = append(doc4, area(waffle, "1. KOTA A", "pantai 12 · bukit 40", "■ hutan", "□ sawah", "Σ semua")...)
	doc4 = append(doc4, area(waffle, "2. KOTA B", "pantai 9 · bukit 31", "■ hutan", "□ sawah", "Σ semua")...)
	var doc5 []string // the second area's label cut by a page break, the running head between
	doc5 = append(doc5, head...)
	doc5 = append(doc5, area(waffle, "1. KOTA A", "desa/kel 12 · TPS 40", "■ L        5.120", "□ P        5.388", "Σ L+P     10.508")...)
	doc5 = append(doc5, area(waffle, "2. KOTA B", "desa/kel 9 · TPS 31", "■ L        4.000")...)
	doc5 = append(doc5, "LAPORAN KINERJA KPU KABUPATEN SIKKA 2019", "")
	doc5 = append(doc5, "  □□□□□□□□□□    □ P        4.250", "  □□□□□□□□□□    Σ L+P      8.250", "")
	doc5 = append(doc5, area(waffle, "KABUPATEN SIKKA", "desa/kel 21 · TPS 71", "■ L        9.120", "□ P        9.638", "Σ L+P     18.758")...)
	checkDocs(t, []string{"dpt"}, []docCase{
		{"waffle, the kabupaten last", doc1, map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|KOTA A|12|40|5120|5388|10508",
			"pemilu|2019|kecamatan|KOTA B|9|31|4000|4250|8250",
			"pemilu|2019|kabupaten|Kabupaten Sikka|21|71|9120|9638|18758"}}},
		{"bars, the counts in another order", doc2, map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|ALOK|12|40|5120|5388|10508",
			"pemilu|2019|kecamatan|NITA|9|31|4000|4250|8250",
			"pemilu|2019|kecamatan|KOTING|7|20|3000|3100|6100"}}},
		{"an area whose sexes do not make its total is no row", doc3, map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|KOTA A|12|40|5120|5388|10508",
			"pemilu|2019|kecamatan|KOTA C|7|20|3000|3100|6100"}}},
		{"labels without counts: nothing", doc4, nil},
		{"a label cut by a page break", doc5, map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|KOTA A|12|40|5120|5388|10508",
			"pemilu|2019|kecamatan|KOTA B|9|31|4000|4250|8250",
			"pemilu|2019|kabupaten|Kabupaten Sikka|21|71|9120|9638|18758"}}},
	})
}
