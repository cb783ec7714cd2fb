package parse

// padBudgetRow widens a budget row of fewer cells than the header to
// the header's width. Extract drops a row's empty trailing cells, so a
// short row is either missing its leading cells (a total written
// "JUMLAH | 3.000 | …" under "Kode | Uraian | Pagu | …", the label
// spanning two columns) or its trailing ones (a kegiatan whose Sisa cell
// is empty). Padding on the left, as for the first kind, would shift the
// second kind's pagu into the realisasi column: a wrong number that looks
// right. So the row is padded on the right only when that puts a
// non-figure in no amount column and a figure in no name column, while
// padding on the left does not, or when the table is mirrored
// (anggaran_mirrored.go).
func padBudgetRow(cells []string, roles []int) []string {
	if len(cells) >= len(roles) || len(cells) == 0 {
		return cells
	}
	missing := len(roles) - len(cells)
	if mirroredShort(cells, roles) || budgetMisfits(cells, roles[:len(cells)]) == 0 && budgetMisfits(cells, roles[missing:]) > 0 {
		out := make([]string, len(roles))
		copy(out, cells)
		return out
	}
	return append(make([]string, missing, len(roles)), cells...)
}

// budgetMisfits counts the cells that do not fit the role they would
// stand under: words under an amount or percentage, a figure under the
// code or the name.
func budgetMisfits(cells []string, roles []int) int {
	n := 0
	for j, c := range cells {
		if c == "" {
			continue
		}
		switch roles[j] {
		case rolePagu, roleRealisasi, roleSisa, rolePersen:
			if !valueLike(c) && !overflowCell(c) && !fieldErrorCell(c) {
				n++
			}
		case roleUraian:
			if valueLike(c) && !isRowNumber(c) {
				n++
			}
		}
	}
	return n
}
