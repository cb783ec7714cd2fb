package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// netOverGross keeps the net realisation of a budget table that prints
// both: "Pagu | Realisasi Bruto | Pengembalian Belanja | Realisasi Neto |
// Sisa". Spending returned to the treasury (unused petty cash, honoraria
// paid back) lowers the gross figure the payment system records; the net
// figure is what the office spent, and its sisa and serapan are the
// table's. Both headers name a realisasi, and without telling them apart
// anggaranDuplicates loaded neither. A realisasi column is dropped only
// when another one names itself net: a lone gross column stays as it was.
func netOverGross(cols [][]string, roles []int) {
	if n := countRole(roles, roleRealisasi); n < 2 {
		return // most tables: one realisasi, no key to build
	}
	net, gross := -1, 0
	for j, cs := range cols {
		if roles[j] != roleRealisasi {
			continue
		}
		switch k := normalize.SpacedKey(strings.Join(cs, " ")); {
		case has(k, "neto", "netto", "net", "bersih", "setelah pengembalian"):
			if net >= 0 {
				return // two net columns: nothing settles it here
			}
			net = j
		case grossHeader(k):
			gross++
		}
	}
	if net < 0 || gross == 0 {
		return
	}
	for j, cs := range cols {
		if j != net && roles[j] == roleRealisasi {
			k := normalize.SpacedKey(strings.Join(cs, " "))
			if grossHeader(k) {
				roles[j] = roleNone
			}
		}
	}
}

// grossHeader: a padded key naming the gross realisation.
func grossHeader(k string) bool {
	return has(k, "bruto", "brutto", "gross", "kotor", "sebelum pengembalian")
}
