package extract

// cellsClean reports whether every cell of the TAB line s is clean, so
// that normalize.Clean would return each as it is: no byte Clean changes
// (non-ASCII, control characters other than the TAB itself, markup
// characters), no space at either end of a cell and no two spaces in a
// row. One pass over the line replaces a Clean call per cell; a line it
// refuses has its cells cleaned one by one, as before.
func cellsClean(s string) bool {
	prev := byte('\t') // the line's start is a cell's start
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch lineByte[c] {
		case lbPlain:
		case lbSpace:
			if prev == ' ' || prev == '\t' { // two spaces, or a cell's leading space
				return false
			}
		case lbTab:
			if prev == ' ' { // a cell's trailing space
				return false
			}
		default:
			return false
		}
		prev = c
	}
	return prev != ' '
}

// classes of the bytes of a TAB line
const (
	lbPlain uint8 = iota
	lbSpace
	lbTab
	lbOther // a byte normalize.Clean may change
)

var lineByte = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c == ' ':
			t[c] = lbSpace
		case c == '\t':
			t[c] = lbTab
		case c >= 0x80 || c < ' ' || c == '*' || c == '$' || c == '^':
			t[c] = lbOther
		}
	}
	return t
}()
