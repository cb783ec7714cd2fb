package parse

import (
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// A table typed with the TAB key against 8-character tab stops, as a
// typewriter user lines columns up: after each cell as many TABs as it
// takes to reach the next column, one to a dozen, so a row holds runs of
// empty cells that are no cells, and a long name needs fewer TABs than a
// short one. Counted by TABs, the same column lands at a different cell
// index on every row. Counted by display position, every cell of a row
// starts at the stop its header cell starts at: that position, proven on
// every cell of every row, is the column. A real empty cell is then a
// header column no cell of the row starts at.

// tabStop is the width of a tab stop in the display the table was typed
// for.
const tabStop = 8

// tabStops returns b with its cells placed under the header cells they
// start at, or false when b has no TAB padding (no run of empty cells) or
// a cell starts where no header cell does: then nothing proves its column
// and the table is read as it was.
func tabStops(b *extract.Block) (*extract.Block, bool) {
	if len(b.Header) != 1 || len(b.Rows) == 0 || !tabPadded(b) {
		return nil, false
	}
	h := b.Header[0]
	if h.Start != h.End {
		return nil, false
	}
	var stops []int
	var names []string
	for i, pos := range cellStarts(h.Cells) {
		if h.Cells[i] != "" {
			stops = append(stops, pos)
			names = append(names, h.Cells[i])
		}
	}
	if len(stops) < 2 {
		return nil, false
	}
	moved := false
	rows := make([]extract.Row, len(b.Rows))
	for i, r := range b.Rows {
		if r.Start != r.End {
			return nil, false // a row of several lines: its cells' positions are not one line's
		}
		cells := make([]string, len(stops))
		k := 0
		for j, pos := range cellStarts(r.Cells) {
			if r.Cells[j] == "" {
				continue
			}
			for k < len(stops) && stops[k] < pos {
				k++
			}
			if k == len(stops) || stops[k] != pos {
				return nil, false // a cell between two stops: its column is not proven
			}
			cells[k] = r.Cells[j]
			moved = moved || j != k
			k++
		}
		rows[i] = extract.Row{Start: r.Start, End: r.End, Cells: cells}
	}
	if !moved {
		return nil, false
	}
	out := *b
	out.Width = len(stops)
	out.Header = []extract.Row{{Start: h.Start, End: h.End, Cells: names}}
	out.Rows = rows
	return &out, true
}

// tabPadded: a line of b holds two empty cells in a row before its last
// cell, the mark of TABs typed to reach a column. (A single empty cell is
// often a real one.)
func tabPadded(b *extract.Block) bool {
	padded := func(cs []string) bool {
		for j := 1; j+1 < len(cs); j++ {
			if cs[j] == "" && cs[j-1] == "" {
				return true
			}
		}
		return false
	}
	if padded(b.Header[0].Cells) {
		return true
	}
	for _, r := range b.Rows {
		if padded(r.Cells) {
			return true
		}
	}
	return false
}

// cellStarts gives the display column each cell starts at when every cell
// is followed by one TAB to the next stop.
func cellStarts(cells []string) []int {
	out := make([]int, len(cells))
	pos := 0
	for j, c := range cells {
		out[j] = pos
		pos = (pos+utf8.RuneCountInString(c))/tabStop*tabStop + tabStop
	}
	return out
}
