package parse

import (
	"strings"
	"unsafe"
)

// titleWordIn is readTitle's gate in one pass: t holds one of KPU, KIP,
// omisi, OMISI, aporan, APORAN, LKj, LKJ, ekretari, EKRETARI or LAKIP
// (eleven strings.Contains calls per text before).
func titleWordIn(t string) bool {
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case 'K':
			if hasAt(t, i, "KPU") || hasAt(t, i, "KIP") {
				return true
			}
		case 'o':
			if hasAt(t, i, "omisi") {
				return true
			}
		case 'O':
			if hasAt(t, i, "OMISI") {
				return true
			}
		case 'a':
			if hasAt(t, i, "aporan") {
				return true
			}
		case 'A':
			if hasAt(t, i, "APORAN") {
				return true
			}
		case 'L':
			if hasAt(t, i, "LKj") || hasAt(t, i, "LKJ") || hasAt(t, i, "LAKIP") {
				return true
			}
		case 'e':
			if hasAt(t, i, "ekretari") {
				return true
			}
		case 'E':
			if hasAt(t, i, "EKRETARI") {
				return true
			}
		}
	}
	return false
}

// hasAt: t holds w at byte i.
func hasAt(t string, i int, w string) bool {
	return len(t)-i >= len(w) && t[i:i+len(w)] == w
}

// upperASCII is strings.ToUpper(s), for ASCII text in one allocation and
// a plain byte loop (readTitle upper-cases every candidate title line).
func upperASCII(s string) string {
	lower := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.ToUpper(s)
		}
		if lower < 0 && c >= 'a' && c <= 'z' {
			lower = i
		}
	}
	if lower < 0 {
		return s
	}
	b := make([]byte, len(s))
	copy(b, s[:lower])
	for i := lower; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	// b is never written again: the string may share it
	return unsafe.String(unsafe.SliceData(b), len(b))
}
