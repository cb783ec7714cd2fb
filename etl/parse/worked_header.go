package parse

import "strings"

// formulaHeader: a header that names its column's formula after the
// column's title, "Capaian (Realisasi : Target × 100%)", "Sisa (Pagu −
// Realisasi)", titles the column by the words before the parenthesis: the
// titles inside it are the operands, named columns of their own, and would
// give the column their role. false when the cell holds no parenthesis with
// an operator between words.
func formulaHeader(cell string) (string, bool) {
	k := strings.IndexByte(cell, '(')
	if k <= 0 {
		return "", false
	}
	e := strings.IndexByte(cell[k:], ')')
	if e < 0 {
		return "", false
	}
	inner, head := cell[k+1:k+e], strings.TrimSpace(cell[:k])
	if !hasLetterOrDigit(head) || !formulaOfWords(inner) {
		return "", false
	}
	return strings.Join(strings.Fields(head+" "+cell[k+e+1:]), " "), true
}

// formulaOfWords: s joins two words with an arithmetic operator, "Realisasi
// : Target × 100%", "Pagu - Realisasi", "R/T x 100%".
func formulaOfWords(s string) bool {
	if !strings.ContainsAny(s, ":×÷*/−–+-xX") {
		return false // "(Rp)", "(%)": no operator, nothing to split
	}
	words := strings.FieldsFunc(s, func(r rune) bool {
		return strings.ContainsRune(" :×÷*/−–+%", r) || r == '-'
	})
	letters := 0
	for _, w := range words {
		if w != "x" && w != "X" && !isDigitByte(w[0]) && endsLetter(w) {
			letters++
		}
	}
	if letters < 2 {
		return false
	}
	for _, op := range [...]string{":", "×", "÷", "*", "/", " x ", " X ", " − ", " – ", " - ", "+"} {
		if strings.Contains(s, op) {
			return true
		}
	}
	return false
}
