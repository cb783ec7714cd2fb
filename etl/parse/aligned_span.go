package parse

// A merged heading over a group of columns ("DPT PEMILU 2024" over TPS, L,
// P, L+P) is often written left-aligned over the group's first column, in
// the coordinates of the header lines as printed. When the lower header
// line was padded by its own widths and realigned onto the body's columns
// (aligned_compact.go), the upper line keeps the printed coordinates: the
// heading is then compared with the lower words as printed, never with
// their realigned places, or two elections side by side would be read
// shifted or refused.

// spanStarts maps each word of the upper header line that starts where a
// word of the lower line starts (as printed) to that lower word's column:
// the merged cell's first column. lowCol[i] is the column of lower word i.
func spanStarts(upper, lower []aseg, lowCol []int) map[int]string {
	var out map[int]string
	for _, u := range upper {
		for i, l := range lower {
			if l.from != u.from || i >= len(lowCol) || lowCol[i] < 0 {
				continue
			}
			if out == nil {
				out = map[int]string{}
			}
			out[lowCol[i]] = u.text
			break
		}
	}
	return out
}

// placeSpanStarts moves each left-aligned heading of up to its group's
// first column (spanStarts) when it was placed elsewhere by the body's
// columns, and returns the columns so placed. A heading whose target
// already holds another word, or that is not a cell of its own, is left
// where it is (the centring check then decides).
func placeSpanStarts(up []string, starts map[int]string) map[int]bool {
	own := map[int]bool{}
	for c, t := range starts {
		if c >= len(up) {
			continue
		}
		if up[c] == t {
			own[c] = true
			continue
		}
		if up[c] != "" {
			continue
		}
		for j := range up {
			if up[j] == t {
				up[c], up[j] = t, ""
				own[c] = true
				break
			}
		}
	}
	return own
}

// lowerColumns is the column of each word of the lower header line as
// printed: its index when the line was realigned one cell per column
// (line differs from printed), else where headerColumns places it (-1
// each when it cannot).
func lowerColumns(line, printed []aseg, cols, hcols [][2]int) []int {
	at := make([]int, len(printed))
	if len(line) > 0 && len(printed) > 0 && &line[0] != &printed[0] {
		for i := range at {
			at[i] = i
		}
		return at
	}
	got, ok := headerColumns(printed, cols, hcols)
	if !ok {
		for i := range at {
			at[i] = -1
		}
		return at
	}
	return got
}

// centredGroups places headings printed centred over side-by-side groups
// of lower words ("DPT PEMILU 2024" over TPS L P L+P, "DPT PEMILIHAN
// 2024" over the next four). The groups must be adjacent runs of two or
// more lower words, each heading's centre within two columns of its run's
// centre (as printed), and exactly one such partition may exist: a second
// one means the alignment does not say which column is whose, and nothing
// is placed. It returns the column of each group's first word, keyed by
// the heading's text, or nil.
func centredGroups(upper, lower []aseg, lowCol []int) map[int]string {
	if len(upper) < 2 || len(lower) < 2*len(upper) || len(lower) > 40 {
		return nil
	}
	var found [][]int // the first lower word of each run, then the last run's end
	var walk func(u, a int, starts []int)
	walk = func(u, a int, starts []int) {
		if len(found) > 1 {
			return
		}
		if u == len(upper) {
			found = append(found, append([]int(nil), starts...))
			return
		}
		for b := a + 1; b < len(lower); b++ {
			c := lower[a].from + lower[b].to
			if abs2(upper[u].from+upper[u].to-c) > 4 {
				continue
			}
			walk(u+1, b+1, append(append(starts[:len(starts):len(starts)], a), b))
		}
	}
	for a := 0; a+1 < len(lower); a++ {
		walk(0, a, nil)
	}
	if len(found) != 1 {
		return nil
	}
	out := map[int]string{}
	s := found[0]
	for u := range upper {
		a, b := s[2*u], s[2*u+1]
		if u > 0 && a != s[2*u-1]+1 {
			return nil // the runs must be adjacent
		}
		if lowCol[a] < 0 || lowCol[b] < 0 {
			return nil
		}
		out[lowCol[a]] = upper[u].text
	}
	return out
}
