package parse

import (
	"strings"
	"testing"
)

// periodicCell is one element cell drawn: its top line (number at the
// left, symbol at the right, either may be ""), an optional second mark
// line, and the lines under them.
type periodicCell struct {
	num, sym string
	body     []string
}

// periodicDraw draws cells n abreast, w wide inside, in frames of box
// drawing (ascii false) or of + - | (ascii true), one space between
// frames, each row of frames right under the one above; indent puts
// spaces before every line.
func periodicDraw(cells []periodicCell, n, w int, ascii bool, indent string) []string {
	tl, tr, bl, br, h, v := "┌", "┐", "└", "┘", "─", "│"
	if ascii {
		tl, tr, bl, br, h, v = "+", "+", "+", "+", "-", "|"
	}
	pad := func(s string) string {
		if r := []rune(s); len(r) < w {
			return s + strings.Repeat(" ", w-len(r))
		}
		return s
	}
	var out []string
	for a := 0; a < len(cells); a += n {
		row := cells[a:min(a+n, len(cells))]
		height := 0
		for _, c := range row {
			height = max(height, len(c.body))
		}
		var top, bottom, marks []string
		for _, c := range row {
			top = append(top, tl+strings.Repeat(h, w)+tr)
			bottom = append(bottom, bl+strings.Repeat(h, w)+br)
			gap := w - len([]rune(c.num)) - len([]rune(c.sym))
			marks = append(marks, v+c.num+strings.Repeat(" ", gap)+c.sym+v)
		}
		out = append(out, indent+strings.Join(top, " "), indent+strings.Join(marks, " "))
		for i := 0; i < height; i++ {
			var l []string
			for _, c := range row {
				s := ""
				if i < len(c.body) {
					s = c.body[i]
				}
				l = append(l, v+pad(s)+v)
			}
			out = append(out, indent+strings.Join(l, " "))
		}
		out = append(out, indent+strings.Join(bottom, " "))
	}
	return out
}

// fig writes a label and a figure across a cell w wide.
func periodicFig(w int, label, fig string) string {
	return label + strings.Repeat(" ", w-len([]rune(label))-len(fig)) + fig
}

