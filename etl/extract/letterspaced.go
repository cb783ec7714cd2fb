package extract

// LetterSpaced joins the letters of one letter-spaced cell, as the table
// reader does for TAB cells (header_spaced.go): "T A H U N   Y A N G" is
// "TAHUN YANG". ok is false, and s comes back, for any other text.
func LetterSpaced(s string) (string, bool) {
	if !maybeSpaced(s) {
		return s, false
	}
	return unspace(s, 3)
}
