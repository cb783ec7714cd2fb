package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The old RKA form writes one money role in two columns: "Pagu" over
// "Rincian | Jumlah" (or "Pagu Rincian | Pagu Jumlah" on one line). The
// detail rows (kegiatan) hold their amount in the Rincian column, their
// parent (program, total) in the Jumlah column, each row one of the two.
// A row's amount is the one it holds, but only once the levels are proven:
// the children's sum is their parent's amount and the programs' sum the
// total. Otherwise the role stays unread (NULL, with a finding).

// rincianPair is one money role written in two columns: child amounts in
// one, their parent's in the other.
type rincianPair struct{ child, parent, role int }

const (
	rincianChild  = 1
	rincianParent = 2
)

// rincianPairs finds the pairs among a budget table's header columns
// (columnTexts: lowest header cell first).
func rincianPairs(cols [][]string) []rincianPair {
	var out []rincianPair
	for j := 0; j+1 < len(cols); j++ {
		lj, lk := rincianLevel(cols[j]), rincianLevel(cols[j+1])
		if lj == 0 || lk == 0 || lj == lk {
			continue
		}
		// the group word stands over the pair's first column (a merged
		// cell) or in both cells; never a second role beside it
		r := rincianRole(cols[j])
		if r2 := rincianRole(cols[j+1]); r2 != roleNone && r2 != r {
			continue
		}
		if r != rolePagu && r != roleRealisasi && r != roleSisa {
			continue
		}
		p := rincianPair{child: j, parent: j + 1, role: r}
		if lj == rincianParent {
			p.child, p.parent = j+1, j
		}
		out = append(out, p)
		j++
	}
	return out
}

// rincianLevel tells the level a column's lowest header cell names:
// "Rincian"/"Perincian"/"Detail" the children, "Jumlah"/"Total" the
// parents; 0 for neither or both.
func rincianLevel(cs []string) int {
	if len(cs) == 0 {
		return 0
	}
	child, parent := false, false
	for _, w := range strings.Fields(normalize.Key(cs[0])) {
		switch w {
		case "rincian", "perincian", "detail", "detil":
			child = true
		case "jumlah", "jml", "total", "subtotal":
			parent = true
		}
	}
	switch {
	case child && !parent:
		return rincianChild
	case parent && !child:
		return rincianParent
	}
	return 0
}

// rincianRole is the money role a pair column's header names besides its
// level word ("Pagu" over "Rincian", "Realisasi Jumlah").
func rincianRole(cs []string) int {
	for _, c := range cs {
		var rest []string
		for _, w := range strings.Fields(normalize.Key(c)) {
			switch w {
			case "rincian", "perincian", "detail", "detil", "jumlah", "jml", "total", "subtotal":
				continue
			}
			rest = append(rest, w)
		}
		if len(rest) == 0 {
			continue
		}
		if r := anggaranRole(strings.Join(rest, " ")); r != roleNone {
			return r
		}
	}
	return roleNone
}

// rincianRoles gives each pair's role to its child column and none to
// its parent column: the parent amounts are folded into the child column
// row by row (foldRincian) once proven. A byte check keeps the many
// tables without such a header from building keys.
func rincianRoles(cols [][]string, roles []int) {
	seen := false
	for _, cs := range cols {
		if len(cs) > 0 && rincianWord(cs[0]) {
			seen = true
			break
		}
	}
	if !seen {
		return
	}
	for _, pr := range rincianPairs(cols) {
		roles[pr.child], roles[pr.parent] = pr.role, roleNone
	}
}

// rincianWord: the cell may name the child level (a byte check).
func rincianWord(c string) bool {
	return containsFoldASCII(c, "rincian") || containsFoldASCII(c, "detail") || containsFoldASCII(c, "detil")
}

