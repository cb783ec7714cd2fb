package parse

import (
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Tables written as a list of lists: a reStructuredText list-table (a
// website page's source pasted into a report),
//
//	.. list-table:: Tabel 3.1 Pengukuran Kinerja Tahun 2024
//	   :widths: 5 45 10 13 13 14
//	   :header-rows: 1
//
//	   * - No
//	     - Indikator Kinerja
//	     - Target
//	   * - 1
//	     - Persentase Partisipasi Pemilih
//	     - 80,00
//
// the same shape as a YAML sequence of sequences (`- - No` / `  - Target`)
// or a Markdown list whose items open with a sub-item (`* - No`), and a
// Markdown/Org nested list whose top item is a row's first cell and whose
// sub-items are its other cells. Every cell opens with its own marker at
// one column, so nothing is guessed: a line indented deeper than the
// marker goes on with the cell above (a wrapped cell), a marker alone is
// an empty cell. The list is a table only when every row has as many
// cells (two at least) and it has two rows at least; a nested list of
// prose (notes under a heading) also needs a header of short labels
// without figures, and cells on one line each. Each row becomes one TAB
// line on its first line, the rest of its lines blank; the directive's
// title becomes the caption, its options blank, and its declared header
// rows (the first row when none) are stacked into one header line, so the
// table reader names the columns by meaning. Line numbers never change.

// listTables rewrites the tables written as lists of lists; data itself
// when there is none.
func listTables(doc *facts.Document, data []byte) []byte {
	if !lolLikely(doc, data) {
		return data // most texts: no bullet under a bullet
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if end, ok := lolTableAt(lines, i); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// lolMarker reads a bullet at byte k of l: its marker and where its text
// starts (len(l) for a marker alone).
func lolMarker(l string, k int) (byte, int, bool) {
	if k >= len(l) || l[k] != '*' && l[k] != '-' && l[k] != '+' {
		return 0, 0, false
	}
	if k+1 == len(l) {
		return l[k], len(l), true
	}
	if l[k+1] != ' ' {
		return 0, 0, false
	}
	j := k + 1
	for j < len(l) && l[j] == ' ' {
		j++
	}
	return l[k], j, true
}

// lolIndent is the number of leading spaces of l.
func lolIndent(l string) int {
	return len(l) - len(strings.TrimLeft(l, " "))
}

// lolTableAt reads a list of lists opening at line i and rewrites it in
// place; it gives the table's last line.
func lolTableAt(lines []string, i int) (int, bool) {
	l := lines[i]
	ind := lolIndent(l)
	m1, t1, ok := lolMarker(l, ind)
	if !ok || t1 == len(l) {
		return i, false
	}
	// form A: "* - cell", the second marker's column is the cells' column;
	// form B: "- cell" with sub-items at a deeper column
	m2, _, inner := lolMarker(l, t1)
	col := t1
	if !inner {
		k := i + 1
		for k < len(lines) && lolIndent(lines[k]) > ind && !lolOpens(lines[k], lolIndent(lines[k])) {
			k++ // the first cell wraps
		}
		if k == len(lines) || lolIndent(lines[k]) <= ind {
			return i, false
		}
		col = lolIndent(lines[k])
		m2, _, _ = lolMarker(lines[k], col)
	}
	var rows [][]string
	var at []int
	wrapped := false
	k := i
	for k < len(lines) {
		l := lines[k]
		if strings.TrimSpace(l) == "" {
			// a blank line may part the rows or the cells of one
			n := k + 1
			for n < len(lines) && strings.TrimSpace(lines[n]) == "" {
				n++
			}
			if n == len(lines) || lolIndent(lines[n]) != ind && lolIndent(lines[n]) != col {
				break
			}
			k = n
			continue
		}
		li := lolIndent(l)
		if mk, t, ok := lolMarker(l, li); li == ind && ok && mk == m1 {
			// a new row
			row := []string{}
			if inner {
				mk2, t2b, ok := lolMarker(l, t)
				if !ok || mk2 != m2 || t != col {
					break
				}
				row = append(row, strings.TrimSpace(l[t2b:]))
			} else {
				if t >= len(l) {
					break
				}
				row = append(row, strings.TrimSpace(l[t:]))
			}
			rows = append(rows, row)
			at = append(at, k)
		} else if mk, t, ok := lolMarker(l, li); li == col && ok && mk == m2 && len(rows) > 0 {
			rows[len(rows)-1] = append(rows[len(rows)-1], strings.TrimSpace(l[t:]))
		} else if li > col && len(rows) > 0 || !inner && li > ind && len(rows) > 0 && len(rows[len(rows)-1]) == 1 {
			r := rows[len(rows)-1]
			r[len(r)-1] = strings.TrimSpace(r[len(r)-1] + " " + strings.TrimSpace(l))
			wrapped = true
		} else {
			break
		}
		k++
	}
	last := k - 1
	for last > i && strings.TrimSpace(lines[last]) == "" {
		last--
	}
	if len(rows) < 2 || len(rows[0]) < 2 {
		return i, false
	}
	for _, r := range rows {
		if len(r) != len(rows[0]) {
			return i, false
		}
	}
	dir, heads, caption := lolDirective(lines, i)
	rst := dir >= 0 && strings.HasPrefix(strings.TrimSpace(lines[dir]), ".. list-table::")
	if !rst && !inner && (wrapped || len(rows[0]) < 3 || !lolLabels(rows[0])) {
		return i, false // a nested list of prose, not a table
	}
	if heads < 1 {
		heads = 1
	}
	if heads >= len(rows) {
		return i, false
	}
	if dir >= 0 {
		lines[dir] = caption
		for k := dir + 1; k < i; k++ {
			if t := strings.TrimSpace(lines[k]); t != "" && !strings.HasPrefix(t, "#") {
				lines[k] = "" // the directive's options
			}
		}
	}
	for k := i; k <= last; k++ {
		lines[k] = ""
	}
	head := make([]string, len(rows[0]))
	for _, r := range rows[:heads] {
		for c, v := range r {
			if v = lolCell(v); v != "" && v != head[c] {
				head[c] = strings.TrimSpace(head[c] + " " + v)
			}
		}
	}
	lines[at[0]] = strings.Join(head, "\t")
	for n, r := range rows[heads:] {
		cells := make([]string, len(r))
		for c, v := range r {
			cells[c] = lolCell(v)
		}
		lines[at[heads+n]] = strings.Join(cells, "\t")
	}
	return last, true
}

// lolOpens: a bullet stands at column k of l.
func lolOpens(l string, k int) bool {
	_, _, ok := lolMarker(l, k)
	return ok
}

// lolDirective finds what stands above the list opening at line i: a
// reST list-table directive (options and blank lines between) gives its
// line, its declared header rows (0 when not declared) and its title, the
// caption; a YAML or Markdown comment line right above ("# Tabel 3.1 …")
// gives its line and its text. It gives -1 when there is neither.
func lolDirective(lines []string, i int) (int, int, string) {
	heads := 0
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		t := strings.TrimSpace(lines[k])
		switch {
		case t == "":
		case strings.HasPrefix(t, ".. list-table::"):
			return k, heads, strings.TrimSpace(strings.TrimPrefix(t, ".. list-table::"))
		case strings.HasPrefix(t, ":") && lolIndent(lines[k]) > 0:
			if v, ok := strings.CutPrefix(t, ":header-rows:"); ok {
				heads, _ = strconv.Atoi(strings.TrimSpace(v))
			}
		case strings.HasPrefix(t, "# ") && k == i-1:
			return k, 0, strings.TrimSpace(t[2:])
		default:
			return -1, 0, ""
		}
	}
	return -1, 0, ""
}

// lolLabels: the cells of a nested list's first item read as a table's
// header, short labels without figures.
func lolLabels(cells []string) bool {
	for _, c := range cells {
		if c == "" || len(c) > 40 || strings.ContainsAny(c, "0123456789") {
			return false
		}
	}
	return true
}

// lolCell is a cell's text: bold marks dropped, a YAML value's quotes
// ("80,00", '76,61') and a reST literal's backquotes taken off.
func lolCell(v string) string {
	v = unbold(strings.TrimSpace(v))
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		return strings.TrimSpace(v[1 : len(v)-1])
	}
	if len(v) >= 4 && strings.HasPrefix(v, "``") && strings.HasSuffix(v, "``") {
		return strings.TrimSpace(v[2 : len(v)-2])
	}
	return v
}

// lolLikely: some line opens with two bullets ("* - ") or an indented
// bullet stands, the one shape every list of lists has.
func lolLikely(doc *facts.Document, data []byte) bool {
	return docHasAny(doc, data, "* - ", "- - ", "+ - ", "  - ", "  * ", "  + ")
}
