package normalize

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// parseValue looks each cell up in its word tables lower- and upper-cased;
// strings.ToLower and ToUpper copied every cell with a capital letter (a
// fifth of what value reading allocated). For ASCII the cased bytes are
// written in the caller's buffer instead and read through a string that
// shares them.

// lowerView is strings.ToLower(s), written in buf when s is ASCII and fits:
// the answer then shares buf and holds only until buf is written again, so
// it serves a lookup, never a value kept.
func lowerView(buf []byte, s string) string {
	if b, ok := caseASCII(buf, s, false); ok {
		return unsafe.String(unsafe.SliceData(b), len(b))
	}
	return strings.ToLower(s)
}

// upperView is strings.ToUpper(s) as lowerView is strings.ToLower(s).
func upperView(buf []byte, s string) string {
	if b, ok := caseASCII(buf, s, true); ok {
		return unsafe.String(unsafe.SliceData(b), len(b))
	}
	return strings.ToUpper(s)
}

// caseASCII writes s in buf with its letters upper- or lower-cased, false
// when s is not ASCII or longer than buf.
func caseASCII(buf []byte, s string, upper bool) ([]byte, bool) {
	if len(s) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return nil, false
		case upper && 'a' <= c && c <= 'z':
			c -= 'a' - 'A'
		case !upper && 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)], true
}

// firstField is strings.Fields(s)[0] without building the other fields:
// for ASCII by a scan over asciiSpace; any other text (or a text of spaces
// only, whose Fields has no first) goes to strings.Fields itself.
func firstField(s string) string {
	start := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.Fields(s)[0]
		}
		if asciiSpace[c] {
			if start >= 0 {
				return s[start:i]
			}
		} else if start < 0 {
			start = i
		}
	}
	if start < 0 {
		return strings.Fields(s)[0]
	}
	return s[start:]
}
