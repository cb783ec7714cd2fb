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
	found := provenColumn(rows, roles, func(row []string, j int, conv normalize.Convention) int {
		return capaianRowFits(row, target, real, j, convT, convR, conv)
	})
	if found >= 0 {
		roles[found] = roleCapaian
	}
}

// capaianRowFits tells whether the figure in column pct of row is the
// capaian of its target and realisasi columns: 1 when it is, -1 when it is
// not, 0 when the row proves nothing (a grade, an empty or unreadable
// cell, no positive target).
func capaianRowFits(row []string, target, real, pct int, convT, convR, convC normalize.Convention) int {
	if pct >= len(row) || target >= len(row) || real >= len(row) {
		return 0
	}
	tn, rn := normalize.ParseNumber(row[target], convT), normalize.ParseNumber(row[real], convR)
	cn := normalize.ParseNumber(row[pct], convC)
	if tn.Status != normalize.OK || rn.Status != normalize.OK || cn.Status != normalize.OK || tn.Value <= 0 {
		return 0
	}
	if !capaianFits(cn, tn.Value, rn.Value) {
		return -1
	}
	return 1
}

// provenColumn is the one unnamed column that check proves on two rows or
// more with no row against (check gives 1 for a row that proves, 0 for one
// that says nothing, -1 for one against); -1 when no column or two do: which
// one the report means is then not proven.
func provenColumn(rows [][]string, roles []int, check func(row []string, j int, conv normalize.Convention) int) int {
	found := -1
	for j, r := range roles {
		if r != roleNone {
			continue
		}
		conv := cellsConvention(rows, j)
		proven := 0
		for _, row := range rows {
			v := check(row, j, conv)
			if v < 0 {
				proven = -1
				break
			}
			proven += v
		}
		if proven < 2 {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = j
	}
	return found
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

// arithTRC names a performance table's target, realisasi and capaian
// columns when no title is known ("T | R | C (%)", "Rencana | Hasil |
// Tingkat"): three unnamed columns where, on at least two rows and with no
// row against, the third is the second over the first times a hundred (or,
// for an indicator where less is better, (2·first − second)/first) to its
// last printed digit, and at least one row's first and second differ (so
// which is the target is shown, not assumed). Only small figures qualify
// (under 100.000: counts, percentages, scores), so a budget's pagu,
// realisasi and serapan never read as a capaian. Since c = r/t·100 is
// t = r/c·100, the capaian and the target also fit swapped; a row of
// grades tells them apart (B | BB | 100,00: the target and the realisasi
// are grades, the capaian a figure), and without one two triples fit and
// name nothing. Where one of the three is named by its title and the
// other two are not ("Target | Hasil Pengukuran | Persentase Keberhasilan
// (%)", "Kinerja yang Direncanakan | Kinerja yang Dicapai | Persentase
// Capaian (%)"), the named column stays and the two others are found the
// same way among the unnamed ones.
func arithTRC(b *extract.Block, roles []int) {
	named := [3]int{indexOf(roles, roleTarget), indexOf(roles, roleRealisasi), indexOf(roles, roleCapaian)}
	missing := 0
	for _, j := range named {
		if j < 0 {
			missing++
		}
	}
	if len(b.Rows) < 2 || missing < 2 {
		return // one title unknown: arithCapaian and arithRealisasi name it
	}
	var free []int
	for j, r := range roles {
		if r == roleNone {
			free = append(free, j)
		}
	}
	if len(free) < missing || len(free) > 8 {
		return
	}
	var buf [48][]string // most tables' rows: no heap (issue 13)
	rows := blockCells(b, false, buf[:])
	conv := make(map[int]normalize.Convention, len(free)+1)
	for _, j := range append(free, named[:]...) {
		if j >= 0 {
			conv[j] = cellsConvention(rows, j)
		}
	}
	// a role named by its title is that column; the others may be any
	// unnamed column ("Target | Hasil Pengukuran | Persentase Keberhasilan")
	cands := func(k int) []int {
		if named[k] >= 0 {
			return named[k : k+1]
		}
		return free
	}
	found := [3]int{-1, -1, -1}
	for _, t := range cands(0) {
		for _, r := range cands(1) {
			for _, c := range cands(2) {
				if t == r || t == c || r == c || !trcFits(rows, conv, t, r, c) {
					continue
				}
				if found[0] >= 0 {
					return // two readings fit: which the report states is not proven
				}
				found = [3]int{t, r, c}
			}
		}
	}
	if found[0] >= 0 {
		roles[found[0]], roles[found[1]], roles[found[2]] = roleTarget, roleRealisasi, roleCapaian
	}
}

// trcFits: columns t, r, c of rows read as target, realisasi and capaian.
func trcFits(rows [][]string, conv map[int]normalize.Convention, t, r, c int) bool {
	proven, differ := 0, false
	for _, row := range rows {
		if t >= len(row) || r >= len(row) || c >= len(row) {
			continue
		}
		tn, rn := normalize.ParseNumber(row[t], conv[t]), normalize.ParseNumber(row[r], conv[r])
		cn := normalize.ParseNumber(row[c], conv[c])
		if tn.Status != normalize.OK || rn.Status != normalize.OK || cn.Status != normalize.OK {
			if (tn.Status == normalize.OK) != (rn.Status == normalize.OK) && row[t] != "" && row[r] != "" {
				return false // a figure against a grade: one indicator's target and realisasi share a kind
			}
			continue // a grade (B, WTP) or an empty cell proves nothing
		}
		if tn.Value <= 0 || tn.Value >= 1e5 || rn.Value >= 1e5 || rn.Value < 0 {
			return false
		}
		tol := 0.5*math.Pow(10, -float64(cn.Decimals)) + 1e-9
		if math.Abs(cn.Value-rn.Value/tn.Value*100) > tol && math.Abs(cn.Value-(2*tn.Value-rn.Value)/tn.Value*100) > tol {
			return false
		}
		proven++
		differ = differ || tn.Value != rn.Value
	}
	return proven >= 2 && differ
}

// trcNamed: a table whose target, realisasi and capaian columns are named
// only by their figures (arithTRC).
func trcNamed(b *extract.Block) bool {
	roles := capaianRoles(b)
	return indexOf(roles, roleTarget) >= 0 && indexOf(roles, roleRealisasi) >= 0 && indexOf(roles, roleCapaian) >= 0
}

// arithRealisasi names the realisasi column of a performance table that
// titles it "Capaian" beside the percentage "Persentase Capaian (%)": two
// columns took the capaian role and none the realisasi. The one whose
// figures the other's are, as realisasi/target × 100 (or a less-is-better
// form) on two rows or more with no row against, is the realisasi; when
// neither or both fit, nothing is named and the values stay NULL with
// their findings.
func arithRealisasi(b *extract.Block, roles []int) {
	target := indexOf(roles, roleTarget)
	if target < 0 || indexOf(roles, roleRealisasi) >= 0 || countRole(roles, roleCapaian) != 2 || len(b.Rows) < 2 {
		return
	}
	var cs []int
	for j, r := range roles {
		if r == roleCapaian {
			cs = append(cs, j)
		}
	}
	var buf [48][]string
	rows := blockCells(b, false, buf[:])
	convT := cellsConvention(rows, target)
	fits := func(real, pct int) bool {
		convR, convC := cellsConvention(rows, real), cellsConvention(rows, pct)
		proven := 0
		for _, row := range rows {
			v := capaianRowFits(row, target, real, pct, convT, convR, convC)
			if v < 0 {
				return false
			}
			proven += v
		}
		return proven >= 2
	}
	first, second := fits(cs[0], cs[1]), fits(cs[1], cs[0])
	switch {
	case first && !second:
		roles[cs[0]] = roleRealisasi
	case second && !first:
		roles[cs[1]] = roleRealisasi
	}
}
