package parse

import (
	"regexp"
	"sort"
)

// Some patterns of the family parsers are costly to run over a whole
// paragraph, yet every match of them lies close to a cheap anchor (a word,
// a year). Their scanners find the anchors, bound around each one the part
// of the text any match using it can cover, and run the same pattern on
// those windows only; the pattern stays the definition of a match.

// findAllIn is re.FindAllStringSubmatchIndex(t, -1) for a pattern whose
// every match lies inside one of wins, each window having a non-word byte
// (or the text's edge) on both sides, so \b reads the same in the window as
// in t. Overlapping windows are merged; no match crosses a window's edge,
// so searching window after window finds t's matches, in order.
func findAllIn(re *regexp.Regexp, t string, wins [][2]int) [][]int {
	if len(wins) == 0 {
		return nil
	}
	sort.Slice(wins, func(a, b int) bool { return wins[a][0] < wins[b][0] })
	var out [][]int
	ws, we := wins[0][0], wins[0][1]
	for k := 1; k <= len(wins); k++ {
		if k < len(wins) && wins[k][0] <= we {
			we = max(we, wins[k][1])
			continue
		}
		for _, m := range re.FindAllStringSubmatchIndex(t[ws:we], -1) {
			for x := range m {
				if m[x] >= 0 {
					m[x] += ws
				}
			}
			out = append(out, m)
		}
		if k < len(wins) {
			ws, we = wins[k][0], wins[k][1]
		}
	}
	return out
}

// itemsBack is the start of the n words or bracketed groups before pos
// (spaces between them skipped), moved back to the start of the word it
// falls in: a byte after a non-word byte, or 0.
func itemsBack(t string, pos, n int) int {
	s := pos
	for items := 0; items < n; items++ {
		k := s
		for k > 0 && isSpaceASCII(t[k-1]) {
			k--
		}
		switch {
		case k > 0 && isTokenByte(t[k-1]):
			for k > 0 && isTokenByte(t[k-1]) {
				k--
			}
		case k > 0 && t[k-1] == ')':
			o := k - 2
			for o >= 0 && t[o] != '(' && t[o] != ')' && t[o] != '.' {
				o--
			}
			if o < 0 || t[o] != '(' {
				items = n
				continue
			}
			k = o
		default:
			items = n
			continue
		}
		s = k
	}
	for s > 0 && isTokenByte(t[s-1]) {
		s--
	}
	return s
}

// itemsForward is the end of the n words or bracketed groups after pos
// (spaces between them skipped), moved on to the end of the word it falls
// in: a byte before a non-word byte, or len(t).
func itemsForward(t string, pos, n int) int {
	e := pos
	for items := 0; items < n; items++ {
		k := e
		for k < len(t) && isSpaceASCII(t[k]) {
			k++
		}
		switch {
		case k < len(t) && isTokenByte(t[k]):
			k = wordEnd(t, k)
		case k < len(t) && t[k] == '(':
			c := k + 1
			for c < len(t) && t[c] != '(' && t[c] != ')' && t[c] != '.' {
				c++
			}
			if c >= len(t) || t[c] != ')' {
				items = n
				continue
			}
			k = c + 1
		default:
			items = n
			continue
		}
		e = k
	}
	return wordEnd(t, e)
}

// wordEnd is pos moved forward to the end of the word it falls in.
func wordEnd(t string, pos int) int {
	for pos < len(t) && isTokenByte(t[pos]) {
		pos++
	}
	return pos
}

// isTokenByte: an ASCII word byte ([0-9A-Za-z_], what \b looks at) or any
// byte of a non-ASCII rune (under (?i) "k" and "s" match U+212A and U+017F).
func isTokenByte(c byte) bool {
	return c >= 0x80 || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func isSpaceASCII(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// yearWordMatches is reYearWord.FindAllStringSubmatchIndex(s, -1). A
// match ends with a year (19dd or 20dd) and starts at most two words
// before it ("tahun anggaran 2024").
func yearWordMatches(s string) [][]int {
	var wins [][2]int
	for i := 0; i+3 < len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') &&
			s[i+2] >= '0' && s[i+2] <= '9' && s[i+3] >= '0' && s[i+3] <= '9' {
			wins = append(wins, [2]int{itemsBack(s, i, 2), wordEnd(s, i+4)})
		}
	}
	return findAllIn(reYearWord, s, wins)
}
