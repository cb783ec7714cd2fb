package parse

import "strings"

// dptDerivedHeader: a column an analyst computed from the roll's own
// figures ("Kumulatif L+P", "Akumulasi Jumlah Pemilih", "Rata-rata Pemilih
// per TPS", "Selisih L−P") is no count of the roll. Its header names the
// roll's words, so read by them it posed as a second total (or TPS)
// column, and a running total, which differs from the row's from the
// second row on, left every such row without its total. k is padded as
// dptRole's.
func dptDerivedHeader(k string) bool {
	return has(k, "kumulatif", "komulatif", "akumulasi", "cumulative", "running",
		"rerata", "rata rata", "rata2", "average", "deviasi", "selisih", "difference")
}

// shareRowName: a row under a roll's total giving each sex's share of it
// ("Persentase (%)", "Proporsi", "%") names no region; its figures are
// percents, and "100,00" under L+P read as a count made a region of 100
// voters. Only the name's first word is asked (a kecamatan is never
// called so); the gate is its first letter.
func shareRowName(name string) bool {
	t := strings.TrimSpace(name)
	if t == "" {
		return false
	}
	switch t[0] {
	case '%':
		return true
	case 'p', 'P', 'r', 'R', 's', 'S':
	default:
		return false
	}
	w := strings.ToLower(t)
	if i := strings.IndexAny(w, " (:"); i >= 0 {
		w = w[:i]
	}
	switch w {
	case "persentase", "prosentase", "persen", "proporsi", "rasio", "percentage", "share":
		return true
	}
	return false
}
