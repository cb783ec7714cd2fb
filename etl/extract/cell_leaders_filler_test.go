package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// fillerPairBytes is fillerPair as it was written before it skipped words:
// byte by byte, the specification the word scan must keep.
func fillerPairBytes(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		switch b := s[i]; b {
		case '.', '_', '-':
			if s[i+1] == b || b == '.' && s[i+1] == ' ' && i+2 < len(s) && s[i+2] == '.' {
				return true
			}
		case 0xE2:
			if strings.HasPrefix(s[i:], "……") {
				return true
			}
		case 0xC2:
			if strings.HasPrefix(s[i:], "··") {
				return true
			}
		}
	}
	return false
}

// TestFillerPairMatchesBytes checks fillerPair against the byte-by-byte
// reading on lines of every length up to 40, with marks at every offset
// (across the eight-byte words too).
func TestFillerPairMatchesBytes(t *testing.T) {
	pieces := []string{"a", "B", "1", " ", "\t", ".", "_", "-", "…", "·", "é", "\xe2", "\xc2", "\xff", "x", "7"}
	r := rand.New(rand.NewSource(13))
	cases := []string{"", ".", "..", ". .", "ALAK ........ 12", "Rp 1.000.000", "a__b", "x--", "……", "··", "…", "·"}
	for n := 0; n < 300000; n++ {
		var b strings.Builder
		for k := r.Intn(40); k > 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for pad := 0; pad < 20; pad++ { // one pair at every offset of a plain line
		for _, pair := range []string{"..", ". .", "__", "--", "……", "··"} {
			cases = append(cases, strings.Repeat("a", pad)+pair+strings.Repeat("b", 20-pad))
		}
	}
	for _, c := range cases {
		if got, want := fillerPair(c), fillerPairBytes(c); got != want {
			t.Fatalf("fillerPair(%q) = %v, byte by byte %v", c, got, want)
		}
	}
}
