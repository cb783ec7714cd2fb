package parse

import "strings"

// shareHeader: a header of a share-of-the-whole column ("Porsi Pagu (%)",
// "Proporsi", "Kontribusi thd Nilai", "Sumbangan", "Share"). Such a column
// divides a row's figure by the table's total: the budget's share is no
// serapan (realisasi over pagu), a component's share no score, and its
// words ("pagu", "nilai") would otherwise give it the role of the figure
// it divides. k is a padded key (normalize.SpacedKey(cell)).
func shareHeader(k string) bool {
	return has(k, "porsi", "proporsi", "kontribusi", "sumbangan", "share", "komposisi", "pangsa")
}

// dptShareHeader: a voter-roll column that is a percentage ("% DPT",
// "Persentase", "Porsi Pemilih"): the area's share of the kabupaten's
// roll, never a count of voters, though "% DPT" names the roll alone.
// k is the cell's padded key.
func dptShareHeader(cell, k string) bool {
	return strings.Contains(cell, "%") || shareHeader(k) || has(k, "persen", "persentase", "prosentase", "presentase")
}
