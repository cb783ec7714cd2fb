package pdftext

import (
	"math"
	"sort"
)

// paragraphGap is how much wider than the page's usual line pitch a
// vertical gap must be to count as a blank line.
const paragraphGap = 1.45

// withGaps puts an empty line where the page leaves a visibly wider gap
// than its line pitch, as the text form of a report has blank lines
// between paragraphs, headings and tables. The parser reads a heading
// run into the next sentence as one sentence without them. Two table
// rows, or two lines of one ruled table (a heading row merged across
// it), are never split: a tall wrapped row is not a paragraph break.
func withGaps(lines []outLine) []outLine {
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
		if cur.top-prev.top > paragraphGap*pitch && !(isRow(prev) && isRow(cur)) && !(prev.table != 0 && prev.table == cur.table) {
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
	sort.Float64s(gaps)
	for i := 0; i+1 < len(gaps); i++ {
		if gaps[i+1] <= 1.1*gaps[i] {
			return gaps[i]
		}
	}
	return gaps[len(gaps)/10]
}

func isRow(l outLine) bool {
	for i := 0; i < len(l.text); i++ {
		if l.text[i] == '\t' {
			return true
		}
	}
	return false
}
