package parse

import (
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// capaianRatioCheck: a capaian table printing the achievement twice, as an
// index of one ("Rasio" 1,0300) and as a percent ("Capaian (%)" 103,00),
// states one figure two ways. The rows emitted from p.doc.Capaian[from:]
// whose line's ratio disagrees with their capaian_lapor beyond both
// printed digits load capaian_lapor NULL with capaian.rasio_tidak_cocok:
// which of the two the office meant is not proven.
func (p *parser) capaianRatioCheck(t *tableInfo, roles []int, from int) {
	if from >= len(p.doc.Capaian) || indexOf(roles, roleCapaian) < 0 || !anyRatioTitle(t.columns()) {
		return // most tables: no ratio title at all
	}
	var buf [48][]string
	rows := blockCells(t.b, false, buf[:])
	j := ratioColumnIndex(t.columns(), roles, rows, false)
	if j < 0 {
		return
	}
	conv := cellsConvention(rows, j)
	for i := range p.doc.Capaian[from:] {
		c := &p.doc.Capaian[from+i]
		if c.CapaianLapor == nil {
			continue
		}
		for k, r := range t.b.Rows {
			// the ratio read from a row lying wholly in the fact's lines, in
			// its column (a row of every cell: no shifted figure)
			if r.Start < c.Start || r.End > c.End || len(rows[k]) != len(roles) || j >= len(rows[k]) {
				continue
			}
			n := normalize.ParseNumber(c.CapaianTeks, normalize.Unknown)
			if n.Status != normalize.OK {
				n.Decimals = 0
			}
			if ratioDisagrees(rows[k][j], conv, *c.CapaianLapor, n.Decimals) {
				c.CapaianLapor = nil
				p.find("capaian.rasio_tidak_cocok", facts.Warning, r.Start, r.End, rows[k][j],
					"%s: rasio %s tidak sama dengan capaian %s; capaian_lapor dimuat NULL", t.label, rows[k][j], c.CapaianTeks)
				break
			}
		}
	}
}
