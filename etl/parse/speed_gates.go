package parse

import (
	"bytes"
	"strings"
	"unicode"
)

// Cheap byte checks that let a whole-text reader return before it copies
// or splits the text (issue 13): each says whether the reader could change
// anything at all, and says yes whenever it might.

// xmlMayOpen: some line of data opens, after its spaces, with what xmlAt
// could decode: a declaration, or a tag that is no web page's (a report's
// stray "<u> </u>" is none, and no XML table).
func xmlMayOpen(data []byte) bool {
	for i := 0; i < len(data); {
		k := bytes.IndexByte(data[i:], '<')
		if k < 0 {
			return false
		}
		k += i
		ls := i + bytes.LastIndexByte(data[i:k], '\n') + 1
		if len(bytes.TrimLeftFunc(data[ls:k], unicode.IsSpace)) == 0 && xmlTagMayOpen(data[k+1:]) {
			return true
		}
		// only a line's first '<' can open an element xmlAt reads
		e := bytes.IndexByte(data[k:], '\n')
		if e < 0 {
			return false
		}
		i = k + e + 1
	}
	return false
}

// xmlTagMayOpen: rest (what follows a line's leading '<') may open the
// element xmlRead takes: a declaration, or a start tag whose name is not
// one of xmlHTMLTags (none holds a namespace prefix). A name of another
// script is left to the decoder.
func xmlTagMayOpen(rest []byte) bool {
	if bytes.HasPrefix(rest, []byte("?xml")) {
		return true
	}
	if len(rest) == 0 {
		return false
	}
	if c := rest[0]; c >= 0x80 {
		return true
	} else if c != '_' && (c|0x20 < 'a' || c|0x20 > 'z') {
		return false
	}
	n := 0
	for n < len(rest) && (rest[n] >= 0x80 || xmlNameByte(rest[n])) {
		n++
	}
	name := string(rest[:n])
	return !xmlHTMLTags[strings.ToLower(name)]
}

// xmlNameByte is encoding/xml's name byte.
func xmlNameByte(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_' || c == ':' || c == '.' || c == '-'
}

// sqlMayHold is bytes.Contains(bytes.ToUpper(data), w) for each w (upper-case
// ASCII letters), without the upper-case copy.
func sqlMayHold(data []byte, words ...string) bool {
	for _, w := range words {
		if !bytesHasUpper(data, w) {
			return false
		}
	}
	return true
}

// upperToASCII are the only runes outside ASCII whose upper case is an
// ASCII letter: 'ı' (PDF text holds it for "i") and 'ſ'.
var upperToASCII = [...]struct {
	enc    string
	letter byte
}{{"ı", 'I'}, {"ſ", 'S'}}

// bytesHasUpper: the upper case of data holds upper. An ASCII byte is never
// part of another rune, and a broken byte turns into U+FFFD, so a match is a
// run of letters each either ASCII (any case) or one of upperToASCII.
func bytesHasUpper(data []byte, upper string) bool {
	// the next byte that could open a match at or after i, each kind found
	// once (len(data) for none), so the scan stays linear
	var next [2 + len(upperToASCII)]int
	firsts := []byte{upper[0], upper[0] | 0x20}
	for _, u := range upperToASCII {
		if u.letter == upper[0] {
			firsts = append(firsts, u.enc[0])
		}
	}
	for k := range next {
		next[k] = -1
	}
	for i := 0; i < len(data); {
		k := len(data)
		for f, c := range firsts {
			if next[f] < i {
				next[f] = len(data)
				if n := bytes.IndexByte(data[i:], c); n >= 0 {
					next[f] = i + n
				}
			}
			k = min(k, next[f])
		}
		if k == len(data) {
			return false
		}
		if upperAt(data[k:], upper) {
			return true
		}
		i = k + 1
	}
	return false
}

// upperAt: the upper case of data opens with upper.
func upperAt(data []byte, upper string) bool {
	p := 0
	for j := 0; j < len(upper); j++ {
		if p >= len(data) {
			return false
		}
		if c := data[p]; c < 0x80 {
			if c&^0x20 != upper[j] {
				return false
			}
			p++
			continue
		}
		ok := false
		for _, u := range upperToASCII {
			if u.letter == upper[j] && bytes.HasPrefix(data[p:], []byte(u.enc)) {
				p += len(u.enc)
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
