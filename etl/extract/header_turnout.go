package extract

import "strings"

// turnoutGroupRow: a group line over a DPT table's two L/P/total sets that
// names the roll in one cell and the turnout beside it in the others
// ("DPT | Pengguna Hak Pilih", "DPT | Pemilih yang Hadir"). Its turnout
// words are no header vocabulary (an indicator's name holds them too), so
// the line reads as mostly unknown words; without it the table loses its
// header and the roll beside the turnout goes unread. Only the pairing of
// a bare roll cell with turnout cells makes the line a header.
func turnoutGroupRow(cells []string) bool {
	roll, turnout := false, false
	for _, c := range cells {
		c = strings.TrimSpace(c)
		switch {
		case c == "":
		case hasDigit(c) || len(c) > 40:
			return false
		case strings.EqualFold(c, "DPT") || strings.EqualFold(c, "Daftar Pemilih Tetap") || strings.EqualFold(c, "Daftar Pemilih Tetap (DPT)"):
			roll = true
		case turnoutCell(c):
			turnout = true
		default:
			return false
		}
	}
	return roll && turnout
}

// turnoutCell: a group title counting the voters who came.
func turnoutCell(c string) bool {
	return containsFold(c, "hak pilih") && (containsFold(c, "pengguna") || containsFold(c, "menggunakan")) ||
		containsFold(c, "hadir") && containsFold(c, "pemilih")
}
