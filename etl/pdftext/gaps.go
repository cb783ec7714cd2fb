package pdftext

import (
	"math"
	"sort"
)

// paragraphGap is how much wider than the page's usual line pitch a
// vertical gap must be to count as a blank line. sizeGap is the same for
// two lines of one font size whose own pitch the document shows: that
// pitch is exact (prose lines step by their leading to a hundredth of a
// point), so a smaller excess already marks a paragraph — a Word body
// with 6 pt after paragraphs at 13.5 pt leading steps 1.44 lines.
const (
	paragraphGap = 1.45
	sizeGap      = 1.25
)

// sizePitches maps a font size (rounded to a quarter point) to the line
// pitch of plain lines of that size over the whole document.
type sizePitches map[float64]float64

func sizeKey(size float64) float64 { return math.Round(size*4) / 4 }

// docPitches measures the pitch of each font size of plain lines on all
// pages. A page's own pitch is the smallest recurring step among all its
// lines, which a page with a few smaller lines (a note, a list in a
// smaller font) sets below its prose's leading, so that its prose lines
// would read as paragraphs; the pitch of the size itself does not. Steps
// wider than three times the size are no line pitch (a lone line, a
// page number under a short page) and are left out.
func docPitches(pages []pageLines) sizePitches {
	steps := map[float64][]float64{}
	for _, pl := range pages {
		for i := 1; i < len(pl.lines); i++ {
			prev, cur := pl.lines[i-1], pl.lines[i]
			if !sameSize(prev, cur) {
				continue
			}
			if d := cur.top - prev.top; d > 0.5 && d <= 3*cur.size {
				k := sizeKey(cur.size)
				steps[k] = append(steps[k], d)
			}
		}
	}
	sp := sizePitches{}
	for k, st := range steps {
		if len(st) < 3 {
			continue
		}
		if p, ok := recurringStep(st); ok {
			sp[k] = p
		}
	}
	return sp
}

// sameSize reports whether two plain (non-row) lines share a font size.
func sameSize(a, b outLine) bool {
	return a.size > 0 && !isRow(a) && !isRow(b) && sizeKey(a.size) == sizeKey(b.size)
}

// withGaps puts an empty line where the page leaves a visibly wider gap
// than its line pitch, as the text form of a report has blank lines
// between paragraphs, headings and tables. The parser reads a heading
// run into the next sentence as one sentence without them. Two table
// rows, or two lines of one ruled table (a heading row merged across
// it), are never split: a tall wrapped row is not a paragraph break.
//
// Two plain lines of one size whose pitch the document shows (sp) are
// measured against that pitch instead.
func withGaps(lines []outLine, sp sizePitches) []outLine {
	if len(lines) < 2 {
		return lines
	}
	// The line pitch is that of prose when the page has some (padded
	// table rows are taller, and a page of them must not hide the gap
	// after a paragraph), else that of the rows: the smaller of the two.
	var all, prose []float64
	for i := 1; i < len(lines); i++ {
		if d := lines[i].top - lines[i-1].top; d > 0.5 {
			all = append(all, d)
			if !isRow(lines[i]) && !isRow(lines[i-1]) {
				prose = append(prose, d)
			}
		}
	}
	if len(all) < 3 {
		return lines
	}
	pitch := linePitch(all)
	if len(prose) >= 3 {
		pitch = math.Min(pitch, linePitch(prose))
	}
	if debugf != nil {
		debugf("withGaps: pitch %.2f first %q", pitch, lines[0].text)
	}
	out := make([]outLine, 0, len(lines)+len(lines)/4)
	out = append(out, lines[0])
	for i := 1; i < len(lines); i++ {
		prev, cur := lines[i-1], lines[i]
		limit := paragraphGap * pitch
		if p, ok := sp[sizeKey(cur.size)]; ok && sameSize(prev, cur) {
			limit = sizeGap * p
		}
		if cur.top-prev.top > limit && !(isRow(prev) && isRow(cur)) && !(prev.table != 0 && prev.table == cur.table) {
			out = append(out, outLine{top: (prev.top + cur.top) / 2, ocr: prev.ocr && cur.ocr})
		}
		out = append(out, cur)
	}
	return out
}

// linePitch is the smallest gap that recurs: a page of one-line paragraphs
// has few plain line steps, and a lone small step (a superscript, two
// lines drawn close) is not the pitch.
func linePitch(gaps []float64) float64 {
	if p, ok := recurringStep(gaps); ok {
		return p
	}
	return gaps[len(gaps)/10]
}

// recurringStep is the smallest gap another is within 10 % of; it sorts
// gaps.
func recurringStep(gaps []float64) (float64, bool) {
	sort.Float64s(gaps)
	for i := 0; i+1 < len(gaps); i++ {
		if gaps[i+1] <= 1.1*gaps[i] {
			return gaps[i], true
		}
	}
	return 0, false
}

func isRow(l outLine) bool {
	for i := 0; i < len(l.text); i++ {
		if l.text[i] == '\t' {
			return true
		}
	}
	return false
}
