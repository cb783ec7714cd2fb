package parse

import (
	"strings"
	"testing"
)

// stampT is one stamp drawn: its face line's words ("PEMILU 2024"), its
// face value, and the lines under the face line.
type stampT struct {
	face, value string
	body        []string
}

// stampDraw draws stamps n abreast, w wide inside, edged with perf:
// a perforation row over and under each row of stamps (shared between
// rows when shared), gutter between stamps, indent before every line;
// tabs parts every cell by a TAB instead of spaces (as a PDF's text).
func stampDraw(stamps []stampT, n, w int, perf, gutter string, shared, tabs bool, indent string) []string {
	pad := func(s string) string {
		if r := []rune(s); len(r) < w {
			return s + strings.Repeat(" ", w-len(r))
		}
		return s
	}
	side := func(s string) string {
		if tabs {
			return perf + "\t" + s + "\t" + perf
		}
		return perf + " " + pad(s) + " " + perf
	}
	rowRule := func(k int) string {
		one := strings.TrimSpace(strings.Repeat(perf+" ", w/2+1))
		var r []string
		for i := 0; i < k; i++ {
			r = append(r, " "+one+" ")
		}
		return indent + strings.TrimRight(strings.Join(r, gutter), " ")
	}
	sep := gutter
	if tabs {
		sep = "\t"
	}
	var out []string
	for a := 0; a < len(stamps); a += n {
		row := stamps[a:min(a+n, len(stamps))]
		if !shared || a == 0 {
			out = append(out, rowRule(len(row)))
		}
		height := 0
		for _, s := range row {
			height = max(height, len(s.body))
		}
		var face []string
		for _, s := range row {
			gap := w - len([]rune(s.face)) - len([]rune(s.value))
			face = append(face, side(s.face+strings.Repeat(" ", gap)+s.value))
		}
		out = append(out, indent+strings.Join(face, sep))
		for i := 0; i < height; i++ {
			var l []string
			for _, s := range row {
				b := ""
				if i < len(s.body) {
					b = s.body[i]
				}
				l = append(l, side(b))
			}
			out = append(out, indent+strings.Join(l, sep))
		}
		out = append(out, rowRule(len(row)))
		if !shared && a+n < len(stamps) {
			out = append(out, "")
		}
	}
	return out
}

// stampFig writes a label and a figure across a stamp w wide.
func stampFig(w int, label, fig string) string {
	return label + strings.Repeat(" ", w-len([]rune(label))-len(fig)) + fig
}

