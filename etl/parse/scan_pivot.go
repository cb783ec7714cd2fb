package parse

import "bytes"

// A pivot's header line holds an aggregated field's title, the aggregate
// and the field joined by "of" or "dari" between white space: readPivot
// asks for " of " or " dari " (ASCII case folded, where a NUL folds to a
// space), and columnHeader for pivotAggRe's `\s+(of|dari)\s+` in a cell.
// pivotLineMay is true of every such line, at one look per byte, so
// pivotTables reads the cells of those lines only and splits no text
// where none is (" dari " is common Indonesian, and every line used to be
// cut in cells and folded twice).

// pivotLineMay: l holds "of" or "dari" in any case with a white-space or
// NUL byte on each side.
func pivotLineMay[T string | []byte](l T) bool {
	for p := 2; p+1 < len(l); p++ {
		switch l[p] | 0x20 {
		case 'f':
			if l[p-1]|0x20 == 'o' && pivotGapByte(l[p-2]) && pivotGapByte(l[p+1]) {
				return true
			}
		case 'r':
			if p >= 3 && p+2 < len(l) && l[p-2]|0x20 == 'd' && l[p-1]|0x20 == 'a' && l[p+1]|0x20 == 'i' && pivotGapByte(l[p-3]) && pivotGapByte(l[p+2]) {
				return true
			}
		}
	}
	return false
}

// pivotGapByte: white space as regexp's \s has it, or a NUL (which
// containsFoldASCII folds to a space).
func pivotGapByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 0
}

// pivotTextMay: some line of data is pivotLineMay.
func pivotTextMay(data []byte) bool {
	for len(data) > 0 {
		ln := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			ln, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if pivotLineMay(ln) {
			return true
		}
	}
	return false
}
