package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestHasWords: has and hasPrefix are strings.Contains of the needle with
// a space before (and, for has, after) it, for any needles: one word,
// several words; on written and random texts.
func TestHasWords(t *testing.T) {
	needles := [][]string{{"l", "p", "lp", "pemilih", "tps", "dpt"}, {"kabupaten kota", "kab"}, {"target", "targe"}, {"a b"},
		{" x", "x "}, {"anggaran"}}
	parts := []string{"l", "p", "lp", "pemilih", "tps", "dpt", "kabupaten", "kota", "kab", "target", "targe", "targets", "x", "a", "b",
		"anggaran", "é", "realisasi"}
	seps := []string{" ", "  ", "", "\t", "-"}
	for _, s := range sharedtest.Texts(31, 20000, 10, parts, seps, "", " ", "  ", " l ", " kabupaten kota ", "l p", " x  x ") {
		for _, ws := range needles {
			wantHas, wantPre := false, false
			for _, w := range ws {
				wantHas = wantHas || strings.Contains(s, " "+w+" ")
				wantPre = wantPre || strings.Contains(s, " "+w)
			}
			if got := has(s, ws...); got != wantHas {
				t.Fatalf("has(%q, %q) = %v, want %v", s, ws, got, wantHas)
			}
			if got := hasPrefix(s, ws...); got != wantPre {
				t.Fatalf("hasPrefix(%q, %q) = %v, want %v", s, ws, got, wantPre)
			}
		}
	}
}
