package extract

import "strings"

// bareBars gives back the empty edge cells splitDelim took for outer bars
// on a row of a bar-delimited table whose first line has none: an
// application's export writes "kode|uraian|pagu" and a total row
// "|JUMLAH|…" whose leading bar parts an empty code cell, not a frame.
// Without it the total row is one cell short and the whole table unproven.
func bareBars(d byte, first, t string, cells []string) []string {
	if d != '|' {
		return cells
	}
	first, t = strings.TrimSpace(first), strings.TrimSpace(t)
	if strings.HasPrefix(t, "|") && !strings.HasPrefix(first, "|") {
		cells = append([]string{""}, cells...)
	}
	if strings.HasSuffix(t, "|") && !strings.HasSuffix(first, "|") {
		cells = append(cells, "")
	}
	return cells
}
