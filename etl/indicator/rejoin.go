package indicator

import "github.com/kpu-ntt/lkj/etl/normalize"

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
