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
	var buf [24]int // on the stack: most padded tables are no tab-stop tables
	stops := buf[:0]
	pos := 0
	for _, c := range h.Cells {
		if c != "" {
			stops = append(stops, pos)
		}
		pos = nextStop(pos, c)
	}
	if len(stops) < 2 {
		return nil, false
	}
	// prove every row first, building nothing: most padded tables of a
	// real report are no tab-stop tables, and fail here
	moved := false
	for _, r := range b.Rows {
		if r.Start != r.End {
			return nil, false // a row of several lines: its cells' positions are not one line's
		}
		k, pos := 0, 0
		for j, c := range r.Cells {
			start := pos
			pos = nextStop(pos, c)
			if c == "" {
				continue
			}
			for k < len(stops) && stops[k] < start {
				k++
			}
			if k == len(stops) || stops[k] != start {
				return nil, false // a cell between two stops: its column is not proven
			}
			moved = moved || j != k
			k++
		}
	}
	if !moved {
		return nil, false
	}
	names := make([]string, 0, len(stops))
	for _, c := range h.Cells {
		if c != "" {
			names = append(names, c)
		}
	}
	rows := make([]extract.Row, len(b.Rows))
	for i, r := range b.Rows {
		cells := make([]string, len(stops))
		k, pos := 0, 0
		for _, c := range r.Cells {
			start := pos
			pos = nextStop(pos, c)
			if c == "" {
				continue
			}
			for stops[k] < start {
				k++
			}
			cells[k] = c
			k++
		}
		rows[i] = extract.Row{Start: r.Start, End: r.End, Cells: cells}
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

// nextStop is the display column after cell c, started at pos, and the
// TAB that follows it.
func nextStop(pos int, c string) int {
	return (pos+utf8.RuneCountInString(c))/tabStop*tabStop + tabStop
}
