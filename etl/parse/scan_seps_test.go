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
	r := rand.New(rand.NewSource(13))
	alphabet := []string{" ", ":", ",", ";", "|", "·", "•", "a", "1", "\n"}
	for range 4000 {
		var b strings.Builder
		for range r.Intn(24) {
			b.WriteString(alphabet[r.Intn(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, tx := range texts {
		for _, s := range seps {
			if got, want := countSep(tx, s), strings.Count(tx, s); got != want {
				t.Fatalf("countSep(%q, %q) = %d, strings.Count %d", tx, s, got, want)
			}
		}
	}
}
