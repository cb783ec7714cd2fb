package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// rowNameMeasure: a header word that titles the measure column of a long
// table but as often the column naming the row ("Uraian", "Item"). When a
// plainer measure title follows it before the value column ("Uraian |
// Ukuran | Nilai"), that one holds the measure names and the "Uraian"
// column is the row's identifier.
func rowNameMeasure(title string) bool {
	switch normalize.Key(title) {
	case "uraian", "item":
		return true
	}
	return false
}

// longSingle: a long table of one row only (an RB result: "Reformasi
// Birokrasi" with its Nilai, Bobot and Persentase) shows no measure shared
// by two rows; its header must prove the shape alone: a measure column
// titled as such, not one that as often names the row ("Uraian"), and two
// measures or more under one named row.
func longSingle(groups []*longGroup, lay longLayout) bool {
	if lay.measure < 0 || lay.measure >= len(lay.names) || rowNameMeasure(lay.names[lay.measure]) {
		return false
	}
	var one *longGroup
	for _, g := range groups {
		if g.vals == nil {
			continue
		}
		if one != nil {
			return false
		}
		one = g
	}
	if one == nil || one.bad != "" || len(one.order) < 2 {
		return false
	}
	for _, c := range one.ids {
		if strings.TrimSpace(c) != "" {
			return true
		}
	}
	return false
}
