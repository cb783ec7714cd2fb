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
