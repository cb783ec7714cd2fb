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
	hsize          float64 // the em its glyphs are drawn at across: size times horizontal scale (hscale.go); 0 when not read
	head, rest     float64 // font size of the first glyph, and the largest of the others (0: none)
	ocr            bool
	gapBefore      float64 // horizontal gap to the previous word on its line
	typedSpace     float64 // width of a typed (not generated) space glyph in that gap, 0 when none (spaced.go)
	track          float64 // its line's tracking (lineTracking), 0 when none
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
	hsize       float64 // the largest em across of its words (word.hsize); 0 when not read
	track       float64 // the largest tracking of its words (lineTracking)
}

// em is the width of an em as the word's glyphs are drawn: its font size,
// narrowed or widened by a horizontal scale (Tz). Gaps between words and
// cells are measured in it.
func (w *word) em() float64 {
	if w.hsize > 0 {
		return w.hsize
	}
	return w.size
}

// em is the line's em across (word.em): its font size unless its glyphs
// are drawn at a horizontal scale.
func (l *textLine) em() float64 {
	if l.hsize > 0 {
		return l.hsize
	}
	return l.size
}

// hem is the glyph's em across: its font size times its horizontal scale.
func (g *glyph) hem() float64 {
	if g.hs > 0 {
		return g.size * g.hs
	}
	return g.size
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
	var spaces, typed []glyph
	for _, g := range gs {
		if g.space {
			spaces = append(spaces, g)
			if !g.generated {
				typed = append(typed, g)
			}
		}
	}
	// A line's tracking counts when letters show it (a word's letters
	// stand that far apart), or when the page's lettered lines are
	// tracked: a row of figures alone ("175 598 67,168") is then tracked
	// too, while a row of one-figure cells set close in an ordinary print
	// ("1 2 3 4 5") stays cells.
	tracks := make([]float64, len(groups))
	lettered := false
	cuts := make([]map[int]bool, len(groups))
	for k, grp := range groups {
		cuts[k] = orderRuns(gs, grp) // sorts by x; cells drawn over each other stay apart (crowded.go)
		var ok bool
		tracks[k], ok = lineTracking(gs, grp, typed)
		lettered = lettered || ok
	}
	var lines []textLine
	for k, grp := range groups {
		var l textLine
		var cur []glyph
		typedW := 0.0 // the typed space before the word cur starts
		track := tracks[k]
		if !lettered {
			track = 0
		}
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
				w.hsize = math.Max(w.hsize, g.hem())
				w.base += g.base
				w.ocr = w.ocr || g.ocr
			}
			w.head = cur[0].size
			w.track = track
			w.typedSpace = typedW
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
				m := math.Max(g.size, prev.size)
				// a word gap is measured in the glyphs' em as drawn: a
				// table set at a character scale of 62 % narrows its word
				// spaces and cell gaps with its glyphs
				hm := math.Max(g.hem(), prev.hem())
				// On a tracked line a space counts only where the gap is
				// wider than the letters' own spacing: PDFium generates
				// spaces between glyphs that stand a tracking apart
				// ("Kategor i", "55, 00"); and every glyph is a text
				// object of its own, so objects say nothing of words.
				sg, found := spaceAt(spaces, prev, g)
				space := found && (track == 0 || gap > 0.1*m)
				if prev.wordBreakAfter || gap > 0.2*hm || space || cuts[k][i] || track == 0 && (objectBreak(prev, g) || caseBreak(prev, g, gap, hm)) || raisedBreak(prev, g) {
					flush()
					typedW = 0
					if found && !sg.generated {
						typedW = sg.x1 - sg.x0
					}
				}
			}
			// the tracking is part of the glyph's advance (as the PDF's
			// character spacing is), so the gaps left are the word gaps
			g.x1 += track
			cur = append(cur, g)
		}
		flush()
		finishLine(&l)
		lines = append(lines, l)
	}
	return lines
}

