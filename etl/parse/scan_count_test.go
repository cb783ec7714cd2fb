package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestCountAtLeast: countAtLeast is the sum of strings.Count compared
// with n, on random texts of the separators inlineSkip counts.
func TestCountAtLeast(t *testing.T) {
	subs := []string{": ", ", ", "; ", " | "}
	parts := []string{":", ",", ";", "|", " ", "  ", "a", "é", ": ", " | "}
	for _, s := range sharedtest.Texts(3, 5000, 8, parts, nil, "", ": : ", " | | ", ", ;") {
		for k := 1; k <= len(subs); k++ {
			want := 0
			for _, sub := range subs[:k] {
				want += strings.Count(s, sub)
			}
			for n := 0; n <= want+1; n++ {
				if got := countAtLeast(s, n, subs[:k]...); got != (want >= n) {
					t.Fatalf("countAtLeast(%q, %d, %q) = %v, want %v", s, n, subs[:k], got, want >= n)
				}
			}
		}
	}
}

// TestContainsSpaced: containsSpaced is Contains after ReplaceAll of the
// spaces, on random texts of the word's letters, spaces and near misses.
func TestContainsSpaced(t *testing.T) {
	parts := []string{"r", "e", "a", "l", "i", "s", "re", "ali", "sa", " ", "  ", "R", "é", "\t", "realisa", "real isa"}
	for _, s := range sharedtest.Texts(5, 20000, 10, parts, nil, "", "realisa", "r e a l i s a", "realis", "Realisasi") {
		for _, sub := range []string{"realisa", "r", "sa"} {
			if got, want := containsSpaced(s, sub), strings.Contains(strings.ReplaceAll(s, " ", ""), sub); got != want {
				t.Fatalf("containsSpaced(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	}
}
