package normalize

import "strings"

// Edit distances between short words: the fuzzy satker match reads names
// typed with one letter wrong ("Mangarai Timur").

// fuzzyWords reports whether aw and bw have the same number of words and
// differ by at most one letter in one word of five or more letters.
func fuzzyWords(aw, bw []string) bool {
	if len(aw) != len(bw) {
		return false
	}
	diff := 0
	for i := range aw {
		if aw[i] == bw[i] {
			continue
		}
		if len(aw[i]) < 5 || !OneEdit(aw[i], bw[i]) { // the words differ: distance 1 or more
			return false
		}
		diff++
	}
	return diff == 1
}

// EditDistance is the optimal-string-alignment distance between a and b
// (insertions, deletions, substitutions and adjacent transpositions), on
// bytes. Intended for short words.
func EditDistance(a, b string) int {
	if a == b {
		return 0
	}
	la, lb := len(a), len(b)
	if la == 0 {
		return lb
	}
	if lb == 0 {
		return la
	}
	prev2 := make([]int, lb+1)
	prev := make([]int, lb+1)
	cur := make([]int, lb+1)
	for j := 0; j <= lb; j++ {
		prev[j] = j
	}
	for i := 1; i <= la; i++ {
		cur[0] = i
		for j := 1; j <= lb; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[lb]
}

// wordCount is len(strings.Fields(s)), without the slice for ASCII s.
func wordCount(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return len(strings.Fields(s)) // Unicode spaces
		}
	}
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// OneEdit reports whether a and b differ by exactly one insertion,
// deletion, substitution or transposition of adjacent bytes; it is
// EditDistance(a, b) == 1 without the allocation, for hot paths.
func OneEdit(a, b string) bool {
	la, lb := len(a), len(b)
	if la-lb > 1 || lb-la > 1 || a == b {
		return false
	}
	i := 0
	for i < la && i < lb && a[i] == b[i] {
		i++
	}
	switch {
	case la == lb:
		if a[i+1:] == b[i+1:] {
			return true // substitution
		}
		return i+1 < la && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case la > lb:
		return a[i+1:] == b[i:]
	default:
		return a[i:] == b[i+1:]
	}
}
