package normalize

import "unsafe"

// SpacedKey is " " + Key(s) + " ", the form the parser searches for whole
// words (" sasaran "), built in one allocation when s is ASCII: Key and
// the concatenation allocated one string each for every caption and row
// the parser asked. Other text goes the long way, through Key.
func SpacedKey(s string) string {
	buf := make([]byte, len(s)+2)
	buf[0] = ' '
	n, ok := keyInto(buf, 1, s)
	if !ok {
		return " " + Key(s) + " "
	}
	buf[n] = ' '
	n++
	// buf is never written again: the string may share it
	return unsafe.String(unsafe.SliceData(buf), n)
}
