package parse

import (
	"bytes"
	"strings"
	"testing"
)

// TestDittoMay: isDitto behind its cheap gate answers as on the trimmed
// cell on every cell of every corpus text and on made-up cells: marks
// behind every kind of space, Unicode spaces, wide marks, near misses.
func TestDittoMay(t *testing.T) {
	// isDitto of the trimmed cell is the trimmed test alone: a trimmed
	// cell opens with no space, so the gate reads its first byte only
	trimmed := func(c []byte) bool { return isDitto(bytes.TrimSpace(c)) }
	var cells []string
	for _, m := range []string{`"`, "〃", "”", "“", "„", "''", "S.D.A.", "s.d.a", "Sda", "IDEM", "-Do-", "x", "1.250", "sd", "Id", "-", "“a", "„„", ""} {
		for _, sp := range []string{"", " ", "\t", "\r\n", "\v\f", "\u00a0", "\u0085", "\u3000", "\u2003", " \u00a0 "} {
			cells = append(cells, sp+m, m+sp, sp+m+sp, sp)
		}
	}
	for _, text := range marksTexts(t) {
		for _, ln := range strings.Split(string(text), "\n") {
			cells = append(cells, strings.Split(ln, "\t")...)
		}
	}
	yes := 0
	for _, c := range cells {
		got, want := isDitto([]byte(c)), trimmed([]byte(c))
		if got != want {
			t.Fatalf("isDitto(%q) = %v, want %v", c, got, want)
		}
		if want {
			yes++
		}
	}
	if yes < 50 {
		t.Fatalf("only %d ditto cells met", yes)
	}
}
