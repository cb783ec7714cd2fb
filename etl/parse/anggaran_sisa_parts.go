package parse

import (
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A budget table may split its unspent amount into the parts it is made of
// ("Efisiensi | Sisa Tidak Terserap", "Penghematan | Sisa Dana", "Sisa
// Lelang | Sisa Swakelola") and print no column holding the whole sisa.
// The header names one of the parts "Sisa …", so the role vocabulary
// takes it for the sisa: loaded as it stands, each row's sisa would be a
// part of it. Only the arithmetic tells a part from the whole: when the
// Sisa column is not pagu − realisasi on some row while it plus one or
// more sibling amount columns is pagu − realisasi on every row (at least
// two), the column is a part. The row's sisa is then pagu − realisasi, as
// for a table without a Sisa column, and the parts load no fact. When the
// arithmetic proves neither reading (a typo on one row, a table in
// thousands rounded per cell), the column is read as before and the
// arithmetic check flags the rows.

// maxSisaSiblings bounds the sibling columns whose subsets are tried: a
// budget table has few amount columns, and the subsets double with each.
const maxSisaSiblings = 6

// sisaParts: the Sisa column of a budget table (rows: its padded cells,
// roles and convs as the reader uses them) is proven a part of the sisa.
// It gives the Sisa column and the sibling columns that complete it.
func sisaParts(t *tableInfo, roles []int, rows [][]string, convs []normalize.Convention) (int, []int, bool) {
	js, jp, jr := indexOf(roles, roleSisa), indexOf(roles, rolePagu), indexOf(roles, roleRealisasi)
	if js < 0 || jp < 0 || jr < 0 || len(rows) < 2 {
		return 0, nil, false
	}
	// siblings: columns left unnamed (or a second Sisa column the reader
	// does not read) — a cheap look at the roles before any cell is read
	var sib []int
	for j, r := range roles {
		if j != js && (r == roleNone || r == roleSisa) {
			sib = append(sib, j)
		}
	}
	if len(sib) == 0 || varianceTable(t) {
		return 0, nil, false // a variance states the sisa with its sign turned (anggaran_variance.go)
	}
	// the rows the arithmetic can speak for: pagu and realisasi read
	var lines []sisaLine
	alone := true // the Sisa column is pagu − realisasi on every row
	for _, cells := range rows {
		pagu, ok1 := partMoney(cells, jp, convs, t, false)
		real, ok2 := partMoney(cells, jr, convs, t, false)
		if !ok1 || !ok2 {
			continue
		}
		sisa, ok := partMoney(cells, js, convs, t, true)
		if !ok {
			return 0, nil, false // a Sisa cell no amount: nothing is proven
		}
		lines = append(lines, sisaLine{pagu - real, sisa, cells})
		if sisa != pagu-real {
			alone = false
		}
	}
	if alone || len(lines) < 2 {
		return 0, nil, false // the whole sisa (a sibling is only extra), or too few rows
	}
	// keep the siblings holding amounts on every row the proof uses
	cand := sib[:0]
	for _, j := range sib {
		ok := true
		for _, l := range lines {
			if _, ok = partMoney(l.row, j, convs, t, true); !ok {
				break
			}
		}
		if ok {
			cand = append(cand, j)
		}
	}
	if len(cand) == 0 || len(cand) > maxSisaSiblings {
		return 0, nil, false
	}
	for mask := 1; mask < 1<<len(cand); mask++ {
		if sisaSubsetFits(lines, cand, mask, convs, t) {
			var with []int
			for k, j := range cand {
				if mask&(1<<k) != 0 {
					with = append(with, j)
				}
			}
			return js, with, true
		}
	}
	return 0, nil, false
}

// sisaLine is a budget row the proof uses: its pagu − realisasi, its
// Sisa cell and its cells.
type sisaLine struct {
	diff, sisa int64
	row        []string
}

// sisaSubsetFits: on every line, the Sisa cell plus the cells of the
// columns of cand chosen by mask is pagu − realisasi.
func sisaSubsetFits(lines []sisaLine, cand []int, mask int, convs []normalize.Convention, t *tableInfo) bool {
	for _, l := range lines {
		sum := l.sisa
		for k, j := range cand {
			if mask&(1<<k) != 0 {
				v, _ := partMoney(l.row, j, convs, t, true)
				sum += v
			}
		}
		if sum != l.diff {
			return false
		}
	}
	return true
}

// partMoney reads cell j of a budget row as an amount in t's unit. A part
// of the sisa may be written "-" or left blank for nothing spent less
// (zero allowed); pagu and realisasi must be written.
func partMoney(cells []string, j int, convs []normalize.Convention, t *tableInfo, zero bool) (int64, bool) {
	if j >= len(cells) || j >= len(convs) {
		return 0, zero
	}
	s := strings.TrimSpace(cells[j])
	if s == "" {
		return 0, zero
	}
	v, n := scaledMoney(s, t.unit, convs[j])
	switch {
	case n.Status == normalize.OK:
		return v, true
	case n.Status == normalize.Empty:
		return 0, zero
	}
	return 0, false
}

// sisaPartNames: the header words of the Sisa column and its siblings,
// for the finding.
func sisaPartNames(t *tableInfo, roles []int, js int, with []int) (string, string) {
	cols := t.columns()
	name := func(j int) string {
		if len(cols) == len(roles) && j < len(cols) {
			return strings.Join(cols[j], " ")
		}
		return "kolom " + strconv.Itoa(j+1) // logical columns: the header's empty ones dropped
	}
	var w []string
	for _, j := range with {
		w = append(w, name(j))
	}
	return name(js), strings.Join(w, ", ")
}
