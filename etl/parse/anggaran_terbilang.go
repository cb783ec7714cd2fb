package parse

import "strings"

// skipSpelledAmount: s is the text after an amount; when it opens with the
// amount spelled out in parentheses ("(sembilan miliar … rupiah)",
// "(terbilang: tiga juta rupiah)"), the text after it, so the percentage
// written after the words ("… rupiah) atau 97,02%") is still read as the
// amount's. Only a parenthesis of words, number words among them, and no
// digit is skipped; anything else returns s.
func skipSpelledAmount(s string) string {
	t := strings.TrimLeft(s, " \u00a0")
	if len(t) < 8 || t[0] != '(' {
		return s
	}
	end := strings.IndexByte(t, ')')
	if end < 0 || end > 600 {
		return s
	}
	inner := t[1:end]
	if strings.ContainsAny(inner, "0123456789(") {
		return s
	}
	words := 0
	for _, w := range strings.FieldsFunc(inner, func(r rune) bool { return r == ' ' || r == ':' || r == ',' || r == '/' || r == '\n' }) {
		if numberWord(w) {
			words++
		}
	}
	if words < 2 {
		return s
	}
	return t[end+1:]
}
