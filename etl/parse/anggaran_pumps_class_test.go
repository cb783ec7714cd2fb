package parse

import (
	"strconv"
	"strings"
	"testing"
)

// pumpOf draws a fuel pump display: a frame ("╔╗╚╝═║", "┏┓┗┛━┃", …) of
// inner width w titled `title` in its top rule, the head lines, the
// windows (label, value) each framed in thin rules, then the tail lines.
func pumpOf(frame, title string, w int, head []string, windows [][2]string, tail ...string) []string {
	f := []rune(frame)
	top := string(f[0]) + string(f[4]) + " " + title + " "
	top += strings.Repeat(string(f[4]), w+1-len([]rune(top))) + string(f[1])
	out := []string{top}
	side := func(s string) string { return string(f[5]) + pad(" "+s, w) + string(f[5]) }
	for _, h := range head {
		out = append(out, side(h))
	}
	for _, win := range windows {
		wt := "┌ " + win[0] + " "
		out = append(out, side(wt+strings.Repeat("─", w-3-len([]rune(wt)))+"┐"),
			side("│"+strings.Repeat(" ", w-5-len([]rune(win[1])))+win[1]+" │"),
			side("└"+strings.Repeat("─", w-4)+"┘"))
	}
	for _, l := range tail {
		out = append(out, side(l))
	}
	return append(out, string(f[2])+strings.Repeat(string(f[4]), w)+string(f[3]))
}

// pumpsAbreast sets pumps of one height side by side, gap spaces apart,
// with their hoses under them.
func pumpsAbreast(gap int, pumps ...[]string) []string {
	var out []string
	for k := range pumps[0] {
		var parts []string
		for _, p := range pumps {
			parts = append(parts, p[k])
		}
		out = append(out, strings.Join(parts, strings.Repeat(" ", gap)))
	}
	hose := pad("   ████  ││  selang", len([]rune(pumps[0][0]))+gap)
	return append(out, strings.TrimRight(strings.Repeat(hose, len(pumps)), " "), "")
}

