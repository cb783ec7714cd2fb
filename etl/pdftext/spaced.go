package pdftext

import (
	"math"
	"sort"
	"unicode/utf8"
)

// A typist may line a table up with typed spaces instead of tabs or cells:
// every row one line of text, each cell padded with spaces to its column's
// width in characters (figures padded on the left), two spaces or more
// between cells, a long text cell continued on lines of its own with the
// other cells blank. Set in a proportional font, the columns that lined
// up on the typist's screen drift apart on the page (a space is narrower
// than a digit, an "m" wider than an "i"), so no river of whitespace runs
// through the block and the borderless route reads each row as one cell.
// The characters still line up: PDFium reports a run of typed spaces as
// one space glyph of the font's space width, so every gap is a whole
// number of spaces and every word's column in characters can be counted
// back from the line's start. Such a block is moved onto a grid of one
// advance per character, as the typist saw it, and read there as a table
// typed in a monospaced face (typed.go, monoSpaces).
//
// A block is proven by its lines together, never by one: three lines or
// more at the table's size and pitch, two at least padded (a gap of two
// typed spaces or more), every gap and every line's indent a whole number
// of spaces (to a third of one: a "j" hangs left into its space), and at
// least two rivers two characters wide or more shared by every line on
// the grid. Prose with two spaces after a full stop shares no such river;
// a table set in a monospaced face is left to the typed route as it is;
// cells placed by position hold no typed spaces, so they are no padding.

// spacedLines returns lines with each block of space-padded lines moved
// onto its character grid; lines itself when there is none (most pages:
// a page without a padded line pays one pass over its words).
func spacedLines(lines []textLine) []textLine {
	first := -1
	for i := range lines {
		if paddedLine(&lines[i]) {
			first = i
			break
		}
	}
	if first < 0 {
		return lines
	}
	var out []textLine
	for i := first; i < len(lines); {
		if !paddedLine(&lines[i]) {
			i++
			continue
		}
		j := spacedBlockEnd(lines, i)
		grid, ok := spacedGrid(lines[i:j])
		if !ok {
			if debugf != nil {
				debugf("spaced refused: %q", lines[i].text())
			}
			i++ // a later line may open a block that proves itself
			continue
		}
		if out == nil {
			out = append([]textLine(nil), lines...)
		}
		copy(out[i:j], grid)
		i = j
	}
	if out == nil {
		return lines
	}
	return out
}

// paddedLine reports a line with a gap of two typed spaces or more
// between its words.
func paddedLine(l *textLine) bool {
	for k := 1; k < len(l.words); k++ {
		w := &l.words[k]
		if w.typedSpace > 0 && w.gapBefore >= 1.6*w.typedSpace {
			return true
		}
	}
	return false
}

// spacedBlockEnd is the end of the run of lines from i (a padded line)
// set at its size and close pitch: padded lines, and between or after
// them lines indented from the run's left edge (a text cell's continued
// lines, the other cells blank).
func spacedBlockEnd(lines []textLine, i int) int {
	size, left := lines[i].size, lines[i].x0
	pitch := 0.0
	end := i + 1
	for j := i + 1; j < len(lines); j++ {
		l := &lines[j]
		p := l.base - lines[j-1].base
		if math.Abs(l.size-size) > 0.03*size || p <= 0 || p > 2*size || pitch > 0 && p > 1.3*pitch {
			break
		}
		if pitch == 0 {
			pitch = p
		}
		if paddedLine(l) {
			left = math.Min(left, l.x0)
			end = j + 1
			continue
		}
		if l.x0 < left+0.5*size {
			break // a paragraph or caption at the left edge
		}
		end = j + 1
	}
	// continued lines after the last padded line stay with it
	return end
}

