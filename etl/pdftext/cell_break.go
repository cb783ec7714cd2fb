package pdftext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// breakMark stands, inside an output line, between the two pieces of a
// word a ruled cell may have broken (brokenWords) until the whole
// document's words decide (resolveBreaks). A private-use rune: no PDF's
// text keeps one to the output.
const breakMark = '\uE000'

// brokenWords joins, among the lines of one ruled cell whose inner right
// edge is at right (the cell's right rule less the table's cell padding),
// a word the typesetter broke inside because it was wider than the cell:
// Word and LibreOffice break a word that does not fit on an empty line at
// the last letter that fits ("WAINGAP" over "U", "Pemilu/Pemili" over
// "han" in a table of equal column widths, Word's default). Joined with a
// space, the pieces made a wrong name ("KOTA WAINGAP U"). The cell's
// geometry must show the break: the head ends its line (LibreOffice starts
// the long word where the line has room: "LANGKE REMBON" over "G") and
// reaches the edge so that the next letter would not have fitted. A word that
// ended at the edge by chance before a whole word looks the same, so the
// pieces' shapes decide where they can: a rest of one or two capitals, or
// of at most three small letters that is no short word ("di", "dan"),
// alone on its line or before the next words, is a piece
// (a short word does not wrap alone after a full line, and names' short
// words are capitals of three: "ETI", "APE"). After any other rest's head
// a breakMark is left, for the document's own words to decide.
func brokenWords(ls []textLine, right float64) []textLine {
	if len(ls) < 2 || right <= 0 {
		return ls
	}
	out := ls[:1:1]
	for k := 1; k < len(ls); k++ {
		prev, l := &out[len(out)-1], ls[k]
		n := len(prev.words)
		if n > 0 && len(l.words) > 0 && atEdge(&prev.words[n-1], &l.words[0], right) {
			sure, maybe := pieceOf(&prev.words[n-1], &l.words[0], len(l.words) == 1)
			if maybe {
				// marked only: the rest keeps its own line, so that its
				// own edge is judged for the line after it ("LANGKE"
				// over "REMBON" over "G")
				prev.words[n-1].text += string(breakMark)
			}
			if sure {
				w := &prev.words[n-1] // the cell's own lines (groupLines): changed in place
				w.text += l.words[0].text
				w.x1 += l.words[0].x1 - l.words[0].x0 // the joined width, on the head's line
				prev.x1 = w.x1
				if len(l.words) == 1 {
					continue
				}
				l.words = l.words[1:]
				l.x0 = l.words[0].x0
			}
		}
		out = append(out, l)
	}
	return out
}

// atEdge: head reaches the cell's inner right edge right so that the
// first letter of rest would not have fitted after it.
func atEdge(head, rest *word, right float64) bool {
	return head.x1+firstLetter(rest) > right && head.x1 <= right+0.5
}

// pieceOf tells whether rest, the first word of the line under head, is
// surely the rest of head broken at the edge (sure), or may be (maybe:
// the document's words decide). alone: rest is alone on its line.
func pieceOf(head, rest *word, alone bool) (sure, maybe bool) {
	h := lastLetters(head.text)
	r := rest.text
	if utf8.RuneCountInString(h) < 2 || utf8.RuneCountInString(head.text) < 4 || !allLetters(r) {
		return false, false
	}
	last, _ := utf8.DecodeLastRuneInString(h)
	first, _ := utf8.DecodeRuneInString(r)
	if unicode.IsUpper(last) != unicode.IsUpper(first) {
		return false, false
	}
	n := utf8.RuneCountInString(r)
	whole := head.text == h // no "/" or "-" inside: one word
	switch {
	case whole && unicode.IsUpper(first) && n <= 2:
		return true, false
	case whole && unicode.IsLower(first) && n <= 3 && !shortWords[r]:
		return true, false
	}
	return false, !shortWords[strings.ToLower(r)]
}

// lastLetters is the run of letters s ends with ("Pemili" of
// "Pemilu/Pemili").
func lastLetters(s string) string {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	return s[i:]
}

func allLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// shortWords are the short words a line may open with after a full line:
// a rest that is one of these is that word, not a piece.
var shortWords = map[string]bool{"di": true, "ke": true, "dan": true, "per": true, "ini": true, "itu": true,
	"ada": true, "se": true, "pd": true, "yg": true, "tgl": true, "no": true, "of": true, "in": true, "on": true,
	"at": true, "to": true, "and": true, "the": true, "for": true, "by": true, "or": true}

// resolveBreaks decides every breakMark of the pages' lines: the pieces
// are one word when that word is written whole elsewhere in the document
// ("Pemilihan" in its prose, "KAHAUNGU" in another table), else a space
// parts them as before.
func resolveBreaks(pages []pageLines) {
	marked := false
	for _, p := range pages {
		for _, l := range p.lines {
			if strings.ContainsRune(l.text, breakMark) {
				marked = true
			}
		}
	}
	if !marked {
		return
	}
	words := map[string]bool{}
	for _, p := range pages {
		for _, l := range p.lines {
			for _, f := range strings.FieldsFunc(l.text, func(r rune) bool { return !unicode.IsLetter(r) && r != breakMark }) {
				if !strings.ContainsRune(f, breakMark) {
					words[strings.ToLower(f)] = true
				}
			}
		}
	}
	for i := range pages {
		for j := range pages[i].lines {
			t := pages[i].lines[j].text
			for {
				k := strings.IndexRune(t, breakMark)
				if k < 0 {
					break
				}
				head := lastLetters(t[:k])
				rest := strings.TrimPrefix(t[k+len(string(breakMark)):], " ") // the space joinCell put between the lines
				e := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
				if e < 0 {
					e = len(rest)
				}
				sep := " "
				if words[strings.ToLower(head+rest[:e])] {
					sep = ""
				}
				t = t[:k] + sep + rest
			}
			pages[i].lines[j].text = t
		}
	}
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
