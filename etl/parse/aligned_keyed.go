package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// regroupKeyed: in a table whose first column keys its rows (row numbers
// or budget codes), a row runs from its key line to the next key line, and
// the values printed on a later line of it (a label wrapped over three
// lines with the amounts in the middle) belong to it. They move up to the
// key line, so the TAB reader sees each row's values on its first line
// and its wrapped label below; the row's line span stays the same. A line
// with values but no key after a row that has its values (a JUMLAH row)
// stands alone. Tables without a key column are left to the TAB reader.
func regroupKeyed(cells [][]string, first int) {
	keys := 0
	for k := first; k < len(cells); k++ {
		r := cells[k]
		if r == nil {
			continue
		}
		if r[0] != "" {
			if !keyLike(r[0]) {
				return
			}
			keys++
			continue
		}
		if !rowHasValues(r) {
			for c, v := range r {
				if v != "" && c != 1 {
					return // a wrapped line outside the label column
				}
			}
		}
	}
	if keys < 2 {
		return
	}
	start, hasVal := -1, false
	for k := first; k < len(cells); k++ {
		r := cells[k]
		switch {
		case r == nil:
			start = -1
		case r[0] != "":
			start, hasVal = k, rowHasValues(r)
		case rowHasValues(r):
			if start < 0 || hasVal {
				start = -1
				continue
			}
			for c := 2; c < len(r); c++ {
				cells[start][c], r[c] = r[c], ""
			}
			hasVal = true
		}
	}
}

// rowHasValues: a cell right of the label column holds text.
func rowHasValues(r []string) bool {
	for c := 2; c < len(r); c++ {
		if r[c] != "" {
			return true
		}
	}
	return false
}

// keyLike: a row number ("3", "3.") or a budget code ("WA", "3355",
// "076.01.CQ"): one token, no lower-case word.
func keyLike(s string) bool {
	if len(s) > 16 || strings.ContainsAny(s, " ") {
		return false
	}
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// rowKey: a first cell that opens a row rather than a header: a row number
// or a code with a digit, or a short upper-case program code ("WA", "CQ").
func rowKey(s string) bool {
	if !keyLike(s) {
		return false
	}
	if strings.ContainsAny(s, "0123456789") {
		return true
	}
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= 3 && !strings.EqualFold(s, "no")
}
