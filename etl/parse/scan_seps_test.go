package parse

import (
	"math/rand"
	"strings"
	"testing"
)

// TestCountSepSideBySide: countSep counts what strings.Count counts, on
// made-up rows, on every paragraph of the corpus texts and on random
// strings of the separators' own bytes.
func TestCountSepSideBySide(t *testing.T) {
	seps := []string{": ", ", ", "; ", " | ", " · ", " • ", "|", " "}
	texts := []string{
		"", " ", "|", " | ", " | | ", " | | | ", "a | b | c", "x || y", " |  | ",
		"Kecamatan Lobalain · TPS 12 · L 3.100 · P 3.250", " · · · ", "·", " ·",
		"▫️ No 2 • Desa Oelaba • Jumlah 410", " • • ", "Pagu: 1.200, Realisasi: 1.100; Sisa: 100",
		"a:b,c;d", ": , ; ", "::  ,, ;;", "ends with ", "ends with :",
	}
	for _, b := range marksTexts(t) {
		texts = append(texts, strings.Split(string(b), "\n\n")...) // the corpus texts' paragraphs
	}
	texts = append(texts, madeUpTexts([]string{" ", ":", ",", ";", "|", "·", "•", "a", "1", "\n"}, 4000, 24)...)
	for _, tx := range texts {
		for _, s := range seps {
			if got, want := countSep(tx, s), strings.Count(tx, s); got != want {
				t.Fatalf("countSep(%q, %q) = %d, strings.Count %d", tx, s, got, want)
			}
		}
	}
}

// madeUpTexts are n texts of fewer than most pieces each, drawn at random
// (a fixed seed) from pieces: the side-by-side tests' made-up inputs.
func madeUpTexts(pieces []string, n, most int) []string {
	r := rand.New(rand.NewSource(13))
	out := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for range r.Intn(most) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}
