package parse

import "bytes"

// spelledLineIn reports whether some TAB line of text passes spelledLine,
// the only lines cellWords reads: without one, cellWords returns the text
// untouched and adds no finding. Its word gate passes on nearly every
// report ("satu" stands in "satuan"), so this hops from one parenthesis
// to the next instead of reading every line (issue 13).
func spelledLineIn(text []byte, terbilang bool) bool {
	if terbilang {
		return true // a line holding the word alone may pass: read them all
	}
	for i := 0; i < len(text); {
		k := bytes.IndexByte(text[i:], '(')
		if k < 0 {
			return false
		}
		from, to := lineSpan(text, i+k) // vertical_records.go
		ln := text[from:to]
		if bytes.IndexByte(ln, '\t') >= 0 && spelledLine(ln, false) {
			return true
		}
		i = to + 1
	}
	return false
}
