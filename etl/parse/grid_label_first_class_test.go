package parse

import (
	"testing"
	"unicode/utf8"
)

// TestGridLabelFirstClass: gridLabelFirst, the byte gate gridLineMay asks
// before gridNullName and csproLabel, passes the first byte of every cell
// either regexp matches (a refused byte would change what the reader
// decides). Each alternative of the two is tried with every rune of the
// Basic Multilingual Plane and the case-fold runes (Kelvin K, long s) in
// its first place; whatever matches must open with a byte of the gate.
func TestGridLabelFirstClass(t *testing.T) {
	words := []string{"-", "—", "–", "―", "∅", "null", "(null)", "(all)", "<all>", "(blank)", "all",
		"total", "jumlah", "grand total", "jumlah total", "total keseluruhan", "TOTAL", "Jumlah"}
	matched := 0
	for _, w := range words {
		_, size := utf8.DecodeRuneInString(w)
		rest := w[size:]
		for r := rune(1); r <= 0xFFFF; r++ {
			if r >= 0xD800 && r <= 0xDFFF {
				continue
			}
			s := string(r) + rest
			b := []byte(s)
			if !gridNullName.Match(b) && !csproLabel.Match(b) {
				continue
			}
			matched++
			if !gridLabelFirst[b[0]] {
				t.Errorf("%q matches a label regexp but its first byte %#x is refused", s, b[0])
			}
		}
	}
	if matched < 2*len(words) {
		t.Fatalf("only %d variants matched: the alternatives no longer match themselves", matched)
	}
	// look-alikes the gate refuses without a regexp: a place, a figure's
	// unit, a mark of another kind
	for _, s := range []string{"Kupang", "Sumba Barat", "Rp", "%", "*", "Σ", "Keseluruhan", "Subtotal"} {
		if gridLabelFirst[s[0]] {
			t.Errorf("%q passes the gate", s)
		}
	}
	// and the labels themselves pass it, whatever their case
	for _, s := range []string{"TOTAL", "Jumlah", "GRAND TOTAL", "(Null)", "<ALL>", "∅", "—", "All"} {
		if !gridLabelFirst[s[0]] {
			t.Errorf("%q refused by the gate", s)
		}
		if !gridNullName.MatchString(s) && !csproLabel.MatchString(s) {
			t.Errorf("%q: no label regexp matches it", s)
		}
	}
}
