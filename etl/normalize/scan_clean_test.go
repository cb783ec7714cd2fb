package normalize

import (
	"math/rand"
	"strings"
	"testing"
)

// TestCleanScan holds the eight-byte scan to the byte loops it replaced,
// on random texts long enough to cross chunk borders, of the bytes that
// decide it (spaces and TABs at chunk edges, every class of refused
// byte).
func TestCleanScan(t *testing.T) {
	refIsClean := func(s string) bool { // the definition
		if s == "" {
			return true
		}
		if s[0] == ' ' || s[len(s)-1] == ' ' {
			return false
		}
		for i := 0; i < len(s); i++ {
			if notClean[s[i]] || s[i] == ' ' && s[i-1] == ' ' {
				return false
			}
		}
		return true
	}
	refCells := func(s string) bool { // every TAB-separated cell is clean
		for _, c := range strings.Split(s, "\t") {
			if !refIsClean(c) {
				return false
			}
		}
		return true
	}
	for _, tc := range []struct {
		s            string
		clean, cells bool
	}{
		{"", true, true},
		{"Realisasi anggaran", true, true},
		{"Realisasi  anggaran", false, false},
		{"12345678 ", false, false},
		{"1234567 8", true, true},
		{"1234567\t8", false, true},
		{"1234567 \t8", false, false},
		{"1234567\t 8", false, false},
		{"\tsatu\t\tdua\t", false, true},
		{"seratus persen*", false, false},
		{"nilai $x$ atau ^y", false, false},
		{"capaian \x7f", true, true},
		{"capaian\x1f 90", false, false},
		{"capaian\u00a090", false, false},
	} {
		if got := cleanScan(tc.s, 0); got != tc.clean {
			t.Errorf("isClean(%q) = %v, want %v", tc.s, got, tc.clean)
		}
		if got := CleanCells(tc.s); got != tc.cells {
			t.Errorf("CleanCells(%q) = %v, want %v", tc.s, got, tc.cells)
		}
	}
	rng := rand.New(rand.NewSource(13))
	alpha := []string{"a", "Z", "7", "%", ",", "\x7f", " ", " ", " ", "\t", "\t", "*", "$", "^", "\x00", "\x1f", "\n", "\r", "é", "\xff"}
	for n := 0; n < 300000; n++ {
		k := 1 + n%6 // a narrower alphabet in most texts: refused bytes are rare
		if k > 4 {
			k = len(alpha)
		} else {
			k = 10
		}
		var b strings.Builder
		for m := rng.Intn(40); m > 0; m-- {
			b.WriteString(alpha[rng.Intn(k)])
		}
		s := b.String()
		if got, want := cleanScan(s, 0), refIsClean(s); got != want {
			t.Fatalf("isClean(%q) = %v, want %v", s, got, want)
		}
		if got, want := CleanCells(s), refCells(s); got != want {
			t.Fatalf("CleanCells(%q) = %v, want %v", s, got, want)
		}
	}
}
