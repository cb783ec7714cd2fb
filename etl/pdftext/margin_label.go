package pdftext

import "math"

// marginLabel reports whether lines[j], which would end a borderless
// table, is a label printed in the page's margin between a row and the
// wrapped line of one of its cells (an aerogramme's `lipat di sini` at
// its fold line, a desk planner's hour `10.30` down the edge, a note
// beside the row): the line lies wholly left of the table, clear of its
// left edge x0 by an em, and the line after it continues the table's last
// row at a cell's pitch, starting inside the table (right of its first
// column's edge, as a wrapped name does) in the table's own type size.
// Left in the block's way, the label cut the row from its wrapped words,
// and an indicator's name lost its second line ("… terhadap standar" for
// "… terhadap standar kompetensi penugasannya"): a name never written. A
// caption or a paragraph after the table starts at the body's left edge
// and runs into the table's width, so it is no label; a line after the
// label that starts at the table's left edge is a row of its own or a
// paragraph, which the ordinary loop decides.
func marginLabel(lines []textLine, j int, body []textLine, x0 float64) bool {
	if j+1 >= len(lines) || len(body) == 0 {
		return false
	}
	l, next, last := &lines[j], &lines[j+1], &body[len(body)-1]
	if len(l.words) == 0 || len(next.words) == 0 || l.x1 > x0-l.em() {
		return false // not clear of the table: a line of the page's body
	}
	if math.Abs(next.size-last.size) > 0.05*last.size || next.base-last.base > 2.5*last.size {
		return false // another face, or too far under the row: not its cell's next line
	}
	return next.x0 >= x0+next.em() && !(l.base <= last.base || l.base >= next.base)
}
