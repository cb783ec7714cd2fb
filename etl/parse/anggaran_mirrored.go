package parse

import "strings"

// A table switched to right-to-left writing stands mirrored: its label
// columns (Uraian, Kode, No) come after every amount, and a short row (the
// total, without a Kode) lacks its trailing cells, not its leading ones
// (padBudgetRow, anggaran_pad.go).

// mirroredShort: every amount column stands left of the first label
// column, and the row's cell under that label column, as the row stands,
// is a label (text without a digit): the row's cells already sit under
// their titles and only its trailing ones are missing.
func mirroredShort(cells []string, roles []int) bool {
	label, lastAmount := -1, -1
	for j, r := range roles {
		switch r {
		case roleUraian, roleKode, roleNo, roleProgram:
			if label < 0 {
				label = j
			}
		case rolePagu, roleRealisasi, roleSisa:
			lastAmount = j
		}
	}
	if label < 0 || lastAmount < 0 || lastAmount > label || label >= len(cells) {
		return false
	}
	c := strings.TrimSpace(cells[label])
	return c != "" && !hasDigitStr(c)
}
