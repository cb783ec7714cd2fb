package extract

// RowOfLines builds a row from the cells of each of its lines, the head
// line first, and its joined cells: the parser rebuilds rows it proves
// were one (a figure broken inside a narrow cell, etl/parse
// figure_breaks.go), and the readers that look at a cell's fragments must
// see the lines it was built from.
func RowOfLines(start, end int, cells []string, lines [][]string) Row {
	if len(lines) < 2 {
		return Row{Start: start, End: end, Cells: cells}
	}
	return Row{Start: start, End: end, Cells: cells, lines: lines}
}
