package extract

import "strings"

// A table whose header row stands apart from its body: a PDF that boxes
// the header row alone (its body cut into boxes by group headings set in
// the body font, "Sasaran Strategis 1: ...") gives the header as a line
// of words one space apart, because a lone row has no column rivers for
// the converter to see, while the rows under it keep their TABs. A typist
// may do the same by hand. Left as it is, the line joins the caption and
// the table has no header, so it is reported, not read.
//
// headersAbove makes such a line the table's header row, split into its
// column names by the flat-header vocabulary (splitHeader), only when the
// split proves it: every word is a column word, the names are exactly as
// many as the cells of the table's widest row and at least two rows fill
// them all, the rows have no header of their own, and nothing but blank
// lines and group headings stands between the line and the rows.
func headersAbove(lines []line) {
	for i := 1; i < len(lines); i++ {
		if !lines[i].tab || !runStart(lines, i) {
			continue
		}
		h := headerLineAbove(lines, i)
		if h < 0 || !headerShaped(lines[h].text) {
			continue
		}
		n := runWidth(lines, i)
		if n < 3 || strings.Count(lines[h].text, " ")+1 < n {
			continue // checked before the words are split: most tables have a header of their own
		}
		cells, ok := splitHeader(lines[h].text)
		if !ok || len(cells) != n || !isHeaderRow(cells) {
			continue
		}
		lines[h].tab, lines[h].cells = true, cells
	}
	headersAboveGroup(lines) // the same over a two-level header's lower row (header_above_group.go)
}

// headerShaped: the cheap tests splitHeader would fail a caption or a
// sentence on, without cutting it into words (asked above every table).
func headerShaped(t string) bool {
	if len(t) > 200 || isTabelLabel(t) || strings.ContainsAny(t, ",;") || strings.HasSuffix(t, ".") ||
		strings.HasSuffix(t, ":") || strings.Count(t, " ") < 2 {
		return false
	}
	var buf [64]byte
	w, _ := nextWord(t, 0, buf[:0]) // a header opens with a column word ("No", "Kode", "Indikator")
	return w != nil && (headerVocab[string(w)] || flatExtraVocab[string(w)])
}

// runStart: line i is the first TAB row of a run (the nearest non-blank
// line above it is text).
func runStart(lines []line, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if !lines[j].blank {
			return !lines[j].tab
		}
	}
	return false
}

// headerLineAbove is the text line over the rows starting at line i,
// past blank lines and group headings (at most three lines), or -1.
func headerLineAbove(lines []line, i int) int {
	for j, k := i-1, 0; j >= 0 && k < 4; j, k = j-1, k+1 {
		l := &lines[j]
		switch {
		case l.tab:
			return -1
		case l.blank || isGroupHeading(l.text):
			continue
		}
		return j
	}
	return -1
}

// runWidth is the cell count of the widest TAB row from line i to the
// table's end (group headings and blank lines do not end it), or 0 when
// fewer than two rows fill it or the first row is a header row (the table
// has its own).
func runWidth(lines []line, i int) int {
	n, full := 0, 0
	for j := i; j < len(lines); j++ {
		l := &lines[j]
		if !l.tab {
			if l.blank || isGroupHeading(l.text) {
				continue
			}
			break
		}
		switch {
		case len(l.cells) > n:
			n, full = len(l.cells), 1
		case len(l.cells) == n:
			full++
		}
	}
	if full < 2 || isHeaderRow(lines[i].cells) {
		return 0
	}
	return n
}
