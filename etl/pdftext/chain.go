package pdftext

import (
	"math"
	"strconv"
	"strings"
)

// chainTables joins a ruled table to the one above it when the two are
// one table cut by a group heading typed between them: a line or two
// (such as "Sasaran Strategis 2: ...") outside the rules, then a table as
// wide as the upper one with as many columns whose row numbers go on
// where the upper one's stopped — or, under an upper table that is only a
// header, start at 1 or are missing from rows holding a number. Writers build such tables as separate tables around
// heading paragraphs, each sized to its own text, so the inner column
// rules differ; the text form of the report has one table with the
// heading as a row, and the parser needs it so: a blank line would end
// the table at its header. The lines get the upper table's id, which
// keeps withGaps from putting blank lines between them; a heading wrapped
// onto a second line becomes one line again, as a heading row is one
// line. out is sorted by top;
// grids[id-1000] is the grid of ruled table id. It returns out without
// the joined lines.
func chainTables(out []outLine, grids []*grid) []outLine {
	orig := make([]int, len(out))
	for i, l := range out {
		orig[i] = l.table
	}
	prevNum := -1 // the last row number of the chain ending at line i
	for i := 0; i+1 < len(out); i++ {
		a := orig[i]
		if a < 1000 {
			continue
		}
		if i == 0 || out[i-1].table != out[i].table {
			prevNum = -1 // a table (or chain) starts
		}
		if n, ok := leadingNumber(out[i].text); ok {
			prevNum = n
		}
		if orig[i+1] == a {
			continue
		}
		j, size := i+1, 0.0
		for j < len(out) && orig[j] == 0 && !isRow(out[j]) && out[j].size > 0 {
			size = math.Max(size, out[j].size)
			j++
		}
		heads := j - i - 1
		if heads == 0 || heads > 2 || j == len(out) {
			continue
		}
		b := orig[j]
		if b < 1000 || b == a {
			continue
		}
		id := out[i].table // a itself, or the table a was joined to
		n, ok := leadingNumber(out[j].text)
		numbered := ok && (n == prevNum+1 || prevNum < 0 && n == 1 && headerOnly(out, orig, id))
		unnumbered := !ok && prevNum < 0 && headerOnly(out, orig, id) && hasNumber(out[j].text)
		if !numbered && !unnumbered {
			continue
		}
		ga, gb := grids[a-1000], grids[b-1000]
		if !sameFrame(ga, gb, size) || gb.ys[0]-ga.ys[len(ga.ys)-1] > float64(heads)*3*size {
			continue
		}
		for k := i + 1; k < len(out); k++ {
			if k < j || orig[k] == b {
				out[k].table = id
			}
		}
		if h := &out[i+1]; heads == 2 && wrapped(*h, out[i+2], ga.xs[len(ga.xs)-1]) {
			sep := " "
			if strings.HasSuffix(h.text, "-") {
				sep = ""
			}
			h.text += sep + out[i+2].text
			h.end = out[i+2].top
			out[i+2].text = "" // dropped below
		}
	}
	kept := out[:0]
	for _, l := range out {
		if l.text != "" || l.table == 0 {
			kept = append(kept, l)
		}
	}
	return kept
}

// wrapped reports whether b is the rest of a line a cut at the right
// edge: b's first word would not have fitted after a (within an em of the
// edge). "Sasaran Strategis 1 :" over "Terwujudnya ..." is two lines.
func wrapped(a, b outLine, right float64) bool {
	return a.x1 > 0 && a.x1+0.25*a.size+b.w0 >= right-a.size
}

// leadingNumber is the row number in a row's first cell ("3", "3.").
func leadingNumber(text string) (int, bool) {
	cell, _, _ := strings.Cut(text, "\t")
	cell = strings.TrimSuffix(strings.TrimSpace(cell), ".")
	if cell == "" || len(cell) > 3 {
		return 0, false
	}
	n, err := strconv.Atoi(cell)
	return n, err == nil
}

// headerOnly reports whether ruled table id is a header alone: at most
// three lines, no cell a number ("Target 2023" is a heading, "2023" or a
// row number is not).
func headerOnly(out []outLine, orig []int, id int) bool {
	n := 0
	for i, l := range out {
		if orig[i] != id {
			continue
		}
		if hasNumber(l.text) {
			return false
		}
		n++
	}
	return n <= 3
}

// hasNumber reports whether a row has a cell that is a number (see
// isAmount; "Rp 3.775.270.000" counts).
func hasNumber(row string) bool {
	for _, cell := range strings.Split(row, "\t") {
		cell = strings.TrimPrefix(strings.TrimSpace(cell), "Rp")
		if isAmount(strings.ReplaceAll(cell, " ", "")) {
			return true
		}
	}
	return false
}

// sameFrame reports whether two grids have as many columns between the
// same outer rules, to within a fifth of the text size.
func sameFrame(a, b *grid, size float64) bool {
	tol := 0.2 * size
	return len(a.xs) == len(b.xs) && math.Abs(a.xs[0]-b.xs[0]) <= tol &&
		math.Abs(a.xs[len(a.xs)-1]-b.xs[len(b.xs)-1]) <= tol
}
