package extract

import (
	"sync"
	"unsafe"
)

// Per-document scratch arrays that serve the next document: the rows of
// every table (lent with the blocks by TextLent) and the raw lines of the
// table being built (no block keeps a rawLine). Each table's rows were an
// array of their own, the extractor's largest allocation after the text;
// the lines of the first table were allocated afresh for every document.

var rowPool, rawLinePool sync.Pool // of *[]Row, *[]rawLine

// getRows returns an empty arena of rows.
func getRows() *[]Row {
	if p, ok := rowPool.Get().(*[]Row); ok {
		return p
	}
	return new([]Row)
}

// putRows clears the arena (no pooled array holds a document's text) and
// pools it.
func putRows(p *[]Row) {
	a := (*p)[:cap(*p)]
	clear(a)
	*p = a[:0]
	rowPool.Put(p)
}

// carveRows returns an empty slice for up to n rows: from the arena, with
// no room beyond n (an append past n copies, as it would from an array of
// its own), or a fresh array when arena is nil. A full arena is replaced
// by a larger one; the rows carved before stay in the old array.
func carveRows(arena *[]Row, n int) []Row {
	if arena == nil {
		return make([]Row, 0, n)
	}
	return carve(arena, n)
}

func getRawLines() []rawLine {
	if p, ok := rawLinePool.Get().(*[]rawLine); ok {
		return (*p)[:0]
	}
	return nil
}

func putRawLines(ls []rawLine) {
	ls = ls[:cap(ls)]
	clear(ls)
	ls = ls[:0]
	rawLinePool.Put(&ls)
}

// joinCell is a + " " + c, written in arena's spare room when it fits:
// the text of a cell merged from several lines. A cell merged again ends
// where the arena does, so the next fragment is appended after it in
// place. The arena is the caller's (parse's pooled text buffer, whose
// strings it moves to the document's own memory before it returns); a
// string carved from it is never written again. nil arena, or no room:
// the concatenation, allocated.
func joinCell(arena *[]byte, a, c string) string {
	if arena == nil {
		return a + " " + c
	}
	buf := *arena
	n := len(a) + 1 + len(c)
	if len(buf) > 0 && len(a) > 0 && len(buf) >= len(a) &&
		unsafe.StringData(a) == &buf[len(buf)-len(a)] && cap(buf)-len(buf) >= 1+len(c) {
		start := len(buf) - len(a)
		buf = append(buf, ' ')
		buf = append(buf, c...)
		*arena = buf
		return unsafe.String(&buf[start], n)
	}
	if cap(buf)-len(buf) < n {
		return a + " " + c
	}
	start := len(buf)
	buf = append(buf, a...)
	buf = append(buf, ' ')
	buf = append(buf, c...)
	*arena = buf
	return unsafe.String(&buf[start], n)
}
