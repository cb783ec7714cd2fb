package pdftext

// overrunRows turns back into rows the bands of a stack that read as
// prose only because a name cell runs into the gap before the figures: a
// cell wrapped for plain word spaces but drawn with wider ones (word
// spacing left set by the justified prose above the table) ends past its
// column, in the river the other rows leave, though still short of the
// figures. Such a band's first line ends in two figures or more, each
// inside a column of its own, the first right after the text's column;
// its words before them end before that first figure column, and its
// wrapped lines hold no figure. The text's column is widened to the
// overrun's end (the other rows leave that river empty, and its stretched
// word spaces would make more rivers if the columns were found again) and
// the band is a row. cols are the columns found without the bands.
func overrunRows(lines [][]textLine, prose []bool, cols []column) []column {
	var out []column
	for k, ls := range lines {
		if !prose[k] || !crossesRiver(ls, cols) {
			continue
		}
		c, end, ok := overrunRow(ls, cols)
		if !ok {
			continue
		}
		if out == nil {
			out = append([]column(nil), cols...)
		}
		out[c].x1 = max(out[c].x1, end)
		for _, w := range ls[0].words {
			// a figure wider than the column's others (the widest of them)
			if f := colOf(out, (w.x0+w.x1)/2); f > c && isAmount(w.text) {
				out[f].x0 = min(out[f].x0, w.x0)
			}
		}
		prose[k] = false
	}
	if out == nil {
		return cols
	}
	if debugf != nil {
		debugf("overrunRows: %v -> %v", cols, out)
	}
	return out
}

// overrunRow reports a band whose first line is text followed by figures
// that sit in the columns (see overrunRows): the text's column and where
// its overrun ends.
func overrunRow(ls []textLine, cols []column) (int, float64, bool) {
	ws := ls[0].words
	n := len(ws)
	for n > 0 && isAmount(ws[n-1].text) {
		n--
	}
	if n == 0 || len(ws)-n < 2 {
		return 0, 0, false
	}
	seen := -1
	for _, w := range ws[n:] {
		c, mid := colOf(cols, (w.x0+w.x1)/2), (w.x0+w.x1)/2
		if c <= seen || mid < cols[c].x0 || w.x1 > cols[c].x1+0.5 || c > 0 && w.x0 <= cols[c-1].x1 {
			return 0, 0, false // two figures in one column, or one off its column
		}
		seen = c
	}
	first := colOf(cols, (ws[n].x0+ws[n].x1)/2)
	if first == 0 || ws[n-1].x1 >= min(cols[first].x0, ws[n].x0) {
		return 0, 0, false // the text reaches into the first figure's column
	}
	// The text starts in the column before the figures' or further left,
	// and its words right of that column's end run on from it.
	text, inside := first-1, false
	for _, w := range ws[:n] {
		m := (w.x0 + w.x1) / 2
		inside = inside || m >= cols[text].x0 && m <= cols[text].x1
	}
	if !inside {
		return 0, 0, false // the column before the figures holds none of the text
	}
	for k := n - 1; k >= 0; k-- {
		w := ws[k]
		if (w.x0+w.x1)/2 <= cols[text].x1 {
			break
		}
		if k > 0 && ws[k-1].x1 < cols[text].x0 {
			return 0, 0, false // a word alone in the gap, apart from the column's text
		}
	}
	for _, l := range ls[1:] {
		for _, w := range l.words {
			if isAmount(w.text) {
				return 0, 0, false
			}
		}
	}
	return text, ws[n-1].x1, true
}
