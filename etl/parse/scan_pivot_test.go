package parse

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestPivotLines: pivotLines finds every line holding a cell pivotAggRe
// reads (a TAB cell, as columnHeader and readPivot cut them, or a cell of
// a spaced line, as readPivot cuts those), and counts the lines before it
// right; on made-up lines of the pattern's words in any case (the Kelvin
// sign and the long s in maks, maksimum and sum), white space, TABs, line
// ends and NUL bytes, and on random strings of a small alphabet.
func TestPivotLines(t *testing.T) {
	words := []string{"sum", "Sum", "SUM", "\u017Fum", "count", "Count", "average", "AVG", "max", "min", "Product", "jumlah", "Jumlah",
		"hitung", "Sum of", "Jumlah  dari", "count OF", "rata-rata", "Rata rata", "rerata", "maks", "ma\u212As", "mak\u017F", "maksimum", "Minimum", "of", "OF", "Of", "oF",
		"dari", "DARI", "Dari", "dArI", "daris", "ofs", "xof", "pagu", "Desa/Kel", "2024", "Row Labels", "Column Labels", "Grand Total",
		"\t", "\t", " ", "  ", "\f", "\r", "\x00", "\v", "\u00a0", "-", "é"}
	seps := []string{"", " ", " ", "\t", "  ", "\x00", "\f"}
	written := []string{"", "of", " of ", "Sum of Pagu", "Sum\fof\rPagu\tColumn Labels", "Jumlah dari Desa", "\x00dari\x00",
		"Hitung DARI  Kel\t2023\t2024", "x of", "of x", "a dari", "dari b", "Label\tMA\u212AS of Nilai", "rata rata  dari x"}
	texts := sharedtest.Texts(47, 60000, 8, words, seps, written...)
	rng := rand.New(rand.NewSource(53))
	texts = append(texts, sharedtest.Strings(rng, 40000, 16, "sumaxOFDARI \t\x00\fofdari")...)
	heads, may := 0, 0
	for _, l := range texts {
		want := false
		for _, c := range append(strings.Split(l, "\t"), pivotSpacedRe.Split(strings.TrimSpace(l), -1)...) {
			want = want || pivotAggRe.MatchString(strings.TrimSpace(c))
		}
		doc := "x\n" + l + "\ny\nSum of Pagu"
		got := slices.Contains(pivotLines([]byte(doc)), 1)
		if want && !got {
			t.Fatalf("pivotLines(%q) misses line 1; a cell of it is an aggregated field's title", doc)
		}
		if at := pivotLines([]byte(doc)); len(at) == 0 || at[len(at)-1] != 3+strings.Count(l, "\n") {
			t.Fatalf("pivotLines(%q) = %v; the last line is a header's", doc, at)
		}
		if want {
			heads++
		}
		if got {
			may++
		}
	}
	if heads < len(texts)/20 || may > len(texts)*2/3 {
		t.Errorf("%d of %d lines head a pivot, %d may: the lines should reach both answers often", heads, len(texts), may)
	}
	for _, l := range []string{"Jumlah desa dari kecamatan", "data dari BPS\tsum", "Sumber: hitungan of"} {
		if at := pivotLines([]byte(l)); at != nil {
			t.Errorf("pivotLines(%q) = %v; no aggregate word stands before the joint", l, at)
		}
	}
}
