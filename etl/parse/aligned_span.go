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
