package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// splitCells divides every value cell of vals into k well-formed values;
// nil when some cell does not divide so (then nothing proves the reading).
func splitCells(vals *roleVals, k int) map[int][]string {
	split := map[int][]string{}
	for _, role := range []int{roleTarget, roleRealisasi, roleCapaian} { // Keterangan is no figure
		v := vals.get(role)
		if v == "" {
			continue
		}
		parts := normalize.SplitValues(v)
		if len(parts) != k {
			return nil
		}
		for _, piece := range parts {
			if !wellFormedValue(piece) {
				return nil
			}
		}
		split[role] = parts
	}
	if len(split) == 0 {
		return nil
	}
	return split
}

// spreadValues gives the m-th value of every split cell to the m-th row of
// group, in order; cr is the row that held them all. Every other row gets
// a finding saying where its values were written.
func (p *parser) spreadValues(t *tableInfo, group []*capRow, cr *capRow, split map[int][]string) {
	for m, r := range group {
		for role, parts := range split {
			r.vals.set(role, parts[m])
		}
		if r != cr {
			p.find("capaian.nilai_bergeser", facts.Info, min(r.start, cr.start), max(r.end, cr.end), strings.Join(split[roleRealisasi], " "),
				"%s: nilai %s tertulis di baris %d bersama nilai baris lain; dibagi berurutan (%d baris, %d nilai per sel)",
				t.label, r.ind, cr.start, len(group), len(group))
		}
	}
}

// pulledValues is pushedValues the other way round: a row holds k values
// in every value cell and the k−1 rows right below it are numbered
// indicators that hold none ("4 Laporan 2 Laporan" beside the first of two report
// indicators). The first values stay with the row, the next go down in
// order.
func (p *parser) pulledValues(t *tableInfo, rows []*capRow) {
	for i := 0; i+1 < len(rows); i++ {
		cr := rows[i]
		if cr.vals.empty() || cr.ind == "" {
			continue
		}
		// the rows below must be indicators of their own (numbered, an
		// indicator statement), not the wrapped rest of this one's text
		j := i + 1
		for j < len(rows) && rows[j].vals.empty() && isRowNumber(rows[j].no) && startsIndicator(rows[j].ind) {
			j++
		}
		k := j - i
		if k < 2 {
			continue
		}
		split := splitCells(&cr.vals, k)
		if split == nil || splitIndicators(cr.ind, 2) != nil && len(strings.Fields(cr.ind)) > 12 {
			continue
		}
		p.spreadValues(t, rows[i:j], cr, split)
		i = j - 1
	}
}

// pushedValues repairs rows whose values the layout pushed down: n rows
// name an indicator and hold no value, and the row right below them holds
// n+1 values in every value cell ("B 80" | "BB* 84,17" | "200% 105,21%").
// The counts prove the reading: the values go to the rows in order, the
// last to the row that holds them. Any other shape is left to emitCapaian
// (which reports a merged row it cannot divide).
func (p *parser) pushedValues(t *tableInfo, rows []*capRow) {
	for j := 1; j < len(rows); j++ {
		cr := rows[j]
		if cr.vals.empty() || cr.ind == "" {
			continue
		}
		i := j
		for i > 0 && rows[i-1].ind != "" && rows[i-1].vals.empty() {
			i--
		}
		k := j - i + 1
		if k < 2 {
			continue
		}
		split := splitCells(&cr.vals, k)
		if split == nil || splitIndicators(cr.ind, 2) != nil && len(strings.Fields(cr.ind)) > 12 {
			continue
		}
		p.spreadValues(t, rows[i:j+1], cr, split)
	}
	p.pulledValues(t, rows)
}