// TestFuelPumpsClass: the budget as fuel pump displays (a pump a budget
// line, the realisasi and the pagu in labelled windows, sisa and percent
// under them, pumps alone or abreast) becomes budget rows by the windows'
// meaning and each pump's arithmetic; a pump failing its sums gives no
// row, and a fuel price board or list gives nothing.
func TestFuelPumpsClass(t *testing.T) {
	const dbl, heavy, round = "╔╗╚╝═║", "┏┓┗┛━┃", "╭╮╰╯─│"
	intro := []string{"Tabel 3.2 Realisasi Anggaran Tahun 2022", "", "[Gambar: Pompa Anggaran 2022 - teks tampilan pompa diketik ulang]", ""}
	with := func(m []string) []string {
		return append(append(append([]string{}, intro...), m...), "", "Sumber: SAKTI, 31 Desember 2022.")
	}
	alor := func(label, title string, head []string, real, pagu, sisa, pct string) []string {
		return pumpOf(dbl, title, 40, head, [][2]string{{"RUPIAH TERISI", real}, {"KAPASITAS (PAGU)", pagu}}, "SISA "+sisa, "TERISI "+pct+" %")
	}
	// the total's pump alone first, then two abreast, the names wrapped
	two := append(pumpsAbreast(0, alor("", "POMPA UTAMA", []string{"TOTAL DIPA 2022", ""}, "1.370.000.000", "1.500.000.000", "130.000.000", "91,33")),
		append(pumpsAbreast(4,
			alor("", "POMPA 1", []string{"076.01.WA Program Dukungan", "Manajemen"}, "920.000.000", "1.000.000.000", "80.000.000", "92,00"),
			alor("", "POMPA 2", []string{"3355 Pengelolaan Keuangan dan", "Barang Milik Negara"}, "540.000.000", "600.000.000", "60.000.000", "90,00")),
			append(pumpsAbreast(4,
				alor("", "POMPA 3", []string{"3360 Operasional Perkantoran", ""}, "380.000.000", "400.000.000", "20.000.000", "95,00"),
				alor("", "POMPA 4", []string{"076.01.CQ Program Penyelenggaraan", "Pemilu 2024"}, "450.000.000", "500.000.000", "50.000.000", "90,00")),
				pumpsAbreast(4, alor("", "POMPA 5", []string{"6639 Teknis Penyelenggaraan", ""}, "450.000.000", "500.000.000", "50.000.000", "90,00"))...)...)...)
	want := []string{"076.01.WA|program||2022|1000000000|920000000|80000000", "3355|kegiatan|076.01.WA|2022|600000000|540000000|60000000",
		"3360|kegiatan|076.01.WA|2022|400000000|380000000|20000000", "076.01.CQ|program||2022|500000000|450000000|50000000",
		"6639|kegiatan|076.01.CQ|2022|500000000|450000000|50000000", "TOTAL|total||2022|1500000000|1370000000|130000000"}
	// one pump a line, heavy frames, `TERISI (Rp)` / `KAPASITAS` windows
	// with Rp, no SISA line (sisa is pagu − realisasi), the total last
	one := func(title, code string, real, pagu, pct string) []string {
		return pumpOf(heavy, title, 44, []string{code}, [][2]string{{"TERISI (Rp)", "Rp " + real}, {"KAPASITAS", "Rp " + pagu}}, "Terisi "+pct+"%")
	}
	single := append(append(append(append(
		one("Pompa 1", "076.01.CQ Program Penyelenggaraan Pemilu", "440.000.000", "500.000.000", "88,00"), ""),
		one("Pompa 2", "6867 Badan Adhoc", "290.000.000", "300.000.000", "96,67")...), ""),
		append(one("Pompa 3", "6871 Logistik", "150.000.000", "200.000.000", "75,00"), append([]string{""},
			one("Pompa 4", "JUMLAH", "440.000.000", "500.000.000", "88,00")...)...)...)
	// three abreast, rounded frames, `Pagu` over `Realisasi` windows (the
	// other order), the percent in a window of its own, `induk:` stated
	three := func(title string, head []string, pagu, real, pct string) []string {
		return pumpOf(round, title, 36, head, [][2]string{{"Pagu", pagu}, {"Realisasi", real}, {"Terisi (%)", pct}}, "Sisa: "+subRp(pagu, real))
	}
	abreast3 := pumpsAbreast(3,
		three("POMPA A", []string{"076.01.WA Program Dukungan", "induk: -"}, "1.000.000.000", "920.000.000", "92,00"),
		three("POMPA B", []string{"3360 Operasional", "induk: 076.01.WA"}, "400.000.000", "380.000.000", "95,00"),
		three("POMPA C", []string{"3355 Pengelolaan Keuangan", "induk: 076.01.WA"}, "600.000.000", "540.000.000", "90,00"))
	// the windows typed without their frames: a label alone, its figure
	// on the next line; a name line holding a label word stays the name
	bare := func(title string, head []string, real, pagu, pct string) []string {
		return pumpOf(heavy, title, 38, head, nil, "RUPIAH TERISI", real, "KAPASITAS", pagu, "TERISI "+pct+" %")
	}
	unframed := pumpsAbreast(2,
		bare("POMPA 1", []string{"076.01.CQ Program Penyelenggaraan", "Sisa Anggaran"}, "440.000.000", "500.000.000", "88,00"),
		bare("POMPA 2", []string{"6639 Teknis Penyelenggaraan", ""}, "440.000.000", "500.000.000", "88,00"))
	// a pump whose sisa does not hold: no row for it, and its program's
	// kegiatan no longer sum, so nothing is loaded
	short := make([]string, len(two))
	for k, l := range two {
		short[k] = strings.Replace(l, "SISA 20.000.000 ", "SISA 25.000.000 ", 1)
	}
	// a lone program pump with a wrong percent: no row
	badPct := pumpOf(dbl, "POMPA 1", 40, []string{"076.01.WA Program Dukungan"}, [][2]string{{"RUPIAH TERISI", "920.000.000"}, {"KAPASITAS (PAGU)", "1.000.000.000"}}, "TERISI 93,00 %")
	// fuel prices on a pump and in a list
	prices := pumpOf(dbl, "POMPA 2", 40, []string{"Pertalite Rp 10.000/liter", "Pertamax Rp 12.950/liter"}, [][2]string{{"RUPIAH TERISI", "150.000"}, {"LITER", "15,00"}})
	list := []string{"Harga BBM di SPBU Kalabahi (POMPA 1-4):", "", "Pertalite Rp 10.000/liter", "Pertamax Rp 12.950/liter", "Solar Rp 6.800/liter"}
	// words across the frames of a band
	across := make([]string, len(two))
	copy(across, two)
	for k, l := range across {
		if strings.Contains(l, "076.01.WA Program Dukungan") {
			across[k] = strings.Replace(l, "║    ║", "║ ab ║", 1)
		}
	}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"total alone then two abreast", with(two), map[string][]string{"anggaran": want}},
		{"one a line, Rp, no sisa, total last", with(single), map[string][]string{"anggaran": {
			"076.01.CQ|program||2022|500000000|440000000|60000000", "6867|kegiatan|076.01.CQ|2022|300000000|290000000|10000000",
			"6871|kegiatan|076.01.CQ|2022|200000000|150000000|50000000", "TOTAL|total||2022|500000000|440000000|60000000"}}},
		{"three abreast, pagu first, induk stated", with(abreast3), map[string][]string{"anggaran": {want[0], want[2], want[1]}}},
		{"windows without frames", with(unframed), map[string][]string{"anggaran": {
			"076.01.CQ|program||2022|500000000|440000000|60000000", "6639|kegiatan|076.01.CQ|2022|500000000|440000000|60000000"}}},
		{"a pump's sisa wrong", with(short), nil},
		{"a wrong percent", with(badPct), nil},
		{"fuel prices on a pump", with(prices), nil},
		{"fuel price list", with(list), nil},
		{"words across the frames", with(across), nil},
	})
}

// subRp: a − b of two amounts written with thousands dots, written so.
func subRp(a, b string) string {
	n := func(s string) int {
		v, _ := strconv.Atoi(strings.ReplaceAll(s, ".", ""))
		return v
	}
	d := strconv.Itoa(n(a) - n(b))
	var s []byte
	for k := range d {
		if k > 0 && (len(d)-k)%3 == 0 {
			s = append(s, '.')
		}
		s = append(s, d[k])
	}
	return string(s)
}
