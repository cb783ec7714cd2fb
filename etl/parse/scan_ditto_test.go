package parse

import (
	"bytes"
	"strings"
	"testing"
)

// oldIsDitto is isDitto without the first-byte look, kept to test it.
func oldIsDitto(c []byte) bool {
	c = bytes.TrimSpace(c)
	if len(c) == 0 || len(c) > 6 {
		return false
	}
	for _, w := range dittoWords {
		if len(c) == len(w) && bytes.EqualFold(c, []byte(w)) {
			return true
		}
	}
	return false
}

// TestIsDittoSideBySide: isDitto answers as before on every TAB cell of
// every corpus text and on made-up cells (each mark in other cases, with
// spaces, folded letters, near misses).
func TestIsDittoSideBySide(t *testing.T) {
	cells := []string{`"`, ` " `, "“", "”", "„", "''", "〃", "S.D.A.", "s.d.A", "SDA", "Idem", "-DO-", "ſda", "ſ.d.a",
		"ſ.d.a.", "idem ", "12", "85,20", "-", "--", "sd", "'", "ide", "K", "\u212Ada", ""}
	for _, b := range marksTexts(t) {
		for _, ln := range strings.Split(string(b), "\n") {
			cells = append(cells, strings.Split(ln, "\t")...)
		}
	}
	pieces := []string{" ", "s", "S", "ſ", ".", "d", "D", "a", "A", "i", "e", "m", "-", "o", "'", `"`, "“", "〃", "1"}
	cells = append(cells, madeUpTexts(pieces, 40000, 7)...)
	for _, c := range cells {
		if got, want := isDitto([]byte(c)), oldIsDitto([]byte(c)); got != want {
			t.Fatalf("isDitto(%q) = %v, before %v", c, got, want)
		}
	}
}
