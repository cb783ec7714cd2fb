package parse

import "strings"

// A merged row in a space-aligned table: a report that printed two
// indicators' figures on the second one's line ("4  Nilai Evaluasi …" with
// no figure, then "5  Nilai Keterbukaan …   B 80   BB* 84,17   200% 105,21%")
// puts two figures in each cell, one space apart. The aligned reader
// refuses two figures one space apart (two tight columns run together), but
// here the line above is a row that states no figure at all, and every
// figure cell of this line holds exactly two figures: the pair is the two
// rows' (the table reader's merged-row rule takes it from there, as it does
// for TAB rows).

// mergedPairRow: line (a body line) holds the figures of the row above
// it, above, too: above has a label and no figure cell, and each of line's
// figure cells, two or more, holds exactly two figures one space apart.
func mergedPairRow(above, line []aseg) bool {
	label := false
	for _, s := range above {
		switch {
		case rowNumberCell(s.text):
		case valueSeg(s.text):
			return false
		default:
			label = true
		}
	}
	if !label {
		return false
	}
	pairs := 0
	for _, s := range line {
		f := strings.Fields(s.text)
		switch {
		case rowNumberCell(s.text):
		case len(f) == 2 && valueSeg(f[0]) && valueSeg(f[1]):
			pairs++
		case valueSeg(s.text):
			return false // one figure: the cell is no pair
		}
	}
	return pairs >= 2
}
