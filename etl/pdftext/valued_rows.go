package pdftext

import "unicode"

// splitValued cuts a row holding two lines or more that each carry
// amounts in two columns or more before each such line after the first.
//
// tableRows groups a block's lines into rows by their pitch. A table typed
// at one pitch whose only wider step is the rule under its header (a
// plain-text table set in a PDF) makes every body line one "row"; the
// numbers split it again (splitNumbered), but an unnumbered subtotal or
// total line ("Jumlah Dapil 2", "Nilai Akhir") stays in the numbered row
// above, cell joined to cell, and a table whose rows open with a code
// rather than a number stays one row. A wrapped cell's line carries no
// amounts in two columns: a second line that does is a row of its own.
// The text lines above a row's first valued line, and below it, stay its
// own.
func splitValued(rows [][]textLine, cols []column) [][]textLine {
	var out [][]textLine
	for _, r := range rows {
		if len(r) < 2 {
			out = append(out, r)
			continue
		}
		start, seen := 0, false
		for k := range r {
			if !valuedLine(&r[k], cols) {
				continue
			}
			if seen {
				out = append(out, r[start:k])
				start = k
			}
			seen = true
		}
		out = append(out, r[start:])
	}
	return out
}

// valuedLine: the line holds a label (a word with letters: "Jumlah",
// "Nilai Akhir", a kegiatan's name after its code) and amounts in two
// columns or more. A cell's wrapped amount or a second year stacked in its
// cell carries no label.
func valuedLine(l *textLine, cols []column) bool {
	first, label, two := -1, false, false
	for i := range l.words {
		w := &l.words[i]
		if !isAmount(w.text) {
			label = label || hasLetter(w.text)
			continue
		}
		c := colOf(cols, (w.x0+w.x1)/2)
		if first < 0 {
			first = c
		}
		two = two || c != first
	}
	return label && two
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
