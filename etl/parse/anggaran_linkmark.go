package parse

import "strings"

// dropLinkMark removes a reference mark glued before a budget code: a text
// browser's link number ("[9]076.01.WA", "[12] 3360") or a footnote's. No
// budget code holds a bracket, so the mark is never part of the key. The
// mark goes only when a code follows it: a bracketed number before prose
// stays as written.
func dropLinkMark(s string) string {
	if len(s) < 4 || s[0] != '[' {
		return s
	}
	j := 1
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == 1 || j >= len(s) || s[j] != ']' {
		return s
	}
	rest := strings.TrimSpace(s[j+1:])
	if !codeLeads(rest) {
		return s
	}
	return rest
}