// lineTracking is the extra space a line's glyphs stand apart when the
// line is set with expanded character spacing (tracking: every glyph
// placed on its own and moved on by its advance plus a constant), or 0.
// Word gaps are then measured beyond that spacing, not from the glyphs'
// edges: a print tracked by 0,9 pt at 7,4 pt leaves a fifth of the size
// between letters of one word. The line is tracked when the gaps between
// neighbouring glyphs of one size are mostly alike and clearly positive:
// its lower quartile a twentieth of the size or more, and its median (the
// letters inside words, which outnumber word and cell gaps) within a
// tenth of the size of that quartile. Ordinary text has gaps near zero
// (loose boxes span the advance), so its lines keep the plain rule.
// lettered reports whether two pairs of letters or more stand the tracking
// apart (groupLines trusts a line of figures alone only beside such lines).
func lineTracking(gs []glyph, grp []int, typed []glyph) (track float64, lettered bool) {
	var gaps []float64
	var size float64
	for k := 1; k < len(grp); k++ {
		a, b := gs[grp[k-1]], gs[grp[k]]
		if a.ocr || b.ocr || math.Abs(a.size-b.size) > 0.05*math.Max(a.size, b.size) {
			continue
		}
		if spaceBetween(typed, a, b) {
			// a space typed between letters (`L A P O R A N`) is a
			// space, not tracking (PDFium's generated spaces, which it
			// makes up in any gap it finds wide, say nothing)
			continue
		}
		gaps = append(gaps, b.x0-a.x1)
		size = math.Max(size, b.size)
	}
	if len(gaps) < 3 {
		return 0, false
	}
	sort.Float64s(gaps)
	q, med := gaps[len(gaps)/4], gaps[len(gaps)/2]
	if q < 0.05*size || med > q+0.1*size || q > 0.5*size {
		return 0, false
	}
	n := 0
	for k := 1; k < len(grp); k++ {
		a, b := gs[grp[k-1]], gs[grp[k]]
		if unicode.IsLetter(a.r) && unicode.IsLetter(b.r) && math.Abs(b.x0-a.x1-q) <= 0.05*size && !spaceBetween(typed, a, b) {
			n++
		}
	}
	return q, n >= 2
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

// caseBreak reports a lower-case letter and a capital set apart by more
// than a tenth of an em, under a word space: two centred column titles
// printed edge to edge ("Realisasi" + "Target" in narrow columns). Inside
// one word a capital never follows a lower-case letter at such a gap.
func caseBreak(a, b glyph, gap, em float64) bool {
	return gap > 0.1*em && unicode.IsLower(a.r) && unicode.IsUpper(b.r)
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
	_, ok := spaceAt(spaces, a, b)
	return ok
}

// spaceAt is the space glyph between a and b on their line, if any.
func spaceAt(spaces []glyph, a, b glyph) (glyph, bool) {
	mid := (a.x1 + b.x0) / 2
	for _, s := range spaces {
		if math.Abs(s.base-a.base) > 0.3*a.size {
			continue
		}
		c := (s.x0 + s.x1) / 2
		if c >= a.x1-0.5 && c <= b.x0+0.5 || (s.x0 <= mid && s.x1 >= mid && s.x1 > s.x0) {
			return s, true
		}
	}
	return glyph{}, false
}

func finishLine(l *textLine) {
	if len(l.words) == 0 {
		return
	}
	sort.SliceStable(l.words, func(a, b int) bool { return l.words[a].x0 < l.words[b].x0 })
	l.x0, l.x1 = math.Inf(1), math.Inf(-1)
	l.top, l.bottom = math.Inf(1), math.Inf(-1)
	l.base, l.size, l.hsize, l.track = 0, 0, 0, 0
	for i := range l.words {
		w := &l.words[i]
		if i > 0 {
			w.gapBefore = w.x0 - l.words[i-1].x1
		}
		l.x0, l.x1 = math.Min(l.x0, w.x0), math.Max(l.x1, w.x1)
		l.top, l.bottom = math.Min(l.top, w.top), math.Max(l.bottom, w.bottom)
		l.base += w.base
		l.size = math.Max(l.size, w.size)
		l.hsize = math.Max(l.hsize, w.em())
		l.track = math.Max(l.track, w.track)
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
