package parse

import (
	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// dptSexByFigures names a DPT table's second sex column when its title is
// an abbreviation no vocabulary knows ("Prp", "Pr.", "Wnt"): beside a named
// L (or P) and L+P, the one unnamed column whose figure on every row with
// figures is L+P minus the named sex (at least two rows, none against) is
// the other sex. Left unnamed, the column loads as a NULL perempuan on
// every row, each with its finding; two columns that fit name nothing.
func dptSexByFigures(b *extract.Block, roles []int) {
	l, p, lp := indexOf(roles, roleL), indexOf(roles, roleP), indexOf(roles, roleLP)
	if lp < 0 || (l < 0) == (p < 0) || len(b.Rows) < 2 || indexOf(roles, roleNone) < 0 {
		return
	}
	known, want := l, roleP
	if l < 0 {
		known, want = p, roleL
	}
	var buf [48][]string // most tables' rows: no heap (issue 13)
	rows := blockCells(b, false, buf[:])
	convK, convT := cellsConvention(rows, known), cellsConvention(rows, lp)
	found := provenColumn(rows, roles, func(row []string, j int, conv normalize.Convention) int {
		if j >= len(row) || known >= len(row) || lp >= len(row) {
			return 0
		}
		kn, tn := normalize.ParseNumber(row[known], convK), normalize.ParseNumber(row[lp], convT)
		xn := normalize.ParseNumber(row[j], conv)
		if kn.Status != normalize.OK || tn.Status != normalize.OK || xn.Status != normalize.OK {
			return 0
		}
		if kn.Value+xn.Value != tn.Value || xn.Value <= 0 {
			return -1
		}
		return 1
	})
	if found >= 0 {
		roles[found] = want
	}
}
