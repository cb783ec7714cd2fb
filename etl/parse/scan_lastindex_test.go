package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestLastIndexAny: lastIndexAny is the greatest strings.LastIndex of its
// words, on the word lists the parser passes, words sharing first bytes
// (and first bytes 64 apart, which share a bit of the mask), overlapping
// words and the empty word.
func TestLastIndexAny(t *testing.T) {
	lists := [][]string{
		{"realisasi", "ekuivalen", "terserap", "penyerapan", "menyerap"},
		{"pagu", "alokasi anggaran", "alokasi", "total anggaran", "jumlah anggaran"},
		{"tertulis", "tercetak", "tercantum"},
		{"ab", "b", "!b", "a"}, // '!' and 'a' are 64 apart
		{"aa", "aaa"},
		{"x", ""},
		{},
	}
	parts := []string{"realisasi", "pagu", "alokasi", "anggaran", "total", "jumlah", "terserap", "menyerap", "penyerapan",
		"ekuivalen", "tertulis", "tercetak", "tercantum", "a", "b", "!", "ab", "aa", "x", "é", "reali", "pag"}
	for _, s := range sharedtest.Texts(47, 5000, 12, parts, []string{" ", "", "  "}, "", "a", "pagu") {
		for _, ws := range lists {
			want := -1
			for _, w := range ws {
				want = max(want, strings.LastIndex(s, w))
			}
			if got := lastIndexAny(s, ws...); got != want {
				t.Fatalf("lastIndexAny(%q, %q) = %d, want %d", s, ws, got, want)
			}
		}
	}
}
