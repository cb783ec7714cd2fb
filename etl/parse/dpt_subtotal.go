package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// dapilHeading: a name cell that opens a group of regions rather than
// naming one: an electoral district ("DAPIL KUPANG 1", "Daerah Pemilihan
// II"). A kecamatan table grouped by district carries such rows, and
// their subtotals.
func dapilHeading(name string) bool {
	k := normalize.SpacedKey(name)
	return has(k, "dapil", "daerah pemilihan")
}

// dptName is the region a row names. A group heading written on the line
// above the row's first region, with no value of its own, is glued to the
// region's name when the text joins the two lines into one row
// ("DAPIL KUPANG 1" over "Kupang Barat"): the heading's fragments are not
// part of the name.
func dptName(r *extract.Row, j int, name string) string {
	if r.FragmentCount(j) < 2 {
		return name
	}
	frags := r.Fragments(j)
	i := 0
	for i < len(frags)-1 && dapilHeading(frags[i]) {
		i++
	}
	if i == 0 {
		return name
	}
	for _, c := range r.Head() {
		if c != "" && !dapilHeading(c) && !hasLetter(c) {
			return name // the heading line holds a value: not a heading alone
		}
	}
	return strings.Join(frags[i:], " ")
}

// dptSubtotals are the rows of a kecamatan table that total a group of
// its rows, not the kabupaten: a total row naming a group ("Jumlah Dapil
// Kupang 1", "Sub Jumlah"), or one whose L+P is the sum of the regions
// since the previous total row while more regions follow it. When, after
// them, several total rows remain, only the first whose L+P is the sum of
// every region is the kabupaten's; none proven: none is loaded (ok false).
//
// lp gives a row's L+P: ok false when the row has none; known false when
// it has values but its L+P is not read (a sum over it is then unproven).
func dptSubtotals(rows []extract.Row, kinds []dptRowKind, lp func(r *extract.Row) (v int64, ok, known bool)) (skip map[int]bool, ok bool) {
	n, labelled := 0, false
	for _, k := range kinds {
		if k.total {
			n++
			labelled = labelled || subtotalLabel(k.name)
		}
	}
	if n < 2 && !labelled {
		return nil, true // no total, or one (the kabupaten's, as before)
	}
	skip = map[int]bool{}
	var all, run int64
	allKnown, runKnown, runN := true, true, 0
	for i := range rows {
		if kinds[i].total {
			v, ok, _ := lp(&rows[i])
			after := false
			for k := i + 1; k < len(rows); k++ {
				if _, ok, _ := lp(&rows[k]); ok && !kinds[k].total && kinds[k].name != "" {
					after = true
					break
				}
			}
			if subtotalLabel(kinds[i].name) || ok && runKnown && runN > 0 && v == run && after {
				skip[i] = true
			}
			run, runKnown, runN = 0, true, 0
			continue
		}
		if kinds[i].name == "" {
			continue
		}
		v, ok, known := lp(&rows[i])
		if !known {
			allKnown, runKnown = false, false
			continue
		}
		if !ok {
			continue // a heading alone: no values
		}
		all += v
		run += v
		runN++
	}
	left, keep := 0, -1
	for i, k := range kinds {
		if !k.total || skip[i] {
			continue
		}
		left++
		if v, ok, _ := lp(&rows[i]); ok && allKnown && v == all && keep == -1 {
			keep = i // the first total the sum proves; another one proven is the same total written twice
		}
	}
	if left <= 1 {
		return skip, true
	}
	for i, k := range kinds {
		if k.total && i != keep {
			skip[i] = true
		}
	}
	return skip, keep >= 0
}

// subtotalLabel: a total row's label names a part of the table ("Jumlah
// Dapil 1", "Sub Total", "Subtotal").
func subtotalLabel(name string) bool {
	return dapilHeading(name) || subtotalWords(name)
}

// subtotalWords: a label "Sub Total", "Subtotal", "Sub Jumlah".
func subtotalWords(name string) bool {
	t := strings.TrimSpace(name)
	if len(t) < 8 || !strings.EqualFold(t[:3], "sub") {
		return false
	}
	k := normalize.Key(t)
	return strings.HasPrefix(k, "sub total") || strings.HasPrefix(k, "subtotal") || strings.HasPrefix(k, "sub jumlah")
}

// dptRowKind is what a DPT row names: its region's name, and whether it
// is a total row.
type dptRowKind struct {
	name    string
	total   bool
	refused bool // a name not proven (dpt_rownum.go): the row is no fact, its voters still count in the sums
}

// dptRowNames appends to kinds each row's region name and whether it is a
// total row: a "JUMLAH"/"Total" label, or in a kecamatan table the
// kabupaten's own name.
func (p *parser) dptRowNames(kinds []dptRowKind, rows []extract.Row, roles []int, level, owner string) []dptRowKind {
	j := indexOf(roles, roleNama)
	for i := range rows {
		r := &rows[i]
		name := ""
		if j >= 0 && j < len(r.Cells) {
			name = dropPictographs(dptName(r, j, r.Cells[j]))
		}
		first := ""
		for _, c := range r.Cells {
			if c != "" {
				first = c
				break
			}
		}
		kinds = append(kinds, dptRowKind{name: name, total: totalText(name) || totalSuffix(name) || name == "" && totalText(first) ||
			subtotalWords(name) || level == "kecamatan" && namesOwner(name, owner, p.prov)})
	}
	if level == "kecamatan" {
		dptCountedTotals(kinds, owner, p.prov) // "KAB. NAGEKEO (7 KECAMATAN)" (dpt_count_label.go)
	}
	return kinds
}

// dptLP is a row's L+P as dptSubtotals wants it: ok when it has one;
// known false when the row has voter figures but no readable L+P.
func dptLP(r *extract.Row, roles []int, convs map[int]normalize.Convention) (int64, bool, bool) {
	j := indexOf(roles, roleLP)
	if j < 0 || j >= len(r.Cells) || r.Cells[j] == "" {
		for _, k := range [...]int{roleL, roleP, roleTPS} {
			if c := r.Cell(indexOf(roles, k)); c != "" {
				return 0, false, false
			}
		}
		return 0, false, true
	}
	n := normalize.ParseNumber(r.Cells[j], convs[j])
	if n.Status != normalize.OK || n.Value != float64(int64(n.Value)) || n.Value < 0 {
		return 0, false, false
	}
	return int64(n.Value), true, true
}

// withoutDistrict is t without "daerah pemilihan" (the electoral district
// a table groups its kecamatan by): the words name no election, so "DPT
// Pemilu 2019 per Kecamatan dan Daerah Pemilihan" is about the Pemilu.
func withoutDistrict(t string) string {
	const w = "daerah pemilihan"
	for i := 0; i+len(w) <= len(t); i++ {
		if (t[i] == 'd' || t[i] == 'D') && strings.EqualFold(t[i:i+len(w)], w) {
			t = t[:i] + "daerah" + t[i+len(w):]
		}
	}
	return t
}
