package parse

import "unicode/utf8"

// dittoMay: the cheap test before isDitto trims its cell (bytes.TrimSpace
// cost more than the rest of isDitto, asked of every cell of every TAB row
// of a text holding a quote). Past the leading ASCII spaces, the first byte
// of an ASCII cell is the first of its trimmed form, which must open a
// mark; a non-ASCII byte (a wide mark, a Unicode space) takes the full test.
func dittoMay(c []byte) bool {
	for _, b := range c {
		switch b {
		case ' ', '\t', '\n', '\v', '\f', '\r':
			continue
		}
		return b >= utf8.RuneSelf || dittoFirst(b)
	}
	return false
}
