package parse

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A matrix of yearly targets beside the indicators:
//
//	Kode / Indikator   Target 2022   Target 2023   Target 2024
//	IKU-02             90,00         92,50         95,00
//
// A series needs a header that speaks of realisation: a Renstra matrix of
// targets alone proves nothing by itself (its year labels may be plans
// the report never measures). Its targets are the indicator's target
// series when the matrix proves itself against the capaian the report
// measured: every column names "Target" and one year, one column is the
// report year's, and each row's value there is the target the capaian
// table already gave that same statement. A row without that proof, or
// no report-year column, leaves the matrix as before (not read, and
// reported as a table not understood).

// targetYearColumns sets t's year columns when t is such a matrix, and
// reports whether it is.
func (p *parser) targetYearColumns(t *tableInfo) bool {
	if len(distinctYears(t.hdr)) < 2 {
		return false // the cheap test first: most such tables name no year
	}
	cols := t.columns()
	roles := capaianRolesOf(t.b, cols)
	ind := indexOf(roles, roleIndikator)
	if ind < 0 || len(cols) < 3 || len(t.b.Rows) == 0 {
		return false
	}
	years := make([]int, len(cols))
	jenis := make([]string, len(cols))
	now, prev, n := -1, 0, 0
	for j, cs := range cols {
		if j == ind || roles[j] == roleNo {
			continue
		}
		h := strings.Join(cs, " ")
		ys := distinctYears(h)
		if len(ys) != 1 || roleOf(h) != roleTarget || ys[0] <= prev {
			return false // a column of another kind, or years out of order
		}
		prev, years[j], jenis[j] = ys[0], ys[0], "target"
		n++
		if ys[0] == p.doc.Meta.Tahun {
			now = j
		}
	}
	if n < 2 || now < 0 {
		return false
	}
	for ri := range t.b.Rows {
		r := &t.b.Rows[ri]
		if !p.measuredTarget(r.Cell(ind), r.Cell(now)) {
			return false
		}
	}
	t.years, t.jenis, t.roles = years, jenis, roles
	return true
}

// measuredTarget: the capaian of the statement ind states the value cell
// as its target.
func (p *parser) measuredTarget(ind, cell string) bool {
	v := normalize.ParseValue(cell, normalize.Unknown)
	if v.Status != normalize.OK || v.Num == nil || strings.TrimSpace(ind) == "" {
		return false
	}
	k := normalize.Key(ind)
	for i := range p.doc.Capaian {
		c := &p.doc.Capaian[i]
		if c.TargetNilai != nil && normalize.Key(c.Indikator) == k && math.Abs(*c.TargetNilai-*v.Num) < 1e-9 {
			return true
		}
	}
	return false
}
