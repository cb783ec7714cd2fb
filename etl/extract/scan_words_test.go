package extract

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// TestWordScansMatchKeyWords holds yearish and startsStatement, which read
// ASCII text without normalize.KeyWords, to their KeyWords definitions on
// made-up cells and random ones.
func TestWordScansMatchKeyWords(t *testing.T) {
	refYearish := func(c string) bool {
		ok := true
		normalize.KeyWords(c, func(w string) bool {
			ok = isYear(w) || len(w) <= 2
			return ok
		})
		return ok
	}
	refStarts := func(c string) bool {
		ok := false
		normalize.KeyWords(c, func(w string) bool { ok = statementHeads[w]; return false })
		return ok
	}
	cells := []string{"", "-", "2023", "Tahun 2023", "TW 2023/2024", "2019-2024", "Realisasi 2024", "(1)", "12",
		"Persentase partisipasi", "  PERSENTASE", "Indeks-kepuasan", "1. Nilai SAKIP", "Rasio", "Tingkat", "Jumlahnya",
		"Ｐersentase", "Рersentase", "2024 é", "NILAI"}
	rng := rand.New(rand.NewSource(5))
	parts := []string{"Nilai", "nilai", "INDEKS", "2024", "1999", "20", "7", "ab", "Target", " ", " ", "-", "/", ".", "(", "é", "ⅰ"}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(6); k > 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		cells = append(cells, b.String())
	}
	for _, c := range cells {
		if got, want := yearish(c), refYearish(c); got != want {
			t.Fatalf("yearish(%q) = %v, KeyWords says %v", c, got, want)
		}
		if got, want := startsStatement([]string{"", c}), refStarts(c) && c != ""; got != want {
			t.Fatalf("startsStatement(%q) = %v, KeyWords says %v", c, got, want)
		}
	}
}
