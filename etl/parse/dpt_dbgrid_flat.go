package parse

import (
	"strings"
)

// dbgridFlatBreaks restores a control-break report (dpt_dbgrid.go, style
// 2) whose groups a print set as tables of their own. Oracle APEX renders
// every break group as a separate table with its own column widths, so a
// PDF of the page keeps the cells apart only where a group has rows enough
// to show its columns: the header, set alone, and a group of one row (the
// kabupaten) come out as words joined by single spaces, and the space
// between the tables as blank lines:
//
//	Wilayah Desa/Kel TPS Laki-laki Perempuan Jumlah
//
//	Tingkat : Kabupaten
//	KABUPATEN SUMBA BARAT 80 341 67,574 66,352 133,926
//
//	Tingkat : Kecamatan
//	KOTA WAIKABUBAK	13	98	19,012	18,373	37,385
//
// The TAB rows give the column count n. A joined row is cut into n cells
// only when its last n-1 words are figures and the words before them hold
// a letter (the name); the header only when it has exactly n words, none a
// figure. Two break lines or more with TAB rows of n cells under one of
// them prove the report; the blank lines inside it move below it (the
// text keeps its line count). The grid reader still proves every figure
// (L + P = total, the kabupaten the sum of its kecamatan): a cut that is
// wrong loads nothing.
func dbgridFlatBreaks(lines []string) bool {
	changed := false
	for i := 0; i < len(lines); i++ {
		if !dbgridBreakLine(lines[i]) {
			continue
		}
		h := i - 1 // the header: the nearest line with words above
		for h >= 0 && strings.TrimSpace(lines[h]) == "" {
			h--
		}
		n, breaks, end := 0, 0, i // end: one past the report's last line
		for k := i; k < len(lines); k++ {
			t := strings.TrimSpace(lines[k])
			switch {
			case t == "":
				continue
			case dbgridBreakLine(lines[k]):
				breaks++
			case strings.Contains(lines[k], "\t"):
				c := len(gridCells(lines[k]))
				if n != 0 && c != n {
					k = len(lines)
					continue
				}
				n = c
			case dbgridJoinedRow(t, 0) == nil:
				k = len(lines)
				continue
			}
			end = k + 1
		}
		if h < 0 || breaks < 2 || n < 5 || strings.Contains(lines[h], "\t") {
			i = end - 1
			continue
		}
		head := strings.Fields(lines[h])
		if len(head) != n || !dbgridHeadMay(head) {
			i = end - 1
			continue
		}
		var kept, blank []string
		ok := true
		for k := i; k < end && ok; k++ {
			t := strings.TrimSpace(lines[k])
			switch {
			case t == "":
				blank = append(blank, lines[k])
			case dbgridBreakLine(lines[k]) || strings.Contains(lines[k], "\t"):
				kept = append(kept, lines[k])
			default:
				cs := dbgridJoinedRow(t, n)
				ok = cs != nil
				kept = append(kept, strings.Join(cs, "\t"))
			}
		}
		if !ok {
			i = end - 1
			continue
		}
		for k := h + 1; k < i; k++ { // blank lines between the header and the first break
			blank = append(blank, lines[k])
		}
		out := append([]string{strings.Join(head, "\t")}, kept...)
		copy(lines[h:end], append(out, blank...))
		changed = true
		i = end - 1
	}
	return changed
}

// dbgridBreakLine: l is a control-break line ("Tingkat : Kecamatan").
func dbgridBreakLine(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) < 100 && !strings.Contains(l, "\t") && dbgridBreak.MatchString(t)
}

// dbgridJoinedRow cuts a row whose cells a print joined with single
// spaces into n cells: the name (words holding a letter), then n-1
// figures. With n = 0 any count of figures (two or more) will do; nil when
// the line is no such row.
func dbgridJoinedRow(t string, n int) []string {
	ws := strings.Fields(t)
	f := 0
	for f < len(ws) && dbgridFigure.MatchString(ws[len(ws)-1-f]) {
		f++
	}
	if n > 0 && f >= n-1 {
		f = n - 1
	}
	if f < 2 || f == len(ws) || n > 0 && f != n-1 {
		return nil
	}
	name := strings.Join(ws[:len(ws)-f], " ")
	if !hasLetter(name) || dbgridFigure.MatchString(ws[len(ws)-f-1]) && n > 0 {
		return nil // a figure left over: more figures than the columns hold
	}
	return append([]string{name}, ws[len(ws)-f:]...)
}

// dbgridFlatMay: some break line stands over a line with no TAB (a joined
// row or a blank), the only case dbgridFlatBreaks has work in.
func dbgridFlatMay(data []byte) bool {
	prev := false
	return someLine(data, func(l []byte) bool {
		was := prev
		prev = dbgridBreakLine(string(l))
		return was && !strings.Contains(string(l), "\t")
	})
}
