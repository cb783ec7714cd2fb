package parse

import (
	"bytes"
	"regexp"
)

// editGateAt is editGate anchored at the start of its input. Every
// alternative of editGate opens with '[', '{' or '~' (bytes no case fold
// reaches), so a text holds a match exactly when one of those bytes starts
// one: editGated tries the pattern only there. Unanchored, the
// case-folding pattern stepped through every byte of every document,
// though almost none holds a review mark.
var editGateAt = regexp.MustCompile(`^(?:` + editGate.String() + `)`)

// editGated reports whether editGate matches b.
// Each opening byte is found by IndexByte in a pass of its own (IndexAny
// tests every byte against the set).
func editGated(b []byte) bool {
	for _, c := range [...]byte{'[', '{', '~'} {
		for i := 0; i < len(b); i++ {
			j := bytes.IndexByte(b[i:], c)
			if j < 0 {
				break
			}
			i += j
			if editGateAt.Match(b[i:editGateEnd(b, i)]) {
				return true
			}
		}
	}
	return false
}

// editGateEnd bounds the bytes a match at b[i] can span: the bracket, its
// white space, a mark word (eleven letters at most, each of up to three
// bytes as a case fold such as the Kelvin sign), white space, the colon.
// The pattern then never reads the rest of the document.
func editGateEnd(b []byte, i int) int {
	end := min(len(b), skipRegexpSpace(b, i+1)+36)
	return min(len(b), skipRegexpSpace(b, end)+1)
}

// skipRegexpSpace is the first index from i of a byte outside \s
// (regexp's [\t\n\f\r ]).
func skipRegexpSpace(b []byte, i int) int {
	for i < len(b) && regexpSpace(b[i]) {
		i++
	}
	return i
}
