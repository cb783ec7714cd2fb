package parse

import (
	"math"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// arithCapaian names the capaian column of a performance table whose title
// no vocabulary knows ("R/T (%)", "Tingkat", "Hasil"): beside a named
// Target and Realisasi and with no column named capaian, the one unnamed
// column whose every figure is the row's realisasi/target — or, for an
// indicator where less is better, (2·target − realisasi)/target or
// target/realisasi — times a hundred, to its last printed digit, on at
// least two rows, is the capaian. Rows of grades (B, BB, WTP) prove
// nothing either way; a row no formula fits, or a second column that
// fits, names nothing, and the capaian stays NULL with its finding.
func arithCapaian(b *extract.Block, roles []int) {
	target, real := indexOf(roles, roleTarget), indexOf(roles, roleRealisasi)
	if target < 0 || real < 0 || indexOf(roles, roleCapaian) >= 0 || len(b.Rows) < 2 || indexOf(roles, roleNone) < 0 {
		return
	}
	var buf [48][]string // most tables' rows: no heap (issue 13)
	rows := blockCells(b, false, buf[:])
	convT, convR := cellsConvention(rows, target), cellsConvention(rows, real)
	found := -1
	for j, r := range roles {
		if r != roleNone {
			continue
		}
		conv := cellsConvention(rows, j)
		proven := 0
		for _, row := range rows {
			if j >= len(row) || target >= len(row) || real >= len(row) {
				continue
			}
			tn, rn := normalize.ParseNumber(row[target], convT), normalize.ParseNumber(row[real], convR)
			cn := normalize.ParseNumber(row[j], conv)
			if tn.Status != normalize.OK || rn.Status != normalize.OK || cn.Status != normalize.OK || tn.Value <= 0 {
				continue
			}
			if !capaianFits(cn, tn.Value, rn.Value) {
				proven = -1
				break
			}
			proven++
		}
		if proven < 2 {
			continue
		}
		if found >= 0 {
			return // two columns fit: which the report states is not proven
		}
		found = j
	}
	if found >= 0 {
		roles[found] = roleCapaian
	}
}

// capaianFits: the printed capaian c equals one of the formulas offices use,
// rounded to the digits c prints (half a unit of its last digit apart).
func capaianFits(c normalize.Number, t, r float64) bool {
	tol := 0.5*math.Pow(10, -float64(c.Decimals)) + 1e-9
	for _, v := range []float64{r / t * 100, (2*t - r) / t * 100, t / r * 100} {
		if !math.IsInf(v, 0) && !math.IsNaN(v) && math.Abs(c.Value-v) <= tol {
			return true
		}
	}
	return false
}
