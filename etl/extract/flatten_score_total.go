package extract

import "strings"

// A components table (Bobot and Nilai columns) closes with the final score
// rather than a "Jumlah" row: "Nilai Akhir", "Total Nilai", "Nilai AKIP".
// Flattened one cell per line, that row lacks the row number the others
// have, so only its label tells it is the total; the sums then prove it as
// they prove any total (bobot adds to 100, nilai to the final score).

// closes: t labels the row that closes the table.
func (h *flatHead) closes(t string) bool {
	if isTotalLabel(t) {
		return true
	}
	if len(t) > 24 || !h.scored() {
		return false
	}
	switch strings.ToLower(strings.Join(strings.Fields(t), " ")) {
	case "nilai akhir", "total nilai", "nilai total", "nilai akip", "nilai sakip", "skor akhir", "total skor":
		return true
	}
	return false
}

// scored: the header has a bobot and a nilai column.
func (h *flatHead) scored() bool {
	b, n := false, false
	for _, r := range h.roles {
		b = b || r == rBobot
		n = n || r == rNilai
	}
	return b && n
}
