package extract

import (
	"regexp"
	"strings"
)

// pageBreakLines is how far a page break inside a table may reach: a photo
// caption, the page footer ("Halaman 10 dari 34"), the next page's running
// header and its rule, with blank lines between.
const pageBreakLines = 9

// reNotFurniture: a line that opens something of its own (a caption, a
// chapter, a lettered section) is never page furniture.
var reNotFurniture = regexp.MustCompile(`(?i)^(?:tabel|table|bab|lampiran|[a-h]\.\s|[ivx]+\.\s|\d+(?:\.\d+)*\.?\s+[a-z])`)

// furnitureText: a short line that may be a page's furniture: no sentence
// end, no caption or section opening.
func furnitureText(t string) bool {
	return !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ":") && !reNotFurniture.MatchString(t)
}

// sameShape: two rows whose cells hold numbers in the same columns (at
// least two of them), the rest text: the same table's rows on both sides
// of a page break.
func sameShape(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	nums := 0
	for j := range a {
		if j == 0 && (isRowNo(a[0]) || a[0] == "") && (isRowNo(b[0]) || b[0] == "") {
			continue // the number column: a program's number, its kegiatan's none
		}
		na, nb := numericCell(a[j]), numericCell(b[j])
		if na != nb || (a[j] == "") != (b[j] == "") {
			return false
		}
		if na {
			nums++
		}
	}
	return nums >= 2
}

// numericCell: digits and number punctuation only.
func numericCell(c string) bool {
	if len(c) > 2 && (c[0] == 'R' || c[0] == 'r') && (c[1] == 'p' || c[1] == 'P') {
		c = strings.TrimLeft(c[2:], ". ") // "Rp 21.412.300.000"
	}
	if c == "" {
		return false
	}
	digit := false
	for i := 0; i < len(c); i++ {
		switch b := c[i]; {
		case b >= '0' && b <= '9':
			digit = true
		case b == '.' || b == ',' || b == '%' || b == ' ' || b == '-':
		default:
			return false
		}
	}
	return digit
}

// pageMark reports whether t matches rePageMark (its specification, kept
// in furniture_pagemark_test.go, which checks the two agree): "hal"/"halaman" (any case,
// at a word start) and a page number, or a number of 1-3 digits at the end
// of the line (a trailing dash and spaces allowed) that does not end a
// longer figure. It is a byte scan, not the regexp, because pageMarked asks
// it of every line of every page break and the unanchored regexp tried each
// position of long lines (1.5 % of the parser's CPU). Bytes match what the
// regexp did on runes: \s is [\t\n\f\r ], \d and \b are ASCII, and any
// other rune (or invalid byte) is neither word, digit, '.' nor ','.
func pageMark(t string) bool {
	return pageMarkEnd(t) || pageMarkHal(t)
}

// pageMarkEnd: the second alternative, (?:^|[^\d.,])\d{1,3}\s*-?\s*$.
func pageMarkEnd(t string) bool {
	e := trimRegexpSpace(t)
	if e > 0 && t[e-1] == '-' {
		e = trimRegexpSpace(t[:e-1])
	}
	d := e
	for d > 0 && t[d-1] >= '0' && t[d-1] <= '9' {
		d--
	}
	if n := e - d; n < 1 || n > 3 {
		return false
	}
	return d == 0 || t[d-1] != '.' && t[d-1] != ','
}

// trimRegexpSpace is the length of t without its trailing \s (Go's Perl
// class [\t\n\f\r ]).
func trimRegexpSpace(t string) int {
	e := len(t)
	for e > 0 {
		switch t[e-1] {
		case '\t', '\n', '\f', '\r', ' ':
			e--
			continue
		}
		break
	}
	return e
}

// pageMarkHal: the first alternative, (?i)\bhal(?:aman|\.)\s*\d.
func pageMarkHal(t string) bool {
	for i := 0; i+4 <= len(t); i++ {
		if t[i]|0x20 != 'h' || t[i+1]|0x20 != 'a' || t[i+2]|0x20 != 'l' {
			continue
		}
		if i > 0 && asciiWordByte(t[i-1]) {
			continue
		}
		j := i + 3
		switch {
		case t[j] == '.':
			j++
		case j+4 <= len(t) && t[j]|0x20 == 'a' && t[j+1]|0x20 == 'm' && t[j+2]|0x20 == 'a' && t[j+3]|0x20 == 'n':
			j += 4
		default:
			continue
		}
		for j < len(t) && (t[j] == ' ' || t[j] == '\t' || t[j] == '\n' || t[j] == '\f' || t[j] == '\r') {
			j++
		}
		if j < len(t) && t[j] >= '0' && t[j] <= '9' {
			return true
		}
	}
	return false
}

// asciiWordByte: \b's word characters, [0-9A-Za-z_].
func asciiWordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_'
}

// pageMarked: one of the lines of a page break carries a page number
// ("Halaman 12 dari 34", "LKj KPU Kab. Manggarai Timur 2020 - 21") or is
// the form feed itself (a PDF's text, whose reader dropped the footer
// with its number as running furniture): only then may a header after it
// be the same table's header repeated.
func pageMarked(ls []line) bool {
	for _, l := range ls {
		if l.ff || !l.blank && !l.tab && pageMark(l.text) {
			return true
		}
	}
	return false
}

// headingGoesOn: a group heading "Sasaran Strategis 1 :" whose title sits
// on the next line ("Terwujudnya Sistem Informasi …") before the rows.
func headingGoesOn(lines []line, i int) bool {
	return i+1 < len(lines) && groupTitleLine(lines, i+1)
}

// groupTitleLine: the title line of a group heading written over two
// lines: right after the heading, short, no sentence end, and the table's
// rows follow at once.
func groupTitleLine(lines []line, i int) bool {
	if i < 1 || i+1 >= len(lines) {
		return false
	}
	prev, l, next := &lines[i-1], &lines[i], &lines[i+1]
	return !prev.tab && !prev.blank && isGroupHeading(prev.text) && !strings.HasSuffix(strings.TrimSpace(prev.text), ".") &&
		strings.HasSuffix(strings.TrimSpace(prev.text), ":") && !l.tab && !l.blank && len(l.text) <= 120 &&
		!strings.HasSuffix(l.text, ".") && next.tab
}
