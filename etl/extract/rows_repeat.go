package extract

import "strings"

// repeatsHeader: the line writes one of the table's header lines again,
// cell for cell, with no page break before it: a house style that repeats
// the header every few rows. Merged into the row above as a wrapped line,
// its words would run on to that row's name ("KOTA TAMBOLAKA Kecamatan")
// and lose it. Only a whole copy counts, so a data row is never taken for
// it; the first cell is compared first, so most lines cost one compare.
func repeatsHeader(cells []string, header []rawLine) bool {
	if nonEmpty(cells) < 2 {
		return false
	}
	for _, h := range header {
		if len(h.cells) != len(cells) || !strings.EqualFold(strings.TrimSpace(h.cells[0]), strings.TrimSpace(cells[0])) {
			continue
		}
		same := true
		for k := 1; k < len(cells) && same; k++ {
			same = strings.EqualFold(strings.TrimSpace(h.cells[k]), strings.TrimSpace(cells[k]))
		}
		if same {
			return true
		}
	}
	return false
}
