package parse

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
