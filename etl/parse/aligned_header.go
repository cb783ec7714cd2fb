package parse

import (
	"strings"
)

// headerColumns places the words of one header line: a word over a column
// belongs to it; words in the gaps between columns (a short header left
// of right-aligned numbers) fill, in order, the columns between their
// placed neighbours, but only when they are exactly as many as those
// columns. Anything else is not proven.
func headerColumns(line []aseg, cols, hcols [][2]int) ([]int, bool) {
	at := make([]int, len(line))
	for i, s := range line {
		c, n := colOf(cols, s)
		if n == 0 {
			// a word over the header words another header line placed
			// in one column ("TPS" under "JUMLAH") belongs to it
			if hc, hn := colOf(hcols, s); hn == 1 {
				c, n = hc, 1
			} else {
				c = -1
			}
		}
		at[i] = c
	}
	for i := 0; i < len(line); {
		if at[i] >= 0 {
			i++
			continue
		}
		j := i
		for j < len(line) && at[j] < 0 {
			j++
		}
		left, right := -1, len(cols)
		if i > 0 {
			_, n := colOf(cols, line[i-1])
			left = at[i-1] + n - 1
		}
		if j < len(line) {
			right = at[j]
		}
		// the free columns between the neighbours, that no gap word can
		// miss: as many as the gap words
		free := right - left - 1
		if free == 0 && joinLetterTitle(line, at, i, j) { // a letter-spaced title (aligned_letters.go)
			i = j
			continue
		}
		if free != j-i {
			return nil, false
		}
		for k := i; k < j; k++ {
			at[k] = left + 1 + (k - i)
			if line[k].to < cols[at[k]][0]-40 || line[k].from > cols[at[k]][1]+40 {
				return nil, false // far from its column: not a header word of it
			}
		}
		i = j
	}
	return at, true
}

// headerExtents widens each column by the header words placed in it alone
// (a word over that column and no other), never into a neighbour: the
// extent a column's header occupies, for header words of other lines that
// stand over the header rather than over the numbers.
func headerExtents(segs [][]aseg, cols [][2]int, from, first int) [][2]int {
	h := append([][2]int{}, cols...)
	for k := from; k < first; k++ {
		for _, s := range segs[k] {
			c, n := colOf(cols, s)
			if n != 1 {
				continue
			}
			lo, hi := min(h[c][0], s.from), max(h[c][1], s.to)
			if c > 0 && lo <= h[c-1][1] || c+1 < len(h) && hi >= h[c+1][0] {
				continue
			}
			h[c] = [2]int{lo, hi}
		}
	}
	return h
}

// lowerHull is the span of the lower header line's words in columns l..r.
func lowerHull(line []aseg, cols, hcols [][2]int, l, r int) (int, int, bool) {
	at, ok := headerColumns(line, cols, hcols)
	if !ok {
		return 0, 0, false
	}
	lo, hi := -1, -1
	for i, s := range line {
		if at[i] < l || at[i] > r {
			continue
		}
		if lo < 0 || s.from < lo {
			lo = s.from
		}
		hi = max(hi, s.to)
	}
	return lo, hi, lo >= 0
}

// upperSpan is the span of the header word with text t, or {-1, -1}.
func upperSpan(line []aseg, t string) [2]int {
	for _, s := range line {
		if s.text == t {
			return [2]int{s.from, s.to}
		}
	}
	return [2]int{-1, -1}
}

func abs2(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// runTogether: a cell of two or more numbers parted by single spaces
// ("107.900 221.507"), the columns of a table printed too tight.
func runTogether(t string) bool {
	// parted by a plain space only: a narrow no-break or thin space
	// ("171 843") belongs to the number it sits in
	f := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '\u00a0' })
	if len(f) < 2 {
		return false
	}
	for _, w := range f {
		if !valueSeg(w) || !strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return true
}

// colOf is the first column a cell overlaps and how many it overlaps.
func colOf(cols [][2]int, s aseg) (int, int) {
	c, n := -1, 0
	for i, cl := range cols {
		if s.from <= cl[1] && s.to >= cl[0] {
			if c < 0 {
				c = i
			}
			n++
		}
	}
	return c, n
}

// addSpan merges [from, to] into the sorted, disjoint spans.
func addSpan(spans [][2]int, from, to int) [][2]int {
	out := spans[:0:0]
	for _, s := range spans {
		if s[1] < from || s[0] > to {
			out = append(out, s)
			continue
		}
		from, to = min(from, s[0]), max(to, s[1])
	}
	out = append(out, [2]int{from, to})
	for i := len(out) - 1; i > 0 && out[i][0] < out[i-1][0]; i-- {
		out[i], out[i-1] = out[i-1], out[i]
	}
	return out
}
