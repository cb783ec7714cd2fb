package parse

// A SQL*Plus spool's figures: its computed sums held to its detail rows, its
// number notation, and its cells read as values (query_sqlplus.go reads the
// spool's layout).

import "strings"

// spoolSums proves the cells of a sum line against the detail lines:
// every cell must equal their addition (SQL*Plus prints each compute
// function on a line of its own); the cells in the Indonesian notation
// and how many there are, 0 when some cell is not proven.
func spoolSums(it spoolItem, nums []int, details []spoolItem, dec, grp byte) (int, []string) {
	out := make([]string, len(nums))
	proven := 0
	for k, c := range nums {
		v := it.cells[c]
		if v == "" {
			continue
		}
		want, ok := spoolValue(v, dec, grp)
		if !ok {
			continue
		}
		var sum int64
		for _, d := range details {
			if x, ok := spoolValue(d.cells[c], dec, grp); ok {
				sum += x
			}
		}
		if sum != want || len(details) == 0 {
			return 0, nil // one function a sum line: a cell unproven, the line is no sum of these lines
		}
		out[k], _ = spoolIndo(v, dec, grp)
		proven++
	}
	return proven, out
}

// spoolNotation is the decimal and group characters of the listing: the
// session's nls_numeric_characters when a command above sets it, else
// read from the figures (a character repeated in a figure groups, the
// last of two different ones is the decimal); 0, 0 when nothing proves it.
func spoolNotation(lines []string, head int, items []spoolItem) (dec, grp byte) {
	for k := head - 1; k >= 0 && k >= head-60; k-- {
		l := strings.ToLower(lines[k])
		if i := strings.Index(l, "nls_numeric_characters"); i >= 0 {
			rest := l[i:]
			if q := strings.IndexAny(rest, "'\""); q >= 0 && q+2 < len(rest) {
				d, g := rest[q+1], rest[q+2]
				if (d == ',' || d == '.') && (g == ',' || g == '.') && d != g {
					return d, g
				}
			}
		}
	}
	for _, it := range items {
		for _, v := range it.cells {
			if v == "" || strings.Trim(v, "0123456789.,-") != "" {
				continue // a code ("076.01.WA") or a word
			}
			dots, commas := strings.Count(v, "."), strings.Count(v, ",")
			switch {
			case dots > 0 && commas > 0:
				if strings.LastIndexByte(v, '.') > strings.LastIndexByte(v, ',') {
					return '.', ','
				}
				return ',', '.'
			case dots > 1:
				return ',', '.'
			case commas > 1:
				return '.', ','
			}
		}
	}
	return 0, 0
}

// spoolValue reads a figure in the listing's notation as hundredths; ok is
// false for any other cell (text, "#####" for a figure too wide).
func spoolValue(v string, dec, grp byte) (int64, bool) {
	if dec == 0 || v == "" {
		return 0, false
	}
	neg := strings.HasPrefix(v, "-")
	v = strings.TrimPrefix(v, "-")
	intPart, frac := v, ""
	if k := strings.IndexByte(v, dec); k >= 0 {
		intPart, frac = v[:k], v[k+1:]
		if len(frac) == 0 || len(frac) > 2 || !allDigits(frac) {
			return 0, false
		}
	}
	groups := strings.Split(intPart, string(grp))
	for g, p := range groups {
		if p == "" || !allDigits(p) || g > 0 && len(p) != 3 || g == 0 && len(groups) > 1 && len(p) > 3 {
			return 0, false
		}
	}
	var x int64
	for _, ch := range strings.Join(groups, "") + (frac + "00")[:2] {
		x = x*10 + int64(ch-'0')
		if x > 1e17 {
			return 0, false
		}
	}
	if neg {
		x = -x
	}
	return x, true
}

// spoolIndo writes a figure of the listing in the Indonesian notation
// (group '.', decimal ',').
func spoolIndo(v string, dec, grp byte) (string, bool) {
	if _, ok := spoolValue(v, dec, grp); !ok {
		return "", false
	}
	if dec == ',' {
		return v, true
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case ',':
			return '.'
		case '.':
			return ','
		}
		return r
	}, v), true
}

// spoolRight: the line's cell in column c ends at the column's right edge.
func spoolRight(l string, c spoolCol) bool {
	l = strings.TrimPrefix(l, "\f")
	return len(l) >= c.hi && l[c.hi-1] != ' '
}

// spoolCodes: every detail line's cell c is one word holding a digit (a
// kegiatan code).
func spoolCodes(items []spoolItem, c int) bool {
	n := 0
	for _, it := range items {
		if it.sum {
			continue
		}
		v := it.cells[c]
		if v == "" || strings.ContainsAny(v, " \t") || !strings.ContainsAny(v, "0123456789") {
			return false
		}
		n++
	}
	return n > 0
}

// spoolContinuation: a command's numbered continuation line ("2  where …").
func spoolContinuation(t string) bool {
	k := 0
	for k < len(t) && t[k] >= '0' && t[k] <= '9' {
		k++
	}
	return k > 0 && k < len(t) && t[k] == ' '
}

// spoolFeedback: SQL*Plus's answer to a command ("Session altered.",
// "Sesi diubah."): two or three words ending in a period, no digit.
func spoolFeedback(t string) bool {
	n := len(strings.Fields(t))
	return n >= 2 && n <= 3 && strings.HasSuffix(t, ".") && !strings.ContainsAny(t, "0123456789")
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
