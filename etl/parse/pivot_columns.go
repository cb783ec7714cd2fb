package parse

import (
	"regexp"
	"strings"
)

// A pivot with a column field prints two header lines: the value field
// over `Column Labels` (`Label Kolom`), then `Row Labels` and the column
// field's items, perhaps a `Grand Total` column last:
//
//	Sum of Realisasi   Column Labels
//	Row Labels         2022    2023    Grand Total
//
// Items that are years title their columns `<field> <year>` (a series, a
// budget by year) and their Grand Total column, a sum over years, is no
// fact: it is dropped, once every row proves it. Items that are the sexes
// of a voter roll (`L`, `P`, `Laki-laki`, `Perempuan`) title their
// columns alone and their Grand Total column is the roll's L+P. Other items
// leave the pivot as written. Above the pivot, report filters (`Tahun
// <TAB> 2023`, `Satker <TAB> (All)`) are text: a field and its value.

var (
	pivotColLabelsRe = regexp.MustCompile(`(?i)^\s*(column labels|label kolom|kolom label)\s*$`)
	pivotAllRe       = regexp.MustCompile(`(?i)^\((all|semua|multiple items|beberapa item|beberapa butir)\)$`)
	pivotSexRe       = regexp.MustCompile(`(?i)^(l|p|laki-laki|laki laki|perempuan)$`)
)

// columnHeader joins a column field's two header lines at line i into the
// one header readPivot reads, on line i+1 (line i emptied); false when
// line i is no such header.
func columnHeader(lines []string, i int) bool {
	if i+1 >= len(lines) {
		return false
	}
	top := tabCells(lines[i])
	if len(top) != 2 || !pivotColLabelsRe.MatchString(top[1]) {
		return false
	}
	m := pivotAggRe.FindStringSubmatch(top[0])
	if m == nil {
		return false
	}
	items := tabCells(lines[i+1])
	if len(items) < 3 || !pivotRowLabelsRe.MatchString(items[0]) {
		return false
	}
	grand := pivotGrandRe.MatchString(items[len(items)-1])
	if grand {
		items = items[:len(items)-1]
	}
	years, sexes := 0, 0
	for _, it := range items[1:] {
		switch {
		case len(it) == 4 && hasYearDigits(it):
			years++
		case pivotSexRe.MatchString(it):
			sexes++
		}
	}
	agg := m[1] + " " + m[2] + " "
	out := []string{items[0]}
	switch {
	case years == len(items)-1:
		for _, it := range items[1:] {
			out = append(out, agg+m[3]+" "+it)
		}
		if grand {
			out = append(out, agg+m[3]+" "+pivotAcross) // dropped once proven
		}
	case sexes == len(items)-1:
		for _, it := range items[1:] {
			out = append(out, agg+it)
		}
		if grand {
			out = append(out, agg+"L+P")
		}
	default:
		return false
	}
	lines[i] = ""
	lines[i+1] = strings.Join(out, "\t")
	return true
}

// pivotAcross titles the Grand Total column of years: a sum over years.
const pivotAcross = "(jumlah semua tahun)"

// tabCells are a TAB line's cells, trimmed, trailing empty ones dropped;
// nil for a line without a TAB.
func tabCells(l string) []string {
	if !strings.Contains(l, "\t") {
		return nil
	}
	cells := strings.Split(l, "\t")
	for j := range cells {
		cells[j] = strings.TrimSpace(cells[j])
	}
	for len(cells) > 0 && cells[len(cells)-1] == "" {
		cells = cells[:len(cells)-1]
	}
	return cells
}

// acrossProven: every row's cell of a dropped Grand Total column is the
// sum of its year cells.
func (pv *pivot) acrossProven() bool {
	for _, r := range pv.rows {
		if !r.valued() {
			continue
		}
		for j, f := range pv.fields {
			if !f.drop {
				continue
			}
			want, _, ok := pivotNum(cellAt(r.vals, j))
			sum := 0.0
			for k, g := range pv.fields {
				if g.drop {
					continue
				}
				v, _, ok2 := pivotNum(cellAt(r.vals, k))
				ok = ok && ok2
				sum += v
			}
			if !ok || !g2near(sum, want) {
				return false
			}
		}
	}
	return true
}

func g2near(a, b float64) bool {
	d := a - b
	return d < 0.0051 && d > -0.0051
}

// filters writes the report filters right above the pivot's header
// (two-cell TAB lines, a blank line between allowed) as text: `field:
// value`, or nothing for a filter left at all items.
func (pv *pivot) filters(lines []string) {
	k := pv.head - 1
	for k >= 0 && k >= pv.head-2 && strings.TrimSpace(lines[k]) == "" {
		k-- // a blank line, and the column field's emptied first header line
	}
	for ; k >= 0 && k >= pv.head-6; k-- {
		c := tabCells(lines[k])
		if len(c) != 2 || c[0] == "" || hasDigitStr(c[0]) || len(c[1]) > 40 || len(c[0]) > 40 {
			return
		}
		if pivotAllRe.MatchString(c[1]) {
			lines[k] = ""
		} else {
			lines[k] = c[0] + ": " + c[1]
		}
	}
}
