package parse

import "strings"

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