// TestStampSheets: a DPT drawn as a sheet of postage stamps: four a row
// edged with `o`, `n desa · n TPS`, the kabupaten's block apart under its
// label; three a row edged with `·`, the rows sharing their perforation,
// names over two lines, `Laki-laki`/`Perempuan`, no kabupaten stamp;
// five a row edged with `:`, labels before figures parted by `|`, the
// kabupaten's stamp numbered too (its name says it is the whole); the
// same four a row parted by TABs as a PDF's text keeps it.
func TestStampSheets(t *testing.T) {
	const w = 22
	f := func(l, v string) string { return stampFig(w, l, v) }
	four := []stampT{
		{"PEMILU 2019", "10.350", []string{"", "01", "KAMBERA", "", "12 desa · 40 TPS", f("L", "5.100"), f("P", "5.250")}},
		{"PEMILU 2019", "8.200", []string{"", "02", "PANDAWAI", "", "9 desa · 31 TPS", f("L", "4.020"), f("P", "4.180")}},
		{"PEMILU 2019", "7.200", []string{"", "03", "HAHARU", "", "7 desa · 28 TPS", f("L", "3.510"), f("P", "3.690")}},
		{"PEMILU 2019", "5.000", []string{"", "04", "LEWA", "", "8 desa · 22 TPS", f("L", "2.400"), f("P", "2.600")}},
		{"PEMILU 2019", "4.100", []string{"", "05", "NGGAHA ORI ANGU", "", "6 desa · 20 TPS", f("L", "2.000"), f("P", "2.100")}},
	}
	kab := []stampT{{"PEMILU 2019", "34.850", []string{"", "BLOK KAB.", "SIKKA", "", "42 desa · 141 TPS", f("L", "17.030"), f("P", "17.820")}}}
	head := []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan", "",
		"[Gambar: Prangko Pemilih Pemilu 2019 - teks lembar prangko diketik ulang]", "",
		"Setiap prangko satu kecamatan; nilai nominal = jumlah pemilih (L+P).", ""}
	one := append(append([]string{}, head...), stampDraw(four, 4, w, "o", "    ", false, false, "")...)
	one = append(one, "", "Blok prangko (kabupaten):")
	one = append(one, stampDraw(kab, 1, w, "o", "    ", false, false, strings.Repeat(" ", 26))...)
	one = append(one, "", "BAB IV", "PENUTUP")
	want1 := []string{
		"pemilu|2019|kecamatan|KAMBERA|12|40|5100|5250|10350",
		"pemilu|2019|kecamatan|PANDAWAI|9|31|4020|4180|8200",
		"pemilu|2019|kecamatan|HAHARU|7|28|3510|3690|7200",
		"pemilu|2019|kecamatan|LEWA|8|22|2400|2600|5000",
		"pemilu|2019|kecamatan|NGGAHA ORI ANGU|6|20|2000|2100|4100",
		"pemilu|2019|kabupaten|Kabupaten Sikka|42|141|17030|17820|34850",
	}
	pdf := append(append([]string{}, head...), stampDraw(four, 4, w, "o", "    ", false, true, "")...)
	pdf = append(pdf, "", "Blok prangko (kabupaten):")
	pdf = append(pdf, stampDraw(kab, 1, w, "o", "    ", false, true, "")...)

	const w2 = 24
	g := func(l, v string) string { return stampFig(w2, l, v) }
	three := []stampT{
		{"PILKADA 2024", "14.500", []string{"7", "LOLI", "", "10 desa · 33 TPS", g("Laki-laki", "7.120"), g("Perempuan", "7.380")}},
		{"PILKADA 2024", "10.750", []string{"8", "WANOKAKA", "", "9 desa · 24 TPS", g("Laki-laki", "5.300"), g("Perempuan", "5.450")}},
		{"PILKADA 2024", "9.700", []string{"9", "KOTA", "WAIKABUBAK", "7 desa · 21 TPS", g("Laki-laki", "4.800"), g("Perempuan", "4.900")}},
		{"PILKADA 2024", "6.200", []string{"10", "TANA RIGHU", "UTARA", "6 desa · 18 TPS", g("Laki-laki", "3.000"), g("Perempuan", "3.200")}},
	}
	twoDoc := append([]string{"Pemilihan Bupati 2024 memakai DPT berikut, digambar sebagai lembar prangko.", "",
		"Tabel 3.5 DPT Pilkada 2024 per Kecamatan", ""}, stampDraw(three, 3, w2, "·", "  ", true, false, "  ")...)

	const w3 = 18
	h := func(l, v string) string { return stampFig(w3, l, v) }
	five := []stampT{
		{"Pemilu 2024", "18.500", []string{"1", "KOTA SOE", "Desa 12 | TPS 60", h("P", "9.400"), h("L", "9.100")}},
		{"Pemilu 2024", "14.300", []string{"2", "AMANUBAN", "Desa 10 | TPS 45", h("P", "7.300"), h("L", "7.000")}},
		{"Pemilu 2024", "8.200", []string{"3", "KUANFATU", "Desa 8 | TPS 30", h("P", "4.200"), h("L", "4.000")}},
		{"Pemilu 2024", "5.000", []string{"4", "KIE", "Desa 5 | TPS 20", h("P", "2.600"), h("L", "2.400")}},
		{"Pemilu 2024", "3.000", []string{"5", "FATUMNASI", "Desa 4 | TPS 10", h("P", "1.500"), h("L", "1.500")}},
		{"Pemilu 2024", "49.000", []string{"6", "KABUPATEN", "SIKKA", "Desa 39 | TPS 165", h("P", "25.000"), h("L", "24.000")}},
	}
	threeDoc := append([]string{"Tabel 3.6 DPT Pemilu 2024 per Kecamatan", ""}, stampDraw(five, 5, w3, ":", "   ", false, false, "")...)

	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "four a row, the kabupaten's block apart", body: one, want: map[string][]string{"dpt": want1}},
		{name: "the same parted by TABs", body: pdf, want: map[string][]string{"dpt": want1}},
		{name: "three a row, shared perforation, names wrapped", body: twoDoc, want: map[string][]string{"dpt": {
			"pilkada|2024|kecamatan|LOLI|10|33|7120|7380|14500",
			"pilkada|2024|kecamatan|WANOKAKA|9|24|5300|5450|10750",
			"pilkada|2024|kecamatan|KOTA WAIKABUBAK|7|21|4800|4900|9700",
			"pilkada|2024|kecamatan|TANA RIGHU UTARA|6|18|3000|3200|6200",
		}}},
		{name: "five a row edged with colons, labels first", body: threeDoc, want: map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|KOTA SOE|12|60|9100|9400|18500",
			"pemilu|2024|kecamatan|AMANUBAN|10|45|7000|7300|14300",
			"pemilu|2024|kecamatan|KUANFATU|8|30|4000|4200|8200",
			"pemilu|2024|kecamatan|KIE|5|20|2400|2600|5000",
			"pemilu|2024|kecamatan|FATUMNASI|4|10|1500|1500|3000",
			"pemilu|2024|kabupaten|Kabupaten Sikka|39|165|24000|25000|49000",
		}}},
	})
}

