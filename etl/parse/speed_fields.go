package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// firstFields fills f with the first len(f) fields of s (strings.Fields')
// and says how many s has, counting at most len(f)+1: the header and cell
// tests that look at a word or two build no slice per cell (issue 13).
func firstFields(s string, f []string) int {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n == len(f) {
			return n + 1
		}
		f[n] = w
		n++
	}
	return n
}

// fieldCount is len(strings.Fields(s)), without the slice.
func fieldCount(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// nextKeyWord is the first word of normalize.Key(s[i:]) for ASCII s (the
// caller checks asciiOnly), lower-cased into buf, and the offset after it:
// nil at the end of s; ok false when the word is longer than buf. With a
// buffer on the caller's stack a word costs no allocation, where
// normalize.KeyWords' buffer escapes to its callback (issue 13).
func nextKeyWord(s string, i int, buf []byte) (w []byte, next int, ok bool) {
	for i < len(s) && lowerKeyByte(s[i]) == 0 {
		i++
	}
	n := 0
	for ; i < len(s) && lowerKeyByte(s[i]) != 0; i++ {
		if n == len(buf) {
			return nil, i, false
		}
		buf[n] = lowerKeyByte(s[i])
		n++
	}
	if n == 0 {
		return nil, i, true
	}
	return buf[:n], i, true
}

// lastIndexLowerASCII is strings.LastIndex(strings.ToLower(s), sub) for
// ASCII s and lower-case sub, without the lower-cased copy.
func lastIndexLowerASCII(s, sub string) int {
	for i := len(s) - len(sub); i >= 0; i-- {
		j := 0
		for j < len(sub) && lowerByteASCII(s[i+j]) == sub[j] {
			j++
		}
		if j == len(sub) {
			return i
		}
	}
	return -1
}

// lowerByteASCII is strings.ToLower of one ASCII byte.
func lowerByteASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// fieldAt is the first field of s[i:] as strings.Fields splits s (runs
// of unicode.IsSpace between fields) and the offset after it; "" when no
// field is left. A loop over it walks strings.Fields(s) without the slice
// or the iterator's closure, either of which kept s on the heap: a key
// built in a caller's stack buffer stays there (issue 13).
func fieldAt(s string, i int) (string, int) {
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	start := i
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return s[start:i], i
}
