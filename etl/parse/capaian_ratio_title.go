package parse

import "strings"

// A capaian column titled by the ratio that defines it:
//
//	No  Indikator Kinerja  Satuan  Target  Realisasi  Realisasi/Target (%)
//
// The title holds both of its neighbours' titles, and the vocabulary gave
// it the first role word it met (Target), so the Capaian figures loaded as
// targets. Such a title names no role by its words: the column is left
// unnamed for its figures to name (arithCapaian: realisasi/target × 100 on
// every row that has numbers), as a title no vocabulary knows is.

// quotientTitle reports a title that is one role's word divided by another's
// ("Realisasi/Target (%)", "Realisasi : Target x 100%", "R / T"), a unit in
// brackets aside.
func quotientTitle(cell string) bool {
	i := strings.IndexAny(cell, "/:÷")
	if i <= 0 || strings.ContainsAny(cell[i+1:], "/:÷") {
		return false // no operator, or several: no one ratio
	}
	left, right := cell[:i], cell[i+len(opAt(cell, i)):]
	if p := strings.IndexByte(right, '('); p >= 0 {
		right = right[:p] // "(%)": the unit
	}
	for _, cut := range [...]string{" x ", " X ", " × ", "×", "*"} {
		if p := strings.Index(right, cut); p >= 0 {
			right = right[:p] // "x 100%": the scale
		}
	}
	a, b := roleOf1(strings.TrimSpace(left)), roleOf1(strings.TrimSpace(right))
	return a == roleRealisasi && b == roleTarget || a == roleTarget && b == roleRealisasi
}

// opAt is the operator starting at byte i of s ("÷" is two bytes).
func opAt(s string, i int) string {
	if strings.HasPrefix(s[i:], "÷") {
		return "÷"
	}
	return s[i : i+1]
}
