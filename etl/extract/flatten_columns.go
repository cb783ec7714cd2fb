package extract

import (
	"slices"
	"strings"
)

// Tables read column after column. pdftotext without -layout reads some
// tables a column at a time: the column's header on a line, then its
// cells one per line, then the next column's header …
//
//	No          Indikator Kinerja   Target (%)   Realisasi (%)   Capaian (%)
//	1           Partisipasi …       77,50        81,36           104,98
//	2           …
//
// comes out as "No", "1", "2", "Indikator Kinerja", "Partisipasi …", …,
// "Target (%)", "77,50", …. Nothing marks where a column ends but the next
// header, and a cell may itself read as a column word ("Jumlah" closing a
// Kecamatan column), so the reader tries every way of cutting the run into
// columns that each open with a column word and hold cells of the kind
// their header announces (numbers 1, 2, 3 … under No, codes under Kode,
// values under a value column). The table is rebuilt only when exactly
// one cut gives columns of one length (a No, Kode or Tahun column may lack
// the cell of a closing JUMLAH/Total row), and the arithmetic the header
// allows proves the rows (capaian = realisasi / target, L + P, pagu −
// realisasi = sisa, the total row): a table no check can prove is
// reported, never loaded.

// colSpan is one column: its header lines[h:c], its cells lines[c:e].
type colSpan struct{ h, c, e int }

// columnTable tries a table read column after column whose first header
// is on line i. It returns the index after the table when it rebuilt or
// reported one.
// A header cell may be written over two lines ("Indikator" over
// "Kinerja"): a run opening with two column words is only rebuilt, never
// reported, since it may as well be a header written one cell per line.
func columnTable(lines []line, i int) (int, bool) {
	end := regionEnd(lines, i)
	if end-i < 6 || end-i > 600 || countValues(lines, i, end) < 4 {
		return 0, false
	}
	report := !flatHeaderCell(lines[i+1].text)
	var found [][]colSpan
	var acc []colSpan
	var cut func(k int)
	var cells func(k, c int)
	cut = func(k int) {
		if len(found) > 1 {
			return // two cuts already: ambiguous
		}
		if k == end {
			if _, ok := columnRows(lines, acc); ok {
				found = append(found, append([]colSpan(nil), acc...))
			}
			return
		}
		if !flatHeaderCell(lines[k].text) || len(acc) >= 16 {
			return
		}
		for hl := 1; hl <= 2 && k+hl < end; hl++ {
			if hl == 2 && (!flatHeaderCell(lines[k+1].text) || unitLine(lines[k+1].text)) {
				break
			}
			c := k + hl
			if c < end && unitLine(lines[c].text) {
				c++ // "Capaian" over "(%)": the column's unit
			}
			cells(k, c)
		}
	}
	// cells tries every end of the column whose header is lines[k:c]
	cells = func(k, c int) {
		kind := newFlatHead([]string{headText(lines, k, c)}).kinds[0]
		for m := c; m < end; m++ {
			if !cellFits(kind, lines[m].text, m-c+1) {
				return // a cell its header does not announce: the column ends before it
			}
			if m+1 == end || flatHeaderCell(lines[m+1].text) {
				acc = append(acc, colSpan{k, c, m + 1})
				cut(m + 1)
				acc = acc[:len(acc)-1]
			}
		}
	}
	cut(i)
	if len(found) != 1 {
		if report && looksColumnar(lines, i, end) {
			markUnproven(lines, i, end)
			return end, true
		}
		return 0, false
	}
	cols := found[0]
	h, rows, ok := columnHead(lines, cols)
	if !ok || !h.usable() || !h.checkable(rows) || !h.proven(rows) {
		if !report {
			return 0, false
		}
		markUnproven(lines, i, end)
		return end, true
	}
	lines[i].tab, lines[i].cells, lines[i].flat = true, h.cells, flatProven
	for k := i + 1; k < end; k++ {
		lines[k].skip = true
	}
	for r, row := range rows {
		// each row on a line of its own below the header; the lines' own
		// texts are cells of other rows, all of them skipped
		ln := &lines[i+1+r]
		ln.skip, ln.tab, ln.cells, ln.flat = false, true, row.cells, flatProven
	}
	return end, true
}

// unitLine: a unit on a line of its own under a column name.
func unitLine(t string) bool {
	u := strings.Trim(t, "()")
	return strings.HasPrefix(t, "(") && (u == "%" || strings.EqualFold(u, "rp"))
}

