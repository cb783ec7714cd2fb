package parse

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A column may state the absorption or the achievement as a fraction of
// one instead of a percent: "Rasio Realisasi" 0,9685 for 96,85 %, "Indeks
// Capaian" 1,0334 for 103,34 %, as some finance exports and spreadsheets
// print realisasi/pagu or realisasi/target unformatted. Its title may
// carry a role word ("Realisasi", "Capaian") that would otherwise make it
// the realisasi column (beside the true one: two realisasi, both refused)
// or the stated percent (0,9685 loaded as 0,97 %). It is neither: it is
// read by its title's ratio word and by its figures (all below ratioMax,
// none marked %), and holds no fact. Multiplying it by 100 would give a
// percent the document never printed, so serapan_lapor / capaian_lapor
// stay NULL and the computed figures stand.

// ratioMax bounds a fraction-of-one figure: an absorption or achievement
// ratio lies near 1 (an over-achieved inverse indicator may reach 2 or 3);
// a percent column whose every figure is below 5 is no such table's.
const ratioMax = 5.0

// fractionTitle: a header column's texts name a ratio or an index and no
// percent ("Rasio Realisasi", "Indeks Capaian", "Ratio", "Koefisien").
// A "%" or a percent word makes it a percent column, which it stays.
func fractionTitle(cs []string) bool {
	found := false
	for _, c := range cs {
		if strings.IndexByte(c, '%') >= 0 {
			return false
		}
		if !found && ratioWordGate(c) {
			k := normalize.SpacedKey(c)
			if has(k, "persen", "persentase", "presentase", "prosentase", "percent", "percentage") {
				return false
			}
			found = hasPrefix(k, "rasio", "ratio", "indeks", "index", "koefisien", "coefficient")
		}
	}
	return found
}

// ratioWordGate: the cheap byte check before any key is built.
func ratioWordGate(c string) bool {
	return containsFoldASCII(c, "rasio") || containsFoldASCII(c, "ratio") || containsFoldASCII(c, "indeks") ||
		containsFoldASCII(c, "index") || containsFoldASCII(c, "koefisien") || containsFoldASCII(c, "coefficient")
}

// fractionColumn: column j of rows holds at least two figures, every one
// a plain number in [0, ratioMax) with no percent sign, and at least one
// written with two or more decimals (1,0000, 0,97): a fraction of one.
// Cells that read no number ("-", "n/a", a grade) are passed over.
func fractionColumn(rows [][]string, j int) bool {
	conv := cellsConvention(rows, j)
	n, fine := 0, false
	for _, r := range rows {
		if j >= len(r) || r[j] == "" {
			continue
		}
		x := normalize.ParseNumber(r[j], conv)
		if x.Status != normalize.OK {
			continue
		}
		if x.Percent || x.Value < 0 || math.Abs(x.Value) >= ratioMax {
			return false
		}
		if x.Decimals >= 2 {
			fine = true
		}
		n++
	}
	return n >= 2 && fine
}

// ratioColumns unnames the columns of roles whose title is a ratio's
// and whose figures are fractions of one (cols aligned with roles; rows
// the data cells, aligned too). A ratio's title naming an amount's role
// ("Rasio Realisasi") over figures that are no amounts is unnamed too:
// what it is, a percent or nothing, its arithmetic then says
// (arithPercent). Any other column keeps its role.
// A capaian table's only such column is its capaian: "Target (Indeks)"
// and "Realisasi (Indeks)" of an index indicator (3,20 and 3,36) are the
// measures themselves, so budget false unnames roleCapaian alone.
func ratioColumns(cols [][]string, roles []int, rows [][]string, budget bool) []int {
	var out []int
	for j, r := range roles {
		if r == roleNone || j >= len(cols) || !budget && r != roleCapaian || !fractionTitle(cols[j]) {
			continue
		}
		amountRole := budget && (r == rolePagu || r == roleRealisasi || r == roleSisa)
		if !fractionColumn(rows, j) && (!amountRole || amountColumn(rows, j)) {
			continue
		}
		if out == nil {
			out = append([]int(nil), roles...)
		}
		out[j] = roleNone
	}
	if out == nil {
		return roles
	}
	return out
}

// blockRatioColumns is ratioColumns on b's rows; logical: the amounts are
// split in two cells and roles describe the joined cells, cols the
// header's non-empty columns; budget: roles are a budget table's.
func blockRatioColumns(b *extract.Block, cols [][]string, roles []int, logical, budget bool) []int {
	if !anyRatioTitle(cols) {
		return roles // most tables: no ratio word in any titled column
	}
	if logical {
		cols = titledCols(cols)
	}
	var buf [48][]string
	return ratioColumns(cols, roles, blockCells(b, logical, buf[:]), budget)
}

// anyRatioTitle: some column's header holds a ratio word (the byte gate
// only).
func anyRatioTitle(cols [][]string) bool {
	for _, cs := range cols {
		for _, c := range cs {
			if ratioWordGate(c) {
				return true
			}
		}
	}
	return false
}

// ratioColumnIndex is the column of rows holding a ratio of fractions
// beside the roles read (left unnamed by ratioColumns), -1 if none.
func ratioColumnIndex(cols [][]string, roles []int, rows [][]string, logical bool) int {
	if !anyRatioTitle(cols) {
		return -1
	}
	if logical {
		cols = titledCols(cols)
	}
	for j, r := range roles {
		if r == roleNone && j < len(cols) && fractionTitle(cols[j]) && fractionColumn(rows, j) {
			return j
		}
	}
	return -1
}

// ratioDisagrees: the fraction cell and the stated percent pct are both
// read and differ by more than the printed digits of both allow
// (0,9685 beside 96,85 agrees; beside 95,85 not).
func ratioDisagrees(cell string, conv normalize.Convention, pct float64, pctDecimals int) bool {
	n := normalize.ParseNumber(cell, conv)
	if n.Status != normalize.OK {
		return false
	}
	tol := 0.5*math.Pow(10, -float64(pctDecimals)) + 0.5*math.Pow(10, 2-float64(n.Decimals)) + 1e-9
	return math.Abs(n.Value*100-pct) > tol
}

// titledCols is cols without its untitled columns: the logical columns a
// table whose amounts are split in two cells is read by.
func titledCols(cols [][]string) [][]string {
	var kept [][]string
	for _, cs := range cols {
		if len(cs) > 0 {
			kept = append(kept, cs)
		}
	}
	return kept
}
