package parse

import (
	"strings"
	"testing"
)

// catBox frames a card's lines in box-drawing runes, width runes inside.
func catBox(width int, lines ...string) []string {
	out := []string{"┌" + strings.Repeat("─", width+2) + "┐"}
	for _, l := range lines {
		out = append(out, "│ "+l+strings.Repeat(" ", width-len([]rune(l)))+" │")
	}
	return append(out, "└"+strings.Repeat("─", width+2)+"┘")
}

// catASCII frames a card in + - |.
func catASCII(width int, lines ...string) []string {
	rule := "+" + strings.Repeat("-", width+2) + "+"
	out := []string{rule}
	for _, l := range lines {
		out = append(out, "| "+l+strings.Repeat(" ", width-len([]rune(l)))+" |")
	}
	return append(out, rule)
}

func catDoc(intro string, body ...[]string) []string {
	out := []string{"Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		intro, ""}
	for _, b := range body {
		out = append(out, b...)
		out = append(out, "")
	}
	return append(out, "BAB IV", "PENUTUP", "")
}

// TestCatalogueCardsDPTClass: the DPT kept as the election library's
// catalogue cards, a card a kecamatan: the call number and the hole no
// facts, the title the kecamatan, the counts by their fields' meaning,
// each card proven by L + P = jumlah and the master card by the sums.
func TestCatalogueCardsDPTClass(t *testing.T) {
	intro := "[Lampiran: Katalog Rumah Pintar Pemilu - DPT Pemilu 2024 - kartu katalog diketik ulang]"
	// boxed cards one under another, call numbers, the master card last
	card := func(call, title, desa, tps, l, p, tot string) []string {
		return catBox(56,
			call+"  "+title,
			"           DPT Pemilu 2024 / KPU Kabupaten Sikka",
			"",
			"           Desa/Kel.  : "+desa,
			"           TPS        : "+tps,
			"           Pemilih L  : "+l,
			"           Pemilih P  : "+p,
			"           Jumlah     : "+tot,
			"                                              (o)")
	}
	stacked := catDoc(intro,
		card("324.6 KEC 01", "ALOK", "12", "40", "7.210", "7.305", "14.515"),
		card("324.6 KEC 02", "KOTA UNENG", "9", "31", "4.120", "4.033", "8.153"),
		card("324.6 KEC 03", "BOLA", "6", "18", "2.015", "1.990", "4.005"),
		card("324.6 KAB   ", "KARTU INDUK - JUMLAH", "27", "89", "13.345", "13.328", "26.673"))
	// two abreast in + - |, no call numbers, Laki-laki / Perempuan /
	// Jumlah Pemilih, the master card first naming the kabupaten
	lp := func(title, tps, l, p, tot string) []string {
		return catASCII(34,
			title,
			"Arsip DPT 2024, KPU Sikka",
			"TPS           : "+tps,
			"Laki-laki     : "+l,
			"Perempuan     : "+p,
			"Jumlah Pemilih: "+tot,
			"                           ( o )")
	}
	abreast := catDoc("Kartu katalog pojok pemilu, dua kartu sebaris:",
		sjAbreast(lp("KARTU INDUK KABUPATEN SIKKA", "109", "13.775", "14.046", "27.821"), lp("Kec. KEWAPANTE", "20", "3.000", "3.100", "6.100")),
		sjAbreast(lp("Kec. WAIGETE", "33", "5.001", "5.200", "10.201"), lp("Kec. TALIBURA", "25", "4.444", "4.556", "9.000")),
		sjAbreast(lp("Kec. WAIBLAMA", "31", "1.330", "1.190", "2.520")))
	// unframed cards, call numbers with a cutter of a letter and digits,
	// desa and TPS on one line, dotted leaders, the kabupaten's card by
	// its cutter KAB under its bare name
	plain := func(call, title, l, p, tot string) []string {
		return []string{call + "  " + title,
			"     Daftar Pemilih Tetap Pemilu 2024. - Maumere : KPU, 2024.",
			"     Desa/Kel. : 4   TPS : 11",
			"     Pemilih Laki-laki ...... " + l,
			"     Pemilih Perempuan ...... " + p,
			"     Jumlah Pemilih ......... " + tot,
			"                                   (o)"}
	}
	unframed := catDoc(intro,
		plain("324.6 P12", "PAGA", "1.500", "1.520", "3.020"),
		plain("324.6 M07", "MEGO", "2.001", "1.999", "4.000"),
		[]string{"324.6 KAB  SIKKA", "     Desa/Kel. : 8   TPS : 22",
			"     Pemilih Laki-laki ...... 3.501", "     Pemilih Perempuan ...... 3.519", "     Jumlah Pemilih ......... 7.020"})
	// a card off its total is left out; the master card no longer the sum goes too
	off := catDoc(intro,
		card("324.6 KEC 01", "ALOK", "12", "40", "7.210", "7.305", "14.515"),
		card("324.6 KEC 02", "NITA", "9", "31", "4.120", "4.033", "8.135"),
		card("324.6 KEC 03", "BOLA", "6", "18", "2.015", "1.990", "4.005"),
		card("324.6 KAB", "KARTU INDUK - JUMLAH", "27", "89", "13.345", "13.328", "26.673"))
	// the call number stacked over the title (class, then cutter), and the
	// kabupaten's card under its bare name with no call number: the whole
	// only because its counts are the others' sums
	tall := func(head []string, l, p, tot string) []string {
		return catBox(40, append(head, "Pemilih L : "+l, "Pemilih P : "+p, "Jumlah    : "+tot, "(o)")...)
	}
	stackedCall := catDoc(intro,
		tall([]string{"324.6", "KEC 07", "NELLE"}, "1.100", "1.200", "2.300"),
		tall([]string{"324.6", "KEC 08", "KOTING"}, "2.100", "2.050", "4.150"),
		tall([]string{"SIKKA"}, "3.200", "3.250", "6.450"))
	// look-alikes: a book's catalogue cards (author, publisher, ISBN,
	// pages, copies), and voters' figures in a sentence beside the word
	book := func(call, title, pages string) []string {
		return catBox(56,
			call+"  "+title,
			"           Komisi Pemilihan Umum. - Jakarta : KPU, 2019.",
			"           Halaman    : "+pages,
			"           Eksemplar  : 3",
			"           ISBN 978-602-0000-11-2",
			"                                              (o)")
	}
	books := catDoc("Katalog perpustakaan kantor:",
		book("324.6 KOM p", "Pedoman Teknis Pemutakhiran Data Pemilih", "212"),
		book("324.6 KOM m", "Modul Bimbingan Teknis PPK", "96"))
	// the library's visitor cards: men and women counted, but as
	// visitors (Pengunjung L / P), no voters' field
	visit := func(month, l, p, tot string) []string {
		return catBox(40, "027.7 PGJ  PENGUNJUNG "+month, "           Buku tamu Rumah Pintar Pemilu",
			"           Pengunjung L : "+l, "           Pengunjung P : "+p, "           Jumlah       : "+tot, "                              (o)")
	}
	visitors := catDoc("Katalog kunjungan:", visit("JANUARI", "12", "15", "27"), visit("FEBRUARI", "20", "11", "31"))
	checkDocs(t, []string{"dpt"}, []docCase{
		{"boxed cards, call numbers, master card last", stacked, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|12|40|7210|7305|14515",
			"pemilu|2024|kecamatan|KOTA UNENG|9|31|4120|4033|8153",
			"pemilu|2024|kecamatan|BOLA|6|18|2015|1990|4005",
			"pemilu|2024|kabupaten|Kabupaten Sikka|27|89|13345|13328|26673",
		}}},
		{"two abreast, no call numbers, master card first", abreast, map[string][]string{"dpt": {
			"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|109|13775|14046|27821",
			"pemilu|2024|kecamatan|KEWAPANTE|<nil>|20|3000|3100|6100",
			"pemilu|2024|kecamatan|WAIGETE|<nil>|33|5001|5200|10201",
			"pemilu|2024|kecamatan|TALIBURA|<nil>|25|4444|4556|9000",
			"pemilu|2024|kecamatan|WAIBLAMA|<nil>|31|1330|1190|2520",
		}}},
		{"unframed, cutters, the KAB card", unframed, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|PAGA|4|11|1500|1520|3020",
			"pemilu|2024|kecamatan|MEGO|4|11|2001|1999|4000",
			"pemilu|2024|kabupaten|Kabupaten Sikka|8|22|3501|3519|7020",
		}}},
		{"a card off its total", off, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|12|40|7210|7305|14515",
			"pemilu|2024|kecamatan|BOLA|6|18|2015|1990|4005",
		}}},
		{"call numbers stacked, the whole by its sums", stackedCall, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|NELLE|<nil>|<nil>|1100|1200|2300",
			"pemilu|2024|kecamatan|KOTING|<nil>|<nil>|2100|2050|4150",
			"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|3200|3250|6450",
		}}},
		{"a book's catalogue cards", books, nil},
		{"the library's visitor cards", visitors, nil},
	})
}
