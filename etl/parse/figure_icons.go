package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A table printed from a spreadsheet with conditional formatting carries an
// icon beside its figures: an icon set's arrows ("⬆ 102,56", "➡ 95,83"),
// traffic lights or flags, a slide's Harvey balls ("◑ 20,45 / 30,00"),
// stars. The icon restates the figure's band; the figure is the cell. Left
// in, "⬆ 102,56" is no number and the whole column is lost.
//
// figureIcons blanks such an icon: a symbol (Unicode's "other symbol":
// arrows, shapes, dingbats, emoji; never °, ©, ®, a currency sign or a
// box-drawing rule)
// standing at the start of a cell (a line, or a TAB cell) with a figure
// after it, or at the end of a cell with a figure before it, a space
// between. One space takes the icon's place, so a row aligned with spaces
// keeps its columns. An icon alone in a cell, or inside a word, stays: it
// may be the cell's only value (a tick for "ya").
func figureIcons(text []byte) []byte {
	if !someFigureIcon(text) {
		return text
	}
	lines := strings.Split(string(text), "\n")
	for i, l := range lines {
		if !hasHighByte(l) {
			continue
		}
		cells := strings.Split(l, "\t")
		changed := false
		for j, c := range cells {
			if d, ok := iconlessCell(c, j == 0); ok {
				cells[j], changed = d, true
			}
		}
		if changed {
			lines[i] = strings.Join(cells, "\t")
		}
	}
	return []byte(strings.Join(lines, "\n"))
}

// someFigureIcon is the cheap gate: an icon next to a space and a digit
// somewhere in the text.
func someFigureIcon(text []byte) bool {
	for i := 0; i < len(text); {
		if text[i] < 0xE2 {
			i++
			continue
		}
		r, n := utf8.DecodeRune(text[i:])
		if isFigureIcon(r) && (i+n+1 < len(text) && text[i+n] == ' ' && figureAhead(text[i+n:]) || i >= 2 && text[i-1] == ' ' && isASCIIDigitByte(text[i-2])) {
			return true
		}
		i += n
	}
	return false
}

func hasHighByte(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xE2 {
			return true
		}
	}
	return false
}

func isASCIIDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// figureAhead: after spaces, a digit (or a sign and a digit).
func figureAhead(b []byte) bool {
	k := 0
	for k < len(b) && b[k] == ' ' {
		k++
	}
	if k < len(b) && (b[k] == '-' || b[k] == '+') {
		k++
	}
	return k > 0 && k < len(b) && isASCIIDigitByte(b[k])
}

// isFigureIcon: an "other symbol" above the Latin-1 range that no figure
// or unit uses, and no box-drawing or block character: those are a text
// table's rules ("│   85,00 │").
func isFigureIcon(r rune) bool {
	if r >= 0x2500 && r <= 0x259F {
		return false
	}
	return r >= 0x2000 && unicode.Is(unicode.So, r) && !unicode.Is(unicode.Sc, r) && r != '℃' && r != '№'
}

// iconlessCell blanks an icon leading or trailing a cell's figure. At a
// line's start an icon is as often a list's bullet ("🔹 3355 Pengelolaan",
// "🔹 076.01.WA Program"), which a reader may key on: there only a figure
// with decimals ("◑ 20,45 / 30,00") shows the icon decorates a value; and
// a line's last icon may be a drawn shape's edge, so only a TAB cell (not
// the line's first) loses a trailing one.
func iconlessCell(c string, first bool) (string, bool) {
	lead := len(c) - len(strings.TrimLeft(c, " "))
	changed := false
	if r, n := utf8.DecodeRuneInString(c[lead:]); isFigureIcon(r) && figureAhead([]byte(c[lead+n:])) && (!first || decimalAhead(c[lead+n:])) {
		c, changed = c[:lead]+" "+c[lead+n:], true
	}
	body := strings.TrimRight(c, " ")
	if first {
		return c, changed // a line's end may be a drawn edge ("130 ▶"): only a TAB cell's icon trails its figure
	}
	if r, n := utf8.DecodeLastRuneInString(body); isFigureIcon(r) {
		before := strings.TrimRight(body[:len(body)-n], " ")
		if len(before) < len(body)-n && before != "" {
			if last := before[len(before)-1]; isASCIIDigitByte(last) || last == '%' {
				c, changed = before+strings.Repeat(" ", len(body)-n-len(before)+1)+c[len(body):], true
			}
		}
	}
	return c, changed
}

// decimalAhead: after spaces, a figure with one or two decimals ending
// there (at the end, a space, '%' or '/'): "20,45", "102,56", not "3355" or
// "076.01.WA".
func decimalAhead(s string) bool {
	s = strings.TrimLeft(s, " ")
	k := 0
	for k < len(s) && isASCIIDigitByte(s[k]) {
		k++
	}
	if k == 0 || k+1 >= len(s) || s[k] != ',' && s[k] != '.' {
		return false
	}
	d := k + 1
	for d < len(s) && isASCIIDigitByte(s[d]) {
		d++
	}
	if n := d - k - 1; n < 1 || n > 2 {
		return false
	}
	return d == len(s) || s[d] == ' ' || s[d] == '%' || s[d] == '/'
}
