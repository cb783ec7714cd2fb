package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Budget realisasi by period: "Pagu | Jan | Feb | … | Des | Jumlah", or
// "TW I … TW IV", or "Semester I | Semester II", with no Realisasi column.
// The column after the last period is the year's realisasi only when the
// periods are all there, in order, and every row's periods sum to it (an
// empty or "-" period is nothing spent); else the table is read as a plan,
// its realisasi unknown.

// periodCount is how many periods of a kind make a year (capaian_periods.go).
var periodCount = map[byte]int{'m': 12, 'q': 4, 's': 2}

// budgetPeriod reads a column title as one period's amount (not "s.d."
// one: a running total).
func budgetPeriod(cs []string) (period, bool) {
	pr, ok := periodOf(strings.Fields(normalize.Key(strings.Join(cs, " "))))
	return pr, ok && !pr.upTo
}

// periodRealisasi gives the total column after a complete run of period
// columns the realisasi role, when the rows prove it.
func periodRealisasi(b *extract.Block, cols [][]string, roles []int) {
	if indexOf(roles, rolePagu) < 0 || indexOf(roles, roleRealisasi) >= 0 || indexOf(roles, roleSisa) >= 0 {
		return
	}
	for j := 0; j < len(cols); j++ {
		pr, ok := budgetPeriod(cols[j])
		if !ok || pr.idx != 1 {
			continue
		}
		first := j
		for k := 2; k <= periodCount[pr.kind]; k++ {
			if j+1 >= len(cols) {
				return
			}
			if nx, ok := budgetPeriod(cols[j+1]); !ok || nx.kind != pr.kind || nx.idx != k {
				return // a period missing or out of order
			}
			j++
		}
		tot := j + 1
		if tot >= len(cols) || roles[tot] != roleNone {
			return
		}
		if k := normalize.Key(strings.Join(cols[tot], " ")); !strings.HasPrefix(k, "jumlah") && !strings.HasPrefix(k, "total") {
			return
		}
		if periodsSum(b, first, tot) {
			roles[tot] = roleRealisasi
		}
		return
	}
}

// periodsSum: every row with an amount in column tot has periods first ..
// tot-1 that make it, and two rows at least do.
func periodsSum(b *extract.Block, first, tot int) bool {
	proven := 0
	for _, r := range b.Rows {
		if tot >= len(r.Cells) {
			if len(r.Cells) > first {
				return false // periods without their total
			}
			continue
		}
		want, ok := periodAmount(r.Cells[tot])
		if !ok || r.Cells[tot] == "" {
			if strings.TrimSpace(r.Cells[tot]) != "" {
				return false
			}
			continue
		}
		if sum, ok := cellsSum(r.Cells, first, tot, nil, periodAmount); !ok || sum != want {
			return false
		}
		proven++
	}
	return proven >= 2
}

// periodAmount reads one amount of a period table; an empty or "-" cell
// is nothing spent.
func periodAmount(c string) (int64, bool) {
	c = strings.TrimSpace(c)
	if c == "" || c == "-" || c == "–" {
		return 0, true
	}
	n := normalize.ParseNumber(c, normalize.Unknown)
	if n.Status != normalize.OK || n.Value != float64(int64(n.Value)) {
		return 0, false
	}
	return int64(n.Value), true
}

// cellsSum adds the amounts of cells in columns from .. to-1, or in cols
// when given; false when a column is missing or holds no amount.
func cellsSum(cells []string, from, to int, cols []int, amount func(string) (int64, bool)) (int64, bool) {
	if cols == nil {
		for j := from; j < to; j++ {
			cols = append(cols, j)
		}
	}
	var sum int64
	for _, j := range cols {
		if j >= len(cells) {
			return 0, false
		}
		v, ok := amount(cells[j])
		if !ok {
			return 0, false
		}
		sum += v
	}
	return sum, true
}
