package parse

import "strings"

// firstFields fills f with the first len(f) fields of s (strings.Fields')
// and says how many s has, counting at most len(f)+1: the header and cell
// tests that look at a word or two build no slice per cell (issue 13).
func firstFields(s string, f []string) int {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n == len(f) {
			return n + 1
		}
		f[n] = w
		n++
	}
	return n
}
