package parse

import "github.com/kpu-ntt/lkj/etl/normalize"

// rollsSumColumns drops the total of every roll from a table that counts
// the DPT beside other rolls. "No | Kecamatan | L | P | DPT (L+P) | DPTb |
// DPK | Jumlah Pemilih": the last column is the DPT with its DPTb and DPK
// (the voters who came to the polls), never the DPT, yet its words read as
// a roll's total, and the twin check then loaded every row empty. When a
// total column names the DPT itself and another column names another roll,
// a total that does not name the DPT is the sum of the rolls: no fact.
// Without a column naming the DPT nothing tells which total is the roll's,
// and the twin check still refuses the row (dpt_twintotal.go).
func rollsSumColumns(cols [][]string, roles []int) {
	if countRole(roles, roleLP) < 2 {
		return // one total: nothing to tell apart
	}
	other, named := false, false
	for j, cs := range cols {
		if roles[j] == roleNone && otherRollColumn(cs) {
			other = true
		}
	}
	for j, cs := range cols {
		if other && !named && roles[j] == roleLP && namesDPT(cs) {
			named = true
		}
	}
	if !other || !named {
		return
	}
	for j, cs := range cols {
		if roles[j] == roleLP && !namesDPT(cs) {
			roles[j] = roleNone
		}
	}
}

// namesDPT: a header cell names the DPT itself ("DPT (L+P)", "Jumlah DPT",
// "Daftar Pemilih Tetap"), not another roll.
func namesDPT(cs []string) bool {
	for _, c := range cs {
		k := normalize.SpacedKey(c)
		if has(k, "dpt", "daftar pemilih tetap") && !otherRoll(c) {
			return true
		}
	}
	return false
}
