package parse

import (
	"strings"
	"testing"
)

// dominoTile draws one tile: its heading lines (name, counts; "" for none,
// the name a blank line above the counts when blankAbove), then the frame
// with the left and right halves' lines, then the total line.
type dominoSpec struct {
	heads       []string
	left, right []string
	total       string
}

// dominoRowLines sets tiles abreast, each width columns wide; a blank line
// between the first heading line and the rest when blankAbove.
func dominoRowLines(width int, blankAbove bool, tiles ...dominoSpec) []string {
	inner := 0
	for _, t := range tiles {
		inner = max(inner, len(t.left), len(t.right))
	}
	var cols [][]string
	for _, t := range tiles {
		var c []string
		for k, h := range t.heads {
			c = append(c, h)
			if k == 0 && blankAbove {
				c = append(c, "")
			}
		}
		c = append(c, "┌───────────┬───────────┐")
		for k := 0; k < inner; k++ {
			l, r := "", ""
			if k < len(t.left) {
				l = t.left[k]
			}
			if k < len(t.right) {
				r = t.right[k]
			}
			c = append(c, "│"+padCell(l)+"│"+padCell(r)+"│")
		}
		c = append(c, "└───────────┴───────────┘", " "+t.total)
		cols = append(cols, c)
	}
	return dominoAbreast(width, cols...)
}

// padCell fits a half's text in its 11 columns: a figure right-aligned,
// a label left.
func padCell(s string) string {
	if s != "" && s[0] >= '0' && s[0] <= '9' {
		return strings.Repeat(" ", 10-len([]rune(s))) + s + " "
	}
	return " " + s + strings.Repeat(" ", 10-len([]rune(s)))
}

func dominoAbreast(width int, cols ...[]string) []string {
	n := 0
	for _, c := range cols {
		n = max(n, len(c))
	}
	out := make([]string, n)
	for k := 0; k < n; k++ {
		var b strings.Builder
		for j, c := range cols {
			l := ""
			if k < len(c) {
				l = c[k]
			}
			if j < len(cols)-1 {
				l += strings.Repeat(" ", max(2, width-len([]rune(l))))
			}
			b.WriteString(l)
		}
		out[k] = strings.TrimRight(b.String(), " ")
	}
	return out
}

// dominoDoc is a report's DPT section with the rows of tiles given.
func dominoDoc(rows ...[]string) []string {
	out := []string{
		"Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"[Gambar: Kartu Domino Pemilih - diketik ulang]", "",
	}
	for _, r := range rows {
		out = append(out, r...)
		out = append(out, "")
	}
	return append(out, "Belahan kiri dan kanan kartu menunjukkan pemilih menurut jenis kelamin.", "")
}

func lpTile(heads []string, l, p, total string) dominoSpec {
	return dominoSpec{heads, []string{"● L", l}, []string{"● P", p}, total}
}

