package parse

import (
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// Letter-spaced header words in a space-aligned table: a typist's title
// "T A H U N   Y A N G   D I N I L A I" sets its letters one space apart
// and its words three, the same gap that parts two columns. Cut at runs
// of spaces, the title falls apart into words, and only the last of them
// stands over its column's right-aligned values; the others stand in the
// gap left of it, where no free column waits for them, so the header is
// not proven. And the words of one cell, joined by single spaces, could
// no longer be told apart letter from word.
//
// unspaceHeader joins the letters of every letter-spaced word of the
// header lines (from up to first; the first line when the block counts it
// a body line, a title over year columns ending in "2021"), keeping the
// span it was printed over, and makes one word of the letter-spaced words
// that stand over one column together; joinLetterTitle then gives the
// words of such a title left of a placed one to that one's column, when
// they and it are all letter-spaced.
func unspaceHeader(segs [][]aseg, cols [][2]int, from, first int) [][]aseg {
	var out [][]aseg
	for k := from; k < max(first, from+1) && k < len(segs); k++ {
		var line []aseg
		for i, s := range segs[k] {
			t, ok := extract.LetterSpaced(s.text)
			if !ok {
				continue
			}
			if line == nil {
				line = append([]aseg(nil), segs[k]...)
			}
			line[i].text = t
		}
		if line == nil {
			continue
		}
		if out == nil {
			out = append([][]aseg(nil), segs...)
		}
		out[k] = joinLetterWords(line, cols)
	}
	if out == nil {
		return segs
	}
	return out
}

// joinLetterWords makes one word of each run of letter-spaced words that
// stand over the same single column.
func joinLetterWords(line []aseg, cols [][2]int) []aseg {
	out := line[:1]
	for _, s := range line[1:] {
		p := &out[len(out)-1]
		pc, pn := colOf(cols, *p)
		sc, sn := colOf(cols, s)
		if letterWord(*p) && letterWord(s) && pn == 1 && sn == 1 && pc == sc {
			p.text += " " + s.text
			p.to = s.to
			continue
		}
		out = append(out, s)
	}
	return out
}

// letterWord: a header word unspaceHeader joined (printed wider than its
// letters).
func letterWord(s aseg) bool {
	return s.to-s.from+1 > utf8.RuneCountInString(s.text)
}

// joinLetterTitle places the gap words line[i:j] in the column of the
// placed word line[j] when all of them are letter-spaced (one title).
func joinLetterTitle(line []aseg, at []int, i, j int) bool {
	if j >= len(line) || !letterWord(line[j]) {
		return false
	}
	for k := i; k < j; k++ {
		if !letterWord(line[k]) {
			return false
		}
	}
	for k := i; k < j; k++ {
		at[k] = at[j]
	}
	return true
}
