package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A kecamatan table's total row whose label counts what it sums:
//
//	7   WOLOWAE                       9     65   6.252   6.058  12.310
//	    KAB. NAGEKEO (7 KECAMATAN)  113    437  50.176  50.451 100.627
//
// The bracket is no part of the name: the row is the kabupaten's own
// total, the way "KAB. NAGEKEO" alone is. It is read as one only when the
// count is the number of kecamatan rows the table lists, so a part's
// subtotal ("KAB. NAGEKEO (3 KECAMATAN)" under a dapil's rows) or a page
// of a table broken over pages stays what it was: not loaded, reported.

// countedOwner is the count in name's bracket when name is the owner's
// own name followed by a bracket counting its kecamatan ("(7 KECAMATAN)",
// "(7 Kec.)"); false otherwise.
func countedOwner(name, owner, prov string) (int, bool) {
	if !endsBracket(name) {
		return 0, false // the gate: most names end in a letter
	}
	base, inner, ok := trailingBracket(name)
	if !ok || !hasLetter(base) {
		return 0, false
	}
	f := strings.Fields(inner)
	if len(f) != 2 {
		return 0, false
	}
	n, ok := smallCount(f[0])
	if !ok || n == 0 {
		return 0, false
	}
	switch normalize.Key(f[1]) {
	case "kecamatan", "kec", "distrik":
	default:
		return 0, false
	}
	if !namesOwner(base, owner, prov) {
		return 0, false
	}
	return n, true
}

// dptCountedTotals marks as the kabupaten's total each row of rows whose
// label is the owner's name counting exactly the kecamatan rows listed
// (countedOwner); a count that differs leaves the row as it was.
func dptCountedTotals(kinds []dptRowKind, owner, prov string) {
	listed := -1
	for i := range kinds {
		if kinds[i].total {
			continue
		}
		n, ok := countedOwner(kinds[i].name, owner, prov)
		if !ok {
			continue
		}
		if listed < 0 {
			listed = 0
			for _, k := range kinds {
				if !k.total && hasLetter(k.name) && !endsBracket(k.name) {
					listed++
				}
			}
		}
		if n == listed {
			kinds[i].total = true
		}
	}
}
