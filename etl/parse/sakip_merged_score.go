package parse

import (
	"math"
	"slices"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// A component table may give the final score in a column of its own,
// merged down beside the four components ("No | Komponen | Bobot | Nilai |
// Nilai Akhir", 66,88 on one row only). Both columns are titled by a
// score's word, so the table had two value columns and none was read.
// The merged column is no value column: its one figure is the components'
// sum in the other column (to a rounding of each part).

// dropMergedScore removes from nilaiCols a column filled on one row only
// whose figure is the sum of another value column filled on every row
// that names a component (at least three).
func dropMergedScore(b *extract.Block, nama int, nilaiCols []int) []int {
	if len(nilaiCols) != 2 {
		return nilaiCols
	}
	for k, j := range nilaiCols {
		other := nilaiCols[1-k]
		filled, named := 0, 0
		var one, sum float64
		ok := true
		for _, r := range b.Rows {
			if v, has := cellNumber(r.Cells, j); has {
				filled++
				one = v
			}
			if komponenOf(komponenRowName(r.Cells, nama)) == "" {
				continue
			}
			named++
			v, has := cellNumber(r.Cells, other)
			if !has {
				ok = false
				break
			}
			sum += v
		}
		if ok && filled == 1 && named >= 3 && math.Abs(one-sum) < 0.021 {
			return slices.Delete(slices.Clone(nilaiCols), k, k+1)
		}
	}
	return nilaiCols
}

// komponenMergedWeight gives comps[i], whose weight cell is empty, the
// weight of the component above it: a Bobot cell merged down over equal
// weights ("30,00" once for Perencanaan and Pengukuran). Only when the
// weights so made sum to the weight the total row states.
func (p *parser) komponenMergedWeight(t *tableInfo, comps []facts.SakipKomponen, i int, totalW *float64) {
	if i < 1 || i >= len(comps) || totalW == nil || comps[i-1].Bobot == nil {
		return
	}
	sum := *comps[i-1].Bobot
	for k, c := range comps {
		if c.Bobot == nil {
			if k != i {
				return // another weight unknown
			}
			continue
		}
		sum += *c.Bobot
	}
	if math.Abs(sum-*totalW) > 0.005 {
		return
	}
	w := *comps[i-1].Bobot
	comps[i].Bobot = &w
	p.find("sakip.bobot_digabung", facts.Info, comps[i].Start, comps[i].End, t.label,
		"%s: bobot %s kosong, sel bobot di atasnya (%s) digabung ke bawah; jumlah bobot %s terbukti", t.label, comps[i].Komponen, fmtNum(&w), fmtNum(totalW))
}
