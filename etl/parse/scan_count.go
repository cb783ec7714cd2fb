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

// containsSpaced is strings.Contains(strings.ReplaceAll(s, " ", ""), sub)
// for sub without spaces, without the copy: sub's bytes in order with
// spaces between them. The classifier asks it of every table header.
func containsSpaced(s, sub string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != sub[0] {
			continue
		}
		j, k := i, 0
		for j < len(s) && k < len(sub) {
			switch {
			case s[j] == sub[k]:
				k++
			case s[j] != ' ':
				j = len(s) // a different byte: no match from i
				continue
			}
			j++
		}
		if k == len(sub) {
			return true
		}
	}
	return false
}
