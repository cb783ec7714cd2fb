package parse

// realignCompactHeader places a header line padded by its own widths
// rather than over its columns (a header set apart from the body, in
// another font, or its own run of a layout export: "No   Kecamatan   L
// P   L+P" over wider columns). Its words then overlap the wrong columns
// or none, and nothing of the table would be proven. When the line has
// exactly as many cells as the body has columns and they do not already
// stand one over each column, each cell is its column's, in order: the
// count is the proof, a header with a cell more or fewer is left as it
// is. segs is copied before a line is changed (proveShrinking proves the
// same lines again).
func realignCompactHeader(segs [][]aseg, cols [][2]int, from, first int) [][]aseg {
	var out [][]aseg
	for k := from; k < first; k++ {
		line := segs[k]
		if len(line) != len(cols) || len(cols) < 3 || overColumns(line, cols) {
			continue
		}
		if out == nil {
			out = append([][]aseg(nil), segs...)
		}
		nl := make([]aseg, len(line))
		for c, s := range line {
			nl[c] = aseg{text: s.text, from: cols[c][0], to: cols[c][1]}
		}
		out[k] = nl
	}
	if out == nil {
		return segs
	}
	return out
}

// overColumns: every cell of line overlaps exactly one column, the i-th.
func overColumns(line []aseg, cols [][2]int) bool {
	for i, s := range line {
		if c, n := colOf(cols, s); n != 1 || c != i {
			return false
		}
	}
	return true
}
