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
			more, e2, reach, st := tryPart(h, lines, rows, s, expect, numbered, marked, cut)
			switch st {
			case partJoined:
				drops := breakDrops(lines, end, k)
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
			marked = marked || rePageMark.MatchString(t) || strings.Count(t, " ") >= 2
		default:
			return nil, nil, failEnd, failEnd, status
		}
	}
	return nil, nil, failEnd, failEnd, status
}

// tryPart cuts the part opening on line s and says whether it joins; it
// returns the part's end and the end of its lines (past the part's end
// when the part was cut at a page line inside them).
func tryPart(h *flatHead, lines []line, rows []flatRow, s, expect int, numbered, marked bool, cut cutter) ([]flatRow, int, int, partStatus) {
	if numbered {
		if f := strings.Fields(lines[s].text); len(f) == 0 || rowNo(f[0]) != expect {
			return nil, s, s, partNone
		}
	}
	more, e2, reach, ok := cutPart(h, lines, s, regionEnd(lines, s), expect, cut)
	switch {
	case numbered && !ok:
		return nil, reach, reach, partFailed
	case numbered:
		return more, e2, reach, partJoined
	case !ok || !marked:
		return nil, reach, reach, partNone
	}
	all := append(append([]flatRow(nil), rows...), more...)
	if all[len(all)-1].total && h.proven(all) || reach > e2 {
		// a part cut at a page line is proven, or not, with the parts
		// after it
		return more, e2, reach, partJoined
	}
	return nil, reach, reach, partFailed
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
// table otherwise). It returns the rows, the part's end and to.
func cutPart(h *flatHead, lines []line, from, to, expect int, cut cutter) ([]flatRow, int, int, bool) {
	if rows, ok := cut(h, lines, from, to, expect); ok {
		return rows, to, to, true
	}
	for k := from + 1; k < to; k++ {
		if !pageLine(lines[k].text) {
			continue
		}
		if rows, ok := cut(h, lines, from, k, expect); ok {
			return rows, k, to, true
		}
	}
	return nil, to, to, false
}

// pageLine: a page number, or a short running line that ends in one
// ("LKj KPU Kab. Ende 2023 | hal. 17").
func pageLine(t string) bool {
	return isPageNumber(t) || len(t) <= 80 && furnitureText(t) && rePageMark.MatchString(t) && !flatValue(t) && strings.Count(t, " ") >= 2
}
