package parse

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// statedSerapan gives the year's total row of a budget table the
// absorption a sentence states without any amount ("Secara keseluruhan
// realisasi mencapai 95,12% dari pagu"): only a percentage with two
// decimals that the row's realisasi / pagu makes, and only when the
// sentences state one such value. A table without a percent column (one
// realisasi column per month, anggaran_months.go) leaves it to the prose.
func (p *parser) statedSerapan() {
	for i := range p.doc.Anggaran {
		a := &p.doc.Anggaran[i]
		if a.Kode != "TOTAL" || a.Tahun != p.doc.Meta.Tahun || a.SerapanLapor != nil || a.Pagu == nil || a.Realisasi == nil || *a.Pagu <= 0 {
			continue
		}
		ratio := float64(*a.Realisasi) / float64(*a.Pagu) * 100
		var found []float64
		for k := range p.blocks {
			b := &p.blocks[k]
			if b.Kind != extract.Paragraph || strings.Contains(b.Text, "Rp") {
				continue
			}
			low := normalize.SpacedKey(b.Text)
			if !has(low, "realisasi", "serapan", "penyerapan", "terserap") || !has(low, "pagu", "anggaran", "dipa") {
				continue
			}
			for _, m := range rePercent.FindAllStringSubmatch(b.Text, -1) {
				n := normalize.ParseNumber(m[1], normalize.Unknown)
				if n.Status != normalize.OK || decimalsOf(n.Value) < 2 {
					continue
				}
				if math.Abs(roundTo(ratio, 2)-n.Value) <= 0.001 && !containsFloat(found, n.Value) {
					found = append(found, n.Value)
				}
			}
		}
		if len(found) == 1 {
			v := found[0]
			a.SerapanLapor = &v
		}
	}
}

func containsFloat(xs []float64, v float64) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}
