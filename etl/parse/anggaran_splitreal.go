package parse

import (
	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A budget table may split one money role into sub-columns under a group
// header over two header rows: "Realisasi" over "LS | UP/GUP | Jumlah"
// (payment mechanism), "RM | PNBP | Total" (source), "Sem I | Sem II |
// Jumlah", "Pegawai | Barang | Modal | Total", or "Pagu" over "Pagu Awal |
// Revisi | Pagu Akhir". columnTexts gives the group word to the first
// sub-column only, so the first part (LS) loaded as the realisasi. The
// role belongs to the sub-column that is the group's total, and which one
// that is must be proven by the rows, never read from its position or its
// title: on every row where all parts read, the other sub-columns sum to
// it, and it fits the table's arithmetic — pagu − realisasi = sisa to the
// rupiah, or realisasi/pagu the stated percent (arithProves). A pagu split
// need not sum ("Pagu Awal | Pagu Akhir"); its one sub-column that fits
// the arithmetic is the pagu. When no sub-column, or more than one, is
// proven, none keeps the role: the table loads that role NULL with the
// reader's usual finding (arithRoles may still name a column the
// arithmetic alone proves) — a sum of parts the report does not print is
// never written.

// splitRealRoles moves a split group's role to its proven total column
// (see above); roles are the header columns' (not logical cells).
func splitRealRoles(b *extract.Block, roles []int) []int {
	if len(b.Header) == 0 || len(b.Rows) < 3 {
		return roles
	}
	for i := range b.Header {
		up := b.Header[i].Cells
		var down []string
		skip := 0 // rows holding titles, not figures
		switch {
		case i+1 < len(b.Header):
			down = b.Header[i+1].Cells
		case len(b.Header) == 1 && splitRealTitleRow(b.Rows[0].Cells):
			// the sub-titles no header vocabulary knows ("LS | UP/GUP |
			// Jumlah") stand as the block's first row
			down, skip = b.Rows[0].Cells, 1
		default:
			continue
		}
		for j := 0; j < len(up); j++ {
			g := anggaranRole(up[j])
			if up[j] == "" || g != rolePagu && g != roleRealisasi {
				continue
			}
			k := j + 1 // the merged cell's extent: the empty cells after it
			for k < len(up) && up[k] == "" || k < b.Width && k >= len(up) {
				k++
			}
			if k-j < 2 || k > len(down) {
				continue
			}
			roles = splitRealGroup(b, roles, down, j, k, g, skip)
			j = k - 1
		}
	}
	return roles
}

// splitRealTitleRow: a row of titles only, its first cell blank (they
// stand under the group, not over the codes and names), no cell a figure.
func splitRealTitleRow(cells []string) bool {
	if len(cells) < 2 || cells[0] != "" {
		return false
	}
	n := 0
	for _, c := range cells {
		if c == "" {
			continue
		}
		if len(c) > 40 || normalize.ParseNumber(c, normalize.Unknown).Status == normalize.OK {
			return false
		}
		for i := 0; i < len(c); i++ {
			if isDigitByte(c[i]) {
				return false // "Sem 1" is rare, a row's figure common: no digits at all
			}
		}
		n++
	}
	return n >= 2
}

// splitRealGroup settles one group: columns j..k-1 under a cell of role g,
// their own titles in down; the block's first skip rows are titles.
func splitRealGroup(b *extract.Block, roles []int, down []string, j, k, g, skip int) []int {
	var buf [48][]string
	rows := blockCells(b, false, buf[:])[skip:]
	var members []int
	for m := j; m < k; m++ {
		if down[m] == "" || rincianWord(down[m]) {
			return roles // a sub-title missing, or "Rincian | Jumlah" (each row one of the two: anggaran_rincian.go)
		}
		if r := anggaranRole(down[m]); (r == roleNone || r == g) && m < len(roles) && (roles[m] == roleNone || roles[m] == g) && amountColumn(rows, m) {
			members = append(members, m)
		}
	}
	if len(members) < 2 {
		return roles // "Realisasi" over "Rp | %": one amount, nothing split
	}
	if g == roleRealisasi && indexOf(roles, rolePagu) < 0 || g == rolePagu && indexOf(roles, roleRealisasi) < 0 {
		return roles // nothing to prove it against (and maybe no budget table at all): as before
	}
	out := append([]int(nil), roles...)
	for _, m := range members {
		out[m] = roleNone
	}
	pagu, real, sisa, pct := indexOf(out, rolePagu), indexOf(out, roleRealisasi), indexOf(out, roleSisa), indexOf(out, rolePersen)
	if g == roleRealisasi && real >= 0 || g == rolePagu && pagu >= 0 {
		return roles // the role named outside the group too: not settled here
	}
	found := -1
	for _, c := range members {
		var ok bool
		if g == roleRealisasi {
			ok = pagu >= 0 && splitRealSums(rows, members, c) && arithProves(rows, pagu, c, sisa, pct, c, roleRealisasi)
		} else {
			ok = real >= 0 && arithProves(rows, c, real, sisa, pct, real, roleRealisasi)
		}
		if !ok {
			continue
		}
		if found >= 0 {
			return out // two fit: which is the total is not proven
		}
		found = c
	}
	if found >= 0 {
		out[found] = g
	}
	return out
}

// splitRealSums: on every row where all members read as amounts, the
// members other than c sum to c; at least two such rows.
func splitRealSums(rows [][]string, members []int, c int) bool {
	convs := make([]normalize.Convention, len(members))
	for i, m := range members {
		convs[i] = cellsConvention(rows, m)
	}
	proven := 0
	for _, r := range rows {
		var sum, tot int64
		ok := true
		for i, m := range members {
			if m >= len(r) {
				ok = false
				break
			}
			v, n := normalize.Money(r[m], convs[i])
			if n.Status != normalize.OK {
				ok = false
				break
			}
			if m == c {
				tot = v
			} else {
				sum += v
			}
		}
		if !ok {
			continue
		}
		if sum != tot {
			return false
		}
		proven++
	}
	return proven >= 2
}
