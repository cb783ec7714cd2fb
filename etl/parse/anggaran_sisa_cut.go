package parse

import "strings"

// cutAtSeparator: an amount whose last group is a separator with nothing
// after it ("121.826.", "Rp 4.050,"): the cell was cut right after a
// thousands dot, so the digits are only the amount's beginning. Read as
// written it would be a thousand times too small.
func cutAtSeparator(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) < 5 || t[len(t)-1] != '.' && t[len(t)-1] != ',' {
		return false
	}
	t = t[:len(t)-1]
	i := strings.LastIndexAny(t, ".,")
	if i < 0 || len(t)-i-1 != 3 {
		return false // "12." is no amount cut at a group
	}
	for _, r := range t[i+1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
