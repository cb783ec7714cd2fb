package pdftext

import "strings"

// A borderless table whose column titles are wider than their narrow
// figure columns: a title word that cannot wrap ("Desa/Kel" over two-digit
// counts) runs over the gap to the next column, and centred titles of
// neighbouring narrow columns nearly touch ("Jumlah Jumlah"). Found over
// all the block's lines, the columns then lose the rivers the titles
// close, and every row put two figures in one cell ("15 45"). The rows
// under the titles decide: when the block's first lines (at most three,
// titles: no digit but in a year, "Target 2020") close rivers that every
// other line keeps open, each between two columns of figures (or grades),
// and each title word stands over one of the rows' columns (its centre
// within two ems of it), the rows' columns are the table's. A river closed
// beside a column of words (a mark column, a banner run over the sheet, a
// unit column) is left closed, as before.

// wideTitles returns the rows' own columns when only the title lines
// close some of their rivers; otherwise cols.
func wideTitles(body []textLine, cols []column) []column {
	for k := 1; k <= 3 && k+3 <= len(body); k++ {
		if !titleLine(&body[k-1]) || body[k-1].size < 0.9*body[len(body)-1].size {
			return cols // a row, or a toolbar in smaller type over the table (overTable)
		}
		rest := body[k:]
		finer := mergeDisjoint(rest, rivers(rest))
		if len(finer) <= len(cols) {
			continue
		}
		if !titlesOver(body[:k], finer) || !closedBetweenFigures(rest, cols, finer) {
			continue // a further title line may close the rest ("Target | Realisasi" over "2020 | 2020")
		}
		if debugf != nil {
			debugf("wideTitles: %d title lines close rivers of %v", k, finer)
		}
		return finer
	}
	return cols
}

// titlesOver: every word of the title lines has its centre over one of
// cols, within two ems (a short title centred over a narrow column of
// right-aligned figures overhangs it).
func titlesOver(titles []textLine, cols []column) bool {
	for _, l := range titles {
		for _, w := range l.words {
			mid, em := (w.x0+w.x1)/2, w.em()
			over := false
			for _, c := range cols {
				if mid >= c.x0-2*em && mid <= c.x1+2*em {
					over = true
					break
				}
			}
			if !over {
				if debugf != nil {
					debugf("wideTitles: %q at %.1f..%.1f over no column", w.text, w.x0, w.x1)
				}
				return false
			}
		}
	}
	return true
}

// closedBetweenFigures: every river of finer that cols close parts two
// columns whose words in rows are all amounts (or grades).
func closedBetweenFigures(rows []textLine, cols, finer []column) bool {
	for c := 1; c < len(finer); c++ {
		open := false
		for k := 1; k < len(cols) && !open; k++ {
			open = cols[k-1].x1 < finer[c].x0 && cols[k].x0 > finer[c-1].x1
		}
		if !open && !(figureColumn(rows, finer[c-1]) && figureColumn(rows, finer[c])) {
			if debugf != nil {
				debugf("wideTitles: river %d of %v closed beside words", c, finer)
			}
			return false
		}
	}
	return true
}

// figureColumn: the words inside col of the rows (not the titles) are
// amounts or grades (a capaian's B, WTP), one amount at least.
func figureColumn(rows []textLine, col column) bool {
	n := 0
	for i := range rows {
		l := &rows[i]
		if titleLine(l) {
			continue // a title's second line
		}
		for _, w := range l.words {
			if mid := (w.x0 + w.x1) / 2; mid < col.x0 || mid > col.x1 {
				continue
			}
			if !isAmount(w.text) && !gradeWord(w.text) {
				return false
			}
			if isAmount(w.text) {
				n++
			}
		}
	}
	return n > 0
}

// gradeWord: a SAKIP grade or an audit opinion, or a dash for none.
func gradeWord(s string) bool {
	switch s {
	case "AA", "A", "BB", "B", "CC", "C", "D", "WTP", "WDP", "TMP", "TW", "-":
		return true
	}
	return false
}

// titleLine: a line of titles, its only digits those of years ("2020",
// "(2020)"): a row holds a figure.
func titleLine(l *textLine) bool {
	for _, w := range l.words {
		t := strings.Trim(w.text, "()[],.:")
		if !strings.ContainsAny(t, "0123456789") {
			continue
		}
		if len(t) != 4 || !(strings.HasPrefix(t, "19") || strings.HasPrefix(t, "20")) || strings.Trim(t, "0123456789") != "" {
			return false
		}
	}
	return true
}
