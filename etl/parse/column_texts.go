package parse

// oneRowColumns fills cols, columnTexts' answer, for a header of one row
// (most tables): column j is cells[j:j+1] itself, capped at its one cell
// as the shared backing array capped it (an append copies), so the
// columns cost no second array. Nothing writes into a column's cells.
func oneRowColumns(cols [][]string, cells []string) [][]string {
	for j, c := range cells {
		if c != "" {
			cols[j] = cells[j : j+1 : j+1]
		}
	}
	return cols
}
