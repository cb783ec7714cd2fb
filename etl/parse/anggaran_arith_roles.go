package parse

import (
	"math"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// arithRoles names a budget column whose header no vocabulary knows by
// what its figures are. An office may title its realisasi "Terserap",
// "Terpakai" or "Dibelanjakan", its sisa "Tidak Terpakai": words we cannot
// list in advance. When the table has its pagu but no realisasi (or no
// sisa), the one column holding amounts without a role whose figures
// prove it on every row — pagu − realisasi = sisa to the rupiah, or
// realisasi/pagu the stated percent to its last printed digit — on at
// least two rows takes the missing role ("Terealisasi" beside "Belum
// Terealisasi" is told from it by the stated percent). Two columns that
// fit, or none, prove nothing and the roles stay as they were: the reader
// then loads NULL with its finding, as before. A percent column under a
// strange title is named the same way (arithPercent).
func arithRoles(b *extract.Block, roles []int, logical bool) []int {
	if len(b.Rows) < 2 || indexOf(roles, roleNone) < 0 && indexOf(roles, rolePersen) < 0 {
		return roles
	}
	noPagu := indexOf(roles, rolePagu) < 0
	if noPagu && (indexOf(roles, roleRealisasi) >= 0 || indexOf(roles, roleSisa) >= 0) {
		return roles // a pagu under a strange title beside a named realisasi: left as before
	}
	var buf [48][]string // most tables' rows: no heap (issue 13)
	rows := blockCells(b, logical, buf[:])
	for i, r := range rows {
		// a row short of the header stands where the budget reader puts
		// it (anggaran_pad.go): a kegiatan that opens with an empty cell
		// loses it in its logical cells, and would otherwise stand one
		// column left, its sisa under the "%"
		rows[i] = padBudgetRow(r, roles)
	}
	roles = amountsNoPercent(rows, roles)
	if indexOf(roles, roleNone) < 0 {
		return roles
	}
	if noPagu {
		return arithPagu(rows, roles) // (anggaran_arith_pagu.go)
	}
	return arithNamed(rows, roles)
}

// arithNamed names the realisasi, then the sisa (naming the realisasi may
// leave one unnamed amount column), then the percent, by the figures.
func arithNamed(rows [][]string, roles []int) []int {
	return arithPercent(rows, arithAmounts(rows, arithAmounts(rows, roles)))
}

// blockCells is b's rows as cells (logical cells when the amounts are
// split in two), in buf when it has room.
func blockCells(b *extract.Block, logical bool, buf [][]string) [][]string {
	rows := buf[:0]
	if len(b.Rows) > cap(buf) {
		rows = make([][]string, 0, len(b.Rows))
	}
	for _, r := range b.Rows {
		if logical {
			rows = append(rows, logicalCells(r.Cells))
		} else {
			rows = append(rows, r.Cells)
		}
	}
	return rows
}

// amountsNoPercent unnames a column titled as a percent whose figures are
// amounts: "Penyerapan" is the absorption as a rate to one office and the
// absorbed rupiah to another. Its figures say which; named by its title
// the amounts would load as a serapan of 975.692.549 %. Unnamed, the
// column may still be proven the realisasi by its arithmetic.
func amountsNoPercent(rows [][]string, roles []int) []int {
	var out []int
	for j, r := range roles {
		if r == rolePersen && amountColumn(rows, j) {
			if out == nil {
				out = append([]int(nil), roles...)
			}
			out[j] = roleNone
		}
	}
	if out == nil {
		return roles
	}
	return out
}

// arithAmounts names the one unnamed amount column realisasi or sisa
// whose figures prove it (arithRoles).
func arithAmounts(rows [][]string, roles []int) []int {
	pagu, real, sisa, pct := indexOf(roles, rolePagu), indexOf(roles, roleRealisasi), indexOf(roles, roleSisa), indexOf(roles, rolePersen)
	target := roleRealisasi
	switch {
	case real < 0 && (sisa >= 0 || pct >= 0):
	case real >= 0 && sisa < 0:
		target = roleSisa
	default:
		return roles
	}
	found := -1
	for j, r := range roles {
		if r != roleNone || !amountColumn(rows, j) {
			continue
		}
		if !arithProves(rows, pagu, real, sisa, pct, j, target) {
			continue
		}
		if found >= 0 {
			return roles // two unnamed amount columns fit: which is which is not proven
		}
		found = j
	}
	if found < 0 {
		return roles
	}
	out := append([]int(nil), roles...)
	out[found] = target
	return out
}

// arithProves: column cand, taken as the target role (realisasi or sisa),
// fits every row where the arithmetic can be done — pagu − realisasi =
// sisa to the rupiah, or realisasi/pagu the stated percent — on at least
// two rows.
func arithProves(rows [][]string, pagu, real, sisa, pct, cand, target int) bool {
	if target == roleRealisasi {
		real = cand
	} else {
		sisa = cand
	}
	convs := map[int]normalize.Convention{}
	for _, j := range []int{pagu, real, sisa, pct} {
		if j >= 0 {
			convs[j] = cellsConvention(rows, j)
		}
	}
	money := func(r []string, j int) (int64, bool) {
		if j < 0 || j >= len(r) {
			return 0, false
		}
		v, n := normalize.Money(r[j], convs[j])
		return v, n.Status == normalize.OK
	}
	proven := 0
	for _, r := range rows {
		if _, ok := money(r, cand); !ok {
			continue
		}
		p, hasP := money(r, pagu)
		re, hasR := money(r, real)
		s, hasS := money(r, sisa)
		switch {
		case hasP && hasR && hasS:
			if p-re != s {
				return false
			}
			proven++
		case hasP && hasR && pct >= 0 && p > 0:
			if !percentFits(r, pct, convs[pct], float64(re)/float64(p)*100) {
				return false
			}
			proven++
		}
	}
	return proven >= 2
}

// arithPercent names the percent column whose title no vocabulary knows
// ("Capaian", "Tingkat", "Rasio"): with pagu and realisasi named and no
// percent column, the one unnamed column whose every figure is
// realisasi/pagu to its last printed digit, on at least two rows, is the
// stated serapan. An unnamed column of anything else names nothing.
func arithPercent(rows [][]string, roles []int) []int {
	pagu, real := indexOf(roles, rolePagu), indexOf(roles, roleRealisasi)
	if pagu < 0 || real < 0 || indexOf(roles, rolePersen) >= 0 {
		return roles
	}
	convP, convR := cellsConvention(rows, pagu), cellsConvention(rows, real)
	found := -1
	for j, r := range roles {
		if r != roleNone || amountColumn(rows, j) {
			continue
		}
		conv := cellsConvention(rows, j)
		proven, against := 0, false
		for _, row := range rows {
			if j >= len(row) || pagu >= len(row) || real >= len(row) {
				continue
			}
			p, np := normalize.Money(row[pagu], convP)
			re, nr := normalize.Money(row[real], convR)
			if np.Status != normalize.OK || nr.Status != normalize.OK || p <= 0 {
				continue
			}
			if n := normalize.ParseNumber(row[j], conv); n.Status != normalize.OK {
				continue
			}
			if !percentFits(row, j, conv, float64(re)/float64(p)*100) {
				against = true
				break
			}
			proven++
		}
		if against || proven < 2 {
			continue
		}
		if found >= 0 {
			return roles // two columns fit: which one the report states is not proven
		}
		found = j
	}
	if found < 0 {
		return roles
	}
	out := append([]int(nil), roles...)
	out[found] = rolePersen
	return out
}

// amountColumn: most filled cells of column j read as whole amounts of at
// least four digits (a row number, a year or a percent is no amount).
func amountColumn(rows [][]string, j int) bool {
	filled, amounts := 0, 0
	for _, r := range rows {
		if j >= len(r) || r[j] == "" {
			continue
		}
		filled++
		n := normalize.ParseNumber(r[j], normalize.Unknown)
		if n.Status == normalize.OK && !n.Percent && n.Decimals == 0 && math.Abs(n.Value) >= 1000 {
			amounts++
		}
	}
	return filled >= 2 && amounts*4 >= filled*3
}

// percentFits: the percent cell of r, read with the digits it prints,
// equals calc rounded the same way (half a unit of its last digit apart).
func percentFits(r []string, j int, conv normalize.Convention, calc float64) bool {
	if j >= len(r) {
		return false
	}
	n := normalize.ParseNumber(r[j], conv)
	if n.Status != normalize.OK {
		return false
	}
	return math.Abs(n.Value-calc) <= 0.5*math.Pow(10, -float64(n.Decimals))+1e-9
}
