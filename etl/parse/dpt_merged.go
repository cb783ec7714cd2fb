package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// splitMergedCols undoes two narrow columns run together into one by the
// text layer of a PDF: the lowest header cell reads "TPS L" and every data
// cell under it "49 4.397". A column is split only when both proofs hold:
// its header is exactly two words that name two different roles (role),
// and every non-empty data cell under it is exactly two numbers that are
// not one amount written with spaces for thousands ("16 482"). The header
// rows above get an empty cell after a split column (a group heading
// spans its columns). nil when no column is split.
func splitMergedCols(b *extract.Block, role func(string) int) *extract.Block {
	if len(b.Header) == 0 || len(b.Rows) == 0 {
		return nil
	}
	low := b.Header[len(b.Header)-1].Cells
	var split []int
	for j, h := range low {
		w1, w2, ok := twoWords(h)
		if !ok {
			continue
		}
		r1, r2 := role(w1), role(w2)
		if r1 == roleNone || r2 == roleNone || r1 == r2 {
			continue
		}
		if mergedNumbers(b.Rows, j) {
			split = append(split, j)
		}
	}
	if len(split) == 0 {
		return nil
	}
	nb := *b
	nb.Header = make([]extract.Row, len(b.Header))
	for i, h := range b.Header {
		nb.Header[i] = h
		nb.Header[i].Cells = splitMergedCells(h.Cells, split, i == len(b.Header)-1)
	}
	nb.Rows = make([]extract.Row, len(b.Rows))
	for i, r := range b.Rows {
		nb.Rows[i] = r
		nb.Rows[i].Cells = splitMergedCells(r.Cells, split, true)
	}
	nb.Width = b.Width + len(split)
	return &nb
}

// mergedNumbers: every non-empty cell of column j is two numbers, and not
// all of them read as one amount with a space for its thousands separator
// (a group of 1-3 digits, then exactly three digits).
func mergedNumbers(rows []extract.Row, j int) bool {
	n, spaced := 0, 0
	for _, r := range rows {
		c := strings.TrimSpace(r.Cell(j))
		if c == "" {
			continue
		}
		a, b, ok := twoWords(c)
		if !ok || normalize.ParseNumber(a, normalize.Unknown).Status != normalize.OK || normalize.ParseNumber(b, normalize.Unknown).Status != normalize.OK {
			return false
		}
		n++
		if len(a) <= 3 && normalize.AllDigits(a) && len(b) == 3 && normalize.AllDigits(b) {
			spaced++
		}
	}
	return n > 0 && spaced < n
}

// splitMergedCells returns cells with each column in split (ascending) made
// two: its words when words is true, else the cell and an empty one.
func splitMergedCells(cells []string, split []int, words bool) []string {
	out := make([]string, 0, len(cells)+len(split))
	k := 0
	for j, c := range cells {
		if k < len(split) && split[k] == j {
			k++
			if a, b, ok := twoWords(c); words && ok {
				out = append(out, a, b)
			} else {
				out = append(out, c, "")
			}
			continue
		}
		out = append(out, c)
	}
	return out
}

// shiftMergedTitle undoes two column titles run together over two columns
// whose figures stand apart: the lowest header row reads "Desa/Kel TPS"
// and an empty cell, the rows "23 | 61" (a PDF's header words crowding
// their narrow columns). Read as one title the cell named one role (TPS,
// its last word) over the villages' figures and left the TPS column
// unnamed. The second word moves into the empty title only when the cell
// is exactly two words naming two different roles and both columns hold
// a figure in every row that has either. nil when nothing moves.
func shiftMergedTitle(b *extract.Block, role func(string) int) *extract.Block {
	if len(b.Header) == 0 || len(b.Rows) == 0 {
		return nil
	}
	low := b.Header[len(b.Header)-1].Cells
	var moved []string
	for j := 0; j+1 < len(low); j++ {
		if strings.TrimSpace(low[j+1]) != "" {
			continue
		}
		w1, w2, ok := twoWords(low[j])
		if !ok || qualifierWord(w1) || qualifierWord(w2) {
			continue // "Jumlah TPS": one title, its first word a qualifier
		}
		if r1, r2 := role(w1), role(w2); r1 == roleNone || r2 == roleNone || r1 == r2 || !twoFigureColumns(b.Rows, j) {
			continue
		}
		if moved == nil {
			moved = append([]string(nil), low...)
		}
		moved[j], moved[j+1] = w1, w2
	}
	if moved == nil {
		return nil
	}
	nb := *b
	nb.Header = append([]extract.Row(nil), b.Header...)
	nb.Header[len(nb.Header)-1].Cells = moved
	return &nb
}

// qualifierWord: a word that qualifies a title rather than names a count.
func qualifierWord(w string) bool {
	switch strings.ToLower(strings.TrimRight(w, ".:")) {
	case "jumlah", "jml", "total", "banyaknya":
		return true
	}
	return false
}

// twoFigureColumns: columns j and j+1 each hold one figure in every row
// that fills either, and some row fills them.
func twoFigureColumns(rows []extract.Row, j int) bool {
	n := 0
	for _, r := range rows {
		a, b := strings.TrimSpace(r.Cell(j)), strings.TrimSpace(r.Cell(j+1))
		if a == "" && b == "" {
			continue
		}
		if normalize.ParseNumber(a, normalize.Unknown).Status != normalize.OK || normalize.ParseNumber(b, normalize.Unknown).Status != normalize.OK {
			return false
		}
		n++
	}
	return n > 0
}

// twoWords splits s into its two words when it has exactly two (without
// the allocation of strings.Fields: it runs on every header cell).
func twoWords(s string) (string, string, bool) {
	s = strings.TrimSpace(s)
	i := strings.IndexAny(s, " \t")
	if i < 0 {
		return "", "", false
	}
	a, b := s[:i], strings.TrimSpace(s[i:])
	if b == "" || strings.ContainsAny(b, " \t") {
		return "", "", false
	}
	return a, b, true
}
