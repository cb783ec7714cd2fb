package parse

import (
	"regexp"
	"strings"
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
		if mayHoldKali(t[s:e]) {
			wins = append(wins, [2]int{s, e})
		}
		i = d + 1
	}
	return findFolded(reRevisi, revisiLowerAll, t, wins)
}

// reRevisiLower is reRevisi without (?i), for text whose ASCII capitals
// were made small (revisiLowerAll finds its matches; kept as their
// definition, TestRevisiLowerAll): on ASCII text it matches where reRevisi matches (every
// letter of the pattern is lower-case, and \b, \s, \d, [^.] and [a-z ]
// see the same classes of bytes), and its letters are single runes, not
// the case folds that made each step of the backtracker dear.
var reRevisiLower = regexp.MustCompile(strings.TrimPrefix(reRevisi.String(), "(?i)"))

// findFolded is findAllIn(fold, t, wins), running lower, which finds what
// fold's pattern without (?i) finds (revisiLowerAll for reRevisiLower), on
// an ASCII-lowered copy of each window that is all ASCII (the copy has the
// same length, so the indices hold for t). A window with other bytes runs
// fold itself: under (?i) "k" and "s" match U+212A and U+017F.
func findFolded(fold *regexp.Regexp, lower func(w []byte, k int) [][]int, t string, wins [][2]int) [][]int {
	var buf []byte
	return findInBy(t, wins, -1, func(w string, k int) [][]int {
		if !isASCII(w) {
			return fold.FindAllStringSubmatchIndex(w, k)
		}
		buf = appendLowerASCII(buf[:0], w)
		return lower(buf, k)
	})
}

// mayHoldKali: w may hold "kali", which every alternative of reRevisi
// names: in any ASCII case, or w holds a non-ASCII byte (under (?i) "k"
// also matches U+212A). A window without it holds no match, and most
// windows around a "dipa" (budget sentences naming the DIPA) are such; the
// pattern costs a backtrack over the whole window.
func mayHoldKali(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return true
		}
	}
	return containsFoldASCII(w, "kali")
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
	s := itemsBack(t, d, 6)
	// forward: 100 runes (the lazy gap), then the words after it, never
	// past a '.'
	e := d + 4
	for n := 0; n < 100 && e < len(t) && t[e] != '.'; n++ {
		_, w := utf8.DecodeRuneInString(t[e:])
		e += w
	}
	if !mayRevisiVerb(t, d+4, e) {
		// only "revisi DIPA sebanyak 4 (empat) kali" can follow: a few
		// words or brackets
		return s, itemsForward(t, d+4, 6)
	}
	for e < len(t) && t[e] != '.' && (isTokenByte(t[e]) || isSpaceASCII(t[e]) || t[e] == '(' || t[e] == ')') {
		e++
	}
	return s, e
}

// mayRevisiVerb: one of the verbs of reRevisi's third form (direvisi,
// mengalami, dilakukan) may start in t[from:to+1]. Non-ASCII text nearby
// answers yes: under (?i) "s" and "k" match U+017F and U+212A.
func mayRevisiVerb(t string, from, to int) bool {
	for p := from; p < len(t) && p < to+9; p++ {
		if t[p] >= 0x80 {
			return true
		}
	}
	for p := from; p <= to && p < len(t); p++ {
		switch t[p] | 0x20 {
		case 'd':
			if hasFoldASCII(t[p:], "direvisi") || hasFoldASCII(t[p:], "dilakukan") {
				return true
			}
		case 'm':
			if hasFoldASCII(t[p:], "mengalami") {
				return true
			}
		}
	}
	return false
}

// hasFoldASCII: t starts with the lower-case letters w, in any ASCII case.
func hasFoldASCII(t, w string) bool {
	if len(t) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if t[i]|0x20 != w[i] {
			return false
		}
	}
	return true
}
