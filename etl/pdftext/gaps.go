package pdftext

import "sort"

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
	// The line pitch is that of prose: table rows are padded and taller,
	// and a page of them must not hide the gap after a paragraph.
	var gaps, prose []float64
	for i := 1; i < len(lines); i++ {
		if d := lines[i].top - lines[i-1].top; d > 0.5 {
			gaps = append(gaps, d)
			if !isRow(lines[i]) && !isRow(lines[i-1]) {
				prose = append(prose, d)
			}
		}
	}
	if len(prose) >= 3 {
		gaps = prose
	}
	if len(gaps) < 3 {
		return lines
	}
	sort.Float64s(gaps)
	// The line pitch is among the smallest gaps: a page of paragraphs and
	// tall table rows may have few plain line steps.
	pitch := gaps[len(gaps)/10]
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

func isRow(l outLine) bool {
	for i := 0; i < len(l.text); i++ {
		if l.text[i] == '\t' {
			return true
		}
	}
	return false
}
