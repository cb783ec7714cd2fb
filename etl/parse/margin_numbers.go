package parse

import "bytes"

// Line numbers in the margin: a draft circulated for review ("naskah
// bernomor baris") numbers every line of each page, blank lines too, in a
// narrow column at the left (" 12  Sesuai Undang-Undang ..."), starting
// again at 1 after each page break. Left in, the number opens every
// paragraph, joins the first cell of every TAB row ("8  076.01.WA" is no
// budget code) and makes one more column of every space-aligned table,
// which its header does not name, so the aligned reader cannot prove it.
//
// dropLineNumbers blanks those numbers, keeping each line's length and
// every other character where it was (a space-aligned table keeps its
// columns). The numbering must prove itself: a run of at least
// minNumberedRun lines, each opening with a number (after a small indent)
// set apart by two spaces, a TAB or the line's end, each number one more
// than the line's before, and at least two of the lines holding nothing
// but their number. A table's row numbers run on as well, but never over
// lines that are empty but for the number, so they stay.
func dropLineNumbers(data []byte) []byte {
	var out []byte // a copy, made when the first run is proven
	type numbered struct{ at, end, n int }
	var run []numbered
	bare := 0 // lines of the run holding only their number
	flush := func() {
		if len(run) >= minNumberedRun && bare >= 2 {
			if out == nil {
				out = append([]byte(nil), data...)
			}
			for _, r := range run {
				for k := r.at; k < r.end; k++ {
					out[k] = ' '
				}
			}
		}
		run, bare = run[:0], 0
	}
	for start := 0; start < len(data); {
		end := len(data) // the line's end found by IndexByte, not a test per byte
		if k := bytes.IndexByte(data[start:], '\n'); k >= 0 {
			end = start + k
		}
		at, numEnd, n, only, ok := marginNumber(data[start:end])
		switch {
		case ok && (len(run) == 0 || n == run[len(run)-1].n+1):
			run = append(run, numbered{start + at, start + numEnd, n})
		case ok:
			flush() // the count starts again: a new page without a form feed
			run = append(run, numbered{start + at, start + numEnd, n})
		default:
			flush()
		}
		if ok && only {
			bare++
		}
		start = end + 1
	}
	flush()
	if out == nil {
		return data
	}
	return out
}

// maxMarginIndent: the spaces a margin number may stand behind; a
// rendering that pads a TAB table may right-align the number with the
// row's first cell ("      9  3355").
const maxMarginIndent = 16

// minNumberedRun is the shortest run of numbered lines taken for margin
// numbering (a page holds far more; a short numbered list far fewer).
const minNumberedRun = 6

// marginNumber reads the number a line opens with: its bytes [at, end),
// its value, whether the line holds nothing else, and ok when the line
// opens so (at most maxMarginIndent spaces before it, up to four digits, then two
// spaces, a TAB or the end of the line; a CR before the end is allowed).
func marginNumber(ln []byte) (at, end, n int, only, ok bool) {
	for at < len(ln) && at < maxMarginIndent && ln[at] == ' ' {
		at++
	}
	end = at
	for end < len(ln) && end-at < 4 && ln[end] >= '0' && ln[end] <= '9' {
		n = n*10 + int(ln[end]-'0')
		end++
	}
	if end == at || end < len(ln) && ln[end] >= '0' && ln[end] <= '9' {
		return 0, 0, 0, false, false
	}
	rest := ln[end:]
	for len(rest) > 0 && (rest[len(rest)-1] == '\r' || rest[len(rest)-1] == ' ') {
		rest = rest[:len(rest)-1]
	}
	switch {
	case len(rest) == 0:
		return at, end, n, true, true
	case rest[0] == '\t', len(rest) >= 2 && rest[0] == ' ' && rest[1] == ' ':
		return at, end, n, false, true
	}
	return 0, 0, 0, false, false
}
