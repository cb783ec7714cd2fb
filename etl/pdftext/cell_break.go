package pdftext

import (
	"unicode"
	"unicode/utf8"
)

// brokenWords joins, among the lines of one ruled cell whose inner right
// edge is at right (the cell's right rule less the table's cell padding),
// a word the typesetter broke inside because it was wider than the cell:
// Word and LibreOffice break a word that does not fit on an empty line at
// the last letter that fits ("WAINGAP" over "U", "Perempua" over "n" in a
// table of equal column widths, Word's default). Joined with a space, the
// pieces made a wrong name ("KOTA WAINGAP U"). The proof is the cell's
// own geometry and the pieces' shapes: the head is alone on its line and
// reaches the edge so that the next letter would not have fitted, the
// rest is a piece of at most three letters alone on its line (a short
// word does not wrap alone after a full line) or, in small letters and
// no short word of its own ("di", "dan"), before the next words
// ("Pemutakhira" over "n Data"), both are letters in the same case. A word
// that ended at the edge by chance and a whole word after it in the next
// line stay apart: the next word is longer, or a short word.
func brokenWords(ls []textLine, right float64) []textLine {
	if len(ls) < 2 || right <= 0 {
		return ls
	}
	out := ls[:1:1]
	for k := 1; k < len(ls); k++ {
		prev, l := &out[len(out)-1], ls[k]
		if len(prev.words) == 1 && (len(l.words) == 1 || sharedRest(l.words[0].text)) && piecesOfOne(&prev.words[0], &l.words[0], right) {
			w := prev.words[0]
			w.text += l.words[0].text
			w.x1 += l.words[0].x1 - l.words[0].x0 // the joined width, on the head's line
			prev.words = []word{w}
			prev.x1 = w.x1
			if len(l.words) == 1 {
				continue
			}
			l.words = l.words[1:]
			l.x0 = l.words[0].x0
		}
		out = append(out, l)
	}
	return out
}

// piecesOfOne: head and rest are the two pieces of one word broken at the
// cell's inner right edge right (see brokenWords).
func piecesOfOne(head, rest *word, right float64) bool {
	h, r := head.text, rest.text
	if utf8.RuneCountInString(h) < 4 || utf8.RuneCountInString(r) > 3 || !allLetters(h) || !allLetters(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(h)
	first, _ := utf8.DecodeRuneInString(r)
	if unicode.IsUpper(last) != unicode.IsUpper(first) {
		return false
	}
	return head.x1+firstLetter(rest) > right && head.x1 <= right+0.5
}

func allLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// cellPadding is the smallest gap between a grid cell's left rule and its
// text over the grid's cells: the padding Word or LibreOffice leaves in
// every cell, shown by the cells set flush left (-1 when no cell holds
// text).
func cellPadding(g *grid, cells map[cellKey][]glyph, ti int) float64 {
	pad := -1.0
	for k, gs := range cells {
		if k.t != ti || len(gs) == 0 {
			continue
		}
		x := gs[0].x0
		for _, gl := range gs {
			x = min(x, gl.x0)
		}
		if d := x - g.xs[k.c]; d >= 0 && (pad < 0 || d < pad) {
			pad = d
		}
	}
	return pad
}

// shortWords are the short words a line may open with after a full line:
// a rest of one of these sharing its line is that word, not a piece.
var shortWords = map[string]bool{"di": true, "ke": true, "dan": true, "per": true, "ini": true, "itu": true,
	"ada": true, "se": true, "pd": true, "yg": true, "tgl": true, "no": true, "of": true, "in": true, "on": true,
	"at": true, "to": true, "and": true, "the": true, "for": true, "by": true, "or": true, "a": true, "an": true}

// sharedRest: s, the first word of a line holding more, may be the rest
// of a word broken at the line before: a short piece in small letters that
// is no short word.
func sharedRest(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(first) && utf8.RuneCountInString(s) <= 3 && !shortWords[s]
}
