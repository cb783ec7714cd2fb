package parse

import (
	"sort"
	"unicode/utf8"
)

// revisiMatches is reRevisi.FindAllStringSubmatchIndex(t, -1), with the
// pattern run only on the parts of t that can hold a match. The pattern is
// large (about 670 instructions, a 100-rune lazy gap) and was the
// parser's most expensive regexp on long paragraphs.
//
// Why the windows give the same matches: every alternative of reRevisi
// names "dipa" (its letters fold only to ASCII, so an ASCII case-blind
// search finds every occurrence), and no match holds a '.'. Around an
// occurrence at d a match starts at most a few words before d ("tiga
// belas (13) kali revisi DIPA") and ends before the next '.', and at most
// 100 runes after d plus a run of words ("DIPA ... mengalami revisi
// sebanyak 4 kali revisi POK"). revisiWindow returns bounds that hold all
// of that, with a non-word byte (or the text's end) on both sides, so \b
// sees the same neighbours in the window as in t. Overlapping windows are
// merged; matches never cross a window's edge, so searching window after
// window finds the matches of t, in order.
func revisiMatches(t string) [][]int {
	var wins [][2]int
	for i := 0; ; {
		j := indexDipa(t[i:])
		if j < 0 {
			break
		}
		d := i + j
		s, e := revisiWindow(t, d)
		wins = append(wins, [2]int{s, e})
		i = d + 1
	}
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
		for _, m := range reRevisi.FindAllStringSubmatchIndex(t[ws:we], -1) {
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

// indexDipa is the first index of "dipa" in t in any ASCII case, or -1.
func indexDipa(t string) int {
	for i := 0; i+4 <= len(t); i++ {
		if t[i]|0x20 == 'd' && t[i+1]|0x20 == 'i' && t[i+2]|0x20 == 'p' && t[i+3]|0x20 == 'a' {
			return i
		}
	}
	return -1
}

// revisiWindow bounds the matches that can use the "dipa" at d.
func revisiWindow(t string, d int) (int, int) {
	// back: up to six words or bracketed groups, with spaces between
	// (reRevisi needs at most: two count words, a bracket, kali, revisi)
	s := d
	for items := 0; items < 6; items++ {
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
				items = 6
				continue
			}
			k = o
		default:
			items = 6
			continue
		}
		s = k
	}
	for s > 0 && isTokenByte(t[s-1]) {
		s--
	}
	// forward: 100 runes (the lazy gap), then the words after it, never
	// past a '.'
	e := d + 4
	for n := 0; n < 100 && e < len(t) && t[e] != '.'; n++ {
		_, w := utf8.DecodeRuneInString(t[e:])
		e += w
	}
	for e < len(t) && t[e] != '.' && (isTokenByte(t[e]) || isSpaceASCII(t[e]) || t[e] == '(' || t[e] == ')') {
		e++
	}
	return s, e
}

// isTokenByte: an ASCII word byte ([0-9A-Za-z_], what \b looks at) or any
// byte of a non-ASCII rune (under (?i) "k" and "s" match U+212A and U+017F).
func isTokenByte(c byte) bool {
	return c >= 0x80 || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func isSpaceASCII(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}
