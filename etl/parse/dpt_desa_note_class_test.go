package parse

import "testing"

// TestDesaNoteClass: the village counts of a DPT per kecamatan given in a
// note under the table fill its rows when the note names every kecamatan
// once and its counts make the whole it states; else none is loaded.
func TestDesaNoteClass(t *testing.T) {
	doc := func(note string) []string {
		return []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan", "",
			"No\tKecamatan\tTPS\tL\tP\tL+P",
			"1\tATAMBUA BARAT\t66\t6.488\t6.691\t13.179",
			"2\tKOTA ATAMBUA\t59\t3.644\t3.944\t7.588",
			"3\tRAIHAT\t33\t4.696\t4.805\t9.501",
			"\tJUMLAH\t158\t14.828\t15.440\t30.268", "",
			note, "", "Sumber: KPU Kabupaten Sikka.", ""}
	}
	rows := func(a, b, c, total string) []string {
		return []string{
			"pemilu|2019|kecamatan|ATAMBUA BARAT|" + a + "|66|6488|6691|13179",
			"pemilu|2019|kecamatan|KOTA ATAMBUA|" + b + "|59|3644|3944|7588",
			"pemilu|2019|kecamatan|RAIHAT|" + c + "|33|4696|4805|9501",
			"pemilu|2019|kabupaten|Kabupaten Sikka|" + total + "|158|14828|15440|30268"}
	}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"note making its whole", doc("Keterangan: jumlah desa/kelurahan per kecamatan: ATAMBUA BARAT 13; KOTA\nATAMBUA 7; RAIHAT 4; seluruhnya 24 desa/kelurahan."),
			map[string][]string{"dpt": rows("13", "7", "4", "24")}},
		{"counts not making the whole", doc("Keterangan: jumlah desa/kelurahan per kecamatan: ATAMBUA BARAT 13; KOTA ATAMBUA 7; RAIHAT 4; seluruhnya 25 desa/kelurahan."),
			map[string][]string{"dpt": rows("<nil>", "<nil>", "<nil>", "<nil>")}},
		{"a kecamatan left out", doc("Keterangan: jumlah desa/kelurahan per kecamatan: ATAMBUA BARAT 13; KOTA ATAMBUA 7; seluruhnya 20 desa/kelurahan."),
			map[string][]string{"dpt": rows("<nil>", "<nil>", "<nil>", "<nil>")}},
		{"a name the table does not hold", doc("Keterangan: jumlah desa/kelurahan per kecamatan: ATAMBUA BARAT 13; KOTA ATAMBUA 7; RAIHAT 4; MALAKA 3; seluruhnya 27 desa/kelurahan."),
			map[string][]string{"dpt": rows("<nil>", "<nil>", "<nil>", "<nil>")}},
	})
}
