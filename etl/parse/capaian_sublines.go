package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Measures as lines of the indicator column itself. The indicator's line
// holds its statement alone; the lines below it name a measure in the same
// column and give its value in one column to the right:
//
//	No  Indikator Kinerja                    Nilai
//	1   Nilai Keterbukaan Informasi Publik
//	    Target                               65
//	    Realisasi                            70,15
//	    Capaian                              107,92%
//
// Every line of the table is either a measure line (a measure label and
// one value, always in the same value column) or a text line without
// values (an indicator, its wrapped words, a group heading); any other
// line and the table is not read this way.

// capaianByLabelLines reads such a table; false when t is not one.
func (p *parser) capaianByLabelLines(t *tableInfo) bool {
	b := t.b
	if len(b.Header) == 0 || len(b.Rows) < 3 {
		return false
	}
	roles := capaianRoles(b)
	col := indexOf(roles, roleIndikator)
	if col < 0 || moneyTable(t) {
		return false
	}
	no := indexOf(roles, roleNo)
	var lines []crossLine
	for ri := range b.Rows {
		r := &b.Rows[ri]
		if isFootnoteRow(r) {
			continue
		}
		for _, l := range r.Lines() {
			lines = append(lines, crossLine{n: r.Start, cells: l})
		}
	}
	val, target, real := -1, 0, 0
	for _, l := range lines {
		kind := measureKind(cellOf(l.cells, col))
		filled := -1
		for j := col + 1; j < len(l.cells); j++ {
			if strings.TrimSpace(l.cells[j]) == "" {
				continue
			}
			if filled >= 0 {
				return false // two values on one line: columns of measures, not this layout
			}
			filled = j
		}
		for j := 0; j < col; j++ {
			if j != no && strings.TrimSpace(cellOf(l.cells, j)) != "" {
				return false // a sasaran or program column: not this layout
			}
		}
		switch {
		case kind == roleNone && filled >= 0:
			return false // a value beside text: an ordinary row
		case kind == roleNone:
		case filled < 0 || val >= 0 && filled != val:
			return false
		default:
			val = filled
			switch kind {
			case roleTarget:
				target++
			case roleRealisasi:
				real++
			}
		}
	}
	if target == 0 || real == 0 {
		return false
	}
	var out []*measureRow
	var cur *measureRow
	for _, l := range lines {
		c := strings.TrimSpace(cellOf(l.cells, col))
		kind := measureKind(c)
		switch {
		case kind != roleNone && cur == nil:
			return false // a measure before any indicator
		case kind != roleNone:
			p.setMeasure(t, cur, c, strings.TrimSpace(l.cells[val]), l.n)
		case c == "":
		case headingTingkat(c) != "" || strings.HasPrefix(normalize.Key(c), "sasaran"):
			out = append(out, &measureRow{start: l.n, end: l.n, key: c})
			cur = nil
		case cur == nil || cur.vals != nil || strings.TrimSpace(cellOf(l.cells, no)) != "":
			cur = &measureRow{start: l.n, end: l.n, no: strings.TrimSpace(cellOf(l.cells, no)), key: c}
			out = append(out, cur)
		default:
			cur.key = strings.TrimSpace(cur.key + " " + c) // the statement wraps
		}
	}
	p.readMeasureBlock(t, measureBlock(b, b.Header[len(b.Header)-1].Cell(col), readable(out), p.tableYear(t)))
	return true
}
