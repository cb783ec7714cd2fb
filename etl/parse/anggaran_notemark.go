package parse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// A table's unit stated only in a footnote under it: "³⁾ dalam ribuan
// rupiah (Rp 000)", "1) dalam ribuan rupiah", "(a) dalam jutaan rupiah",
// its header cells carrying the mark ("Pagu³⁾", "Realisasi 1)"). The note
// opens with its mark; when the header marks its amount columns, the
// note's mark must be theirs (a note for another column, "¹⁾ dalam
// persen", is not the amounts' unit).

// superDigit maps the superscript digits to ASCII ones.
func superDigit(r rune) (byte, bool) {
	switch r {
	case '¹':
		return '1', true
	case '²':
		return '2', true
	case '³':
		return '3', true
	case '⁰':
		return '0', true
	}
	if r >= '⁴' && r <= '⁹' {
		return byte('4' + (r - '⁴')), true
	}
	return 0, false
}

// leadingMark is the footnote mark a note opens with, normalised ("3" for
// "³⁾", "1" for "1)" or "(1)", "a" for "(a)", "*" for "*)"), and the rest
// of the text; "" when it opens with none.
func leadingMark(t string) string {
	t = strings.TrimSpace(t)
	if t == "" {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(t); r >= 0x80 {
		var m []byte
		i := 0
		for i < len(t) {
			r, n := utf8.DecodeRuneInString(t[i:])
			if d, ok := superDigit(r); ok {
				m = append(m, d)
			} else if r != '⁾' && r != '⁽' {
				break
			}
			i += n
		}
		if len(m) > 0 && i < len(t) && t[i] == ' ' {
			return string(m)
		}
		return ""
	}
	s := strings.TrimPrefix(t, "(")
	j := 0
	for j < len(s) && j < 2 && (isDigitByte(s[j]) || s[j] >= 'a' && s[j] <= 'z' || s[j] == '*') {
		j++
	}
	if j == 0 || j >= len(s) || s[j] != ')' || j+1 < len(s) && s[j+1] != ' ' {
		return ""
	}
	if s[0] == '*' {
		return "*"
	}
	return s[:j]
}

// trailingMark is the footnote mark a header cell ends with, normalised
// as leadingMark's: "Pagu³⁾" → "3", "Realisasi 1)" → "1", "Sisa (a)" →
// "a", "Pagu*)" → "*"; "" when none. "(%)" and "(Rp)" are no marks.
func trailingMark(c string) string {
	c = strings.TrimSpace(c)
	var m []byte
	i := len(c)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(c[:i])
		if d, ok := superDigit(r); ok {
			m = append([]byte{d}, m...)
		} else if r != '⁾' && r != '⁽' {
			break
		}
		i -= n
	}
	if len(m) > 0 && i > 0 {
		return string(m)
	}
	if !strings.HasSuffix(c, ")") {
		return ""
	}
	if strings.HasSuffix(c, "*)") {
		return "*"
	}
	open := strings.LastIndexByte(c, '(')
	k := len(c) - 1
	if open >= 0 && open >= k-3 {
		// "(1)", "(a)": the mark between its parentheses
		if mk := c[open+1 : k]; markText(mk) && open > 0 {
			return mk
		}
		return ""
	}
	// "1)", "a)": a mark after a space
	sp := strings.LastIndexByte(c[:k], ' ')
	if mk := c[sp+1 : k]; sp > 0 && markText(mk) {
		return mk
	}
	return ""
}

// markText: one or two digits, or one lower-case letter.
func markText(s string) bool {
	switch len(s) {
	case 1:
		return isDigitByte(s[0]) || s[0] >= 'a' && s[0] <= 'z'
	case 2:
		return isDigitByte(s[0]) && isDigitByte(s[1])
	}
	return false
}

// amountMarks are the marks the header puts on a budget table's amount
// columns (pagu, realisasi, sisa), each once.
func amountMarks(b *extract.Block, roles []int) []string {
	var out []string
	cols := columnTexts(b)
	for j, cs := range cols {
		if j >= len(roles) || roles[j] != rolePagu && roles[j] != roleRealisasi && roles[j] != roleSisa {
			continue
		}
		for _, c := range cs {
			if m := trailingMark(c); m != "" && !slices.Contains(out, m) {
				out = append(out, m)
			}
		}
	}
	return out
}

// noteFitsAmounts: a note opening with mark m speaks of the amounts when
// the header marks no amount column, or marks them all with m.
func noteFitsAmounts(m string, marks []string) bool {
	return len(marks) == 0 || len(marks) == 1 && marks[0] == m
}
