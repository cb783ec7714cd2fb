package parse

import "testing"

// TestRotatedHeaders: narrow columns whose titles were set rotated come
// out stacked one character a line above the header line. Each column's
// characters are its title; the table is read under them. A matrix of
// ticks or numbered rows of one character is no stack of titles.
func TestRotatedHeaders(t *testing.T) {
	budget := barred("Tabel 3.2 Realisasi Anggaran Tahun 2022", "",
		"||P|R|S", "||a|e|i", "||g|a|s", "||u|l|a",
		"|||i|", "|||s|", "|||a|", "|||s|", "|||i|",
		"Kode|Program / Kegiatan|||",
		"076.01.WA|Program Dukungan Manajemen|1.900.000.000|1.843.000.000|57.000.000",
		"3358|Pengelolaan Sumber Daya Manusia|700.000.000|680.000.000|20.000.000",
		"3360|Operasional Perkantoran dan Dukungan Sarana Prasarana|1.200.000.000|1.163.000.000|37.000.000",
		"|JUMLAH|1.900.000.000|1.843.000.000|57.000.000", "")
	dpt := barred("Tabel 3.5 Rekapitulasi DPT Pemilihan 2020 per Kecamatan", "",
		"||T|L|P|L", "||P|||+", "||S|||P",
		"No|Kecamatan||||",
		"1|Wewewa Barat|120|9.410|9.702|19.112",
		"2|Loura|85|6.233|6.519|12.752",
		"|JUMLAH|205|15.643|16.221|31.864", "")
	ticks := barred("Tabel 2.3 Jadwal Kegiatan 2021", "",
		"Kegiatan|J|F|M",
		"|V||V", "|V|V|", "||V|V",
		"Rapat pleno|V|V|V", "")
	checkDocs(t, []string{"anggaran", "dpt"}, []docCase{
		{"budget amounts under rotated titles, a percent-less table", budget, map[string][]string{"anggaran": {
			"076.01.WA|program||2022|1900000000|1843000000|57000000",
			"3358|kegiatan|076.01.WA|2022|700000000|680000000|20000000",
			"3360|kegiatan|076.01.WA|2022|1200000000|1163000000|37000000",
			"TOTAL|total||2022|1900000000|1843000000|57000000",
		}}},
		{"voter counts under short rotated titles", dpt, map[string][]string{"dpt": {
			"pilkada|2020|kecamatan|WEWEWA BARAT|<nil>|120|9410|9702|19112",
			"pilkada|2020|kecamatan|LOURA|<nil>|85|6233|6519|12752",
			"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|205|15643|16221|31864",
		}}},
		{"a matrix of ticks stays as written", ticks, nil},
	})
}
