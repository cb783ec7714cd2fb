package extract

import "strings"

// A group label typed as a TAB row right over its table's header: a
// tracker's list grouped by status ("▼ SELESAI⇥3 tugas"), a plan grouped by
// goal ("Sasaran Strategis 1⇥Meningkatnya …"). The label opens the TAB run,
// so the run's first row — the label, two cells wide — became the table's
// header and the true header a body row: the table was reported, not read.
//
// groupOverHeader makes such a label a text line (its cells joined by ": ",
// as a group heading is typed), only when the row under it is a header row
// wider than the label and a body row of at least its width follows: the
// label is then no header and no row of the table.
func groupOverHeader(lines []line) {
	for i := 0; i+2 < len(lines); i++ {
		l := &lines[i]
		if !l.tab || len(l.cells) > 2 || !runStart(lines, i) || !filled(l.cells) || !hasLetterCells(l.cells) {
			continue
		}
		h, b := &lines[i+1], &lines[i+2]
		if !h.tab || len(h.cells) < 3 || len(h.cells) <= len(l.cells) || !b.tab || len(b.cells) < len(l.cells)+1 {
			continue
		}
		if isHeaderRow(l.cells) || !isHeaderRow(h.cells) || isHeaderRow(b.cells) {
			continue
		}
		text := l.cells[0]
		if len(l.cells) == 2 {
			sep := ": "
			if strings.HasSuffix(text, ":") {
				sep = " "
			}
			text += sep + l.cells[1]
		}
		l.tab, l.cells, l.text = false, nil, text
	}
}

// hasLetterCells: some cell holds a letter (a label, not a row of figures).
func hasLetterCells(cells []string) bool {
	for _, c := range cells {
		if hasLetter(c) {
			return true
		}
	}
	return false
}
