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
