package parse

import "unicode/utf8"

// carryMayName: label may name a carried sum, the cheap test before
// carryKind builds its key (it is asked of every text cell of every budget
// row, and nearly none names one). An ASCII label's key words are its runs
// of letters and digits, lower-cased, so one that holds none of the stems
// below in any case holds none of carryKind's words. Other text may fold
// into them (accents, wide letters): it takes the full path.
func carryMayName(label string) bool {
	for i := 0; i < len(label); i++ {
		if label[i] >= utf8.RuneSelf {
			return true
		}
	}
	return containsFoldASCII(label, "pindah") || containsFoldASCII(label, "carried") ||
		containsFoldASCII(label, "brought") || containsFoldASCII(label, "halaman")
}
