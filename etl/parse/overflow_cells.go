package parse

import (
	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A spreadsheet printed as it shows on screen writes "#####" for a figure
// wider than its column. The cell holds a value nobody can read: it stands
// where the value stands (its row still lines up with the header, the
// row's other cells still load), and the value itself is NULL with a
// finding. A value the rulebook derives from the row's other cells when
// the column is missing (sisa = pagu − realisasi, capaian_hitung) is
// derived the same way here; a stated percentage stays NULL.

// overflowCell: a cell of "#" alone, at least two of them (a lone "#" is
// a column's name: "No").
func overflowCell(c string) bool {
	if len(c) < 2 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if c[i] != '#' {
			return false
		}
	}
	return true
}

// overflowSisa: a Sisa cell showing "#####" states no sisa it can be read
// by, like a table without a Sisa column, so sisa = pagu − realisasi when
// both are printed. false when the cell is no overflow.
func (p *parser) overflowSisa(a *facts.Anggaran, sisa string, r *extract.Row, t *tableInfo) bool {
	if !overflowCell(sisa) {
		return false
	}
	p.sisaByRow(a, sisa, r, t, "nilai.tidak_terbaca", "sisa %q lebih lebar dari kolomnya, tidak terbaca")
	return true
}

// sisaByRow sets the sisa of a row whose Sisa cell states none (a formula,
// an overflow) to pagu − realisasi, or leaves it NULL when either is
// missing; what says, with the cell for its %q, why the cell was no sisa.
func (p *parser) sisaByRow(a *facts.Anggaran, sisa string, r *extract.Row, t *tableInfo, rule, what string) {
	if a.Pagu != nil && a.Realisasi != nil {
		d := *a.Pagu - *a.Realisasi
		a.Sisa = &d
		p.find(rule, facts.Info, r.Start, r.End, sisa, "%s: "+what+"; sisa = pagu − realisasi", t.label, sisa)
		return
	}
	p.find(rule, facts.Warning, r.Start, r.End, sisa, "%s: "+what+" dan pagu atau realisasi tidak tercetak; sisa NULL", t.label, sisa)
}

// overflowValue is v, or for a "#####" cell, or any other cell of
// punctuation alone that the value reader took for a word ("=", "?", a
// formula or figure cut to its sign), an unreadable value: NULL, its text
// kept, with readValue's nilai.tidak_terbaca finding. A dash stays the
// empty cell it is.
func overflowValue(s string, v normalize.Value) normalize.Value {
	if overflowCell(s) || fieldErrorCell(s) || v.Status == normalize.Word && v.Word == "" && v.Grade == "" && !v.Footnote && !hasLetterOrDigit(s) {
		return normalize.Value{Text: s, Status: normalize.Unreadable}
	}
	return v
}
