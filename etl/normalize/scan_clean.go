package normalize

// CleanCells reports whether every TAB-separated cell of line is clean,
// so that Clean returns each as it is: no byte Clean changes (non-ASCII,
// control characters other than the TAB itself, markup characters), no
// space at either end of a cell and no two spaces in a row. The extractor
// asks it once per TAB line instead of cleaning each cell.
func CleanCells(line string) bool { return cleanScan(line, hi8) }

// isClean reports that Clean would not change s: ASCII, no markup
// characters, single inner spaces, no space at either end.
func isClean(s string) bool { return cleanScan(s, 0) }

// cleanScan is isClean (tabs 0) or CleanCells (tabs hi8: a TAB separates
// cells). Eight bytes at a time, with exact per-byte masks, so no byte is
// looked at twice; a byte at a word's start looks back at the word before
// through prevSep and prevSp (high bit set: that byte was a separator, a
// space). Most texts asked are a cell's few bytes: the last ones go byte
// by byte. (One test of all the masks together, or the last bytes read as
// one word, counted more instructions.)
func cleanScan(s string, tabs uint64) bool {
	prevSep, prevSp := uint64(0x80), uint64(0) // the start acts as a separator: no leading space
	for len(s) >= 8 {
		x := load8(s)
		if x&hi8 != 0 {
			return false // non-ASCII
		}
		// the bytes have no high bit, so these masks are exact per byte
		tab := zero7(x^('\t'*lo8)) & tabs
		if ^(x+0x60*lo8)&hi8&^tab != 0 {
			return false // a control character, but for a TAB between cells
		}
		if zero7(x^('*'*lo8))|zero7(x^('$'*lo8))|zero7(x^('^'*lo8)) != 0 {
			return false // markup
		}
		sp := zero7(x ^ (' ' * lo8))
		sep := sp | tab
		// a space after a space or separator, a TAB after a space (the
		// byte before's flag shifted into this byte's high bit)
		if sp&(sep<<8|prevSep) != 0 || tab&(sp<<8|prevSp) != 0 {
			return false
		}
		prevSep, prevSp = sep>>56, sp>>56
		s = s[8:]
	}
	if tabs == 0 { // isClean: a lighter loop for its many short texts
		for i := 0; i < len(s); i++ {
			c := s[i]
			if notClean[c] {
				return false
			}
			sp := uint64(0)
			if c == ' ' {
				sp = 0x80
			}
			if sp&prevSep != 0 {
				return false
			}
			prevSep, prevSp = sp, sp // a space is the only separator
		}
		return prevSp == 0
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if prevSep != 0 {
				return false
			}
			prevSep, prevSp = 0x80, 0x80
		case c == '\t' && tabs != 0:
			if prevSp != 0 {
				return false
			}
			prevSep, prevSp = 0x80, 0
		case notClean[c]:
			return false
		default:
			prevSep, prevSp = 0, 0
		}
	}
	return prevSp == 0 // no trailing space
}

// load8 is the little-endian word of s's first eight bytes.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// zero7 has the high bit of each byte of x that is zero, for x whose
// bytes are all below 0x80 (b+0x7f carries into no neighbour).
func zero7(x uint64) uint64 {
	return ^((x + 0x7f*lo8) | x) & hi8
}
