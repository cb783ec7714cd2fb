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
// most a row number before it); every wider row is a row number or not,
// then words only, then exactly f figures. Anything else leaves the table
// as it was.
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
	// name (and a row number)
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
		if h-n-1 == 1 && !isRowNumber(c[0]) && hasDigitStr(c[0]) {
			return // a code before the name ("3355"), not a row number: its words are not told from the name's
		}
		f = n
		fitting++
	}
	name := h - f - 1 // the name column: 0, or 1 after a row number
	if fitting < 2 || name > 1 {
		return
	}
	for i := range b.Rows {
		c := b.Rows[i].Cells
		if len(c) <= h {
			continue
		}
		if b.Rows[i].Start != b.Rows[i].End || trailingFigures(c) != f {
			return // a row of several lines, or figures not where the fitting rows have them
		}
		words := c[:len(c)-f]
		if name == 1 && isRowNumber(words[0]) {
			words = words[1:]
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
		words, no := c[:len(c)-f], ""
		if name == 1 && isRowNumber(words[0]) {
			no, words = words[0], words[1:]
		}
		cells := make([]string, 0, h)
		if name == 1 {
			cells = append(cells, no)
		}
		cells = append(cells, strings.Join(words, " "))
		r.Cells = append(cells, c[len(c)-f:]...)
	}
	b.Width = h
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
