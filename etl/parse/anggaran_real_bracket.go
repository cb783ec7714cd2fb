package parse

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A budget with no Serapan column whose realisasi cells carry the serapan
// in brackets after the amount:
//
//	Kode  Program/Kegiatan  Pagu (Rp)  Realisasi (Rp) (Serapan)  Sisa (Rp)
//	076.01.WA  Program Dukungan Manajemen  3.016.750.000  2.976.890.000 (98,68%)  39.860.000
//
// The amount read, the bracket was dropped as trailing text and the
// serapan lost. A bracketed percent after an amount could be anything (a
// share of the total, of the programme); only arithmetic says it is the
// serapan: on every row with both amounts read it must be realisasi/pagu
// × 100 to its written decimals. Then each row's bracket loads as its
// serapan_lapor, as a Serapan column's cell would, and the usual check of
// the stated against the computed serapan still runs.

// realisasiBracketShares reports whether the realisasi column's brackets
// are the serapan: at least two rows carry one, and on each row whose pagu
// and realisasi read the bracket is their ratio.
func realisasiBracketShares(rows [][]string, roles []int, convs []normalize.Convention, unit string) bool {
	jr, jp := indexOf(roles, roleRealisasi), indexOf(roles, rolePagu)
	if jr < 0 || jp < 0 || indexOf(roles, rolePersen) >= 0 {
		return false
	}
	proven := 0
	for _, cells := range rows {
		if jr >= len(cells) || jp >= len(cells) {
			continue
		}
		pct, dec, ok := bracketPercent(cells[jr])
		if !ok {
			continue
		}
		real, rn := scaledMoney(cells[jr], unit, convs[jr])
		pagu, pn := scaledMoney(cells[jp], unit, convs[jp])
		if rn.Status != normalize.OK || pn.Status != normalize.OK || pagu <= 0 {
			continue
		}
		// to its written decimals, rounded or cut
		if math.Abs(float64(real)/float64(pagu)*100-pct) > math.Pow(10, -float64(dec))+1e-9 {
			return false
		}
		proven++
	}
	return proven >= 2
}

// bracketPercent is the percent in the bracket closing an amount cell
// ("2.976.890.000 (98,68%)" → 98.68 with 2 decimals).
func bracketPercent(cell string) (float64, int, bool) {
	cell = strings.TrimSpace(cell)
	i := strings.LastIndexByte(cell, '(')
	if i <= 0 || !strings.HasSuffix(cell, ")") {
		return 0, 0, false
	}
	inner := strings.TrimSpace(cell[i+1 : len(cell)-1])
	if !strings.HasSuffix(inner, "%") {
		return 0, 0, false
	}
	n := normalize.ParseNumber(inner, normalize.Unknown)
	if n.Status != normalize.OK || n.Rest != "" {
		return 0, 0, false
	}
	return n.Value, n.Decimals, true
}

// bracketText is the bracket's percent as written, for serapan_lapor.
func bracketText(cell string) string {
	cell = strings.TrimSpace(cell)
	if i := strings.LastIndexByte(cell, '('); i > 0 && strings.HasSuffix(cell, ")") {
		return strings.TrimSpace(cell[i+1 : len(cell)-1])
	}
	return ""
}
