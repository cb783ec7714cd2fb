package parse

import "strings"

// A space-aligned table whose header lines are printed UNDER its rows (a
// house style, or a PDF export that moves the header to the foot): the
// columns are found from the rows and every line after them must fall
// into one column, which the header's words, centred over wide columns or
// a group title over its sub-columns, do not; the table was reported.
//
// alignedFoot proves such a block as if its trailing header lines stood on
// top, with the rules a header above its rows gets (aligned_header.go),
// and writes the TAB lines back in place: rows first, the header after
// them, for the extractor to move above (extract/header_below.go). Only a
// block with no header above, ending in one to three lines that are no
// rows and hold no value, is tried; the whole block must be proven, with
// exactly those lines as its header.
func alignedFoot(lines []string, segs [][]aseg, b alignedBlock) (to int, ok bool) {
	if b.body != b.from || !bodyLine(segs[b.from]) {
		return 0, false
	}
	last := -1
	for k := b.from; k < b.to; k++ {
		if bodyLine(segs[k]) {
			last = k
		}
	}
	foot := b.to - last - 1
	if last < 0 || foot < 1 || foot > 3 {
		return 0, false
	}
	for k := last + 1; k < b.to; k++ {
		if len(segs[k]) == 0 {
			return 0, false
		}
		for _, s := range segs[k] {
			if valueSeg(s.text) {
				return 0, false // a figure: a row or a total, no header
			}
		}
	}
	skip := 0 // one-cell title lines over the header ("Anggaran (Rp)" over "Realisasi   Pagu")
	for skip < foot-1 && len(segs[last+1+skip]) == 1 {
		skip++
	}
	if len(segs[last+1+skip]) < 2 {
		return 0, false
	}
	// the block reordered: the foot lines first, then the rows
	order := make([]int, 0, b.to-b.from)
	for k := last + 1; k < b.to; k++ {
		order = append(order, k)
	}
	for k := b.from; k <= last; k++ {
		order = append(order, k)
	}
	tl, ts := make([]string, len(order)), make([][]aseg, len(order))
	for n, k := range order {
		tl[n], ts[n] = lines[k], segs[k]
	}
	c, ok := alignedCandidate(tl, ts, skip)
	if !ok || c.body != foot || c.to != len(order) {
		return 0, false
	}
	rows, part, ok := proveShrinking(ts, c)
	if !ok || part.from != skip || part.body != foot || part.to != len(order) {
		return 0, false
	}
	titles := make([]string, skip)
	for n := range skip {
		if titles[n], ok = titleCells(ts[n][0], ts[skip], rows[0]); !ok {
			return 0, false
		}
	}
	for n, r := range titles {
		lines[order[n]] = r
	}
	for n, r := range rows {
		if r != "" {
			lines[order[skip+n]] = r
		}
	}
	return b.to, true
}

// titleCells writes a title line of one cell as a TAB line over the
// header hdr (its cells and its proven TAB line): the title goes into the
// column of the first header cell under it, as a converter writes a title
// spanning columns; ok is false when it stands over no header cell.
func titleCells(title aseg, hdr []aseg, row string) (string, bool) {
	cells := strings.Split(row, "\t")
	k := 0 // the header cell of cells[c]: the non-empty cells in order
	for c, cell := range cells {
		if cell == "" {
			continue
		}
		if k >= len(hdr) {
			return "", false
		}
		if hdr[k].from <= title.to && title.from <= hdr[k].to {
			return strings.Repeat("\t", c) + title.text, true
		}
		k++
	}
	return "", false
}
