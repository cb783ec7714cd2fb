package pdftext

import (
	"strconv"
	"strings"
	"testing"
)

// lineOf builds a 6.4 pt line from "text@x0-x1" words.
func lineOf(t *testing.T, spec string) textLine {
	t.Helper()
	var l textLine
	for _, f := range strings.Fields(spec) {
		text, span, _ := strings.Cut(f, "@")
		a, b, _ := strings.Cut(span, "-")
		x0, err0 := strconv.ParseFloat(a, 64)
		x1, err1 := strconv.ParseFloat(b, 64)
		if err0 != nil || err1 != nil {
			t.Fatalf("bad word %q", f)
		}
		l.words = append(l.words, word{text: text, x0: x0, x1: x1, size: 6.4})
	}
	finishLine(&l)
	return l
}

// TestOverflowRivers: a word that overflowed its column to within a point
// of the next column's text ("Penyelenggaraan" before "-") still leaves
// the river the other lines prove; a heading hung over the river from
// elsewhere, a word space at one x on every line, or a block too short
// to prove anything does not.
func TestOverflowRivers(t *testing.T) {
	body := strings.Split(`Uraian@50-70 51@100-106 52@130-136
Pengelolaan@50-85 -@100-102 970@130-140
Keuangan@50-78
Sumber@50-72 267@100-112 218@130-140
Sosialisasi@50-80 -@100-102 547@130-140
Layanan@50-75 -@100-102 113@130-140`, "\n")
	tests := []struct {
		name  string
		lines []string
		cols  int
	}{
		{"overflow", append(append([]string{}, body...), "Penyelenggaraan@50-99.2 -@100-102 682@130-140"), 3},
		{"no overflow", append(append([]string{}, body...), "Penyelenggaraan@50-90 -@100-102 682@130-140"), 3},
		{"heading hung over", append(append([]string{}, body...), "Belanja@84-99.2 Pegawai@100-120 682@130-140"), 2},
		{"right part off the edge", append(append([]string{}, body...), "Penyelenggaraan@50-99.2 -@101-103 682@130-140"), 2},
		{"too short", append(append([]string{}, body[:4]...), "Penyelenggaraan@50-99.2 -@100-102 682@130-140"), 2},
		{"two overflows in seven", append(append([]string{}, body[:5]...), "Penyelenggaraan@50-99.2 -@100-102 682@130-140", "Pemutakhiran@50-99.4 -@100-102 656@130-140"), 2},
	}
	for _, tc := range tests {
		var block []textLine
		for _, s := range tc.lines {
			block = append(block, lineOf(t, s))
		}
		if got := rivers(block); len(got) != tc.cols {
			t.Errorf("%s: columns %v, want %d", tc.name, got, tc.cols)
		}
	}
}
