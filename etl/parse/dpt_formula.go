package parse

import (
	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// formulaTotal: an L+P cell that shows its spreadsheet formula ("=E4+F4")
// prints no total, but the roll's own arithmetic, L + P = total, proves it
// from the two printed counts. Any other total is returned as read: a
// formula with either sex missing stays NULL (its nilai.tidak_terbaca
// finding is raised by dptCount).
func (p *parser) formulaTotal(t *tableInfo, r *extract.Row, roles []int, d *facts.DPT) *int64 {
	j := indexOf(roles, roleLP)
	if d.PemilihTotal != nil || d.PemilihL == nil || d.PemilihP == nil || j < 0 || j >= len(r.Cells) || !formulaCell(r.Cells[j]) {
		return d.PemilihTotal
	}
	v := *d.PemilihL + *d.PemilihP
	p.find("nilai.rumus", facts.Info, r.Start, r.End, r.Cells[j],
		"%s: L+P %s tertulis sebagai rumus %q, bukan angka; total = L + P = %d", t.label, d.Wilayah, r.Cells[j], v)
	return &v
}
