package parse

import (
	"bytes"
	"fmt"
	"testing"
)

// TestSpelledLineInAsLines: spelledLineIn says what reading every line
// with spelledLine says, on every corpus text and on made-up texts.
func TestSpelledLineInAsLines(t *testing.T) {
	everyLine := func(text []byte, terbilang bool) bool {
		for _, ln := range bytes.Split(text, []byte{'\n'}) {
			if bytes.IndexByte(ln, '\t') >= 0 && spelledLine(ln, terbilang) {
				return true
			}
		}
		return false
	}
	texts := marksTexts(t)
	for i, s := range []string{
		"(", "(\t", "\t(", "7(", "7 (\t", "Anggaran\t12 (dua belas)", "Anggaran 12 (dua belas)\nNo\tNama",
		"No\tNama\n(catatan) 12 (x)", "a\t-(b)", "a\tb (c)\nd\t4(e)", "x\n\t3 (tiga)\r\n", "Satuan\t(%)\t45",
		"a\t \t(b)", " (a\t1", "1\t2\n3 (\n4\t5",
	} {
		texts[fmt.Sprint("made-up ", i)] = []byte(s)
	}
	for name, text := range texts {
		for _, tb := range []bool{false, true} {
			if want, got := everyLine(text, tb), spelledLineIn(text, tb); want != got && !(tb && !want) {
				t.Errorf("%s (terbilang %v): every line %v, spelledLineIn %v", name, tb, want, got)
			}
		}
	}
}
