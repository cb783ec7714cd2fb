package parse

import "github.com/kpu-ntt/lkj/etl/extract"

// alignedCandidate grows a table block from line i: up to three header
// lines of two or more cells (one blank line may follow them), then body
// lines, rows without values and indented wrapped labels. It needs at
// least two body lines.
func alignedCandidate(lines []string, segs [][]aseg, i int) (alignedBlock, bool) {
	if len(segs[i]) < 2 {
		return alignedBlock{}, false
	}
	k := i
	for k < len(lines) && k-i < 3 && (len(segs[k]) >= 2 || k > i && unitLine(segs[k])) && !bodyLine(segs[k]) {
		if k > i && segs[k][0].from <= segs[i][0].from+1 && rowKey(segs[k][0].text) {
			break // a keyed row whose values come on a later line, not a header line
		}
		k++
	}
	lead := false // the body opens with a heading of its first rows in one column ("DAPIL KUPANG 1")
	if k > i && k < len(lines) && groupLine(segs[k]) {
		// the body opens with a group heading
	} else if k > i && k+1 < len(lines) && len(segs[k]) == 1 && segs[k][0].from > segs[i][0].from && bodyLine(segs[k+1]) {
		lead = true
	} else if k > i {
		if n := afterBlanks(segs, k); n > k && len(segs[n]) >= 2 {
			k = n // one or two blank lines between header and body
		}
	}
	body := 0
	end := k
	for ; end < len(lines); end++ {
		s := segs[end]
		switch {
		case bodyLine(s):
			body++
		case groupLine(s) && end+1 < len(lines) && len(segs[end+1]) >= 2:
			// a group heading over the rows below ("Sasaran Strategis 2:
			// ..."): it spans the columns and stays a text line
		case extract.PrintFooter(lines[end]):
			goto done // a finance report's print footer under its rows (etl/extract/table_reporthead.go)
		case pageFootLine(s):
			goto done // a printed page's footer naming the page under its rows (aligned_page_foot.go)
		case len(s) >= 2:
		case len(s) == 1 && s[0].from >= 2 && (body > 0 || lead && end == k):
		case s == nil && body > 0:
			// rows parted by blank lines (the padding of a ruled table's
			// rows): the table goes on when a multi-cell line follows
			n := afterBlanks(segs, end)
			if n == end || len(segs[n]) < 2 {
				goto done
			}
			end = n - 1
		default:
			goto done
		}
	}
done:
	// a wrapped label after the last body line may be prose indented by
	// chance: only lines up to the last body line or its wrapped label
	// count, and trailing one-cell lines are kept only when they sit in the
	// label column (checked by proveAligned).
	if body == 1 && k == i+1 && oneRowTable(segs[i], segs, k, end) {
		return alignedBlock{from: i, body: k, to: end}, true
	}
	if body == 1 && k == i && oneRowFoot(segs, i, end) {
		return alignedBlock{from: i, body: k, to: end}, true // its header under it (aligned_below.go proves it)
	}
	if body < 2 {
		return alignedBlock{}, false
	}
	return alignedBlock{from: i, body: k, to: end}, true
}

// oneRowTable: a one-line header over a single body row ("Indikator |
// Realisasi 2019 | Realisasi 2020 | Target 2024"): with one row the
// alignment proves little, so header and row must have the same number of
// cells, three or more, each header cell over its row cell in order; a
// label cell left of every header word ("Nilai" under components as
// columns) is the row's own.
func oneRowTable(hdr []aseg, segs [][]aseg, from, to int) bool {
	var row []aseg
	for k := from; k < to; k++ {
		if bodyLine(segs[k]) {
			row = segs[k]
		}
	}
	if len(row) == len(hdr)+1 && len(hdr) >= 3 && row[0].to < hdr[0].from && !valueSeg(row[0].text) {
		// the row's label ("Nilai") under no header word: the measures
		// as columns, the row naming what they measure
		row = row[1:]
	}
	if len(hdr) < 3 || len(row) != len(hdr) {
		return false
	}
	for c := range hdr {
		if hdr[c].from > row[c].to || hdr[c].to < row[c].from {
			return false
		}
		if c > 0 && (hdr[c].from <= row[c-1].to || row[c].from <= hdr[c-1].to) {
			return false
		}
	}
	return true
}

// proveShrinking proves block b, or else its longest part that ends at a
// blank line or a group heading inside it and still holds two body lines:
// a page's running footer ("LKj KPU Kab. X 2019    27") below the rows
// reads like one more row, but it stands after a blank line and is no part
// of the table; the rows after a group heading are proven on their own.
func proveShrinking(segs [][]aseg, b alignedBlock) ([]string, alignedBlock, bool) {
	for {
		if rows, ok := proveAligned(segs, b); ok {
			return rows, b, true
		}
		cut := -1
		for k := b.to - 1; k > b.body; k-- {
			// a group heading ("Predikat B (Baik)") may part rows padded
			// each group on its own: the rows above it are proven alone
			if segs[k] == nil || groupLine(segs[k]) {
				cut = k
				break
			}
		}
		if cut < 0 {
			return nil, b, false
		}
		body := 0
		for k := b.body; k < cut; k++ {
			if bodyLine(segs[k]) {
				body++
			}
		}
		if body < 2 {
			return nil, b, false
		}
		b.to = cut
	}
}

// afterBlanks is the index of the line after one or two blank lines
// starting at k, or k when k is not blank or more blank lines follow.
func afterBlanks(segs [][]aseg, k int) int {
	n := k
	for n < len(segs) && n-k < 2 && segs[n] == nil {
		n++
	}
	if n == k || n >= len(segs) || segs[n] == nil {
		return k
	}
	return n
}
