package parse

import (
	"strings"
	"unicode"
)

// rtfBound is a cell's right edge (\cellx, twips from the margin); merged:
// the cell continues the one before it (\clmrg).
type rtfBound struct {
	x      int
	merged bool
}

// rtfRow is a row's cells and the boundaries of the definition in force
// when it closed (Word writes a row's \trowd before its cells, after them,
// or both).
type rtfRow struct {
	cells  []string
	bounds []rtfBound
}

// flushRow keeps the row read back until its table ends; a row of empty
// cells is layout and goes.
func (c *rtfConv) flushRow() {
	cells := c.cells
	c.cells = nil
	if strings.Join(cells, "") == "" {
		return
	}
	c.table = append(c.table, rtfRow{cells: cells, bounds: append([]rtfBound(nil), c.bounds...)})
}

// endTable writes the rows of the table read, one TAB line each.
func (c *rtfConv) endTable() {
	rows := c.table
	c.table = nil
	for _, r := range rtfAlign(rows) {
		line := strings.Join(r, "\t")
		if len(r) == 1 {
			line += "\t" // a one-cell row is still a row
		}
		c.lines = append(c.lines, line)
	}
}

// rtfTwips is how far two cell edges may lie apart and still be one
// column's edge (half a millimetre).
const rtfTwips = 30

// rtfAlign returns the cells of a table's rows. A row with fewer cells
// than the widest row of the table gets that row's columns when each of
// its cell edges lies on one of that row's edges, some cell spans one
// column and no figure spans more: a label spanning n columns stands in
// the last of them (a title holding a year in the first), as a colspan
// does in an HTML table. Rows drawn with even widths whatever their
// columns (every cell spanning as many) prove nothing; they and any other
// row keep their cells as they are and the table readers decide.
func rtfAlign(rows []rtfRow) [][]string {
	out := make([][]string, len(rows))
	edges := make([][]int, len(rows))
	var grid []int
	for k, r := range rows {
		out[k], edges[k] = rtfSpans(r)
		if len(edges[k]) > len(grid) {
			grid = edges[k]
		}
	}
	for k := range rows {
		if edges[k] == nil || len(edges[k]) >= len(grid) {
			continue
		}
		if cells, ok := rtfOnGrid(out[k], edges[k], grid); ok {
			out[k] = cells
		}
	}
	return out
}

// rtfSpans is a row's cells with a merged cell (\clmrg) folded into the
// one it continues, and their right edges; no edges when the definition
// does not give one edge a cell.
func rtfSpans(r rtfRow) ([]string, []int) {
	if len(r.bounds) != len(r.cells) {
		return r.cells, nil
	}
	var cells []string
	var edges []int
	for k, b := range r.bounds {
		if b.merged && k > 0 {
			n := len(cells) - 1
			cells[n] = strings.TrimSpace(cells[n] + " " + r.cells[k])
			edges[n] = b.x
			continue
		}
		cells = append(cells, r.cells[k])
		edges = append(edges, b.x)
	}
	return cells, edges
}

// rtfOnGrid spreads cells over the columns whose right edges are grid;
// false when an edge lies on none of them, when a figure spans columns or
// when every cell does.
func rtfOnGrid(cells []string, edges, grid []int) ([]string, bool) {
	var out []string
	g, single := 0, false
	for k, x := range edges {
		from := g
		for g < len(grid) && grid[g] < x-rtfTwips {
			g++
		}
		if g == len(grid) || grid[g] > x+rtfTwips {
			return nil, false
		}
		g++
		span := g - from
		if span == 1 {
			single = true
			out = append(out, cells[k])
			continue
		}
		if rtfFigure(cells[k]) {
			return nil, false
		}
		pad := make([]string, span-1)
		if hasDigitStr(cells[k]) {
			out = append(append(out, cells[k]), pad...)
			continue
		}
		out = append(append(out, pad...), cells[k])
	}
	return out, single
}

// rtfFigure: the cell is a figure ("1.250.000", "Rp 3.000", "95,00%"): it
// holds a digit and no word of three letters.
func rtfFigure(c string) bool {
	if !hasDigitStr(c) {
		return false
	}
	run := 0
	for _, r := range c {
		if unicode.IsLetter(r) {
			if run++; run >= 3 {
				return false
			}
			continue
		}
		run = 0
	}
	return true
}
