package parse

import "strings"

// countSep is strings.Count(t, sep) for a cell separator that opens with
// at most spaces before one byte that is not a space (": ", " | ", " · ").
// inlineSkip and chatRecords count their separators in every paragraph;
// strings.Count keyed on a separator's leading space stopped at every
// word's end, so this one jumps between the rarer byte after it instead.
// Matches are counted as strings.Count does: left to right, none
// overlapping the one before ("x | | y" holds one " | ").
func countSep(t, sep string) int {
	a := 0
	for a < len(sep)-1 && sep[a] == ' ' {
		a++
	}
	n, next := 0, 0 // next: where a match may start after the last counted
	for off := a; off < len(t); {
		k := strings.IndexByte(t[off:], sep[a])
		if k < 0 {
			break
		}
		s := off + k - a
		if s >= next && s+len(sep) <= len(t) && t[s:s+len(sep)] == sep {
			n++
			next = s + len(sep)
		}
		off += k + 1
	}
	return n
}
