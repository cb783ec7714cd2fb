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
	p.sisaByRow(a, sisa, r, t, "nilai.rumus", "sisa tertulis sebagai rumus %q, bukan angka") // overflow_cells.go
	return true
}