// TestPeriodicTables: a DPT drawn as a periodic table of element cells:
// four abreast in box drawing with desa/TPS/L/P/Σ, the kabupaten's cell
// apart under the table with its symbol alone; three abreast in ASCII
// frames with word labels, a name wrapped over two lines, no kabupaten
// cell; two abreast, the symbol on a line of its own under the number,
// P before L, `∑` and a kecamatan named KOTA … numbered as an area, the
// kabupaten's cell numbered too.
func TestPeriodicTables(t *testing.T) {
	const w = 17
	f := func(l, v string) string { return periodicFig(w, l, v) }
	four := []periodicCell{
		{"1", "Ka", []string{"KAMBERA", "", f("desa", "12"), f("TPS", "40"), f("L", "5.100"), f("P", "5.250"), f("Σ", "10.350")}},
		{"2", "Pa", []string{"PANDAWAI", "", f("desa", "9"), f("TPS", "31"), f("L", "4.020"), f("P", "4.180"), f("Σ", "8.200")}},
		{"3", "Ha", []string{"HAHARU", "", f("desa", "7"), f("TPS", "28"), f("L", "3.510"), f("P", "3.690"), f("Σ", "7.200")}},
		{"4", "Lw", []string{"LEWA", "", f("desa", "8"), f("TPS", "22"), f("L", "2.400"), f("P", "2.600"), f("Σ", "5.000")}},
		{"5", "Ng", []string{"NGGAHA ORI ANGU", "", f("desa", "6"), f("TPS", "20"), f("L", "2.000"), f("P", "2.100"), f("Σ", "4.100")}},
	}
	one := []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan", "",
		"[Gambar: Tabel Periodik Pemilih Pemilu 2019 - diketik ulang]", "",
		"Satu kotak satu kecamatan: nomor, lambang, nama, TPS, L, P dan Σ.", ""}
	one = append(one, periodicDraw(four, 4, w, false, "")...)
	one = append(one, "")
	one = append(one, periodicDraw([]periodicCell{{"", "KAB", []string{"KAB. SIKKA", "", f("desa", "42"), f("TPS", "141"),
		f("L", "17.030"), f("P", "17.820"), f("Σ", "34.850")}}}, 1, w, false, strings.Repeat(" ", 30))...)
	one = append(one, "", "Sumber: DPT Pemilu 2019.")

	const w2 = 22
	g := func(l, v string) string { return periodicFig(w2, l, v) }
	three := []periodicCell{
		{"01", "Lo", []string{"LOLI", g("TPS", "33"), g("Laki-laki", "7.120"), g("Perempuan", "7.380"), g("Jumlah", "14.500")}},
		{"02", "Wk", []string{"WANOKAKA", g("TPS", "24"), g("Laki-laki", "5.300"), g("Perempuan", "5.450"), g("Jumlah", "10.750")}},
		{"03", "Kw", []string{"KOTA WAIKABUBAK", g("TPS", "21"), g("Laki-laki", "4.800"), g("Perempuan", "4.900"), g("Jumlah", "9.700")}},
		{"04", "Tw", []string{"TANA RIGHU", "UTARA", g("TPS", "18"), g("Laki-laki", "3.000"), g("Perempuan", "3.200"), g("Jumlah", "6.200")}},
	}
	twoDoc := append([]string{"Tabel 3.5 DPT Pemilihan 2020 per Kecamatan", ""}, periodicDraw(three, 3, w2, true, "  ")...)

	const w3 = 20
	h := func(l, v string) string { return periodicFig(w3, l, v) }
	two := []periodicCell{
		{"7", "", []string{strings.Repeat(" ", w3-2) + "Ks", "KOTA SOE", h("TPS :", "60"), h("P :", "9.400"), h("L :", "9.100"), h("∑ :", "18.500")}},
		{"8", "", []string{strings.Repeat(" ", w3-2) + "As", "AMANUBAN", "SELATAN", h("TPS :", "45"), h("P :", "7.300"), h("L :", "7.000"), h("∑ :", "14.300")}},
		{"9", "", []string{strings.Repeat(" ", w3-2) + "Ku", "KUANFATU", h("TPS :", "30"), h("P :", "4.200"), h("L :", "4.000"), h("∑ :", "8.200")}},
		{"10", "", []string{strings.Repeat(" ", w3-3) + "Kab", "KABUPATEN SIKKA", h("TPS :", "135"), h("P :", "20.900"), h("L :", "20.100"), h("∑ :", "41.000")}},
	}
	threeDoc := append([]string{"Tabel 3.6 DPT Pemilihan 2024 per Kecamatan", ""}, periodicDraw(two, 2, w3, false, "")...)

	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "four abreast, the kabupaten apart", body: one, want: map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|KAMBERA|12|40|5100|5250|10350",
			"pemilu|2019|kecamatan|PANDAWAI|9|31|4020|4180|8200",
			"pemilu|2019|kecamatan|HAHARU|7|28|3510|3690|7200",
			"pemilu|2019|kecamatan|LEWA|8|22|2400|2600|5000",
			"pemilu|2019|kecamatan|NGGAHA ORI ANGU|6|20|2000|2100|4100",
			"pemilu|2019|kabupaten|Kabupaten Sikka|42|141|17030|17820|34850",
		}}},
		{name: "ascii frames, word labels, a name wrapped", body: twoDoc, want: map[string][]string{"dpt": {
			"pilkada|2020|kecamatan|LOLI|<nil>|33|7120|7380|14500",
			"pilkada|2020|kecamatan|WANOKAKA|<nil>|24|5300|5450|10750",
			"pilkada|2020|kecamatan|KOTA WAIKABUBAK|<nil>|21|4800|4900|9700",
			"pilkada|2020|kecamatan|TANA RIGHU UTARA|<nil>|18|3000|3200|6200",
		}}},
		{name: "symbol under the number, P before L, ∑", body: threeDoc, want: map[string][]string{"dpt": {
			"pilkada|2024|kecamatan|KOTA SOE|<nil>|60|9100|9400|18500",
			"pilkada|2024|kecamatan|AMANUBAN SELATAN|<nil>|45|7000|7300|14300",
			"pilkada|2024|kecamatan|KUANFATU|<nil>|30|4000|4200|8200",
			"pilkada|2024|kabupaten|Kabupaten Sikka|<nil>|135|20100|20900|41000",
		}}},
	})
}

