package pdftext

import (
	"math"
	"strings"
	"unicode/utf8"
)

// A typed table (one monospaced face, every row at one pitch) folds a text
// too long for its column onto the lines under it, within the column, and
// may fold several columns of one row at once: a responses sheet typed out
// folds the timestamp ("6/01/2021" over "8:15:02"), the address and the
// indicator's name together. The folded line then holds words in several
// columns, so joinContinued (one column only) leaves it as a row of its own
// and the row's key is cut in two. Such a line carries on the row above
// when
//   - the row above holds a figure (it is a row, not a header) in a column
//     the line leaves empty: the folded line has no figures of its own;
//   - every column the line has words in is filled by the row above and is
//     no figure or code column there holding a figure or code on the line
//     too ("3355" under "076.01.WA" is the next row, not a fold);
//   - in every such column the line's first word would not have fitted
//     after the text above within the column's widest line: the typist
//     folded it there, a new row would not start so.
//
// Only a typed block is read so, since a proportional table pads its rows.

// joinFolded joins to the row above each one-line row that only carries on
// folded cells of it.
func joinFolded(rows [][]textLine, cols []column) [][]textLine {
	if len(rows) < 2 || len(cols) < 3 {
		return rows
	}
	typed := 0 // 1 typed, -1 not, 0 not yet measured: measured only for a candidate
	out := rows[:0:0]
	for _, r := range rows {
		if n := len(out); n > 0 && len(r) == 1 && folds(out[n-1], &r[0], rows, cols) {
			if typed == 0 {
				typed = -1
				if monoAdvance(flatten(rows)) > 0 {
					typed = 1
				}
			}
			if typed > 0 {
				out[n-1] = append(out[n-1], r[0])
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// folds reports whether l only carries on folded cells of the row above.
func folds(above []textLine, l *textLine, rows [][]textLine, cols []column) bool {
	if len(l.words) < 2 {
		return false // a line in one column is joinContinued's
	}
	cells := rowCells(above, cols)
	own := rowCells([]textLine{*l}, cols)
	used := 0
	freed := false // a figure of the row above in a column l leaves empty
	for c := range cols {
		switch {
		case own[c] != "" && cells[c] == "":
			return false
		case own[c] != "":
			used++
			if (figureCell(cells[c]) || codeCell(cells[c])) && (figureCell(own[c]) || codeCell(own[c])) {
				return false
			}
		case figureCell(cells[c]):
			freed = true
		}
	}
	if used < 2 || !freed {
		return false
	}
	for c := range cols {
		if own[c] == "" {
			continue
		}
		for k := range l.words {
			if colOf(cols, (l.words[k].x0+l.words[k].x1)/2) == c {
				if !wrappedFrom(above, rows, cols, c, &l.words[k]) {
					return false
				}
				break
			}
		}
	}
	return true
}

// rowCells is the text of each column of a row, its lines' words joined
// with spaces.
func rowCells(r []textLine, cols []column) []string {
	cells := make([]string, len(cols))
	for _, l := range r {
		for _, w := range l.words {
			c := colOf(cols, (w.x0+w.x1)/2)
			if cells[c] != "" {
				cells[c] += " "
			}
			cells[c] += w.text
		}
	}
	return cells
}

// figureCell reports a cell of digits and their punctuation only ("12,50",
// "3.596.209.000", "-", "6/01/2021"), as typedCells counts figures.
func figureCell(s string) bool {
	return s != "" && strings.Trim(s, "0123456789.,%+-()/ ") == ""
}

// codeCell reports a budget code ("076.01.WA", "3355.EBA").
func codeCell(s string) bool {
	return dottedCode.MatchString(s) && strings.ContainsAny(s, "0123456789")
}

// flatten lists the lines of rows.
func flatten(rows [][]textLine) []textLine {
	var ls []textLine
	for _, r := range rows {
		ls = append(ls, r...)
	}
	return ls
}

// apart reports whether no line under the block's first has words on both
// sides of the river between columns a and b: one typed column holding
// text set flush left ("B", "WTP") and figures set flush right ("85,00")
// under one header of two words ("Target (PK)") leaves a river one space
// wide that no row crosses, each row filling one side of it. Columns
// typed one space apart have rows with values on both sides.
func apart(block []textLine, a, b column) bool {
	for k := 1; k < len(block); k++ {
		if hasWordIn(&block[k], a) && hasWordIn(&block[k], b) {
			return false
		}
	}
	return true
}

// headOrRows is tableRows of block[k:e], save for a typed table's header
// folded over two or three lines above the rule typed under it: it is one
// row, each column's lines joined ("Target (sesuai" over "PK)"). The
// header's lines hold no figure, and each line under its first has words
// only in columns the first fills, each too long to have fitted after
// the text above within the column's widest line in the block; a
// two-level header sets its second level under empty columns instead.
func headOrRows(block []textLine, k, e int, cols []column, adv float64) []outLine {
	if adv == 0 || k != 0 || e < 2 || e > 3 || e >= len(block) || !typedRule(block[e].text()) ||
		!foldedHead(block[:e], block[e+1:], cols) {
		return tableRows(block[k:e], cols)
	}
	line, ok := rowOf(append([]textLine(nil), block[:e]...), cols)
	if !ok {
		return nil
	}
	line.top, line.end = block[0].top, block[e-1].top
	return []outLine{line}
}

// foldedHead reports whether the lines of head fold one header row over
// the lines body (the typed rule between them has no column).
func foldedHead(head, body []textLine, cols []column) bool {
	all := [][]textLine{head, body}
	first := rowCells(head[:1], cols)
	for c := range first {
		if figureCell(first[c]) {
			return false
		}
	}
	for k := 1; k < len(head); k++ {
		own := rowCells(head[k:k+1], cols)
		for c := range cols {
			if own[c] == "" {
				continue
			}
			if first[c] == "" || figureCell(own[c]) {
				return false
			}
			for i := range head[k].words {
				w := &head[k].words[i]
				if colOf(cols, (w.x0+w.x1)/2) == c {
					if !wrappedFrom(head[:k], all, cols, c, w) {
						return false
					}
					break
				}
			}
		}
	}
	return true
}

// typedBreak reports whether the first word of line k of a typed cell is
// the rest of the last word of line k-1, broken inside because it was
// wider than the column: a typewriter fold fills the line with the word's
// head and the next line with as much of the rest as it holds ("Pe" over
// "milu/Pemilihan"). The line above runs to the column's right edge, the
// rest starts with a small letter and alone fills its line to that edge
// too, and both pieces are typed at one advance. Two whole words parted
// by a wrap seldom both end at the edge ("Nama indikator" over
// "kinerja" does not).
func typedBreak(ls []textLine, k int, right float64) bool {
	if right <= 0 || k == 0 {
		return false
	}
	prev, next := &ls[k-1].words[len(ls[k-1].words)-1], &ls[k].words[0]
	tol := 0.15 * prev.size
	if !continues(next.text) || prev.x1 < right-tol || next.x1 < right-tol {
		return false
	}
	a := (prev.x1 - prev.x0) / float64(utf8.RuneCountInString(prev.text))
	b := (next.x1 - next.x0) / float64(utf8.RuneCountInString(next.text))
	return math.Abs(a-b) <= 0.002*a
}

// splitFigures cuts a row of a typed table before each line that holds a
// figure under a figure of the line above it in one column (a lone word
// between them, a thumb tab's numeral in the margin, does not count): a cell folds
// text, never a second figure under its first, so such a line is a row of
// its own, typed at the rows' one pitch without a number ("Jumlah Dapil
// 2" under "7  KOTA BARU  31  3.432"), which splitNumbered left in the
// numbered row above. Only a typed block is read so: a proportional
// table's cell may stack two years' figures.
func splitFigures(rows [][]textLine, cols []column) [][]textLine {
	typed := 0
	var out [][]textLine
	for _, r := range rows {
		start, last := 0, 0 // last: the line above k with two words or more
		for k := 1; k < len(r); k++ {
			under := figureUnder(&r[last], &r[k], cols)
			if len(r[k].words) >= 2 {
				last = k
			}
			if !under {
				continue
			}
			if typed == 0 {
				typed = -1
				if monoAdvance(flatten(rows)) > 0 {
					typed = 1
				}
			}
			if typed < 0 {
				break
			}
			out = append(out, r[start:k])
			start = k
		}
		out = append(out, r[start:])
	}
	return out
}

// figureUnder reports whether l holds a figure cell in a column where the
// line above holds one.
func figureUnder(above, l *textLine, cols []column) bool {
	if len(l.words) < 2 {
		return false
	}
	a, b := rowCells([]textLine{*above}, cols), rowCells([]textLine{*l}, cols)
	for c := range cols {
		if figureCell(a[c]) && figureCell(b[c]) {
			return true
		}
	}
	return false
}
