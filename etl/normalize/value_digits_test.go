package normalize

import (
	"math/rand"
	"strings"
	"testing"
)

// TestValueStatusDigits checks ValueStatus's fast path for cells of digits
// only against the full reading, parseValue, in every convention.
func TestValueStatusDigits(t *testing.T) {
	var cells []string
	for n := 1; n <= 4; n++ { // every digit string up to four digits
		var gen func(prefix string)
		gen = func(prefix string) {
			if len(prefix) == n {
				cells = append(cells, prefix)
				return
			}
			for d := byte('0'); d <= '9'; d++ {
				gen(prefix + string(d))
			}
		}
		gen("")
	}
	r := rand.New(rand.NewSource(13))
	for n := 5; n <= 70; n++ {
		for k := 0; k < 40; k++ {
			var b strings.Builder
			for i := 0; i < n; i++ {
				b.WriteByte(byte('0' + r.Intn(10)))
			}
			cells = append(cells, b.String())
		}
		cells = append(cells, strings.Repeat("9", n), "1"+strings.Repeat("0", n-1), "0"+strings.Repeat("1", n-1))
	}
	for _, c := range cells {
		for _, col := range []Convention{Unknown, Indonesian, English, Mixed, Spaced, 5, 7, 8, 200} {
			st, g := ValueStatus(c, col)
			v := parseValue(c, col)
			if st != v.Status || g != v.Grade {
				t.Fatalf("ValueStatus(%q, %v) = %v %q, parseValue says %v %q", c, col, st, g, v.Status, v.Grade)
			}
		}
	}
	for _, c := range []string{"", " 12", "12 ", "1.2", "-1", "１２", "12%"} {
		if allDigits(c) {
			t.Errorf("allDigits(%q) = true", c)
		}
	}
}