// TestStampSheetsUnread: a stamp whose L and P do not make its face value
// is left out (and the kabupaten's block, no longer the sum, with it),
// reported; a philatelic sheet of stamps with prices, a list of stamps
// with prices, and stamps naming different elections give no DPT rows.
func TestStampSheetsUnread(t *testing.T) {
	const w = 22
	f := func(l, v string) string { return stampFig(w, l, v) }
	stamps := []stampT{
		{"PEMILU 2019", "10.350", []string{"01", "ALOK", "12 desa · 40 TPS", f("L", "5.100"), f("P", "5.250")}},
		{"PEMILU 2019", "6.300", []string{"02", "NITA", "9 desa · 25 TPS", f("L", "3.000"), f("P", "3.100")}},
		{"PEMILU 2019", "5.700", []string{"03", "KANGAE", "7 desa · 20 TPS", f("L", "2.800"), f("P", "2.900")}},
	}
	bad := append([]string{"Tabel 3.4 DPT Pemilu 2019 per Kecamatan", ""}, stampDraw(stamps, 3, w, "o", "   ", false, false, "")...)
	bad = append(bad, "", "Blok prangko:")
	bad = append(bad, stampDraw([]stampT{{"PEMILU 2019", "22.250", []string{"BLOK KAB. SIKKA", "28 desa · 85 TPS",
		f("L", "10.900"), f("P", "11.250")}}}, 1, w, "o", "   ", false, false, "      ")...)
	d := parseDoc(t, "sums", bad...)
	wantRows(t, "dpt", factRows["dpt"](d), []string{
		"pemilu|2019|kecamatan|ALOK|12|40|5100|5250|10350",
		"pemilu|2019|kecamatan|KANGAE|7|20|2800|2900|5700",
	})
	n := 0
	for _, fd := range d.Findings {
		if strings.Contains(fd.Pesan, "prangko ") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("want 2 findings on the stamps, got %d: %v", n, d.Findings)
	}

	priced := stampDraw([]stampT{
		{"SERI FLORA 2019", "3.000", []string{"01", "KOMODO", "Cetak 1.000.000 lembar · 50 TPS"}},
		{"SERI FLORA 2019", "5.000", []string{"02", "CENDANA", "Cetak 500.000 lembar · 40 TPS"}},
	}, 2, w, "o", "   ", false, false, "")
	mixed := stampDraw([]stampT{
		{"PEMILU 2019", "10.350", []string{"01", "ALOK", "12 desa · 40 TPS", f("L", "5.100"), f("P", "5.250")}},
		{"PEMILU 2024", "6.300", []string{"02", "NITA", "9 desa · 25 TPS", f("L", "3.000"), f("P", "3.100")}},
	}, 2, w, "o", "   ", false, false, "")
	list := []string{"Daftar prangko seri Pemilu 2024 (filateli):", "",
		"o o o o o o o o o o", "1. Prangko Pemilu 2024 KOMODO  Rp 5.000  TPS 12",
		"2. Prangko Pemilu 2024 BOLENG  Rp 3.000  TPS 10", "o o o o o o o o o o"}
	for name, body := range map[string][]string{
		"a sheet of stamps with prices": append([]string{"Tabel 3.4 DPT Pemilu 2019 per Kecamatan", ""}, priced...),
		"two elections":                 append([]string{"Tabel 3.4 DPT Pemilu 2019 per Kecamatan", ""}, mixed...),
		"a philatelic list":             append([]string{"Tabel 3.4 DPT Pemilu 2024 per Kecamatan", ""}, list...),
	} {
		if d := parseDoc(t, name, body...); len(d.DPT) != 0 {
			t.Errorf("%s: rows read: %v", name, factRows["dpt"](d))
		}
	}
}
