package parse

import (
	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Capaian rows grouped by unit: a table without a Satuan column whose
// figureless heading rows ("Satuan: persen (%)", "Unit: predikat",
// "(dalam persen)") state the unit of the rows below them, up to the next
// such heading (extract/unit_heading.go reads the words). The heading is
// never a data row nor the wrapped end of the indicator above; it is to
// the rows under it what a Satuan column is to its row. Where the row's
// own values say another kind (a grade under "Satuan: persen"), the values
// decide, as they do without a heading, and a finding says so.

// unitHeading: s is a unit group heading.
func unitHeading(s string) bool {
	_, ok := extract.UnitHeading(s)
	return ok
}

// unitGroupRow: the valueless row text is a unit group heading; its unit
// becomes the rows' below (*unit).
func unitGroupRow(text string, unit *string) bool {
	u, ok := extract.UnitHeading(text)
	if ok {
		*unit = u
	}
	return ok
}

// pendingUnit is the unit a group heading merged into the row above states
// for the rows after it, else the unit in force (cur).
func pendingUnit(pending, cur string) string {
	if u, ok := extract.UnitHeading(pending); ok {
		return u
	}
	return cur
}

// headingUnit is the satuan of row cr given the unit its heading row
// states: the heading's unit for a row of plain figures, the values' own
// kind (a grade, an opinion, a unit written beside the figure) where they
// say another, with a finding. A table with a Satuan column keeps the
// column's word (its headings are ordinary group rows).
func (p *parser) headingUnit(t *tableInfo, cr *capRow, satuan string, tv, rv normalize.Value) string {
	if cr.headUnit == "" || cr.unit != "" || cr.headUnit == satuan {
		return satuan
	}
	kind := ""
	for _, v := range [...]normalize.Value{tv, rv} {
		kind = valueKind(v) // capaian_emit.go
		if kind == "" && v.Status == normalize.OK && (cr.headUnit == "predikat" || cr.headUnit == "opini") {
			kind = "angka" // a plain figure under a grade's or an opinion's heading
		}
		if kind != "" {
			break
		}
	}
	if kind != "" {
		p.find("capaian.satuan_judul", facts.Info, cr.start, cr.end, cr.headUnit,
			"%s: baris judul kelompok menyatakan satuan %q, tetapi nilai baris %q bersatuan %q; satuan menurut nilainya", t.label, cr.headUnit, cr.ind, kind)
		return satuan
	}
	if tv.Num == nil && rv.Num == nil {
		return satuan // no figure the unit could measure
	}
	return cr.headUnit
}
