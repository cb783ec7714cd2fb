package extract

import (
	"strings"
)

// Leader-dot tables. A report typed without a table tool, or a converter
// that turned the table's rules into dots, writes each row on one line
// with its cells parted by leaders, runs of dots:
//
//	Kecamatan ........... Desa/Kel ... TPS ..... L ......... P ......... L+P
//	Loli ................ 15 ........ 64 ...... 12.608 .... 12.607 .... 25.215
//	 ......... Jumlah ... 80 ........ 341 ..... 67.574 .... 66.352 .... 133.926
//
// A leader states a cell boundary as a TAB does: no number is written
// with three dots in a row, so no boundary has to be guessed. A run of
// leader lines under a header of column words is rebuilt as TAB lines
// (the table reader then applies its header roles, units, totals and
// checks) only when every line splits into the header's number of cells;
// a line with fewer cells is a heading row only when it states no value.
// A run that fails is reported (Unproven), never loaded. A run whose lines
// part two cells only ("Target 2022 ........ 100 %", a table of contents)
// is left as text: the parser reads such labelled lines by their words
// (kv.go).
//
// "No. Indikator Kinerja" over rows "1. Opini BPK …" is one header cell
// over cells that open with their row number: the number becomes a cell
// of its own when the rows count 1, 2, 3 … (a total row may have none).
// A row's label wrapped onto a line of its own above its values (the line
// holds no leader and does not end in a value) is joined to that row.
//
// A header written without leaders right above the leader lines
// ("Kecamatan Desa/Kel TPS L P L+P", split as flatten.go splits a header)
// heads them when it names as many columns as they have cells. When the
// leader parts only the label from values parted by spaces ("Loli ......
// 64 12.608 12.607 25.215"), the leader is read as a space and the table
// left to the spaced-table reader, which keeps it only when its arithmetic
// proves the rows (flatten.go).

// leaderMin is the number of dots a leader has at least ("…" counts
// three).
const leaderMin = 3

// splitLeader splits a line at its leaders; ok is false when it has
// none. A leader at the start gives an empty first cell (a total row
// whose code cell is empty); one at the end, an empty last cell.
func splitLeader(t string) ([]string, bool) {
	if !strings.Contains(t, "...") && !strings.Contains(t, "…") {
		return nil, false
	}
	var cells []string
	start, found := 0, false
	for k := 0; k < len(t); {
		dots, e := leaderAt(t, k)
		if dots < leaderMin {
			k++
			continue
		}
		found = true
		cells = append(cells, strings.TrimSpace(t[start:k]))
		start, k = e, e
	}
	if !found {
		return nil, false
	}
	return append(cells, strings.TrimSpace(t[start:])), true
}

// leaderAt counts the dots of the run of dots and ellipses (spaces
// between them allowed) starting at k, and returns where it ends.
func leaderAt(t string, k int) (int, int) {
	dots, e := 0, k
	for i := k; i < len(t); {
		switch {
		case t[i] == '.':
			dots++
			i++
			e = i
		case strings.HasPrefix(t[i:], "…"):
			dots += 3
			i += len("…")
			e = i
		case t[i] == ' ' && dots > 0:
			i++
		default:
			return dots, e
		}
	}
	return dots, e
}

// leadered rebuilds the leader-dot tables among the lines; it returns
// whether it rebuilt or reported any.
func leadered(lines []line, flat bool) bool {
	found := false
	for i := 0; i < len(lines); i++ {
		if lines[i].blank || lines[i].tab {
			continue
		}
		hc, ok := splitLeader(lines[i].text)
		if !ok {
			continue
		}
		above := headerAbove(lines, i)
		if len(hc) < 3 && above == nil {
			continue
		}
		r, wraps := leaderRunAt(lines, i)
		i = r.to - 1
		if above != nil && len(above) == r.width && !r.header() {
			// the header is written without leaders: "Kecamatan Desa/Kel TPS L P L+P"
			r.from--
			r.cells = append([][]string{above}, r.cells...)
		}
		if flat && above != nil && len(above) > 2 && r.width == 2 && len(wraps) == 0 {
			// a leader parts the label from values parted by spaces: the
			// spaced-table reader proves them by their arithmetic (flatten.go)
			for k := r.from; k < r.to; k++ {
				lines[k].text = strings.Join(r.cells[k-r.from], " ")
			}
			continue
		}
		switch {
		case r.to-r.from >= 3 && r.header() && r.valued() >= 2 && r.fits(r.width) && nonEmpty(r.cells[0]) == r.width:
			joinWraps(&r, lines, wraps)
			r.splitRowNo()
			r.mark(lines, flatDelim)
			for _, w := range wraps {
				// the wrapped label opens its row: the row's cells stand
				// on it, and the leader line below is an empty
				// continuation line the table reader merges into it
				c := &lines[w+1]
				c.blank, c.tab, c.cells, c.flat = false, true, []string{""}, flatDelim
			}
			found = true
		case r.tabular():
			markUnproven(lines, r.from, r.to)
			found = true
		}
	}
	return found
}