// foldRincian reads each row's amount from the pair column that holds it,
// when the children's sums prove their parents; an unproven pair loads
// NULL (anggaran.rincian_ragu).
func (p *parser) foldRincian(t *tableInfo, roles []int, rows [][]string, logical bool) []int {
	if logical || len(t.b.Header) == 0 {
		return roles
	}
	seen := false
	for _, h := range t.b.Header {
		for _, c := range h.Cells {
			seen = seen || rincianWord(c)
		}
	}
	if !seen {
		return roles
	}
	cols := columnTexts(t.b)
	for _, pr := range rincianPairs(cols) {
		if pr.parent >= len(roles) || roles[pr.child] != pr.role {
			continue
		}
		if !rincianProven(t, rows, pr) {
			roles[pr.child] = roleNone
			p.find("anggaran.rincian_ragu", facts.Warning, t.b.Start, t.b.End, t.label,
				"%s: %s tertulis di kolom rincian dan jumlah; jumlah rincian tidak sama dengan jumlahnya, %s dimuat NULL",
				t.label, roleName(pr.role), roleName(pr.role))
			continue
		}
		for i, cells := range rows {
			if pr.parent < len(cells) && !blankAmount(cells[pr.parent]) && (pr.child >= len(cells) || blankAmount(cells[pr.child])) {
				c := make([]string, max(len(cells), pr.child+1))
				copy(c, cells) // the block's own cells stay as written
				c[pr.child] = cells[pr.parent]
				rows[i] = c
			}
		}
	}
	return roles
}

// blankAmount: an empty cell or a dash, no amount.
func blankAmount(c string) bool {
	switch strings.TrimSpace(c) {
	case "", "-", "–", "—":
		return true
	}
	return false
}

// rincianProven: no row holds both amounts, every amount reads, and the
// parents are the sums of their children, the children under their
// parent (program first) or above it (a subtotal under its rows); the
// last parent may be the total of the others.
func rincianProven(t *tableInfo, rows [][]string, pr rincianPair) bool {
	cc, pc := cellsConvention(rows, pr.child), cellsConvention(rows, pr.parent)
	type amount struct {
		v      int64
		parent bool
	}
	var seq []amount
	for _, cells := range rows {
		var ch, pa string
		if pr.child < len(cells) {
			ch = cells[pr.child]
		}
		if pr.parent < len(cells) {
			pa = cells[pr.parent]
		}
		cb, pb := blankAmount(ch), blankAmount(pa)
		switch {
		case !cb && !pb:
			return false
		case !cb:
			v, _ := moneyOf(ch, cc, t)
			if v == nil {
				return false
			}
			seq = append(seq, amount{*v, false})
		case !pb:
			v, _ := moneyOf(pa, pc, t)
			if v == nil {
				return false
			}
			seq = append(seq, amount{*v, true})
		}
	}
	var parents []int
	for i, a := range seq {
		if a.parent {
			parents = append(parents, i)
		}
	}
	if len(parents) == 0 || len(parents) == len(seq) {
		return false
	}
	end := len(seq) // the groups lie before end
	if last := parents[len(parents)-1]; last == len(seq)-1 && len(parents) > 1 {
		var sum int64
		for _, i := range parents[:len(parents)-1] {
			sum += seq[i].v
		}
		if sum == seq[last].v {
			end, parents = last, parents[:len(parents)-1]
		}
	}
	if len(parents) == 1 && parents[0] == len(seq)-1 {
		parents = nil // one total under its children only: checked below as a trailing group
	}
	groups := func(leading bool) bool {
		for k, pi := range parents {
			lo, hi := pi+1, end
			if k+1 < len(parents) {
				hi = parents[k+1]
			}
			if !leading {
				lo, hi = 0, pi
				if k > 0 {
					lo = parents[k-1] + 1
				}
			}
			if lo >= hi {
				return false
			}
			var sum int64
			for _, a := range seq[lo:hi] {
				sum += a.v
			}
			if sum != seq[pi].v {
				return false
			}
		}
		// every child in a group: none before the first parent (leading)
		// or after the last (trailing)
		if leading {
			return parents[0] == 0
		}
		return parents[len(parents)-1] == end-1
	}
	if parents == nil {
		var sum int64
		for _, a := range seq[:len(seq)-1] {
			sum += a.v
		}
		return sum == seq[len(seq)-1].v
	}
	return groups(true) || groups(false)
}