// spacedGrid moves a block onto its character grid, or reports that the
// block is no space-padded table.
func spacedGrid(block []textLine) ([]textLine, bool) {
	// never two lines: two lines of prose justified by stretching its
	// spaces unevenly can share rivers by chance
	if len(block) < 3 {
		return nil, false
	}
	padded := 0
	var sps []float64
	left, size := math.Inf(1), 0.0
	for k := range block {
		l := &block[k]
		if paddedLine(l) {
			padded++
		}
		left, size = math.Min(left, l.x0), math.Max(size, l.size)
		for _, w := range l.words {
			if w.typedSpace > 0 {
				sps = append(sps, w.typedSpace)
			}
		}
	}
	if padded < 2 || len(sps) == 0 || monoAdvance(block) > 0 {
		return nil, false
	}
	sort.Float64s(sps)
	sp := sps[len(sps)/2]
	if spaceMono(block, sp) {
		return nil, false // every character a space wide: a monospaced face (typed.go)
	}
	// every word's column in characters, proven whole
	pos := make([][]int, len(block))
	maxCol := 0
	for k := range block {
		l := &block[k]
		p, ok := wholeSpaces(l.words[0].x0-left, sp, 0)
		if !ok {
			return nil, false
		}
		if stretched(l, sp) {
			return nil, false
		}
		for n, w := range l.words {
			if n > 0 {
				s, ok := wholeSpaces(w.gapBefore, sp, 1)
				if !ok || s >= 2 && w.typedSpace == 0 {
					return nil, false
				}
				p += s
			}
			pos[k] = append(pos[k], p)
			p += utf8.RuneCountInString(w.text)
		}
		maxCol = max(maxCol, p)
	}
	if r := gridRivers(block, pos, maxCol); r < 2 {
		return nil, false
	}
	// One advance per character, a multiple of 1/64 pt from a left edge on
	// that step, so the grid's gaps come out exact (two spaces twice one).
	// Three quarters of the size: two spaces make a gap the borderless
	// route takes for a cell's edge on any line (a header padded by two
	// spaces everywhere, isSeed), one space stays a word space.
	adv := math.Ceil(0.75*size*64) / 64
	x := math.Round(left*64) / 64
	if adv <= 0 {
		return nil, false
	}
	out := make([]textLine, len(block))
	for k := range block {
		l := block[k]
		l.words = append([]word(nil), l.words...)
		for n := range l.words {
			w := &l.words[n]
			w.x0 = x + float64(pos[k][n])*adv
			w.x1 = w.x0 + float64(utf8.RuneCountInString(w.text))*adv
		}
		finishLine(&l)
		out[k] = l
	}
	if debugf != nil {
		debugf("spaced block: %d lines, space %.2f, advance %.3f", len(block), sp, adv)
	}
	return out, true
}

// wholeSpaces is gap in spaces of width sp, when it is a whole number of
// them (to a third of one) and at least least.
func wholeSpaces(gap, sp float64, least int) (int, bool) {
	r := gap / sp
	n := math.Round(r)
	if math.Abs(r-n) > 0.34 || int(n) < least {
		return 0, false
	}
	return int(n), true
}

// stretched reports a line of justified prose: two gaps or more, all
// stretched alike (to 0.05 em) to no whole number of spaces (a tenth of
// one off). A header padded by two spaces before every cell has its gaps
// alike too, but whole.
func stretched(l *textLine, sp float64) bool {
	if len(l.words) < 3 {
		return false
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, w := range l.words[1:] {
		lo, hi = math.Min(lo, w.gapBefore), math.Max(hi, w.gapBefore)
	}
	return hi-lo <= 0.05*l.size && !exactSpaces(lo, sp)
}

// exactSpaces reports a gap within a tenth of a whole number of spaces.
func exactSpaces(gap, sp float64) bool {
	r := gap / sp
	return math.Abs(r-math.Round(r)) <= 0.1
}

// gridRivers counts the runs of two character columns or more that no
// line of the block covers, between covered ones.
func gridRivers(block []textLine, pos [][]int, width int) int {
	cover := make([]bool, width)
	for k := range block {
		for n, w := range block[k].words {
			for c := pos[k][n]; c < pos[k][n]+utf8.RuneCountInString(w.text) && c < width; c++ {
				cover[c] = true
			}
		}
	}
	rivers, gap, seen := 0, 0, false
	for _, c := range cover {
		if !c {
			gap++
			continue
		}
		if seen && gap >= 2 {
			rivers++
		}
		seen, gap = true, 0
	}
	return rivers
}

// spaceMono reports a block whose words are as wide as their characters
// times the space (to 3 %): a monospaced face, however few its words.
func spaceMono(block []textLine, sp float64) bool {
	for k := range block {
		for _, w := range block[k].words {
			n := float64(utf8.RuneCountInString(w.text))
			if math.Abs(w.x1-w.x0-n*sp) > 0.03*n*sp {
				return false
			}
		}
	}
	return true
}
