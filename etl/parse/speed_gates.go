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

// sheetMayHold: some line of data is a sheet's column letters
// (sheetLetters), the line every printed grid opens with.
func sheetMayHold(data []byte) bool {
	for i := 0; i < len(data); {
		k := bytes.IndexByte(data[i:], '|')
		if k < 0 {
			return false
		}
		k += i
		ls := i + bytes.LastIndexByte(data[i:k], '\n') + 1
		end := len(data)
		if e := bytes.IndexByte(data[k:], '\n'); e >= 0 {
			end = k + e
		}
		if len(bytes.TrimLeftFunc(data[ls:k], unicode.IsSpace)) == 0 && sheetLetters(string(data[ls:end])) > 0 {
			return true
		}
		i = end + 1
	}
	return false
}

// sqlMayHold is bytes.Contains(bytes.ToUpper(data), w) for each w, without
// the upper-case copy. Only 'ı' and 'ſ' outside ASCII turn into ASCII
// letters in upper case: a text holding either takes the copy.
func sqlMayHold(data []byte, words ...string) bool {
	if bytes.Contains(data, []byte("ı")) || bytes.Contains(data, []byte("ſ")) {
		up := bytes.ToUpper(data)
		for _, w := range words {
			if !bytes.Contains(up, []byte(w)) {
				return false
			}
		}
		return true
	}
	for _, w := range words {
		if !bytesHasFoldASCII(data, w) {
			return false
		}
	}
	return true
}

// bytesHasFoldASCII: data holds upper, an upper-case ASCII word, in any
// case of its letters.
func bytesHasFoldASCII(data []byte, upper string) bool {
	// the next first letter of each case at or after i, len(data) for none:
	// each found once, so the scan stays linear
	lo, up := -1, -1
	next := func(i int, c byte) int {
		if k := bytes.IndexByte(data[i:], c); k >= 0 {
			return i + k
		}
		return len(data)
	}
	for i := 0; i+len(upper) <= len(data); {
		if lo < i {
			lo = next(i, upper[0]|0x20)
		}
		if up < i {
			up = next(i, upper[0])
		}
		k := min(lo, up)
		if k+len(upper) > len(data) {
			return false
		}
		j := 1
		for j < len(upper) && data[k+j]&^0x20 == upper[j] {
			j++
		}
		if j == len(upper) {
			return true
		}
		i = k + 1
	}
	return false
}