func headText(lines []line, h, c int) string {
	parts := make([]string, 0, c-h)
	for k := h; k < c; k++ {
		parts = append(parts, lines[k].text)
	}
	return strings.Join(parts, " ")
}

// cellFits: line t can be cell n (from 1) of a column of this kind.
func cellFits(kind fkind, t string, n int) bool {
	switch kind {
	case fNo:
		return rowNo(t) == n
	case fKode:
		return flatCode(t)
	case fYear:
		return isYear(t)
	case fSatuan:
		return unitWord(t)
	case fValue:
		return flatValue(t)
	}
	return !flatNumeric(t)
}

// columnRows checks the lengths of a cut and builds its rows: every
// column as long as the longest, but a No or Kode column, which may lack
// the cell of a closing total row.
func columnRows(lines []line, cols []colSpan) ([]flatRow, bool) {
	if len(cols) < 2 {
		return nil, false
	}
	n := 0
	for _, c := range cols {
		n = max(n, c.e-c.c)
	}
	if n < 2 {
		return nil, false
	}
	heads := make([]string, len(cols))
	for k, c := range cols {
		heads[k] = headText(lines, c.h, c.c)
	}
	// a components table closes with its final score ("Nilai Akhir") as
	// others close with "Jumlah"; the sums prove either
	h := newFlatHead(heads)
	total := false
	for _, c := range cols {
		if c.e-c.c == n && !flatValue(lines[c.e-1].text) && h.closes(lines[c.e-1].text) {
			total = true
		}
	}
	rows := make([]flatRow, n)
	for r := range rows {
		rows[r] = flatRow{cells: make([]string, len(cols)), first: -1, last: -1}
	}
	rows[n-1].total = total
	codes := -1 // a Kode column without the total row's cell
	for k, c := range cols {
		short := c.e-c.c == n-1
		if c.e-c.c != n && !short {
			return nil, false
		}
		if short {
			kind := newFlatHead([]string{headText(lines, c.h, c.c)}).kinds[0]
			if !total || kind != fNo && kind != fKode {
				return nil, false
			}
			if kind == fKode {
				codes = k
			}
		}
		for r := 0; r < c.e-c.c; r++ {
			rows[r].cells[k] = lines[c.c+r].text
		}
	}
	if codes >= 0 && !codesFitLabels(rows[:n-1], codes) {
		return nil, false
	}
	return rows, true
}

// codesFitLabels: in a Kode column that lacks the total row's cell, the
// codes stand on their rows, not one row off: where the labels name
// programs ("Program ..."), exactly the program rows hold program codes
// (WA, 076.01.CQ) and the others kegiatan or output codes.
func codesFitLabels(rows []flatRow, codes int) bool {
	isProg := func(t string) bool { return strings.HasPrefix(strings.ToLower(t), "program ") }
	for c := range rows[0].cells {
		if c == codes || !slices.ContainsFunc(rows, func(r flatRow) bool { return isProg(r.cells[c]) }) {
			continue
		}
		for _, r := range rows {
			if isProg(r.cells[c]) != (codeLevel(r.cells[codes]) == 1) {
				return false
			}
		}
		return true
	}
	return true
}

// columnHead is the header of a cut and its rows.
func columnHead(lines []line, cols []colSpan) (*flatHead, []flatRow, bool) {
	cells := make([]string, len(cols))
	for k, c := range cols {
		cells[k] = headText(lines, c.h, c.c)
	}
	rows, ok := columnRows(lines, cols)
	return newFlatHead(cells), rows, ok
}

// checkable: the header names columns some check relates (L, P and their
// sum; pagu, realisasi and sisa or %; target, realisasi and capaian), or
// the table closes with a total row, which proven sums.
func (h *flatHead) checkable(rows []flatRow) bool {
	has := map[frole]bool{}
	for _, r := range h.roles {
		has[r] = true
	}
	switch {
	case has[rL] && has[rP] && has[rLP]:
	case has[rPagu] && has[rReal] && (has[rSisa] || has[rPct]):
	case has[rTarget] && has[rReal] && has[rCap]:
	default:
		return len(rows) > 0 && rows[len(rows)-1].total
	}
	return true
}

// looksColumnar: a run that reads as a table read column after column
// which no cut could rebuild: two column words at least, each over a
// line that is no column word, and most of the lines values.
func looksColumnar(lines []line, from, to int) bool {
	heads := 0
	for k := from; k+1 < to; k++ {
		if flatHeaderCell(lines[k].text) && !flatHeaderCell(lines[k+1].text) {
			heads++
		}
	}
	return heads >= 2 && 2*countValues(lines, from, to) >= to-from
}
