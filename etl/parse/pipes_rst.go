package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// reStructuredText simple tables (the grid tables, `+---+` boxes, are read
// by the box reader of package extract):
//
//	==  ===============  =====  =====  ======
//	No  Kecamatan        L      P      L+P
//	==  ===============  =====  =====  ======
//	1   Paga             4.081  4.005  8.086
//	\   Kabupaten Sikka  7.934  7.826  15.760
//	==  ===============  =====  =====  ======
//
// The rule of `=` runs fixes the columns, so nothing is guessed: a cell is
// the text under its run (the last column runs to the line's end), a line
// whose first column is empty goes on with the row above (a wrapped
// label), `\` alone is an empty cell. A line whose text stands in the gap
// between two runs, or a column-span rule (`-----`) in the header, leaves
// the table unread. Each row becomes one TAB line on its first line; the
// rules become blank. Line numbers never change.

// rstTables rewrites the simple tables of a text; data itself when it
// holds none.
func rstTables(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, "== ", "==\t") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		runs := rstRule(lines[i])
		if runs == nil {
			continue
		}
		// the rules of the table: two (no header) or three (a header
		// between the first two); the table ends at a rule followed by a
		// blank line or the end of the text
		rules := []int{i}
		k := i + 1
		for ; k < len(lines) && len(rules) < 4; k++ {
			if r := rstRule(lines[k]); r != nil {
				if !sameRuns(r, runs) {
					break
				}
				rules = append(rules, k)
				if k+1 == len(lines) || strings.TrimSpace(lines[k+1]) == "" {
					break
				}
			}
		}
		if len(rules) < 2 || len(rules) > 3 || k == len(lines) && len(rules) < 2 {
			continue
		}
		last := rules[len(rules)-1]
		if last+1 < len(lines) && strings.TrimSpace(lines[last+1]) != "" {
			continue
		}
		if rstRewrite(lines[i:last+1], runs) {
			changed = true
		}
		i = last
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// rstRule is the [start, end) byte spans of the `=` runs of a rule line
// (two runs at least, nothing but `=` and spaces), nil for any other line.
func rstRule(l string) [][2]int {
	t := strings.TrimRight(l, " \r")
	if len(t) < 3 || t[0] != '=' {
		return nil
	}
	var runs [][2]int
	for k := 0; k < len(t); {
		switch t[k] {
		case '=':
			s := k
			for k < len(t) && t[k] == '=' {
				k++
			}
			runs = append(runs, [2]int{s, k})
		case ' ':
			k++
		default:
			return nil
		}
	}
	if len(runs) < 2 {
		return nil
	}
	return runs
}

func sameRuns(a, b [][2]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if a[k] != b[k] && k < len(a)-1 || a[k][0] != b[k][0] {
			return false
		}
	}
	return true
}

// rstRewrite rewrites one table's lines in place, from its first rule to
// its last; false when a line's text crosses a column's edge.
func rstRewrite(ls []string, runs [][2]int) bool {
	out := make([]string, len(ls))
	var row []string
	at := -1
	flush := func() {
		if at >= 0 {
			for len(row) > 2 && row[len(row)-1] == "" {
				row = row[:len(row)-1]
			}
			out[at] = strings.Join(row, "\t")
		}
		row, at = nil, -1
	}
	for k, l := range ls {
		l = strings.TrimRight(l, " \r")
		if rstRule(l) != nil {
			flush()
			continue
		}
		if strings.TrimSpace(l) == "" {
			continue
		}
		if strings.Trim(l, "- ") == "" || strings.IndexByte(l, '\t') >= 0 {
			return false // a column-span rule, or TABs that hide the columns
		}
		rs := []rune(l) // columns count characters, not bytes
		cells := make([]string, len(runs))
		for c, r := range runs {
			if r[0] > 0 && r[0] <= len(rs) && rs[r[0]-1] != ' ' {
				return false // text running over from the column before
			}
			end := len(rs)
			if c+1 < len(runs) {
				end = min(len(rs), runs[c+1][0])
			}
			if r[0] < end {
				cells[c] = strings.TrimSpace(string(rs[r[0]:end]))
			}
		}
		if cells[0] == "" && at >= 0 {
			for c := 1; c < len(cells); c++ { // a wrapped line of the row above
				if cells[c] != "" {
					row[c] = strings.TrimSpace(row[c] + " " + cells[c])
				}
			}
			continue
		}
		flush()
		if cells[0] == `\` {
			cells[0] = ""
		}
		row, at = cells, k
	}
	flush()
	copy(ls, out)
	return true
}
