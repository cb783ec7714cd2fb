package normalize

import (
	"slices"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

func TestAllDigitsAllUpper(t *testing.T) {
	for _, c := range []struct {
		s             string
		digits, upper bool
	}{
		{"", true, true},
		{"0123456789", true, false},
		{"3360", true, false},
		{"WA", false, true},
		{"BKB", false, true},
		{"33a0", false, false},
		{"Wa", false, false},
		{"W.", false, false},
		{"٣", false, false}, // a non-ASCII digit is not a code digit
	} {
		if got := AllDigits(c.s); got != c.digits {
			t.Errorf("AllDigits(%q) = %v, want %v", c.s, got, c.digits)
		}
		if got := AllUpper(c.s); got != c.upper {
			t.Errorf("AllUpper(%q) = %v, want %v", c.s, got, c.upper)
		}
	}
}

// TestKeyWords: KeyWords yields strings.Fields(Key(s)), and stops when
// asked, on written and random texts (ASCII, accented, over-long words).
func TestKeyWords(t *testing.T) {
	parts := []string{"Persentase", "nilai", "INDEKS", "a", "Z", "0", "9", "2024", "_", "-", ".", "(", "é", "Ｋ", "ſ",
		"x", strings.Repeat("Ab", 40), strings.Repeat("c", 70)}
	for _, s := range sharedtest.Texts(4, 20000, 10, parts, []string{" ", "", "\t", "  ", "/"}, "", " ", "A", "é") {
		want := strings.Fields(Key(s))
		var got []string
		KeyWords(s, func(w string) bool {
			got = append(got, strings.Clone(w))
			return true
		})
		if !slices.Equal(got, want) {
			t.Fatalf("KeyWords(%q) = %q, want %q", s, got, want)
		}
		n := 0
		KeyWords(s, func(string) bool { n++; return false })
		if n != min(len(want), 1) {
			t.Fatalf("KeyWords(%q) went on after false: %d calls", s, n)
		}
	}
}
