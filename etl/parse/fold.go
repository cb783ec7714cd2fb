package parse

import (
	"bytes"
	"strings"
)

// Case-blind matching of lower-case ASCII words in text, without building
// lower-cased copies (issue 13: the parser asks most lines for several
// words each).

// isASCII: s holds no byte of a multi-byte character.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// containsFoldASCII: s holds sub (lower-case ASCII) in any letter case,
// without building a lower-cased copy.
func containsFoldASCII(s, sub string) bool {
	if len(s) >= foldScanMin && len(sub) > 0 {
		return containsFoldLong(s, sub)
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// foldScanMin: a shorter text is compared byte by byte; a longer one's
// candidates are found by IndexByte (issue 13: paragraphs and whole lines
// are asked for several words each, most of which they do not hold).
const foldScanMin = 64

// containsFoldLong is containsFoldASCII's loop with the positions where
// s's byte folds to sub's first (the two bytes b with b|0x20 == sub[0])
// found by IndexByte, each byte's next place kept until passed.
func containsFoldLong(s, sub string) bool {
	return indexFoldLong(s, sub) >= 0
}

// indexFoldLong: the first place of sub in s as containsFoldLong finds
// it, -1 when none; foldIndex's long path too, so it is generic over the
// text's type.
func indexFoldLong[T string | []byte](s T, sub string) int {
	c := sub[0]
	if c&0x20 == 0 {
		return -1 // no byte b has b|0x20 == c
	}
	last := len(s) - len(sub) // the last place sub can start
	if last < 0 {
		return -1
	}
	lo, up := c, c&^0x20
	nl, nu := -2, -2 // the next place of lo / up at or after i (-1: none)
	for i := 0; i <= last; {
		if nl != -1 && nl < i {
			if k := indexByteOf(s[i:last+1], lo); k < 0 {
				nl = -1
			} else {
				nl = i + k
			}
		}
		if nu != -1 && nu < i {
			if k := indexByteOf(s[i:last+1], up); k < 0 {
				nu = -1
			} else {
				nu = i + k
			}
		}
		k := nl
		if k < 0 || nu >= 0 && nu < k {
			k = nu
		}
		if k < 0 {
			return -1
		}
		j := 1
		for j < len(sub) && s[k+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return k
		}
		i = k + 1
	}
	return -1
}

// indexByteOf is strings.IndexByte or bytes.IndexByte, as s is.
func indexByteOf[T string | []byte](s T, c byte) int {
	switch v := any(s).(type) {
	case string:
		return strings.IndexByte(v, c)
	case []byte:
		return bytes.IndexByte(v, c)
	}
	return -1
}
