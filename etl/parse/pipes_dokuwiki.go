package parse

import (
	"bytes"
	"strings"
)

// DokuWiki tables: a report kept as a DokuWiki page and saved as its
// source:
//
//	====== Laporan Kinerja … ======
//	**Tabel 3.3 Realisasi Anggaran**
//	^ Program ^ Kode ^ Uraian ^ Pagu ^
//	| 076.01.WA | 076.01.WA | Program Dukungan Manajemen |  2.100.000.000 |
//	| ::: |  3355 | Pengelolaan Keuangan |  900.000.000 |
//	| Jumlah |||  2.100.000.000 |
//
// Every cell opens with "^" (a header cell) or "|" (a body cell) and the
// row ends with one of them, so nothing is guessed: a table is a header
// line and the row lines under it, each row one TAB line on its own line.
// A completely empty cell ("||") joins the cell before it (colspan): a
// label spanning columns stands in the last of them, as in an HTML table.
// ":::" is the cell above merged down, so it takes the text of the cell
// above. Leading spaces in a cell are its alignment, layout. A row as wide
// as the header is proven; a row wider than the header only by the empty
// cells of a label's span (the exporter's "| Jumlah |||" under a two
// column label) keeps its figures on the header's last columns, the span
// shortened; any other width, or ":::" with no cell above, leaves the
// whole table as it is, read or reported as any unread table text. Once a
// table is rewritten the page's own marks outside tables go too: "=="
// headings, whole-line bold or italic, {{tag>…}} and ~~MACRO~~ lines, a
// "/* … */" comment line. Line numbers never change.

// dokuwikiTables rewrites the DokuWiki tables of a text; data itself when
// it holds none. A table needs a header line, which opens a line with "^":
// the cheap check that keeps every other text out.
func dokuwikiTables(data []byte) []byte {
	if !dokuHasHead(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		head, ok := dokuCells(lines[i])
		if !ok || !dokuAllHead(head) {
			continue
		}
		end := i + 1
		for end < len(lines) {
			if _, ok := dokuCells(lines[end]); !ok {
				break
			}
			end++
		}
		if dokuRewrite(lines[i:end]) {
			changed = true
		}
		i = end - 1
	}
	if !changed {
		return data
	}
	for i, l := range lines {
		if strings.IndexByte(l, '\t') < 0 {
			lines[i] = dokuUnmark(l)
		}
	}
	return []byte(strings.Join(lines, "\n"))
}

// dokuHasHead: some line of data is a header line. Only the lines opening
// with "^" are looked at, in place: a footnote mark ("^{*} Realisasi …")
// opens a line in ordinary reports too, and the whole text is copied
// only for a page that holds a table.
func dokuHasHead(data []byte) bool {
	for off := 0; off < len(data); {
		i := 0
		if off > 0 || data[0] != '^' {
			k := bytes.Index(data[off:], []byte("\n^"))
			if k < 0 {
				return false
			}
			i = off + k + 1
		}
		e := bytes.IndexByte(data[i:], '\n')
		if e < 0 {
			e = len(data) - i
		}
		line := data[i : i+e]
		if t := bytes.TrimRight(line, " \r"); len(t) > 2 && (t[len(t)-1] == '^' || t[len(t)-1] == '|') {
			if cells, ok := dokuCells(string(line)); ok && dokuAllHead(cells) {
				return true
			}
		}
		off = i + e
	}
	return false
}

// dokuCell is one cell as written: its text, whether "^" opened it, and
// whether it is completely empty (the span of the cell before it).
type dokuCell struct {
	text  string
	head  bool
	empty bool
}

// dokuCells splits a table line into its cells; false for a line that is
// no table row (it must open and end with "^" or "|"). Bars inside a link
// ("[[ns:page|text]]") or an image ("{{pic.png|title}}") part no cells.
func dokuCells(l string) ([]dokuCell, bool) {
	t := strings.TrimRight(l, " \r")
	if len(t) < 3 || (t[0] != '^' && t[0] != '|') || (t[len(t)-1] != '^' && t[len(t)-1] != '|') {
		return nil, false
	}
	var cells []dokuCell
	start, head := 1, t[0] == '^'
	for k := 1; k < len(t); k++ {
		switch {
		case strings.HasPrefix(t[k:], "[["):
			k = dokuSkip(t, k, "]]")
		case strings.HasPrefix(t[k:], "{{"):
			k = dokuSkip(t, k, "}}")
		case t[k] == '^' || t[k] == '|':
			raw := t[start:k]
			cells = append(cells, dokuCell{text: dokuCellText(raw), head: head, empty: raw == ""})
			start, head = k+1, t[k] == '^'
		}
	}
	if len(cells) < 2 {
		return nil, false
	}
	return cells, true
}

// dokuSkip is the index of the last byte of the closing mark after k, or
// the line's end when there is none.
func dokuSkip(t string, k int, closing string) int {
	e := strings.Index(t[k+2:], closing)
	if e < 0 {
		return len(t) - 1
	}
	return k + 2 + e + len(closing) - 1
}

func dokuAllHead(cells []dokuCell) bool {
	for _, c := range cells {
		if !c.head {
			return false
		}
	}
	return true
}

