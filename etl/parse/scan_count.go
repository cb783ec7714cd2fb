package parse

import "strings"

// countAtLeast reports whether t holds n or more occurrences of subs,
// added up (strings.Count of each, summed, >= n). It stops at the n-th:
// a gate asking "one per line" of every paragraph need not count a long
// paragraph's commas to the end.
func countAtLeast(t string, n int, subs ...string) bool {
	if n <= 0 {
		return true
	}
	for _, sub := range subs {
		for rest := t; ; {
			i := strings.Index(rest, sub)
			if i < 0 {
				break
			}
			if n--; n == 0 {
				return true
			}
			rest = rest[i+len(sub):]
		}
	}
	return false
}
