package pdftext

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is a run of glyphs without a space or a wide gap.
type word struct {
	text           string
	x0, x1         float64
	top, bottom    float64
	base, size     float64
	head, rest     float64 // font size of the first glyph, and the largest of the others (0: none)
	ocr            bool
	gapBefore      float64 // horizontal gap to the previous word on its line
	cellR, cellC   int     // assigned table cell (layout)
	inTable        int     // index+1 of the ruled table holding it, 0 when none
	lineNo, column int
}

// textLine is words sharing a baseline, left to right.
type textLine struct {
	words       []word
	x0, x1      float64
	top, bottom float64
	base, size  float64
}

func (l *textLine) text() string {
	var b strings.Builder
	for i, w := range l.words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}

// groupLines clusters glyphs into lines by baseline, then cuts each line
// into words at spaces and at gaps wider than a fifth of the font size.
func groupLines(gs []glyph) []textLine {
	if len(gs) == 0 {
		return nil
	}
	idx := make([]int, 0, len(gs))
	for i := range gs {
		if !gs[i].space {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return gs[idx[a]].base < gs[idx[b]].base })
	var groups [][]int
	var gbase, gsize float64
	for _, i := range idx {
		g := gs[i]
		if len(groups) > 0 && math.Abs(g.base-gbase) <= 0.3*math.Max(gsize, g.size) {
			groups[len(groups)-1] = append(groups[len(groups)-1], i)
			continue
		}
		groups = append(groups, []int{i})
		gbase, gsize = g.base, g.size
	}
	// spaces mark breaks: remember which x positions hold a space glyph
	var spaces []glyph
	for _, g := range gs {
		if g.space {
			spaces = append(spaces, g)
		}
	}
	var lines []textLine
	for _, grp := range groups {
		sort.SliceStable(grp, func(a, b int) bool { return gs[grp[a]].x0 < gs[grp[b]].x0 })
		var l textLine
		var cur []glyph
		flush := func() {
			if len(cur) == 0 {
				return
			}
			w := word{x0: cur[0].x0, x1: cur[0].x1, top: math.Inf(1), bottom: math.Inf(-1)}
			var b strings.Builder
			for _, g := range cur {
				if g.text != "" {
					b.WriteString(g.text)
				} else {
					b.WriteRune(g.r)
				}
				w.x0, w.x1 = math.Min(w.x0, g.x0), math.Max(w.x1, g.x1)
				w.top, w.bottom = math.Min(w.top, g.top), math.Max(w.bottom, g.bottom)
				w.size = math.Max(w.size, g.size)
				w.base += g.base
				w.ocr = w.ocr || g.ocr
			}
			w.head = cur[0].size
			for _, g := range cur[1:] {
				w.rest = math.Max(w.rest, g.size)
			}
			w.base /= float64(len(cur))
			w.text = b.String()
			l.words = append(l.words, w)
			cur = cur[:0]
		}
		for _, i := range grp {
			g := gs[i]
			if len(cur) > 0 {
				prev := cur[len(cur)-1]
				gap := g.x0 - prev.x1
				if prev.wordBreakAfter || gap > 0.2*math.Max(g.size, prev.size) || spaceBetween(spaces, prev, g) || objectBreak(prev, g) || raisedBreak(prev, g) {
					flush()
				}
			}
			cur = append(cur, g)
		}
		flush()
		finishLine(&l)
		lines = append(lines, l)
	}
	return lines
}

// objectBreak reports whether two touching glyphs from different text
// objects belong to different words: a label drawn apart from a
// right-aligned amount ("Rp." + "42.394.032.000,-") may touch it. Letters
// split over objects (a style change inside a word) stay together, and so
// does an opening bracket before its number ("(" + "30)" in small
// capitals, the bracket full size).
func objectBreak(a, b glyph) bool {
	return b.newObj && (unicode.IsPunct(a.r) && !unicode.Is(unicode.Ps, a.r) || unicode.IsLetter(a.r)) && unicode.IsDigit(b.r)
}

// raisedBreak reports a superscript or subscript next to normal text: a
// smaller glyph off the line's middle. It is kept apart so a footnote
// mark never becomes a digit of the amount it follows ("77,55" + "1").
func raisedBreak(a, b glyph) bool {
	m := math.Max(a.size, b.size)
	return math.Abs(a.size-b.size) > 0.2*m && math.Abs(a.base-b.base) > 0.08*m
}

// spaceBetween reports whether a space glyph sits between a and b on their line.
func spaceBetween(spaces []glyph, a, b glyph) bool {
	mid := (a.x1 + b.x0) / 2
	for _, s := range spaces {
		if math.Abs(s.base-a.base) > 0.3*a.size {
			continue
		}
		c := (s.x0 + s.x1) / 2
		if c >= a.x1-0.5 && c <= b.x0+0.5 || (s.x0 <= mid && s.x1 >= mid && s.x1 > s.x0) {
			return true
		}
	}
	return false
}

func finishLine(l *textLine) {
	if len(l.words) == 0 {
		return
	}
	sort.SliceStable(l.words, func(a, b int) bool { return l.words[a].x0 < l.words[b].x0 })
	l.x0, l.x1 = math.Inf(1), math.Inf(-1)
	l.top, l.bottom = math.Inf(1), math.Inf(-1)
	l.base, l.size = 0, 0
	for i := range l.words {
		w := &l.words[i]
		if i > 0 {
			w.gapBefore = w.x0 - l.words[i-1].x1
		}
		l.x0, l.x1 = math.Min(l.x0, w.x0), math.Max(l.x1, w.x1)
		l.top, l.bottom = math.Min(l.top, w.top), math.Max(l.bottom, w.bottom)
		l.base += w.base
		l.size = math.Max(l.size, w.size)
	}
	l.base /= float64(len(l.words))
}

// linesOfWords groups already-built words (a table cell's, or OCR's) into
// lines by baseline.
func linesOfWords(ws []word) []textLine {
	sort.SliceStable(ws, func(a, b int) bool { return ws[a].base < ws[b].base })
	var out []textLine
	for _, w := range ws {
		if n := len(out); n > 0 && math.Abs(w.base-out[n-1].base) <= 0.3*math.Max(w.size, out[n-1].size) {
			out[n-1].words = append(out[n-1].words, w)
			finishLine(&out[n-1])
			continue
		}
		l := textLine{words: []word{w}}
		finishLine(&l)
		out = append(out, l)
	}
	return out
}

// smallCaps reports a word set in small capitals: its first letter a size
// larger than the rest ("P" over "ERENCANAAN").
func (w *word) smallCaps() bool {
	return w.rest > 0 && w.head > 1.1*w.rest
}

// capsCut reports whether next, opening a cell's line, is the rest of the
// word last ending the line above, cut because it did not fit: in a cell
// set in small capitals every word opens with a full-size capital, so a
// line opening with a small capital carries on a word ("PERENC" over
// "ANAAN KINERJA", "EVALUA" over "SI INTER" over "NAL"). Both letters
// are capitals, as faked small capitals are: a note in a smaller font
// under a heading ("dalam ribuan") is no piece of a word. capSize is the
// largest first-letter size among the cell's small-capital words.
func capsCut(last, next *word, capSize float64) bool {
	if capSize <= 0 || next.head <= 0 || next.head*1.1 > capSize {
		return false
	}
	a, _ := utf8.DecodeLastRuneInString(last.text)
	b, _ := utf8.DecodeRuneInString(next.text)
	return unicode.IsUpper(a) && unicode.IsUpper(b)
}
