package extract

// A header cell may carry the mark of a footnote that states its unit
// ("Pagu³⁾", "Target¹⁾", "Desa/Kel⁴⁾"): the word is still the column's
// title. trimNoteMark drops superscript digits, signs and parentheses
// from the end of a word (as nextWord returns it: ASCII lower-cased,
// other bytes as they are). Words without a trailing non-ASCII byte are
// returned at once.
func trimNoteMark(w []byte) []byte {
	for len(w) > 0 && w[len(w)-1] >= 0x80 {
		n := len(w)
		switch {
		case n >= 2 && w[n-2] == 0xC2 && (w[n-1] == 0xB9 || w[n-1] == 0xB2 || w[n-1] == 0xB3):
			w = w[:n-2] // ¹ ² ³
		case n >= 3 && w[n-3] == 0xE2 && w[n-2] == 0x81 && (w[n-1] == 0xB0 || w[n-1] >= 0xB4 && w[n-1] <= 0xBF):
			w = w[:n-3] // ⁰ ⁴-⁹ ⁺ ⁻ ⁼ ⁽ ⁾ ⁿ
		default:
			return w
		}
	}
	return w
}
