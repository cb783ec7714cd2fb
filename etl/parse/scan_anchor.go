package parse

import (
	"regexp"
	"strings"
)

// gapPattern is re.FindStringSubmatchIndex for the RB score patterns:
//
//	(?i)reformasi\s+birokrasi.{0,170}?\b(?:adalah|sebesar|...)...
//
// Run unanchored, such a pattern costs the square of its 170-rune lazy
// gap at every byte of a sentence (the gap is unrolled into 170 states).
// Here the pattern is cut at its gap: the head is tried only where
// "reformasi" stands, the gap is walked by hand, shortest first as the
// lazy quantifier prefers, and the tail (anchored, the same text as in the
// pattern, holding every group) is tried at each position after it that
// is a word boundary. The first start that matches is the leftmost match,
// the shortest gap that lets the tail match is the lazy one, and the tail
// anchored there prefers the same submatches: the result is the pattern's.
// Text with non-ASCII letters (which (?i) may fold onto ASCII ones, and
// where '.' reads runes) and a pattern of another shape go to re itself.
type gapPattern struct {
	re         *regexp.Regexp
	head, tail *regexp.Regexp // nil: use re
	word       string         // the head's first word, lower-case ASCII
	gap        int            // the gap's longest length, in bytes of ASCII text
	first      *[256]bool     // the bytes the tail opens with (nil: any; scan_anchor_first.go)
}

func newGapPattern(re *regexp.Regexp, head, word, gap string, n int) *gapPattern {
	g := &gapPattern{re: re, word: word, gap: n}
	src := re.String()
	if strings.HasPrefix(src, head+gap+`\b`) && strings.Count(src, gap) == 1 && strings.Count(head, "(") == strings.Count(head, "(?") {
		g.head = regexp.MustCompile(`^(?:` + head + `)`)
		g.tail = regexp.MustCompile(`^(?:(?i)` + src[len(head)+len(gap)+len(`\b`):] + `)`)
		g.first = firstBytes(g.tail.String())
	}
	return g
}

func (g *gapPattern) find(s string) []int {
	if g.tail == nil || !isASCII(s) {
		return g.re.FindStringSubmatchIndex(s)
	}
	for i := 0; i < len(s); {
		j := indexFoldASCII(s[i:], g.word)
		if j < 0 {
			return nil
		}
		p := i + j
		i = p + 1
		h := g.head.FindStringIndex(s[p:])
		if h == nil {
			continue
		}
		e0 := p + h[1]
		for q := e0; q <= e0+g.gap && q < len(s); q++ {
			if q > e0 && s[q-1] == '\n' {
				break // '.' does not match a newline
			}
			if isWordByte(s[q-1]) || !isWordByte(s[q]) || g.first != nil && !g.first[s[q]] {
				continue // \b: the tail opens with a word, one of its words
			}
			if m := g.tail.FindStringSubmatchIndex(s[q:]); m != nil {
				m[0], m[1] = p, q+m[1]
				for k := 2; k < len(m); k++ {
					if m[k] >= 0 {
						m[k] += q
					}
				}
				return m
			}
		}
	}
	return nil
}

// isWordByte: what \b takes for a word character, [0-9A-Za-z_].
func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// indexFoldASCII is the first index of the lower-case ASCII word w in s in
// any ASCII case, or -1.
func indexFoldASCII(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 == w[0] && hasFoldASCII(s[i:], w) {
			return i
		}
	}
	return -1
}

// The RB score sentences: every form opens with "reformasi birokrasi" and
// a gap of at most 170 characters.
var (
	rbScore  = newGapPattern(reRBScore, `(?i)reformasi\s+birokrasi`, "reformasi", `.{0,170}?`, 170)
	rbScore2 = newGapPattern(reRBScore2, `(?i)reformasi\s+birokrasi`, "reformasi", `.{0,170}?`, 170)
	rbScore3 = newGapPattern(reRBScore3, `(?i)reformasi\s+birokrasi`, "reformasi", `.{0,170}?`, 170)
)
