package parse

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// A web form's grid printed from the browser: every cell of a row an
// input box, the column names a line of words above the first row, each
// name starting where its column's boxes start:
//
//	No      Indikator Kinerja              Target      Realisasi
//	[ 1  ]  [ Persentase laporan …      ]  [ 100,00 ]  [ 95,00   ]
//	[    ]  [ Nilai Akhir               ]  [ 100,00 ]  [ 71,03   ]
//
// The boxes are layout: each row becomes a TAB row of the boxes' contents
// (an empty box an empty cell) and the names line a TAB header cut at the
// boxes' left edges (names wrapped over two lines joined), in the lines
// they took. The names are proven only
// when no word of them crosses an edge; otherwise the grid stays as
// printed. A lone row of boxes with no names above (the form's buttons)
// is no table. Rows that go on after a page break (a form feed), with the same number
// of boxes and no names of their own, continue the table above. A
// column of checkboxes ("[x]", "[ ]") is kept: it may go unnamed, and the
// table readers pass over a column they do not know.

// boxPairs are the box glyphs a form prints around a value.
var boxPairs = [][2]string{{"[", "]"}, {"［", "］"}, {"【", "】"}, {"〔", "〕"}, {"⟦", "⟧"}}

// boxPageGap is the most lines a page break puts between two parts of
// one grid: the form feed, a page header and footer, blank lines.
const boxPageGap = 6

// boxRowsNear: the text may hold a row of boxes, one box closing where
// the next opens but for blanks; a cheap look before it is cut into lines.
func boxRowsNear(data []byte) bool {
	for _, p := range boxPairs {
		for k := 0; k < len(data); {
			i := bytes.Index(data[k:], []byte(p[1]))
			if i < 0 {
				break
			}
			k += i + len(p[1])
			j := k
			for j < len(data) && (data[j] == ' ' || data[j] == '\t') {
				j++
			}
			if j > k && bytes.HasPrefix(data[j:], []byte(p[0])) {
				return true
			}
		}
	}
	return false
}

// boxCell is one box of a row: its contents and the rune column its
// opening glyph stands at.
type boxCell struct {
	text string
	col  int
}

// boxRow cuts a line made of boxes only (two at least, blanks between)
// into its boxes; nil for any other line.
func boxRow(l string) []boxCell {
	t := strings.TrimRight(l, " \t\r")
	var open, shut string
	for _, p := range boxPairs {
		if strings.HasPrefix(strings.TrimLeft(t, " \t"), p[0]) {
			open, shut = p[0], p[1]
			break
		}
	}
	if open == "" || strings.Contains(t, "\t") {
		return nil
	}
	var cells []boxCell
	for k := 0; k < len(t); {
		if t[k] == ' ' {
			k++
			continue
		}
		if !strings.HasPrefix(t[k:], open) {
			return nil
		}
		e := strings.Index(t[k+len(open):], shut)
		if e < 0 {
			return nil
		}
		in := t[k+len(open) : k+len(open)+e]
		if strings.Contains(in, open) {
			return nil
		}
		cells = append(cells, boxCell{strings.TrimSpace(in), utf8.RuneCountInString(t[:k])})
		k += len(open) + e + len(shut)
	}
	if len(cells) < 2 {
		return nil
	}
	return cells
}

// boxNames cuts a names line at the boxes' left edges, and counts the
// names; false when a word crosses an edge or the line runs into no box.
func boxNames(l string, row []boxCell) ([]string, int, bool) {
	r := []rune(strings.TrimRight(l, " \t\r"))
	if len(r) == 0 || len(r) <= row[len(row)-1].col || strings.ContainsRune(l, '\t') {
		return nil, 0, false
	}
	out := make([]string, len(row))
	n := 0
	for j, c := range row {
		if c.col > 0 && c.col < len(r) && r[c.col-1] != ' ' && r[c.col] != ' ' {
			return nil, 0, false
		}
		end := len(r)
		if j+1 < len(row) {
			end = min(row[j+1].col, len(r))
		}
		if c.col < end {
			out[j] = strings.TrimSpace(string(r[c.col:end]))
		}
		if out[j] != "" {
			n++
		}
	}
	return out, n, true
}

// boxHeader is the names over the grid whose first row is lines[i]: the
// line above, joined name by name to the line above that when the names
// are wrapped over two (that line too cut clean, two names at least). One
// column may go unnamed (a checkbox column); every other has its name.
func boxHeader(lines []string, i int, row []boxCell) ([]string, int, bool) {
	if i < 1 {
		return nil, 0, false
	}
	head, n, ok := boxNames(lines[i-1], row)
	if !ok {
		return nil, 0, false
	}
	top := 0
	if i >= 2 {
		if up, m, ok := boxNames(lines[i-2], row); ok && m >= 2 {
			top = 1
			n = 0
			for j := range head {
				head[j] = strings.TrimSpace(up[j] + " " + head[j])
				if head[j] != "" {
					n++
				}
			}
		}
	}
	return head, top, n >= len(head)-1 && n >= 2
}

// formBoxRows rewrites a text's grids of boxes as TAB rows, in place.
func formBoxRows(lines []string) bool {
	changed := false
	prevEnd, prevWidth := -1, 0
	for i := 0; i < len(lines); i++ {
		first := boxRow(lines[i])
		if first == nil {
			continue
		}
		rows := [][]boxCell{first}
		k := i + 1
		for ; k < len(lines); k++ {
			r := boxRow(lines[k])
			if len(r) != len(first) {
				break
			}
			rows = append(rows, r)
		}
		head, top, ok := boxHeader(lines, i, first)
		cont := !ok && prevEnd >= 0 && len(first) == prevWidth && i-prevEnd <= boxPageGap && boxPageBreak(lines[prevEnd:i])
		if !ok && !cont {
			i = k - 1
			continue
		}
		if ok {
			lines[i-1-top] = exportRow(head)
			if top > 0 {
				lines[i-1] = ""
			}
		}
		for n, r := range rows {
			cells := make([]string, len(r))
			for j, c := range r {
				cells[j] = c.text
			}
			lines[i+n] = exportRow(cells)
		}
		changed = true
		prevEnd, prevWidth = k-1, len(first)
		i = k - 1
	}
	return changed
}

// boxPageBreak: the lines between two grids hold a form feed.
func boxPageBreak(between []string) bool {
	for _, l := range between {
		if strings.Contains(l, "\f") {
			return true
		}
	}
	return false
}
