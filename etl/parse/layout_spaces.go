package parse

import (
	"bytes"
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Space-aligned tables. `pdftotext -layout` and similar converters keep a
// table's columns by padding the cells with spaces, without TABs:
//
//	  No   Kecamatan        Desa/   TPS      L        P       L+P
//	  1    AESESA              21    70    6.794    6.757    13.551
//
// alignSpaced rewrites such a table into TAB rows, one cell per column,
// so that the table reader (wrapped rows, two-line headers, page breaks)
// reads it like any other. Columns are only taken where the alignment
// proves them: a column boundary is a stretch of at least two positions
// that is blank on every body line of the table, and every column holds
// text on at least two lines. A block that is not proven this way is left
// as it was. Only documents without any TAB are rewritten: a document with
// TAB tables says by itself where its cells are. The line count never
// changes, so line spans stay those of the source.

// alignSpaced returns text with its proven space-aligned tables as TAB rows.
func alignSpaced(text []byte) []byte {
	if bytes.IndexByte(text, '\t') >= 0 || !bytes.Contains(text, []byte("   ")) {
		return text
	}
	raw := strings.Split(string(text), "\n")
	lines := make([][]rune, len(raw))
	for i, l := range raw {
		lines[i] = []rune(strings.TrimRight(l, " \r"))
	}
	changed := false
	for i := 0; i < len(lines); {
		end := spacedRegion(lines, i)
		if end <= i {
			i++
			continue
		}
		if out, ok := alignRegion(lines[i:end]); ok {
			for k, l := range out {
				raw[i+k] = l
			}
			changed = true
		}
		i = end
	}
	if !changed {
		return text
	}
	return []byte(strings.Join(raw, "\n"))
}

// spacedCells splits a line at runs of two or more spaces: the cells with
// their first and last rune positions.
type spacedCell struct {
	text       string
	start, end int // [start, end) in runes
}

func spacedCells(l []rune) []spacedCell {
	var out []spacedCell
	i := 0
	for i < len(l) {
		for i < len(l) && l[i] == ' ' {
			i++
		}
		if i >= len(l) {
			break
		}
		s := i
		for i < len(l) && !(l[i] == ' ' && (i+1 >= len(l) || l[i+1] == ' ')) {
			i++
		}
		out = append(out, spacedCell{text: string(l[s:i]), start: s, end: i})
	}
	return out
}

func blankRunes(l []rune) bool { return len(l) == 0 }

func isFormFeed(l []rune) bool { return len(l) > 0 && strings.TrimSpace(string(l)) == "\f" }

// spacedRegion is the end (exclusive) of the block of table-like lines
// that starts at line i with a line of three or more cells, or i when none
// starts there. It runs over lines of two or more cells, indented lines of
// one cell (wrapped labels) and single blank lines before such lines.
func spacedRegion(lines [][]rune, i int) int {
	if len(spacedCells(lines[i])) < 3 || isFormFeed(lines[i]) {
		return i
	}
	end := i + 1
	for j := i + 1; j < len(lines); j++ {
		l := lines[j]
		switch {
		case isFormFeed(l):
			return end
		case blankRunes(l):
			if j+1 < len(lines) && len(spacedCells(lines[j+1])) >= 2 && !blankRunes(lines[j+1]) {
				continue
			}
			return end
		case len(spacedCells(l)) >= 2:
			end = j + 1
		case l[0] == ' ':
			end = j + 1 // a wrapped label, indented under its column
		default:
			return end
		}
	}
	return end
}

// valueCell: a cell that holds a value (a number, percent, amount, grade
// or a dash), as body rows have beside their label.
func valueCell(c string) bool {
	c = strings.TrimSpace(c)
	if c == "-" || normalize.Grade(c) != "" {
		return true
	}
	n := normalize.ParseNumber(c, normalize.Unknown)
	return n.Status == normalize.OK && strings.TrimSpace(n.Rest) == "" || n.Status == normalize.Ambiguous
}

// alignRegion turns the lines of one block into TAB rows when the block's
// columns are proven by its body lines.
func alignRegion(region [][]rune) ([]string, bool) {
	// the header: lines before the first line with a value beside its label
	first := -1
	data := 0
	for k, l := range region {
		cs := spacedCells(l)
		valued := false
		for ci, c := range cs {
			if ci > 0 && valueCell(c.text) {
				valued = true
			}
		}
		if valued {
			data++
		}
		// the body starts at the first valued line, or at the first line
		// keyed by a row number or a budget code whose values sit lower
		if first < 0 && (valued || len(cs) >= 2 && rowKey(cs[0].text)) {
			first = k
		}
	}
	if first < 0 || first > 3 || data < 2 {
		return nil, false
	}
	// gutters: positions blank on every body line
	width := 0
	for _, l := range region[first:] {
		width = max(width, len(l))
	}
	blank := make([]bool, width)
	for p := range blank {
		blank[p] = true
	}
	for _, l := range region[first:] {
		for p, r := range l {
			if r != ' ' {
				blank[p] = false
			}
		}
	}
	type col struct{ start, end int }
	var cols []col
	for p := 0; p < width; {
		if blank[p] {
			p++
			continue
		}
		s := p
		for p < width {
			if !blank[p] {
				p++
				continue
			}
			g := p
			for g < width && blank[g] {
				g++
			}
			if g-p >= 2 || g >= width {
				break
			}
			p = g // a single blank inside a cell ("AESESA SELATAN")
		}
		cols = append(cols, col{s, p})
	}
	if len(cols) < 3 {
		return nil, false
	}
	// every column holds text on at least two body lines
	for _, c := range cols {
		n := 0
		for _, l := range region[first:] {
			for p := c.start; p < c.end && p < len(l); p++ {
				if l[p] != ' ' {
					n++
					break
				}
			}
		}
		if n < 2 {
			return nil, false
		}
	}
	out := make([]string, len(region))
	for k, l := range region {
		if blankRunes(l) {
			out[k] = ""
			continue
		}
		cells := make([]string, len(cols))
		if k >= first {
			for ci, c := range cols {
				if c.start < len(l) {
					cells[ci] = strings.TrimSpace(string(l[c.start:min(c.end, len(l))]))
				}
			}
		} else {
			// a header cell goes to the column it overlaps most
			for _, hc := range spacedCells(l) {
				best, bestOv, bestDist := -1, 0, 1<<30
				for ci, c := range cols {
					ov := min(hc.end, c.end) - max(hc.start, c.start)
					dist := abs((hc.start+hc.end)/2 - (c.start+c.end)/2)
					if ov > bestOv || ov == bestOv && bestOv <= 0 && dist < bestDist {
						best, bestOv, bestDist = ci, ov, dist
					}
				}
				if cells[best] != "" {
					cells[best] += " "
				}
				cells[best] += hc.text
			}
		}
		out[k] = strings.Join(cells, "\t")
	}
	return out, true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// rowKey: a cell that opens a row: a row number ("1", "12.") or a budget
// code ("WA", "3355", "076.01.WA").
func rowKey(c string) bool {
	if t := strings.TrimRight(c, ".)"); t != "" && len(t) <= 3 && strings.Trim(t, "0123456789") == "" {
		return true
	}
	code, _ := budgetCode(c)
	return code != "" && !strings.Contains(c, " ")
}