// dokuRewrite rewrites one table's lines in place, header line first;
// false (nothing changed) when a row's width or a ":::" is not proven.
func dokuRewrite(ls []string) bool {
	rows := make([][]dokuCell, len(ls))
	for k, l := range ls {
		rows[k], _ = dokuCells(l)
	}
	width := len(rows[0])
	if width < 2 || len(rows) < 2 {
		return false
	}
	out := make([]string, len(ls))
	var above []string
	for k, cells := range rows {
		cells, ok := dokuFit(cells, width)
		if !ok {
			return false
		}
		row := dokuSpread(cells)
		for j, c := range row {
			if c != ":::" {
				continue
			}
			if above == nil || above[j] == "" {
				return false // merged down from nothing
			}
			row[j] = above[j]
		}
		out[k] = strings.Join(row, "\t")
		above = row
		if dokuAllHead(cells) {
			above = nil // a header cell merges into no body cell
		}
	}
	copy(ls, out)
	return true
}

// dokuFit returns a row's cells as wide as the header, or false. A row
// wider than the header only by empty span cells behind a label (no
// figure in it) loses that many of them: the figures after the label
// already fill the header's last columns one by one.
func dokuFit(cells []dokuCell, width int) ([]dokuCell, bool) {
	extra := len(cells) - width
	if extra == 0 {
		return cells, true
	}
	if extra < 0 {
		return nil, false
	}
	out := make([]dokuCell, 0, width)
	for k, c := range cells {
		if extra > 0 && c.empty && k > 0 && !hasDigitStr(cells[dokuLabel(cells, k)].text) {
			extra--
			continue
		}
		out = append(out, c)
	}
	if extra > 0 {
		return nil, false
	}
	return out, true
}

// dokuLabel is the index of the cell an empty cell at k spans from.
func dokuLabel(cells []dokuCell, k int) int {
	for k > 0 && cells[k].empty {
		k--
	}
	return k
}

// dokuSpread writes a row's cells as column texts: a label spanning
// columns in the last of them, a figure in the first, the others empty.
func dokuSpread(cells []dokuCell) []string {
	row := make([]string, len(cells))
	for k := 0; k < len(cells); k++ {
		n := 1
		for k+n < len(cells) && cells[k+n].empty {
			n++
		}
		if n > 1 && !hasDigitStr(cells[k].text) {
			row[k+n-1] = cells[k].text
		} else {
			row[k] = cells[k].text
		}
		k += n - 1
	}
	return row
}

// dokuCellText is a cell's text without its alignment spaces, bold,
// italic or underline marks, forced line breaks ("\\ ") and link targets
// ("[[ns:page|text]]" is "text").
func dokuCellText(raw string) string {
	c := raw
	if strings.Contains(c, "[[") {
		c = wikiLinks(c) // pipes_wiki.go
	}
	if strings.Contains(c, `\\`) {
		c = strings.ReplaceAll(c, `\\`, " ")
	}
	c = strings.Join(strings.Fields(c), " ")
	for _, m := range [...]string{"**", "//", "__"} {
		if len(c) > 2*len(m) && strings.HasPrefix(c, m) && strings.HasSuffix(c, m) {
			c = strings.TrimSpace(c[len(m) : len(c)-len(m)])
		}
	}
	return c
}

// dokuUnmark drops the page's marks of a line outside tables: a heading's
// equals signs, a whole-line bold, italic or underline, and the lines that
// are only markup ({{tag>…}}, ~~NOTOC~~, a /* … */ comment).
func dokuUnmark(l string) string {
	t := strings.TrimSpace(l)
	if len(t) < 4 {
		return l
	}
	switch {
	case strings.HasPrefix(t, "{{") && strings.HasSuffix(t, "}}"),
		strings.HasPrefix(t, "~~") && strings.HasSuffix(t, "~~") && strings.IndexByte(t, ' ') < 0,
		strings.HasPrefix(t, "/*") && strings.HasSuffix(t, "*/"):
		return ""
	case strings.HasPrefix(t, "==") && strings.HasSuffix(t, "=="):
		if h := strings.TrimSpace(strings.Trim(t, "=")); h != "" {
			return h
		}
		return l
	}
	for _, m := range [...]string{"**", "//", "__"} {
		if len(t) > 2*len(m) && strings.HasPrefix(t, m) && strings.HasSuffix(t, m) {
			return strings.TrimSpace(t[len(m) : len(t)-len(m)])
		}
	}
	return l
}

// dokuMacroLine: the line is a DokuWiki macro alone ("~~NOTOC~~",
// "~~DISCUSSION:off~~"), page settings and no struck-out text: a strike
// of a suggested edit marks a value, never one capitalised word.
func dokuMacroLine(ln []byte) bool {
	t := bytes.TrimSpace(ln)
	if len(t) < 5 || !bytes.HasPrefix(t, []byte("~~")) || !bytes.HasSuffix(t, []byte("~~")) {
		return false
	}
	name, arg, _ := bytes.Cut(t[2:len(t)-2], []byte(":"))
	if len(name) < 2 {
		return false
	}
	for _, c := range name {
		if (c < 'A' || c > 'Z') && c != '_' {
			return false
		}
	}
	for _, c := range arg {
		if !isTokenByte(c) {
			return false
		}
	}
	return true
}
