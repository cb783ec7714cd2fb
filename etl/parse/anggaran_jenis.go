package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The budget per jenis belanja as columns: "51 | 52 | 53" or "Belanja
// Pegawai | Belanja Barang | Belanja Modal" beside the row's total. The
// jenis cells are parts of the pagu; the total after them, titled only
// "Jumlah" or "Total", is the pagu itself (a title with "Pagu" in it is
// read as such already).

// jenisColumn: a header text naming one jenis belanja.
func jenisColumn(cs []string) bool {
	for _, c := range cs {
		c = strings.TrimSpace(c)
		if extract.JenisCode(c) {
			return true
		}
		if !containsFoldASCII(c, "belanja") {
			continue // most titles: no key built
		}
		k := normalize.Key(c)
		if strings.HasPrefix(k, "belanja ") && !strings.Contains(k, "jumlah") && !strings.Contains(k, "total") {
			return true
		}
	}
	return false
}

// jenisTotalPagu gives rolePagu to the column titled "Jumlah" or "Total"
// right after two or more jenis columns, when no column is the pagu.
func jenisTotalPagu(cols [][]string, roles []int) {
	if indexOf(roles, rolePagu) >= 0 || len(cols) < 4 {
		return
	}
	n := 0
	for j, cs := range cols {
		if jenisColumn(cs) {
			n++
			continue
		}
		if n >= 2 && roles[j] == roleNone {
			switch normalize.Key(strings.Join(cs, " ")) {
			case "jumlah", "total", "jumlah total", "jumlah belanja", "total belanja":
				roles[j] = rolePagu
			}
		}
		n = 0
	}
}
