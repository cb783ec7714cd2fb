package parse

import "strings"

// The proof of an accounting tool's account tree (anggaran_acctree.go):
// the variance's sign, the reported percent and the sums of the tree.

// acctProve checks the tree's arithmetic and writes its rows (the
// variance as pagu − realisasi) and the total's cells; nil and why when
// the tree is not proven ("" when it is no budget tree at all).
func acctProve(nodes []acctNode, roles []acctRole, grand []int64, grandFigs []string) ([][]string, []string, string) {
	ip, ir, is, ipc := -1, -1, -1, -1
	for c, r := range roles {
		switch r {
		case 'p':
			ip = c
		case 'r':
			ir = c
		case 's':
			is = c
		case '%':
			ipc = c
		}
	}
	// the roots: accounts with no code (at most one, heading the tree)
	var tops []int
	root := -1
	coded := 0
	for i, nd := range nodes {
		if nd.code == "" {
			if root >= 0 || i != 0 {
				return nil, nil, ""
			}
			root = i
			continue
		}
		coded++
	}
	if root >= 0 {
		tops = nodes[root].kids
		if nodes[root].figs != nil {
			if grand != nil && strings.Join(grandFigs, " ") != strings.Join(nodes[root].figs, " ") {
				return nil, nil, ""
			}
			grand, grandFigs = nodes[root].vals, nodes[root].figs
		}
	} else {
		for i, nd := range nodes {
			if nd.depth == nodes[0].depth {
				tops = append(tops, i)
			}
		}
	}
	if coded < 2 || grand == nil || len(tops) == 0 {
		return nil, nil, ""
	}
	sign := int64(0) // +1: sisa = pagu − realisasi; −1: the other way
	check := func(vals []int64, figs []string) bool {
		if len(vals) != len(roles) {
			return false
		}
		p, r := vals[ip], vals[ir]
		if is >= 0 && p != r {
			s := sign
			switch vals[is] {
			case p - r:
				s = 1
			case r - p:
				s = -1
			default:
				return false
			}
			if sign != 0 && s != sign {
				return false
			}
			sign = s
		}
		if ipc >= 0 && p > 0 {
			// the reported % to its printed decimals: realisasi / pagu
			c := float64(r) * 10000 / float64(p) // hundredths of a percent
			tol := 1.0
			if pc := figs[ipc]; !strings.Contains(pc, ",") {
				tol = 50
			} else if len(pc)-strings.IndexByte(pc, ',') == 2 {
				tol = 5
			}
			if d := float64(vals[ipc]) - c; d > tol || d < -tol {
				return false
			}
		}
		return true
	}
	sums := func(kids []int, want []int64) bool {
		var p, r int64
		for _, k := range kids {
			p += nodes[k].vals[ip]
			r += nodes[k].vals[ir]
		}
		return p == want[ip] && r == want[ir]
	}
	for _, nd := range nodes {
		if nd.code == "" {
			continue
		}
		if !check(nd.vals, nd.figs) {
			return nil, nil, "pohon akun anggaran: baris " + nd.code + " tidak lengkap atau sisa/persennya tidak cocok; tidak dibaca"
		}
	}
	if !check(grand, grandFigs) {
		return nil, nil, "pohon akun anggaran: baris total tidak cocok; tidak dibaca"
	}
	for _, nd := range nodes {
		if nd.code != "" && len(nd.kids) > 0 && !sums(nd.kids, nd.vals) {
			return nil, nil, "pohon akun anggaran: rincian " + nd.code + " tidak berjumlah sama dengan akunnya; tidak dibaca"
		}
	}
	if !sums(tops, grand) {
		return nil, nil, "pohon akun anggaran: akun teratas tidak berjumlah sama dengan total; tidak dibaca"
	}
	cells := func(figs []string) []string {
		out := append([]string(nil), figs...)
		if is >= 0 && sign < 0 {
			s := out[is]
			if strings.HasPrefix(s, "-") {
				out[is] = s[1:]
			} else if strings.Trim(s, "0.,") != "" {
				out[is] = "-" + s
			}
		}
		return out
	}
	var rows [][]string
	var walk func(i int)
	walk = func(i int) {
		nd := nodes[i]
		rows = append(rows, append([]string{nd.code, nd.desc}, cells(nd.figs)...))
		for _, k := range nd.kids {
			walk(k)
		}
	}
	for _, t := range tops {
		walk(t)
	}
	return rows, cells(grandFigs), ""
}
