package extract

import "strings"

// Page breaks inside a flattened table. Between two parts of a table stand
// blank lines, a page number, the page's running footer and the next
// page's running header ("LKj KPU Kab. Ende 2023 | hal. 17"), and maybe
// the table's header repeated. The next part is joined only when it is
// proven to go on with the rows above:
//   - numbered rows: it opens with the next row number;
//   - rows without numbers, whose first label reads like a running header
//     itself: a page mark stands between (a page number, a running line
//     of three words or more), the part cuts into rows of the header, and the
//     table's total, closing the last part, is the sum of the rows of
//     both. A part that cuts into rows but fails that proof is reported
//     with the rest of the table; one that cuts into no rows is text, and
//     the table ends before it.

type partStatus uint8

const (
	partNone   partStatus = iota // no next part: the table ends
	partJoined                   // the next part goes on with the rows
	partFailed                   // the rows went on and failed there: report the table
)

// nextPart looks for the part of the table after the page break at end.
func nextPart(h *flatHead, hdr []string, lines []line, rows []flatRow, end int, cut cutter) ([]flatRow, [][2]int, int, int, partStatus) {
	expect := 1
	for _, r := range rows {
		if !r.total && !r.group {
			expect++
		}
	}
	numbered := h.has(fNo)
	if !numbered && (end >= len(lines) || !lines[end].blank && !pageLine(lines[end].text)) {
		return nil, nil, end, end, partNone // the table ended at a note, not at a page break
	}
	status, failEnd := partNone, end
	marked := false
	for k := end; k < len(lines) && k-end <= pageBreakLines && !lines[k].tab; k++ {
		t := lines[k].text
		if lines[k].blank {
			continue
		}
		// the part may open here, after the header repeated
		s, rep := k, [2]int{-1, -1}
		if sameLines(lines, k, hdr) {
			s, rep = k+len(hdr), [2]int{k, k + len(hdr)}
		}
		if s < len(lines) && !lines[s].blank && !lines[s].tab {
			more, stitched, e2, reach, st := tryPart(h, hdr, lines, rows, s, expect, numbered, marked, cut)
			switch st {
			case partJoined:
				drops := append(breakDrops(lines, end, k), stitched...)
				if rep[0] >= 0 {
					drops = append(drops, rep)
				}
				return more, drops, e2, reach, partJoined
			case partFailed:
				if numbered {
					return nil, nil, e2, e2, partFailed
				}
				status, failEnd = partFailed, max(failEnd, e2)
			}
		}
		// else the line is page furniture, or the part cannot open here
		switch {
		case isPageNumber(t):
			marked = true
		case len(t) <= 80 && furnitureText(t) && !flatValue(t):
			marked = marked || pageMark(t) || strings.Count(t, " ") >= 2
		default:
			return nil, nil, failEnd, failEnd, status
		}
	}
	return nil, nil, failEnd, failEnd, status
}

// tryPart cuts the part opening on line s and says whether it joins; it
// returns the part's end and the end of its lines (past the part's end
// when the part was cut at a page line inside them).
func tryPart(h *flatHead, hdr []string, lines []line, rows []flatRow, s, expect int, numbered, marked bool, cut cutter) ([]flatRow, [][2]int, int, int, partStatus) {
	if numbered {
		if f := strings.Fields(lines[s].text); len(f) == 0 || rowNo(f[0]) != expect {
			return nil, nil, s, s, partNone
		}
	}
	more, stitched, e2, reach, ok := cutPart(h, hdr, lines, s, regionEnd(lines, s), expect, cut)
	switch {
	case numbered && !ok:
		return nil, nil, reach, reach, partFailed
	case numbered:
		return more, stitched, e2, reach, partJoined
	case !ok || !marked:
		return nil, nil, reach, reach, partNone
	}
	all := append(append([]flatRow(nil), rows...), more...)
	if all[len(all)-1].total && h.proven(all) || reach > e2 {
		// a part cut at a page line is proven, or not, with the parts
		// after it
		return more, stitched, e2, reach, partJoined
	}
	return nil, nil, reach, reach, partFailed
}

// breakDrops are the running lines of a page break (lines[from:to]) that
// are neither blank nor a page number: dropped with the rebuilt table.
func breakDrops(lines []line, from, to int) [][2]int {
	var out [][2]int
	for k := from; k < to; k++ {
		if !lines[k].blank && !isPageNumber(lines[k].text) {
			out = append(out, [2]int{k, k + 1})
		}
	}
	return out
}

