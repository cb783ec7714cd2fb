package parse

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestIsWordASCII: the two-pass search answers as the search of each of
// the three forms (lower case, capitalised, capitals) did, on written and
// random texts and words.
func TestIsWordASCII(t *testing.T) {
	threeForms := func(text []byte, w string) bool {
		low := strings.ToLower(w)
		for _, v := range [...]string{low, strings.ToUpper(low[:1]) + low[1:], strings.ToUpper(low)} {
			for rest := text; ; {
				i := bytes.Index(rest, []byte(v))
				if i < 0 {
					break
				}
				end := i + len(v)
				if (i == 0 || notLetter(rune(rest[i-1]))) && (end == len(rest) || notLetter(rune(rest[end]))) {
					return true
				}
				rest = rest[i+1:]
			}
		}
		return false
	}
	words := []string{"pen", "Pen", "PEN", "pEn", "ter", "capaian", "a1b", "12a", "x-y", "an.", "kegiatan", "giatan"}
	parts := []string{"pen", "Pen", "PEN", "pEn", "ter", "TER", "Ter", "capaian", "Capaian", "CAPAIAN", "a1b", "A1B", "12a", "12A",
		"x-y", "X-Y", "an.", "AN.", "kegiatan", "KEGIATAN", "Kegiatan", "giatan", "p", "P", "e", "n", "N", "1", "é"}
	seps := []string{"", " ", "\n", ".", "-", "x", "Z", "1", "\t"}
	for _, text := range sharedtest.Texts(9, 20000, 6, parts, seps, "", "pen", "openly pen", "Pen.", "PENa PEN", "apen Pen") {
		for _, w := range words {
			if got, want := isWordASCII([]byte(text), w), threeForms([]byte(text), w); got != want {
				t.Fatalf("isWordASCII(%q, %q) = %v, want %v", text, w, got, want)
			}
		}
	}
}