// TestPeriodicTablesUnread: a cell whose L and P do not make its Σ is left
// out (and the kabupaten, no longer the sum, with it), reported; frames
// holding names only (a legend), frames of TPS counts without L and P, and
// a strategy map's boxes give no DPT rows.
func TestPeriodicTablesUnread(t *testing.T) {
	const w = 17
	f := func(l, v string) string { return periodicFig(w, l, v) }
	cells := []periodicCell{
		{"1", "Al", []string{"ALOK", f("TPS", "40"), f("L", "5.100"), f("P", "5.250"), f("Σ", "10.350")}},
		{"2", "Ni", []string{"NITA", f("TPS", "25"), f("L", "3.000"), f("P", "3.100"), f("Σ", "6.300")}},
		{"3", "Kg", []string{"KANGAE", f("TPS", "20"), f("L", "2.800"), f("P", "2.900"), f("Σ", "5.700")}},
	}
	bad := append([]string{"Tabel 3.4 DPT Pemilu 2019 per Kecamatan", ""}, periodicDraw(cells, 3, w, false, "")...)
	bad = append(bad, "")
	bad = append(bad, periodicDraw([]periodicCell{{"", "KAB", []string{"KAB. SIKKA", f("TPS", "85"),
		f("L", "10.900"), f("P", "11.250"), f("Σ", "22.250")}}}, 1, w, false, "      ")...)
	d := parseDoc(t, "sums", bad...)
	wantRows(t, "dpt", factRows["dpt"](d), []string{
		"pemilu|2019|kecamatan|ALOK|<nil>|40|5100|5250|10350",
		"pemilu|2019|kecamatan|KANGAE|<nil>|20|2800|2900|5700",
	})
	n := 0
	for _, fd := range d.Findings {
		if strings.Contains(fd.Pesan, "sel ") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("want 2 findings on the cells, got %d: %v", n, d.Findings)
	}

	legend := periodicDraw([]periodicCell{
		{"1", "Al", []string{"ALOK", "Kecamatan"}},
		{"2", "Ni", []string{"NITA", "Kecamatan"}},
		{"3", "Kg", []string{"KANGAE", "Kecamatan"}},
	}, 3, w, false, "")
	tps := periodicDraw([]periodicCell{
		{"1", "Al", []string{"ALOK", f("TPS", "40"), f("desa", "12")}},
		{"2", "Ni", []string{"NITA", f("TPS", "25"), f("desa", "9")}},
	}, 2, w, false, "")
	strategy := periodicDraw([]periodicCell{
		{"IK-1", "", []string{"Persentase", "Target : 90", "Realisasi : 92"}},
		{"IK-2", "", []string{"Indeks", "Target : 80", "Realisasi : 85"}},
	}, 2, 20, false, "")
	for name, body := range map[string][]string{
		"a legend":       append([]string{"Tabel 3.4 DPT Pemilu 2019 per Kecamatan", ""}, legend...),
		"TPS only":       append([]string{"Tabel 3.4 DPT Pemilu 2019 per Kecamatan", ""}, tps...),
		"a strategy map": append([]string{"Tabel 3.4 DPT Pemilu 2019 per Kecamatan", ""}, strategy...),
	} {
		if d := parseDoc(t, name, body...); len(d.DPT) != 0 {
			t.Errorf("%s: rows read: %v", name, factRows["dpt"](d))
		}
	}
}
