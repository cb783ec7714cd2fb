package indicator

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Rejoin joins back a word that a cell too narrow for it broke inside
// ("Pengelo laan"): two neighbouring pieces, neither a catalogue word (nor
// a form of one), the second in lower case, whose join is a catalogue word
// of at least eight letters. A PDF's wrapped cell is read with a space at
// each line end, so such a piece would otherwise key the indicator by a
// text the catalogue and the truth spell whole. Text that needs no join is
// returned as is, without a copy.
func Rejoin(s string) string {
	c, err := load()
	if err != nil {
		return s
	}
	for strings.IndexByte(s, '-') >= 0 {
		i, j := hyphenBrokenAt(c, s)
		if i < 0 {
			break
		}
		s = s[:i] + s[j:]
	}
	for {
		i := brokenAt(c, s)
		if i < 0 {
			return s
		}
		s = s[:i] + s[i+1:]
	}
}

// brokenAt is the index of the space inside a broken word of s, or -1. The
// pieces are folded into a stack buffer: the look-up of every indicator
// row allocates nothing.
func brokenAt(c *catalogue, s string) int {
	var buf [48]byte
	prev := -1 // start of the word before the current one
	for start := 0; start < len(s); {
		end := start
		for end < len(s) && s[end] != ' ' {
			end++
		}
		if prev >= 0 && start == prevEnd(s, prev)+1 && end-start >= 2 && s[start] >= 'a' && s[start] <= 'z' &&
			letters(s[prev:start-1]) && letters(s[start:end]) && end-prev-1 >= 8 && end-prev-1 <= len(buf) {
			n := copy(buf[:], s[prev:start-1])
			n += copy(buf[n:], s[start:end])
			for k := range n {
				buf[k] |= 0x20
			}
			if _, ok := c.vocab[string(buf[:n])]; ok && !known(c, s[prev:start-1]) && !known(c, s[start:end]) {
				return start - 1
			}
		}
		prev = start
		for end < len(s) && s[end] == ' ' {
			end++
		}
		start = end
	}
	return -1
}

// hyphenBrokenAt finds a word a typesetter hyphenated at a line end and
// the PDF's wrapped cell joined with a space ("Pemi- lih", "SIMO- NIKA") or
// without one ("Pemi-lih"): it returns the hyphen's index and the start of
// the second piece, or -1. The hyphen goes only when the join is a
// catalogue word and neither piece is one: a compound's hyphen ("Pra-
// Pemilu", "e-Rekap") joins into no catalogue word and stays.
func hyphenBrokenAt(c *catalogue, s string) (int, int) {
	var buf [48]byte
	for i := 1; i+1 < len(s); i++ {
		if s[i] != '-' || !isLetter(s[i-1]) {
			continue
		}
		j := i + 1
		if s[j] == ' ' {
			j++
		}
		a := i
		for a > 0 && isLetter(s[a-1]) {
			a--
		}
		b := j
		for b < len(s) && isLetter(s[b]) {
			b++
		}
		if b == j || b-j+i-a < 5 || b-j+i-a > len(buf) {
			continue
		}
		n := copy(buf[:], s[a:i])
		n += copy(buf[n:], s[j:b])
		for k := range n {
			buf[k] |= 0x20
		}
		if _, ok := c.vocab[string(buf[:n])]; ok && !known(c, s[a:i]) && !known(c, s[j:b]) {
			return i, j
		}
	}
	return -1, -1
}

// isLetter: an ASCII letter.
func isLetter(ch byte) bool {
	ch |= 0x20
	return ch >= 'a' && ch <= 'z'
}

// prevEnd is the end of the word that starts at i.
func prevEnd(s string, i int) int {
	for i < len(s) && s[i] != ' ' {
		i++
	}
	return i
}

// known: the piece is a catalogue word or a form of one.
func known(c *catalogue, w string) bool {
	_, ok := c.lookup(normalize.Key(w))
	return ok
}

// letters: w is ASCII letters only (a piece of a word, no number or mark).
func letters(w string) bool {
	for i := 0; i < len(w); i++ {
		if ch := w[i] | 0x20; ch < 'a' || ch > 'z' {
			return false
		}
	}
	return w != ""
}
