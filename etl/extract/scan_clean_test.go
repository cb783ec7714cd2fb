package extract

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// TestCellsClean holds cellsClean to normalize.Clean: a line it accepts
// has only cells Clean keeps as they are, and on lines of letters, spaces
// and TABs (where Clean changes nothing but spaces) it accepts every line
// whose cells Clean keeps.
func TestCellsClean(t *testing.T) {
	allKept := func(s string) bool {
		for _, c := range strings.Split(s, "\t") {
			if normalize.Clean(c) != c {
				return false
			}
		}
		return true
	}
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"", true},
		{"1\tSasaran\t100%", true},
		{"\t\tRealisasi 2024\t", true},
		{"1 \tSasaran", false},
		{"1\t Sasaran", false},
		{"1\tSasaran  Strategis", false},
		{" 1\tSasaran", false},
		{"1\tSasaran ", false},
		{"1\t**Sasaran**", false},
		{"1\tCapaian é", false},
		{"1\tNilai\x01", false},
	} {
		if got := cellsClean(tc.line); got != tc.want {
			t.Errorf("cellsClean(%q) = %v, want %v", tc.line, got, tc.want)
		}
		if tc.want && !allKept(tc.line) {
			t.Errorf("%q: a case says clean, Clean disagrees", tc.line)
		}
	}
	rng := rand.New(rand.NewSource(7))
	wide := []string{"a", "B", "1", " ", " ", "\t", "\t", "*", "$", "^", "é", "\u00a0", "\x01", "%", ",", "\r"}
	narrow := []string{"a", "B", "1", " ", " ", "\t", "\t"}
	for n := 0; n < 200000; n++ {
		alpha := wide
		if n%2 == 0 {
			alpha = narrow
		}
		var b strings.Builder
		for k := rng.Intn(14); k > 0; k-- {
			b.WriteString(alpha[rng.Intn(len(alpha))])
		}
		s := b.String()
		got, kept := cellsClean(s), allKept(s)
		if got && !kept {
			t.Fatalf("cellsClean(%q) = true, but Clean changes a cell", s)
		}
		if n%2 == 0 && got != kept {
			t.Fatalf("cellsClean(%q) = %v, Clean keeps every cell: %v", s, got, kept)
		}
	}
}
