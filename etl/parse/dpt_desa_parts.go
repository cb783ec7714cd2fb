package parse

import (
	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// desaPartColumns: a count of villages split by kind under one spanning
// header ("Desa/Kelurahan" over "Desa | Kel. | Jumlah"): the parts each
// read as a desa count and the sub-column "Jumlah" as the roll's total,
// so every row had two village counts and two totals and loaded neither.
// The sub-column named only Jumlah (Total, Jml) under a village group is
// the area's village count, and the parts beside it are no count of their
// own — when on every row with figures the parts sum to it. Otherwise the
// roles stay, and so does the finding on the doubled counts.
func desaPartColumns(b *extract.Block, roles []int) {
	if len(b.Header) < 2 {
		return
	}
	up, low := b.Header[len(b.Header)-2].Cells, b.Header[len(b.Header)-1].Cells
	for j := 0; j < len(low) && j < len(roles); j++ {
		if !bareTotalTitle(low[j]) {
			continue
		}
		g := -1 // the group cell over j: the nearest upper cell at or left of it
		for k := min(j, len(up)-1); k >= 0; k-- {
			if up[k] != "" {
				g = k
				break
			}
		}
		if g < 0 || dptRole(up[g]) != roleDesa {
			continue
		}
		var parts []int
		for k := g; k < j; k++ {
			if roles[k] == roleDesa {
				parts = append(parts, k)
			}
		}
		if len(parts) < 2 || !toDateProven(b.Rows, parts, j) { // parts sum to it on every row (anggaran_todate.go)
			continue
		}
		roles[j] = roleDesa
		for _, k := range parts {
			roles[k] = roleNone
		}
	}
}

// bareTotalTitle: a header cell that says only "total".
func bareTotalTitle(c string) bool {
	switch normalize.Key(c) {
	case "jumlah", "jml", "total":
		return true
	}
	return false
}

// countPartColumns: a count split by kind in plain columns beside its own
// total ("TPS Reguler | TPS Lokasi Khusus | Jumlah TPS"). Each column reads
// as the same count, so a row whose parts were not all zero had counts that
// disagreed and loaded none. The one column whose title says total is the
// count and the others are its parts, no count of their own — when on every
// row with figures the parts sum to it. Otherwise the roles stay, and so
// does the finding on the disagreeing counts. A part may be a column the
// table skipped ("TPS Lokasi Khusus" says "khusus", as the DPK's roll
// does): its title still names the count, and the sum proves it a part.
func countPartColumns(b *extract.Block, cols [][]string, roles []int) {
	for _, role := range [...]int{roleTPS, roleDesa} {
		var parts []int
		whole := -1
		for j, r := range roles {
			if j >= len(cols) || r != role && (r != roleNone || !titledAs(cols[j], role)) {
				continue
			}
			if !totalTitled(cols[j]) {
				parts = append(parts, j)
			} else if whole == -1 {
				whole = j
			} else {
				whole = -2 // two totals: nothing proves which one
			}
		}
		if whole < 0 || len(parts) == 0 || !toDateProven(b.Rows, parts, whole) {
			continue
		}
		for _, k := range parts {
			roles[k] = roleNone
		}
	}
}

// titledAs: the first header cell of a column that names a DPT role names
// role.
func titledAs(header []string, role int) bool {
	for _, c := range header {
		if r := dptRole(c); r != roleNone {
			return r == role
		}
	}
	return false
}

// totalTitled: a column whose title names a total ("Jumlah TPS", "Total").
func totalTitled(header []string) bool {
	for _, c := range header {
		if has(normalize.SpacedKey(c), "jumlah", "jml", "total") {
			return true
		}
	}
	return false
}