// cutPart cuts lines[from:to] into rows. A page break that left no blank
// line (a converter that marks it with a form feed only) stands inside the
// region as a page number or a running line with one: when the whole
// region does not cut, the part ends at the first such line before which
// it does, and the rest must be the next part's (readTable reports the
// table otherwise). A page break inside a record is stitched (stitchPart).
// It returns the rows, the lines to drop, the part's end and the end of
// its lines.
func cutPart(h *flatHead, hdr []string, lines []line, from, to, expect int, cut cutter) ([]flatRow, [][2]int, int, int, bool) {
	if rows, ok := cut(h, lines, from, to, expect); ok {
		return rows, nil, to, to, true
	}
	for k := from + 1; k < to; k++ {
		if !pageLine(lines[k].text) {
			continue
		}
		if rows, ok := cut(h, lines, from, k, expect); ok {
			return rows, nil, k, to, true
		}
	}
	if rows, drops, e, ok := stitchPart(h, hdr, lines, from, to, expect, cut); ok {
		return rows, drops, e, e, true
	}
	return nil, nil, to, to, false
}

// stitchPart reads a part that a page break cut inside a record: one cell
// a line, the row's number and label before the break and its values after
// it ("2", "Persentase Partisipasi Pemilih", then the page's blank lines,
// furniture or the header repeated, then "77,5%" …). The lines after the
// break (tried at each line of it, as nextPart does) are laid after the
// part's; the part is read only when the whole cuts into rows of the
// header, the row over the break included. The rows are mapped back to the
// document's lines, and the break's lines are dropped so that the row
// spans them. It returns the rows, the drops and the end of the lines read.
func stitchPart(h *flatHead, hdr []string, lines []line, from, to, expect int, cut cutter) ([]flatRow, [][2]int, int, bool) {
	if to >= len(lines) || !lines[to].blank || to == from {
		return nil, nil, to, false
	}
	for k := to; k < len(lines) && k-to <= pageBreakLines && !lines[k].tab; k++ {
		t := lines[k].text
		if lines[k].blank {
			continue
		}
		s := k
		if sameLines(lines, k, hdr) {
			s = k + len(hdr)
		}
		if s < len(lines) && !lines[s].blank && !lines[s].tab {
			e := regionEnd(lines, s)
			joined := make([]line, 0, to-from+e-s)
			joined = append(append(joined, lines[from:to]...), lines[s:e]...)
			if rows, ok := cut(h, joined, 0, len(joined), expect); ok {
				at := func(i int) int {
					if i < to-from {
						return from + i
					}
					return s + i - (to - from)
				}
				for i := range rows {
					rows[i].first, rows[i].last = at(rows[i].first), at(rows[i].last)
				}
				return rows, [][2]int{{to, s}}, e, true
			}
		}
		if !isPageNumber(t) && !(len(t) <= 80 && furnitureText(t) && !flatValue(t)) {
			break
		}
	}
	return nil, nil, to, false
}

// pageLine: a page number, or a short running line that ends in one
// ("LKj KPU Kab. Ende 2023 | hal. 17").
func pageLine(t string) bool {
	return isPageNumber(t) || len(t) <= 80 && furnitureText(t) && pageMark(t) && !flatValue(t) && strings.Count(t, " ") >= 2
}

// headerOverBreak reads a table written one cell a line whose header run
// lines[i:j] a page break cut ("Kode" … "Sisa", the page's end, "%" on the
// next page): past the break (blank lines, page numbers, running lines
// with one) the header goes on when the next line is a column name too.
// The table is read on the lines with the break left out and taken only
// when proven; its lines are then written back and the break's skipped.
func headerOverBreak(lines []line, i, j int) (int, bool) {
	if j >= len(lines) || !lines[j].blank {
		return 0, false
	}
	s := j
	for s < len(lines) && s-j <= pageBreakLines && (lines[s].blank || !lines[s].tab && pageLine(lines[s].text)) {
		s++
	}
	if s-j > pageBreakLines || s >= len(lines) || lines[s].tab || !flatHeaderCell(lines[s].text) {
		return 0, false
	}
	n := j - i
	joined := make([]line, 0, n+len(lines)-s)
	joined = append(append(joined, lines[i:j]...), lines[s:]...)
	e := n
	for e < len(joined) && !joined[e].blank && e < 14 && flatHeaderCell(joined[e].text) {
		e++
	}
	if e < 2 {
		return 0, false
	}
	end, ok := perLineTable(joined, 0, e)
	if !ok || joined[0].flat != flatProven {
		return 0, false
	}
	for c := range joined[:end] {
		if c < n {
			lines[i+c] = joined[c]
		} else {
			lines[s+c-n] = joined[c]
		}
	}
	for k := j; k < s; k++ {
		lines[k].skip = true
	}
	return s + end - n, true
}
