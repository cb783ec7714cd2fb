package parse

import (
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A budget table's last row whose code and description cells are empty is
// its total (isTotalRow). When the table's label column has no title, the
// label is in a column of no role, and so was never looked at: the last
// row of a table of years (`| | Pagu | Realisasi | % |` over `2021`,
// `2022`, `2023`, `Rata-rata`) was loaded as the report year's total,
// whatever its label said. A label in such a column decides: a total's
// words keep it the total, a year or any other words make it no total by
// position (a table of years is read by its year column, yearLabelColumn).

// untitledLabel is the text of row cells in the columns of no role before
// the first figure column: a label the roles did not place.
func untitledLabel(roles []int, cells []string) string {
	var out []string
	for j := 0; j < len(roles) && j < len(cells); j++ {
		switch roles[j] {
		case rolePagu, rolePaguAwal, roleRealisasi, roleSisa, rolePersen:
			return strings.Join(out, " ")
		case roleNone:
			if c := strings.TrimSpace(cells[j]); c != "" && !isCurrencyOnly(c) {
				out = append(out, c)
			}
		}
	}
	return strings.Join(out, " ")
}

// lastRowTotal is whether the last row may be the total by position: its
// untitled label, if any, holds a total's words or no word and no year.
func lastRowTotal(roles []int, cells []string) bool {
	l := untitledLabel(roles, cells)
	if l == "" || totalText(l) {
		return true
	}
	if fiscalYearLabel(l) > 0 || reYearIn.MatchString(l) {
		return false
	}
	return !strings.ContainsFunc(l, unicode.IsLetter)
}

// yearSummaryLabel: a row of a table of years that sums, averages or
// compares them ("Jumlah", "Rata-rata", "Kenaikan"), or has no label: no
// year's total, and no reason to read the table otherwise.
func yearSummaryLabel(s string) bool {
	k := normalize.SpacedKey(s)
	return strings.TrimSpace(k) == "" || totalText(strings.TrimSpace(s)) ||
		has(k, "rata rata", "rerata", "rata", "average", "mean", "kenaikan", "penurunan", "selisih", "perubahan",
			"pertumbuhan", "growth", "change", "difference", "increase", "decrease")
}

// lastRowNamed is whether a total by position has rows to total: a row above
// the last that a code, a description or an untitled label names, or, when
// every row is anonymous, the last row's pagu being the sum of the others'.
// A table of anonymous rows (a diagram's nodes read as key : value records,
// their names in lines no column took) gives no row a meaning, and its last
// row was loaded as the total whatever it held (dev48 sabu-raijua: the last
// kegiatan of a PlantUML WBS).
func lastRowNamed(roles []int, rows [][]string, convs []normalize.Convention) bool {
	if len(rows) < 2 {
		return true
	}
	for _, cells := range rows[:len(rows)-1] {
		if rowCode(roles, cells) != "" || firstOfRole(roles, cells, roleUraian) != "" || untitledLabel(roles, cells) != "" {
			return true
		}
	}
	pagu := indexOf(roles, rolePagu)
	if pagu < 0 || pagu >= len(convs) {
		return false
	}
	conv := convs[pagu]
	amount := func(cells []string) (float64, bool) {
		if pagu >= len(cells) {
			return 0, false
		}
		n := normalize.ParseNumber(cells[pagu], conv)
		return n.Value, n.Status == normalize.OK
	}
	var sum float64
	for _, cells := range rows[:len(rows)-1] {
		v, ok := amount(cells)
		if !ok {
			return false
		}
		sum += v
	}
	last, ok := amount(rows[len(rows)-1])
	return ok && last > 0 && last == sum
}
