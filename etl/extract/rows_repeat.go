package extract

import "strings"

// repeatsHeader: the line writes one of the table's header lines again,
// cell for cell, with no page break before it: a house style that repeats
// the header every few rows. Merged into the row above as a wrapped line,
// its words would run on to that row's name ("KOTA TAMBOLAKA Kecamatan")
// and lose it. Only a whole copy counts, so a data row is never taken for
// it; the first cell is compared first, so most lines cost one compare.
// A copy may name other units in its titles' brackets ("Target
// (predikat)" under "Target (%)"): a house style grouping its rows by
// unit opens each group so.
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
			same = sameTitle(h.cells[k], cells[k])
		}
		if same {
			return true
		}
	}
	return false
}

// sameTitle: c writes the header title h again, its unit in brackets
// perhaps another one without digits ("Realisasi (opini)" for "Realisasi
// (%)").
func sameTitle(h, c string) bool {
	h, c = strings.TrimSpace(h), strings.TrimSpace(c)
	if strings.EqualFold(h, c) {
		return true
	}
	hb, cb := strings.LastIndexByte(h, '('), strings.LastIndexByte(c, '(')
	return hb > 0 && cb > 0 && strings.HasSuffix(h, ")") && strings.HasSuffix(c, ")") &&
		!hasDigit(c[cb:]) && strings.EqualFold(strings.TrimSpace(h[:hb]), strings.TrimSpace(c[:cb]))
}
