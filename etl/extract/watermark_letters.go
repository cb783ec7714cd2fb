package extract

import (
	"bytes"
	"strings"
)

// WatermarkLetters drops the letters of a diagonal watermark ("ARSIP",
// "DRAFT", "SALINAN") that a PDF's text layer gives one a line, each
// further indented than the one before, between a page's lines and inside
// its tables. Left in, a letter line cuts a table in two, and the rows
// under it lose their header.
//
// A letter line is only whitespace and one capital letter. Such lines are
// proven a watermark when they fall into runs, each letter further right
// than the one before, and the runs that are pieces of one run of three
// letters or more (itself, or cut by a page: the same letters at the same
// indents) are two or more and hold at least twice its letters; then
// every such piece goes. A lone letter
// anywhere else (a list's "A", a column's letter) stays.
//
// Line numbers: a dropped line is given back as a blank line where its
// paragraph or table ends (its next blank line, or the end), so every line
// after a blank line keeps its number. Text without a proof comes back
// unchanged and uncopied.
func WatermarkLetters(data []byte) []byte {
	var lone []letterLine
	for off := 0; off < len(data); {
		end := bytes.IndexByte(data[off:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += off
		}
		if l, ok := loneLetter(data[off:end]); ok {
			l.off, l.end = off, end
			lone = append(lone, l)
		}
		off = end + 1
	}
	if len(lone) < 6 {
		return data // the cheap gate: too few letter lines for two words
	}
	drop := watermarkRuns(lone)
	if len(drop) == 0 {
		return data
	}
	out := make([]byte, 0, len(data))
	owed, k := 0, 0
	for off := 0; off < len(data); {
		end := bytes.IndexByte(data[off:], '\n')
		next := end + off + 1
		if end < 0 {
			end, next = len(data), len(data)
		} else {
			end += off
		}
		if k < len(drop) && drop[k] == off {
			k++
			owed++
			off = next
			continue
		}
		line := data[off:next]
		out = append(out, line...)
		if owed > 0 && len(bytes.TrimSpace(data[off:end])) == 0 && !bytes.Contains(line, []byte{'\f'}) {
			for ; owed > 0; owed-- {
				out = append(out, '\n')
			}
		}
		off = next
	}
	for ; owed > 0; owed-- {
		out = append(out, '\n')
	}
	return out
}

// letterLine is one line holding a lone capital letter.
type letterLine struct {
	off, end int // the line's bytes, without its newline
	indent   int
	letter   byte
}

// loneLetter: the line is spaces (or TABs) and one capital A-Z.
func loneLetter(line []byte) (letterLine, bool) {
	line = bytes.TrimRight(line, " \t\r")
	n := len(line)
	if n < 2 || line[n-1] < 'A' || line[n-1] > 'Z' {
		return letterLine{}, false
	}
	for _, c := range line[:n-1] {
		if c != ' ' && c != '\t' {
			return letterLine{}, false
		}
	}
	return letterLine{indent: n - 1, letter: line[n-1]}, true
}

// watermarkRuns returns the offsets of the letter lines proven a watermark,
// in order, or nil.
func watermarkRuns(lone []letterLine) []int {
	var runs [][]letterLine
	for i, l := range lone {
		if i == 0 || l.indent <= lone[i-1].indent {
			runs = append(runs, nil)
		}
		runs[len(runs)-1] = append(runs[len(runs)-1], l)
	}
	// the word: the run of 3+ letters whose pieces (itself included) hold
	// the most letters, at least twice its own and over two runs or more
	keys := make([]string, len(runs))
	for i, r := range runs {
		keys[i] = runKey(r)
	}
	best, bestN := "", 0
	for i, r := range runs {
		if len(r) < 3 {
			continue
		}
		n, pieces := 0, 0
		for j, q := range runs {
			if strings.Contains(keys[i], keys[j]) {
				n += len(q)
				pieces++
			}
		}
		if pieces >= 2 && n >= 2*len(r) && n > bestN {
			best, bestN = keys[i], n
		}
	}
	if best == "" {
		return nil
	}
	var drop []int
	for i, r := range runs {
		if strings.Contains(best, keys[i]) {
			for _, l := range r {
				drop = append(drop, l.off)
			}
		}
	}
	return drop
}

// runKey writes a run's letters with their indents ("A12|R21|"), so a
// piece of a run is a substring of the whole run's key.
func runKey(r []letterLine) string {
	var b []byte
	for _, l := range r {
		b = append(b, l.letter)
		b = appendInt(b, l.indent)
		b = append(b, '|')
	}
	return string(b)
}

func appendInt(b []byte, n int) []byte {
	if n >= 10 {
		b = appendInt(b, n/10)
	}
	return append(b, byte('0'+n%10))
}
