package normalize

import (
	"math/rand"
	"strings"
	"testing"
)

// TestValueStatusPlain checks ValueStatus's fast path, plainStatus, against
// the full reading, parseValue, in every convention: every cell of up to
// five characters over digits, separators, '%' and a few other bytes, up to
// seven over digits, separators and '%', and
// random longer plain numbers (of which some must take the fast path).
func TestValueStatusPlain(t *testing.T) {
	var cells []string
	var gen func(alphabet string, prefix []byte, n int)
	gen = func(alphabet string, prefix []byte, n int) {
		if len(prefix) == n {
			cells = append(cells, string(prefix))
			return
		}
		for i := 0; i < len(alphabet); i++ {
			gen(alphabet, append(prefix, alphabet[i]), n)
		}
	}
	for n := 1; n <= 5; n++ {
		gen("0139.,% -a", nil, n)
	}
	gen("019.,%", nil, 6)
	gen("09.,%", nil, 7)
	r := rand.New(rand.NewSource(13))
	digits := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteByte(byte('0' + r.Intn(10)))
		}
		return b.String()
	}
	for n := 1; n <= 40; n++ {
		for k := 0; k < 30; k++ {
			d := digits(n)
			cells = append(cells, d, d+"%", "1"+d, "0"+d)
			for _, sep := range []string{".", ","} {
				e := digits(1 + r.Intn(5))
				cells = append(cells, d+sep+e, d+sep+e+"%", d+sep+"000", "0"+d+sep+e, d+sep+e+sep+"1")
			}
		}
		cells = append(cells, strings.Repeat("9", n), strings.Repeat("9", n)+"%", strings.Repeat("9", n)+".5")
	}
	plain := 0
	for _, c := range cells {
		for _, col := range []Convention{Unknown, Indonesian, English, Mixed, Spaced, 5, 7, 8, 200} {
			if _, ok := plainStatus(c, col); ok {
				plain++
			}
			st, g := ValueStatus(c, col)
			v := parseValue(c, col)
			if st != v.Status || g != v.Grade {
				t.Fatalf("ValueStatus(%q, %v) = %v %q, parseValue says %v %q", c, col, st, g, v.Status, v.Grade)
			}
		}
	}
	if plain < len(cells)/4 {
		t.Fatalf("only %d of %d cell readings took the fast path", plain, len(cells)*9)
	}
	for _, c := range []string{"", "%", " 12", "12 ", "-1", "１２", "1.2.3", ".5", "5.", "5%%", "Rp5"} {
		if _, ok := plainStatus(c, Unknown); ok {
			t.Errorf("plainStatus(%q) took the fast path", c)
		}
	}
}
