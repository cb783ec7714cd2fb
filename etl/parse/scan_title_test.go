package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestTitleScans: titleWordIn is the eleven Contains calls it replaces,
// upperASCII is strings.ToUpper, on written and random texts.
func TestTitleScans(t *testing.T) {
	needles := []string{"KPU", "omisi", "OMISI", "KIP", "aporan", "APORAN", "LKj", "LKJ", "ekretari", "EKRETARI", "LAKIP"}
	alphabet := []string{"K", "P", "U", "I", "o", "m", "i", "s", "O", "M", "S", "a", "p", "r", "n", "A", "R", "N", "L", "j", "J",
		"e", "k", "t", "E", "T", " ", "é", "ſ", "KPU", "omisi", "aporan", "EKRETARI",
		"`", "{", "@", "[", "z", "Z", "0", "~", "\x7f", "\x01", "abcdefghijklmnopqrstuvwxyz"} // the edges of the letter ranges
	written := []string{"", "K", "KP", "KPU", "Laporan Kinerja", "SEKRETARIAT", "Komisi", "LKj 2024", "LAKI", "LAKIP", "é KPU", "kpu", "ſekretariat"}
	cases := sharedtest.Texts(8, 50000, 20, alphabet, nil, written...)
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
