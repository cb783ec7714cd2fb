package parse

import (
	"strings"
)

// proveAligned proves the columns of block b and returns its lines as TAB
// rows ("" keeps a line as it is).
func proveAligned(segs [][]aseg, b alignedBlock) ([]string, bool) {
	first := b.body
	// columns: the union of the cells of the multi-cell lines from the
	// first body line on
	var cols [][2]int
	for k := first; k < b.to; k++ {
		if len(segs[k]) < 2 {
			continue
		}
		for _, s := range segs[k] {
			cols = addSpan(cols, s.from, s.to)
		}
	}
	orig := segs
	segs = realignCompactHeader(segs, cols, b.from, first) // aligned_compact.go
	segs = unspaceHeader(segs, cols, b.from, first)        // "T A H U N" (aligned_letters.go)
	cols = mergeByHeader(segs, cols, b, first)
	if len(cols) < 2 {
		return nil, false
	}
	// one-cell lines after the last body line belong to the table only
	// while they sit in one column (a wrapped label); prose indented by
	// chance ends it
	for b.to > first+1 && len(segs[b.to-1]) <= 1 {
		if len(segs[b.to-1]) == 1 && !groupLine(segs[b.to-1]) {
			if _, n := colOf(cols, segs[b.to-1][0]); n == 1 {
				break
			}
		}
		b.to--
	}
	hcols := headerExtents(segs, cols, b.from, first)
	out := make([]string, b.to-b.from)
	cells := make([][]string, b.to-b.from)
	for k := b.from; k < b.to; k++ {
		if segs[k] == nil {
			continue
		}
		if k >= first && groupLine(segs[k]) {
			// a group heading inside one column ("A. Sasaran: ..." in the
			// label column) is a row of that column; across columns it
			// is left as text for the table reader
			if c, n := colOf(cols, segs[k][0]); n == 1 {
				row := make([]string, len(cols))
				row[c] = segs[k][0].text
				cells[k-b.from] = row
			}
			continue
		}
		row := make([]string, len(cols))
		var at []int // the header line's columns
		if k < first {
			var ok bool
			if at, ok = headerColumns(segs[k], cols, hcols); !ok {
				return nil, false
			}
		}
		for si, s := range segs[k] {
			c, n := colOf(cols, s)
			if at != nil && n == 0 {
				c, n = at[si], 1
			}
			if k >= first && n != 1 {
				return nil, false // a body cell over a gap or over two columns
			}
			if n == 0 {
				return nil, false // a header word in no column: not proven
			}
			if row[c] != "" && k >= first {
				return nil, false // two cells of one row in one column
			}
			if k >= first && runTogether(s.text) && !(k > first && mergedPairRow(segs[k-1], segs[k])) { // aligned_merged.go
				return nil, false // two numbers parted by one space: which column each is in is not proven
			}
			if row[c] != "" {
				row[c] += " "
			}
			row[c] += s.text
		}
		cells[k-b.from] = row
	}
	if !groupHeaders(segs, orig, cols, hcols, cells, b, first) {
		return nil, false
	}
	regroupKeyed(cells, first-b.from)
	for k := range cells {
		if cells[k] == nil {
			continue
		}
		r := cells[k]
		for len(r) > 0 && r[len(r)-1] == "" {
			r = r[:len(r)-1]
		}
		if len(r) == 1 {
			r = append(r, "") // a one-cell line in the first column stays a TAB line
		}
		out[k] = strings.Join(r, "\t")
	}
	return out, true
}

// groupHeaders checks the header lines (before first) and moves the words
// of a two-line header's upper line that span sub-columns to the first
// column of their group, as a ruled table's merged cell is read. orig
// holds the header lines as printed (before a compact header was
// realigned, aligned_span.go).
func groupHeaders(segs, orig [][]aseg, cols, hcols [][2]int, cells [][]string, b alignedBlock, first int) bool {
	var hdr []int
	for k := b.from; k < first; k++ {
		if segs[k] != nil {
			hdr = append(hdr, k-b.from)
		}
	}
	if len(hdr) == 0 {
		return true
	}
	// a header word over two columns is allowed only in an upper line of a
	// multi-line header; over no column, never
	for hi, h := range hdr {
		for _, s := range segs[b.from+h] {
			if _, n := colOf(cols, s); n > 1 && hi == len(hdr)-1 {
				return false
			}
		}
	}
	if len(hdr) < 2 {
		return true
	}
	up, low := cells[hdr[len(hdr)-2]], cells[hdr[len(hdr)-1]]
	upLine, lowLine := segs[b.from+hdr[len(hdr)-2]], orig[b.from+hdr[len(hdr)-1]]
	lowCol := lowerColumns(segs[b.from+hdr[len(hdr)-1]], lowLine, cols, hcols)
	own := placeSpanStarts(up, spanStarts(upLine, lowLine, lowCol))
	if len(own) == 0 {
		own = placeSpanStarts(up, centredGroups(upLine, lowLine, lowCol)) // aligned_span.go
	}
	moved := make([]string, len(cols))
	copy(moved, up)
	for c := range cols {
		if up[c] == "" || low[c] == "" {
			continue
		}
		// the run of columns around c with a lower word and no upper word
		// of their own is c's group; its upper word goes to the run's first column
		l := c
		for l > 0 && low[l-1] != "" && up[l-1] == "" {
			l--
		}
		r := c
		for r+1 < len(cols) && low[r+1] != "" && up[r+1] == "" {
			r++
		}
		if l == c && r == c {
			continue
		}
		if own[c] {
			continue // left-aligned over its group's first column as printed
		}
		w := upperSpan(segs[b.from+hdr[len(hdr)-2]], up[c])
		if lo, _, ok := lowerHull(segs[b.from+hdr[len(hdr)-1]], cols, hcols, c, c); ok && w[0] >= 0 && w[0] == lo {
			continue // left-aligned with the word under it: that column's own header ("PEMILU 2019" over "TPS")
		}
		if l != c {
			// the word moves left only when it is centred over its
			// group's lower words ("DPT" over "L P L+P"); a word off
			// centre may belong to the group on its left or right (two
			// elections side by side), which the alignment does not prove
			lo, hi, ok := lowerHull(segs[b.from+hdr[len(hdr)-1]], cols, hcols, l, r)
			if !ok || w[0] < 0 || abs2(w[0]+w[1]-lo-hi) > 4 {
				return false
			}
			moved[l], moved[c] = up[c], ""
		}
	}
	cells[hdr[len(hdr)-2]] = moved
	return true
}

// mergeByHeader joins body columns that one header word spans when no
// body row fills more than one of them: a column whose numbers are
// right-aligned and whose grades are left-aligned ("100%" and "WTP" under
// "Target") is one column, as its header says. A header word over columns
// that one row fills side by side (a group header, "DPT" over L, P, L+P)
// joins nothing.
func mergeByHeader(segs [][]aseg, cols [][2]int, b alignedBlock, first int) [][2]int {
	for k := b.from; k < first; k++ {
		for _, s := range segs[k] {
			c, n := colOf(cols, s)
			if n < 2 {
				continue
			}
			apart := true
			for r := first; r < b.to && apart; r++ {
				used := -1
				for _, t := range segs[r] {
					if tc, tn := colOf(cols, t); tn == 1 && tc >= c && tc < c+n {
						if used >= 0 && used != tc {
							apart = false
						}
						used = tc
					}
				}
			}
			if !apart {
				continue
			}
			merged := append(append([][2]int{}, cols[:c]...), [2]int{cols[c][0], cols[c+n-1][1]})
			cols = append(merged, cols[c+n:]...)
		}
	}
	return cols
}
