package parse

import (
	"bytes"
	"fmt"
)

// earlyLineFactor: a line longer than this many times the line limit is
// refused before any reader sees the text. Extract refuses every line over
// the limit anyway, after the readers; but many readers, gated on a word,
// look back to its line's start or on to its end at every mark, and on one
// line of megabytes that is quadratic (a 50 MB pasted blob took 280 s of
// parsing only to be refused). The margin keeps every document a reader
// might still cut into shorter lines (an RTF source, an INSERT of many
// rows) going the usual way.
const earlyLineFactor = 4

// tooLong returns the 1-based number and length of the first line of text
// longer than max bytes, or 0, 0.
func tooLong(text []byte, max int) (no, n int) {
	for at, line := 0, 1; at <= len(text); line++ {
		e := bytes.IndexByte(text[at:], '\n')
		if e < 0 {
			e = len(text) - at
		}
		if e > max {
			return line, e
		}
		at += e + 1
	}
	return 0, 0
}

// refuseLongLine is the early refusal, worded as extract's.
func refuseLongLine(name string, text []byte, lim int) error {
	if no, n := tooLong(text, earlyLineFactor*lim); no > 0 {
		return fmt.Errorf("parse %s: line %d: %d bytes exceeds MaxLineLen %d (refused before reading)", name, no, n, lim)
	}
	return nil
}
