package extract

import (
	"strings"
	"unicode/utf8"
)

// wordLineLimit: Word's "Save as Plain Text" with line breaks inserted
// ends every line at 80 characters (a TAB counts one), breaking a longer
// line at its last space or TAB before the limit and dropping that space
// or TAB.
const wordLineLimit = 80

// rejoinBroken80 puts back together the table rows such a text broke: a
// row that opens with its key (a row number or a code), holds fewer cells
// than the header of its table and was broken by the limit (its length
// plus the next line's first word passes 80) goes on on the next line(s).
// The break dropped a TAB when the two parts' cells make the header's
// number, a space inside a name when one fewer (the name's halves joined
// by a space); any other count leaves the lines as they are. The class
// is proven by the document: a text with any line longer than 80
// characters was not broken so, and is left alone (the gate also keeps
// the pass off every other document after its first long line).
func rejoinBroken80(lines []line) {
	for i := range lines {
		if lineChars(&lines[i]) > wordLineLimit {
			return
		}
	}
	width := 0
	for i := 0; i < len(lines); i++ {
		ln := &lines[i]
		if ln.skip || !ln.tab || len(ln.cells) == 0 {
			width = 0
			continue
		}
		if width == 0 {
			if isHeaderRow(ln.cells) {
				width = len(ln.cells)
			}
			continue
		}
		for j := i + 1; j < len(lines) && len(ln.cells) < width && rowOpener(ln.cells[0]) && brokenAt80(ln, &lines[j]); j++ {
			next := lines[j].cells
			if !lines[j].tab {
				next = []string{lines[j].text}
			}
			if len(next) == 0 || next[0] == "" || rowOpener(next[0]) {
				break
			}
			cells := make([]string, 0, width)
			switch len(ln.cells) + len(next) {
			case width:
				cells = append(append(cells, ln.cells...), next...)
			case width + 1:
				last := ln.cells[len(ln.cells)-1]
				if hasLetter(last) && hasLetter(next[0]) {
					cells = append(append(cells, ln.cells[:len(ln.cells)-1]...), last+" "+next[0])
					cells = append(cells, next[1:]...)
				}
			default:
				if len(ln.cells)+len(next) > width+1 {
					break
				}
				// still short: a row broken twice, the next line its middle
				cells = append(append(cells, ln.cells...), next...)
			}
			if len(cells) == 0 {
				break
			}
			ln.cells, ln.tab = cells, true
			lines[j].skip = true
			i = j
		}
	}
}

// lineChars is the line's length as Word counted it: its characters, a
// TAB one.
func lineChars(ln *line) int {
	if !ln.tab {
		if len(ln.text) <= wordLineLimit {
			return len(ln.text)
		}
		return utf8.RuneCountInString(ln.text)
	}
	n := len(ln.cells) - 1
	for _, c := range ln.cells {
		n += utf8.RuneCountInString(c)
	}
	return n
}

// brokenAt80: ln ends where the limit broke it, the next line's first
// word not fitting after it.
func brokenAt80(ln, next *line) bool {
	if next.blank || next.skip || next.tab && len(next.cells) == 0 {
		return false
	}
	first := next.text
	if next.tab {
		first = next.cells[0]
	}
	if k := strings.IndexByte(first, ' '); k >= 0 {
		first = first[:k]
	}
	return first != "" && lineChars(ln)+1+utf8.RuneCountInString(first) > wordLineLimit
}

// rowOpener: a cell that opens a table row, a row number ("3", "3.") or a
// budget code ("076.01.WA", "3355", "3355.BAA").
func rowOpener(c string) bool {
	if isRowNo(c) {
		return true
	}
	if c == "" || len(c) > 16 || c[0] < '0' || c[0] > '9' || groupedAmount(c) {
		return false
	}
	for i := 0; i < len(c); i++ {
		if b := c[i]; !(b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b == '.') {
			return false
		}
	}
	return true
}

// groupedAmount: digits in thousands groups, "9.531.477": an amount, not a
// code (a code's groups after the first are no three digits each).
func groupedAmount(c string) bool {
	parts := strings.Split(c, ".")
	if len(parts) < 2 || len(parts[0]) > 3 {
		return false
	}
	for k, g := range parts {
		if g == "" || k > 0 && len(g) != 3 {
			return false
		}
		for i := 0; i < len(g); i++ {
			if g[i] < '0' || g[i] > '9' {
				return false
			}
		}
	}
	return true
}
