package parse

import (
	"math/rand"
	"strings"
	"testing"
)

// TestTitleScans: titleWordIn is the eleven Contains calls it replaces,
// upperASCII is strings.ToUpper, on written and random texts.
func TestTitleScans(t *testing.T) {
	needles := []string{"KPU", "omisi", "OMISI", "KIP", "aporan", "APORAN", "LKj", "LKJ", "ekretari", "EKRETARI", "LAKIP"}
	cases := []string{"", "K", "KP", "KPU", "Laporan Kinerja", "SEKRETARIAT", "Komisi", "LKj 2024", "LAKI", "LAKIP", "é KPU", "kpu", "ſekretariat"}
	alphabet := []string{"K", "P", "U", "I", "o", "m", "i", "s", "O", "M", "S", "a", "p", "r", "n", "A", "R", "N", "L", "j", "J",
		"e", "k", "t", "E", "T", " ", "é", "ſ", "KPU", "omisi", "aporan", "EKRETARI",
		"`", "{", "@", "[", "z", "Z", "0", "~", "\x7f", "\x01", "abcdefghijklmnopqrstuvwxyz"} // the edges of the letter ranges
	rng := rand.New(rand.NewSource(8))
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := rng.Intn(20); k >= 0; k-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		want := false
		for _, w := range needles {
			want = want || strings.Contains(s, w)
		}
		if got := titleWordIn(s); got != want {
			t.Fatalf("titleWordIn(%q) = %v, want %v", s, got, want)
		}
		if got, want := upperASCII(s), strings.ToUpper(s); got != want {
			t.Fatalf("upperASCII(%q) = %q, want %q", s, got, want)
		}
	}
}
