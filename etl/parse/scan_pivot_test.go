package parse

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestPivotLineMay: every line readPivot or columnHeader could take as a
// header (" of " or " dari " folded as containsFoldASCII folds, or a cell
// pivotAggRe reads) is pivotLineMay, and pivotTextMay finds it among other
// lines; on made-up lines of the patterns' words, cases, white space, NUL
// bytes and TABs, and on random strings of a small alphabet.
func TestPivotLineMay(t *testing.T) {
	words := []string{"sum", "Sum", "SUM", "count", "Jumlah", "hitung", "rata-rata", "Average", "maks", "of", "OF", "Of", "oF",
		"dari", "DARI", "Dari", "dArI", "daris", "ofs", "xof", "pagu", "Desa/Kel", "2024", "Row Labels", "Column Labels", "Grand Total",
		"\t", "\t", " ", "  ", "\f", "\r", "\x00", "\v", "\u00a0", "-"}
	seps := []string{"", " ", " ", "\t", "  ", "\x00", "\f"}
	written := []string{"", "of", " of ", "Sum of Pagu", "Sum\fof\rPagu\tColumn Labels", "Jumlah dari Desa", "\x00dari\x00",
		"Hitung DARI  Kel\t2023\t2024", "x of", "of x", "a dari", "dari b"}
	texts := sharedtest.Texts(47, 40000, 10, words, seps, written...)
	rng := rand.New(rand.NewSource(53))
	texts = append(texts, sharedtest.Strings(rng, 40000, 14, "ofdariOFDARI \t\x00\fsum")...)
	may := 0
	for _, l := range texts {
		want := containsFoldASCII(l, " of ") || containsFoldASCII(l, " dari ")
		for _, c := range strings.Split(l, "\t") {
			want = want || pivotAggRe.MatchString(strings.TrimSpace(c))
		}
		got := pivotLineMay(l)
		if want && !got {
			t.Fatalf("pivotLineMay(%q) = false; the line may head a pivot", l)
		}
		if got {
			may++
		}
		if doc := "x\n" + l + "\ny"; want && !pivotTextMay([]byte(doc)) {
			t.Fatalf("pivotTextMay(%q) = false", doc)
		}
	}
	if may < len(texts)/10 || may > len(texts)*9/10 {
		t.Errorf("%d of %d lines may: the lines should reach both answers often", may, len(texts))
	}
	if pivotTextMay([]byte("Jumlah desa\nhitung\tdari2\nsofa\n")) {
		t.Error("pivotTextMay on a text with no aggregate's joint = true")
	}
}
