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
	// the four stems' containsFoldASCII in one pass: a stem is compared
	// only where the label's byte folds to its first letter (issue 13)
	for i := 0; i < len(label); i++ {
		var stem string
		switch label[i] | 0x20 {
		case 'p':
			stem = "pindah"
		case 'c':
			stem = "carried"
		case 'b':
			stem = "brought"
		case 'h':
			stem = "halaman"
		default:
			continue
		}
		if foldPrefixASCII(label[i:], stem) {
			return true
		}
	}
	return false
}

// foldPrefixASCII: s starts with sub (lower-case ASCII) in any letter case,
// compared as containsFoldASCII compares.
func foldPrefixASCII(s, sub string) bool {
	if len(s) < len(sub) {
		return false
	}
	for j := 0; j < len(sub); j++ {
		if s[j]|0x20 != sub[j] {
			return false
		}
	}
	return true
}
