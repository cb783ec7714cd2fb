package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// allocationBudget: a budget table whose money columns are titled in
// the words of a grant rather than a DIPA ("Alokasi | Realisasi | Sisa
// Dana | Persentase"). "Alokasi" alone also titles logistics or seat
// tables, so the table must name its rows as budget lines do (Kode,
// Uraian, Program, Kegiatan) or its caption must name the budget.
func allocationBudget(h, c string) bool {
	if !has(h, "alokasi", "alokasi anggaran", "dana") || !hasPrefix(h, "realisasi", "sisa") || has(h, "indikator", "target", "tps", "pemilih") {
		return false
	}
	return has(h, "kode", "uraian", "program", "kegiatan") || hasPrefix(c, "anggaran")
}

// percentOverRole settles a budget column whose header is wrapped over
// two lines with a percent sign on one of them ("%" over "Realisasi",
// "Realisasi" over "(%)"): the column holds the percentage of the word
// beside it, never its amount. A word on the other line would otherwise
// make it a second realisasi (or pagu) column, and the table would lose
// both. Only a cell that is nothing but the sign counts: a word line
// above may be a group title over several columns, but a bare "%" never
// spans money columns.
func percentOverRole(cs []string, r int) int {
	if len(cs) < 2 || r != roleRealisasi && r != rolePagu {
		return r
	}
	for _, c := range cs {
		if strings.Trim(c, "() ") == "%" {
			return rolePersen
		}
	}
	return r
}

// genericMoneyWord: the word a wrapped header puts on its second line
// under the specific one ("Sisa" / "Anggaran (Rp)", "Realisasi" / "Dana"),
// which names the money, not the column's role.
func genericMoneyWord(c string) bool {
	switch strings.TrimSuffix(strings.TrimSuffix(normalize.Key(c), " rp"), " rupiah") {
	case "anggaran", "dana":
		return true
	}
	return false
}
