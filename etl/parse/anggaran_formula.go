package parse

import (
	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// formulaSisa: a Sisa cell that shows its spreadsheet formula ("=C5-D5")
// states no sisa, exactly like a table without a Sisa column, so the
// rulebook's sisa = pagu − realisasi holds for the row when both are
// printed. A row whose pagu or realisasi is a formula too states no amount
// at all: nothing is kept of it (the prose may state the total), and a
// finding says why. false when the cell is no formula.
func (p *parser) formulaSisa(a *facts.Anggaran, sisa string, r *extract.Row, t *tableInfo) bool {
	if !formulaCell(sisa) {
		return false
	}
	if a.Pagu != nil && a.Realisasi != nil {
		d := *a.Pagu - *a.Realisasi
		a.Sisa = &d
		p.find("nilai.rumus", facts.Info, r.Start, r.End, sisa,
			"%s: sisa tertulis sebagai rumus %q, bukan angka; sisa = pagu − realisasi", t.label, sisa)
		return true
	}
	p.find("nilai.rumus", facts.Warning, r.Start, r.End, sisa,
		"%s: sisa tertulis sebagai rumus %q dan pagu atau realisasi tidak tercetak; sisa NULL", t.label, sisa)
	return true
}