// TestDominoDPTClass: a DPT drawn as domino tiles, one a kecamatan, the
// kabupaten's last: each half's label says which figure is L and which P,
// L + P = the total under the tile proves it, the kabupaten's tile is the
// sum of the others'.
func TestDominoDPTClass(t *testing.T) {
	// three abreast, the names a blank line above the counts
	abreast := dominoDoc(
		dominoRowLines(29, true,
			lpTile([]string{"01 ALOK", "12 desa/kel · 40 TPS"}, "7.210", "7.305", "L+P 14.515"),
			lpTile([]string{"02 NITA", "9 desa/kel · 31 TPS"}, "4.120", "4.033", "L+P 8.153"),
			lpTile([]string{"03 BOLA", "6 desa/kel · 18 TPS"}, "2.015", "1.990", "L+P 4.005")),
		dominoRowLines(29, true,
			lpTile([]string{"KABUPATEN SIKKA", "27 desa/kel · 89 TPS"}, "13.345", "13.328", "L+P 26.673")),
	)
	// two abreast, one heading line, the women's half at the left, words
	// for the sexes with pips under them, the total "jumlah"; the last
	// tile, named by no whole's word, is the kabupaten's as the sum
	words := func(h, l, p, tot string) dominoSpec {
		return dominoSpec{[]string{h}, []string{"Laki-laki", "○ ○ ○", l}, []string{"Perempuan", "○ ○ ○", p}, tot}
	}
	women := func(h, l, p, tot string) dominoSpec {
		return dominoSpec{[]string{h}, []string{"Perempuan", p}, []string{"Laki-laki", l}, tot}
	}
	oneLine := dominoDoc(
		dominoRowLines(30, false,
			words("1. ALAK · 130 TPS", "22.735", "22.094", "jumlah 44.829"),
			women("2. MAULAFA · 209 TPS", "15.740", "15.323", "jumlah 31.063")),
		dominoRowLines(30, false,
			words("3. OEBOBO · 171 TPS", "16.489", "16.874", "jumlah 33.363"),
			words("SIKKA · 510 TPS", "54.964", "54.291", "jumlah 109.255")),
	)
	// one tile a row, the name alone over it, label and figure on one
	// line, the total "Σ"
	single := func(h, l, p, tot string) []string {
		return dominoRowLines(0, false, dominoSpec{[]string{h}, []string{"L " + l}, []string{"P " + p}, tot})
	}
	lone := dominoDoc(
		single("KEWAPANTE", "3.000", "3.100", "Σ 6.100"),
		single("WAIGETE", "5.001", "5.200", "Σ 10.201"),
		single("Total Kabupaten", "8.001", "8.300", "Σ 16.301"),
	)
	// a tile off its total: not loaded, reported; the kabupaten no longer
	// the sum: not loaded either
	off := dominoDoc(
		dominoRowLines(29, true,
			lpTile([]string{"01 ALOK", "12 desa/kel · 40 TPS"}, "7.210", "7.305", "L+P 14.515"),
			lpTile([]string{"02 NITA", "9 desa/kel · 31 TPS"}, "4.120", "4.033", "L+P 8.135"),
			lpTile([]string{"03 BOLA", "6 desa/kel · 18 TPS"}, "2.015", "1.990", "L+P 4.005")),
		dominoRowLines(29, true,
			lpTile([]string{"KABUPATEN SIKKA", "27 desa/kel · 89 TPS"}, "13.345", "13.328", "L+P 26.673")),
	)
	// look-alikes: halves holding percentages; a two-column box of target
	// and realisasi; halves naming two years
	pct := dominoDoc(dominoRowLines(29, false,
		lpTile([]string{"ALOK"}, "49,8 %", "50,2 %", "L+P 14.515"),
		lpTile([]string{"NITA"}, "50,5 %", "49,5 %", "L+P 8.153")))
	box := dominoDoc(dominoRowLines(29, false,
		dominoSpec{[]string{"ALOK"}, []string{"Target", "7.210"}, []string{"Realisasi", "7.305"}, "jumlah 14.515"},
		dominoSpec{[]string{"NITA"}, []string{"Target", "4.120"}, []string{"Realisasi", "4.033"}, "jumlah 8.153"}))
	years := dominoDoc(dominoRowLines(29, false,
		dominoSpec{[]string{"DPT SIKKA"}, []string{"2019", "221.004"}, []string{"2024", "236.530"}, "selisih 15.526"},
		dominoSpec{[]string{"DPT ALOK"}, []string{"2019", "13.004"}, []string{"2024", "14.515"}, "selisih 1.511"}))
	checkDocs(t, []string{"dpt"}, []docCase{
		{"three abreast, names over counts", abreast, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|12|40|7210|7305|14515",
			"pemilu|2024|kecamatan|NITA|9|31|4120|4033|8153",
			"pemilu|2024|kecamatan|BOLA|6|18|2015|1990|4005",
			"pemilu|2024|kabupaten|Kabupaten Sikka|27|89|13345|13328|26673",
		}}},
		{"one heading line, words, the whole by its sums", oneLine, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALAK|<nil>|130|22735|22094|44829",
			"pemilu|2024|kecamatan|MAULAFA|<nil>|209|15740|15323|31063",
			"pemilu|2024|kecamatan|OEBOBO|<nil>|171|16489|16874|33363",
			"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|510|54964|54291|109255",
		}}},
		{"one tile a row, label and figure on a line", lone, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|KEWAPANTE|<nil>|<nil>|3000|3100|6100",
			"pemilu|2024|kecamatan|WAIGETE|<nil>|<nil>|5001|5200|10201",
			"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|8001|8300|16301",
		}}},
		{"a tile off its total", off, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|12|40|7210|7305|14515",
			"pemilu|2024|kecamatan|BOLA|6|18|2015|1990|4005",
		}}},
		{"percentages in the halves", pct, nil},
		{"a box of target and realisasi", box, nil},
		{"two years in the halves", years, nil},
	})
	d := parseDoc(t, "off", off...)
	n := 0
	for _, f := range d.Findings {
		if f.Aturan == "dpt.lp_tidak_sama_total" && strings.Contains(f.Nilai, "NITA") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d dpt.lp_tidak_sama_total findings on NITA's tile, want 1", n)
	}
}
