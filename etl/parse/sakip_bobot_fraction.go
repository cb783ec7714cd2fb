package parse

import (
	"math"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A SAKIP component table whose Bobot column writes each weight as a
// fraction of one:
//
//	No  Komponen  Bobot (dari 1)  Nilai
//	1   Perencanaan Kinerja  0,30  21,25
//	    Nilai Akhir          1,00  65,40
//
// The weights loaded as 0,30 beside scores of 21,25: a weight below its own
// score, and weights that sum to 1 where SAKIP's sum to 100. The fractions
// are the same weights on another scale, and arithmetic proves it without
// the title's words: every weight is at most 1, they sum to 1, and every
// score is at most its weight × 100 while some score exceeds its weight as
// written. Then the weights load × 100, with a finding saying so.

// komponenFractionWeights rescales comps' weights written as fractions of
// one to the scale of 100.
func (p *parser) komponenFractionWeights(t *tableInfo, comps []facts.SakipKomponen) {
	if len(comps) < 2 {
		return
	}
	sum, above := 0.0, false
	for _, c := range comps {
		if c.Bobot == nil || *c.Bobot <= 0 || *c.Bobot > 1 {
			return
		}
		sum += *c.Bobot
		if c.Nilai != nil {
			if *c.Nilai > *c.Bobot*100+0.005 {
				return // above even the rescaled weight: not its weight
			}
			above = above || *c.Nilai > *c.Bobot
		}
	}
	if !above || math.Abs(sum-1) > 0.005 {
		return
	}
	for i := range comps {
		v := math.Round(*comps[i].Bobot*100*1e6) / 1e6 // 0,15 × 100 is 15, not 15.000000000000002
		comps[i].Bobot = &v
	}
	p.find("sakip.bobot_pecahan", facts.Info, comps[0].Start, comps[len(comps)-1].End, t.label,
		"%s: bobot komponen ditulis sebagai pecahan dari 1 (berjumlah 1, nilai komponen melebihinya); dimuat × 100", t.label)
}
