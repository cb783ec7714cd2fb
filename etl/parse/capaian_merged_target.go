package parse

import (
	"math"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A capaian table may print a target once for a run of indicators with
// equal targets, as Word prints a cell merged down: the target cell of
// the second is empty ("100,00" of indicator 3 standing for indicator 4).
// The empty cell takes the target of the row right above only when the
// row's own figures prove it: its realisasi over that target makes the
// capaian it reports (realisasi / target × 100, to the reported
// decimals). Otherwise the target stays NULL.

// mergedTarget fills c's empty target from the table's row above.
func (p *parser) mergedTarget(c *facts.Capaian, t *tableInfo, rv, cv normalize.Value) {
	n := len(p.doc.Capaian)
	if n == 0 || rv.Num == nil || cv.Num == nil || cv.Grade != "" || cv.Status != normalize.OK {
		return
	}
	prev := &p.doc.Capaian[n-1]
	if prev.Sumber != c.Sumber || prev.Tahun != c.Tahun || prev.SatkerID != c.SatkerID || prev.TargetNilai == nil ||
		*prev.TargetNilai == 0 || prev.End >= c.Start || prev.Start < t.b.Start {
		return
	}
	calc := *rv.Num / *prev.TargetNilai * 100
	if math.Abs(calc-*cv.Num) > 0.5*math.Pow(10, -float64(cv.Decimals))+1e-9 {
		return
	}
	v := *prev.TargetNilai
	c.TargetTeks, c.TargetNilai = prev.TargetTeks, &v
	p.find("capaian.target_digabung", facts.Info, c.Start, c.End, prev.TargetTeks,
		"%s: target %q kosong; target baris di atasnya (%s) membuat capaian %s: sel target digabung ke bawah", t.label, c.Indikator, prev.TargetTeks, cv.Text)
}
