package parse

import (
	"bytes"
	"math/rand"
	"strings"
	"testing"
)

// TestCheapGatesAnswerAsBefore: the gates made cheaper for issue 13 answer
// as the plain forms they replaced, on random lines made of their words
// with the case of each byte flipped at random, joiners, digits, TABs and
// non-ASCII bytes.
func TestCheapGatesAnswerAsBefore(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	parts := append(append([]string{}, stackcellWords...), "realis", "realiz", "reali", "Des", "TW", "Smt", "Q4", "Kuartal",
		"pagu", "saldo", "terserap", " dan ", "/", "\t", " ", "12", "7", "é", "\x05", "%", "x", "Rp", "l/p", "indikator", "target")
	line := func() []byte {
		var b []byte
		for n := r.Intn(12); n >= 0; n-- {
			for _, c := range []byte(parts[r.Intn(len(parts))]) {
				if r.Intn(3) == 0 {
					c ^= 0x20
				}
				b = append(b, c)
			}
		}
		return b
	}
	for i := 0; i < 20000; i++ {
		l := line()
		want := 0
		for _, w := range stackcellWords {
			if foldContains(l, w) {
				want++
			}
		}
		if got := stackcellMeasureWords(l); got != want {
			t.Fatalf("stackcellMeasureWords(%q) = %d, want %d", l, got, want)
		}
		if got, want := twoTabRealGate(l), bytes.IndexByte(l, '\t') >= 0 && twoTabLikely(l) == twoTabReal; got != want {
			t.Fatalf("twoTabRealGate(%q) = %v, want %v", l, got, want)
		}
		wantBowl := false
		if bytes.Count(l, []byte("\t")) >= 3 {
			for _, w := range bowlYearEnd {
				if bytes.Contains(l, []byte(w)) {
					wantBowl = bowlHeader(string(l)) != nil
					break
				}
			}
		}
		if got := bowlHeaderLine(l); got != wantBowl {
			t.Fatalf("bowlHeaderLine(%q) = %v, want %v", l, got, wantBowl)
		}
		wantTT := false
		if tt := bytes.TrimLeft(l, " \t"); len(tt) >= 6 && bytes.IndexAny(tt, "0123456789") >= 0 {
			for _, w := range ttLabels {
				if len(tt) >= len(w) && strings.EqualFold(string(tt[:len(w)]), w) {
					wantTT = true
				}
			}
		}
		if got := ttCandidate(l); got != wantTT {
			t.Fatalf("ttCandidate(%q) = %v, want %v", l, got, wantTT)
		}
	}
}
