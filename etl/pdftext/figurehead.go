package pdftext

import "math"

// headsFigures reports whether column m, a header word with no cells of
// its own that shares no line with either neighbour, heads the column of
// figures right of it rather than running on from the column left of it.
// A table without vertical rules sets its header flush left in a cell and
// its figures flush right: under a wide group heading ("Jumlah Pemilih",
// "Hasil Evaluasi") the sub-heading "Laki-laki" or "Bobot" stands a river
// left of the figures and a cell's padding right of the column before.
// It belongs to the figures when they have no header of their own (every
// word of the column right of it is a figure or a column number, all
// under the header word) and the header word is no figure itself.
func headsFigures(lines []textLine, cols []column, m int) bool {
	if m+1 >= len(cols) {
		return false
	}
	headBottom, figTop := math.Inf(-1), math.Inf(1)
	for _, l := range lines {
		for _, w := range l.words {
			switch colOf(cols, (w.x0+w.x1)/2) {
			case m:
				if figureCell(w.text) {
					return false
				}
				headBottom = math.Max(headBottom, l.base)
			case m + 1:
				if !figureCell(w.text) {
					return false
				}
				figTop = math.Min(figTop, l.base)
			}
		}
	}
	return !math.IsInf(figTop, 1) && headBottom < figTop
}