// headerAbove is the header written without leaders on the line above
// line i, split into its column names (splitHeader), or nil.
func headerAbove(lines []line, i int) []string {
	if i == 0 || lines[i-1].blank || lines[i-1].tab {
		return nil
	}
	if _, ok := splitLeader(lines[i-1].text); ok {
		return nil
	}
	cells, ok := splitHeader(lines[i-1].text)
	if !ok || len(cells) < 2 {
		return nil
	}
	return cells
}

// leaderRunAt collects the lines from i that split at leaders, and the
// wrapped labels among them: a line without a leader, not ending in a
// value, right above a leader line (its cells are nil in the run).
func leaderRunAt(lines []line, i int) (delimRun, []int) {
	r := delimRun{from: i, to: i}
	var wraps []int
	for k := i; k < len(lines) && !lines[k].blank && !lines[k].tab; k++ {
		c, ok := splitLeader(lines[k].text)
		if !ok {
			if k > i && wrapLabel(lines, k) {
				wraps = append(wraps, k)
				r.cells = append(r.cells, nil)
				continue
			}
			break
		}
		r.cells = append(r.cells, c)
		r.width = max(r.width, len(c))
		r.to = k + 1
	}
	r.cells = r.cells[:r.to-r.from]
	for len(wraps) > 0 && wraps[len(wraps)-1] >= r.to {
		wraps = wraps[:len(wraps)-1]
	}
	return r, wraps
}

// wrapLabel: line k holds a row's label wrapped above the leader line
// that gives its values: no leader, no value at its end, not a note, and
// a leader line right below.
func wrapLabel(lines []line, k int) bool {
	if k+1 >= len(lines) || lines[k+1].tab || lines[k+1].blank || noteLine(lines[k].text) {
		return false
	}
	if f := flatTokens(lines[k].text); len(f) == 0 || flatValue(f[len(f)-1]) {
		return false
	}
	_, next := splitLeader(lines[k+1].text)
	return next
}

// joinWraps moves the cells of the row below each wrapped label onto the
// label's line, the label in front of the row's first text cell.
func joinWraps(r *delimRun, lines []line, wraps []int) {
	for _, w := range wraps {
		k := w - r.from
		row := r.cells[k+1]
		for c, v := range row {
			if v != "" && !flatNumeric(v) {
				row[c] = lines[w].text + " " + v
				break
			}
		}
		r.cells[k], r.cells[k+1] = row, nil
	}
}

// splitRowNo parts "No. Indikator Kinerja" into "No" and "Indikator
// Kinerja" when the rows open with their numbers 1, 2, 3 …; a total row
// without a number gets an empty number cell.
func (r *delimRun) splitRowNo() {
	head := r.cells[0]
	f := strings.Fields(head[0])
	if len(f) < 2 {
		return
	}
	switch strings.ToLower(strings.TrimRight(f[0], ".")) {
	case "no", "nomor":
	default:
		return
	}
	nos := make([]string, len(r.cells))
	rest := make([]string, len(r.cells))
	expect := 1
	for k, cs := range r.cells[1:] {
		if cs == nil {
			continue // the leader line of a row opened by its wrapped label
		}
		if lf := strings.Fields(cs[0]); len(lf) >= 2 && rowNo(lf[0]) == expect {
			nos[k+1] = strings.TrimRight(lf[0], ".)")
			rest[k+1] = strings.TrimSpace(cs[0][len(lf[0]):])
			expect++
			continue
		}
		if !isTotalLabel(cs[0]) {
			return // a row without its number that is no total: no number column is proven
		}
		rest[k+1] = cs[0]
	}
	if expect < 3 {
		return
	}
	nos[0], rest[0] = strings.TrimRight(f[0], "."), strings.TrimSpace(head[0][len(f[0]):])
	for k, cs := range r.cells {
		if cs != nil {
			r.cells[k] = append([]string{nos[k], rest[k]}, cs[1:]...)
		}
	}
	r.width++
}
