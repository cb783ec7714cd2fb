package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// A table pasted as text into a sheet and split by Excel's Text to
// Columns on spaces ("2⇥RANA⇥MESE⇥15⇥96⇥…") puts each word of a name in a
// cell of its own: a one-word name's row fits the header, a longer name's
// row is as many cells wider, and read by position its figures land a
// column or more to the right of their titles (a kabupaten's 176 desa read
// as its TPS).
//
// spilledNames joins the words back into the name cell, row by row, when
// the table proves the split: the rows that fit the header end in the same
// number of figures, f, right after one text column (the name, with at
// most two columns of row numbers or codes before it); every wider row is
// those cells (a total's label may lack them), then words only, then
// exactly f figures. Anything else leaves the table as it was.
func spilledNames(b *extract.Block) {
	if len(b.Header) == 0 || len(b.Rows) < 3 {
		return
	}
	h := 0
	for _, r := range b.Header {
		h = max(h, len(r.Cells))
	}
	wide := false
	for i := range b.Rows {
		if len(b.Rows[i].Cells) > h {
			wide = true
			break
		}
	}
	if !wide || h < 3 {
		return
	}
	// the figures the fitting rows end in, the same count in each, after a
	// name (and before it row numbers or codes)
	f, fitting := -1, 0
	for i := range b.Rows {
		c := b.Rows[i].Cells
		if len(c) != h {
			continue
		}
		n := trailingFigures(c)
		if n == 0 || n == len(c) || (f >= 0 && n != f) || !hasLetter(c[len(c)-n-1]) {
			return
		}
		f = n
		fitting++
	}
	pre := h - f - 1 // the columns before the name
	if fitting < 2 || pre > 2 {
		return
	}
	var kinds [2]byte
	for j := 0; j < pre; j++ {
		if kinds[j] = spillPrefixKind(b.Rows, h, j); kinds[j] == 0 {
			return
		}
	}
	for i := range b.Rows {
		c := b.Rows[i].Cells
		if len(c) <= h {
			continue
		}
		if b.Rows[i].Start != b.Rows[i].End || trailingFigures(c) != f {
			return // a row of several lines, or figures not where the fitting rows have them
		}
		_, words := spillPrefix(c[:len(c)-f], kinds[:pre])
		if len(words) == 0 {
			return
		}
		for _, w := range words {
			if !hasLetter(w) {
				return
			}
		}
	}
	for i := range b.Rows {
		r := &b.Rows[i]
		if len(r.Cells) <= h {
			continue
		}
		c := r.Cells
		prefix, words := spillPrefix(c[:len(c)-f], kinds[:pre])
		cells := make([]string, 0, h)
		cells = append(cells, prefix...)
		for len(cells) < pre {
			cells = append(cells, "") // a total's label has no row number or code
		}
		cells = append(cells, strings.Join(words, " "))
		r.Cells = append(cells, c[len(c)-f:]...)
	}
	b.Width = h
}

// spillPrefixKind is what column j, before the name, holds in the rows
// that fit the header: 'n' row numbers ("1", "12."), 'c' codes (one token
// with a digit: "3355", "076.01.WA"), a total's label beside either; 0
// neither.
func spillPrefixKind(rows []extract.Row, h, j int) byte {
	numbers, codes, words := 0, 0, 0
	for i := range rows {
		c := rows[i].Cells
		if len(c) != h || c[j] == "" {
			continue
		}
		switch {
		case spillRowNumber(c[j]):
			numbers++
		case hasDigitStr(c[j]) && !strings.Contains(c[j], " "):
			codes++
		default:
			words++
		}
	}
	switch {
	case words > 1:
		return 0
	case numbers > 0 && codes == 0:
		return 'n'
	case codes > 0:
		return 'c' // codes, some of them short enough to pass for numbers
	}
	return 0
}

// spillRowNumber: a row number of a table's length ("1", "12.", "3)"),
// never a four-digit code.
func spillRowNumber(s string) bool {
	return isRowNumber(s) && len(strings.TrimRight(strings.TrimSpace(s), ".)·: ")) <= 3
}

// spillPrefix splits a wide row's cells before its figures into the
// leading cells of the kinds given, as many as match in order, and the
// name's words after them.
func spillPrefix(c []string, kinds []byte) (prefix, words []string) {
	k := 0
	for k < len(kinds) && k < len(c) {
		switch kinds[k] {
		case 'n':
			if !spillRowNumber(c[k]) {
				return c[:k], c[k:]
			}
		case 'c':
			if !hasDigitStr(c[k]) || strings.Contains(c[k], " ") {
				return c[:k], c[k:]
			}
		}
		k++
	}
	return c[:k], c[k:]
}

// trailingFigures counts the cells at the end of c that are whole figures
// ("15", "11.612", "89,556", "97,5%").
func trailingFigures(c []string) int {
	n := 0
	for i := len(c) - 1; i >= 0 && plainFigure(c[i]); i-- {
		n++
	}
	return n
}

// plainFigure: digits with thousands or decimal marks, a percent sign at
// most; no word, no sign, no grade.
func plainFigure(s string) bool {
	s = strings.TrimSuffix(strings.TrimSpace(s), "%")
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != '.' && s[i] != ',' {
			return false
		}
	}
	return true
}
