package pdftext

// splitHeadLines cuts off the head of a row whose lines above its first
// valued line name the figures under them: a table typed at one pitch
// whose rule is drawn under its first header line only sets the header's
// second line ("Pagu  Realisasi  Sisa  Serapan (%)" under "Anggaran Tahun
// 2019 (Rp)") below the rule, at the rows' pitch, so tableRows groups it
// with the first body row and splitValued keeps it there as the text
// above that row's values: every figure of the first row would carry a
// column name ("Pagu 3.275.410.000"). Such a line holds no amount, no
// word in a column the valued line labels (its code, its name) and words
// in two columns or more the valued line fills with amounts: a header
// line, a row of its own. The first line of a vertically centred name
// stays in its name column and is no such line.
func splitHeadLines(rows [][]textLine, cols []column) [][]textLine {
	var out [][]textLine
	for _, r := range rows {
		if len(r) < 2 {
			out = append(out, r)
			continue
		}
		v := -1
		for k := range r {
			if valuedLine(&r[k], cols) {
				v = k
				break
			}
		}
		cut := 0
		for k := 0; k < v; k++ {
			if headsValues(&r[k], &r[v], cols) {
				cut = k + 1
			}
		}
		if cut > 0 {
			out = append(out, r[:cut])
			r = r[cut:]
		}
		out = append(out, r)
	}
	return out
}

// headsValues: l names the amounts of the valued line under it (see
// splitHeadLines).
func headsValues(l, valued *textLine, cols []column) bool {
	amount := make([]bool, len(cols))
	label := make([]bool, len(cols))
	for i := range valued.words {
		w := &valued.words[i]
		c := colOf(cols, (w.x0+w.x1)/2)
		if c < 0 || c >= len(cols) {
			continue
		}
		if isAmount(w.text) {
			amount[c] = true
		} else {
			label[c] = true
		}
	}
	over := make([]bool, len(cols))
	n := 0
	for i := range l.words {
		w := &l.words[i]
		c := colOf(cols, (w.x0+w.x1)/2)
		if isAmount(w.text) || c < 0 || c >= len(cols) || label[c] || !amount[c] {
			return false
		}
		if !over[c] {
			over[c] = true
			n++
		}
	}
	return n >= 2
}
