package parse

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Narrow columns whose titles a word processor set rotated come out of a
// text export stacked, one character a line, above the horizontal header
// line (the wide columns' titles):
//
//	<TAB><TAB>P<TAB>R
//	<TAB><TAB>a<TAB>e
//	<TAB><TAB>g<TAB>a
//	…
//	Kode<TAB>Uraian<TAB><TAB>)
//
// Read as they are, the stack is a run of rows of letters and the table
// has no header. Each column's characters, top to bottom, are its title
// (an empty cell between characters is the space between two words, "Serapan
// (%)"), and a single character under the stack in the header line ends it.
// The titles join the header line; the stack's lines are left blank (line
// numbers kept). A stack needs three lines at least, two columns of
// characters at least, and a header line under it with a word of its own;
// no digit stands in it and no title repeats one mark ("VVV", "✓✓✓"): a
// matrix of ticks or a column of row numbers is no stack of titles.

// rotatedHeaders rewrites such headers; text itself when it holds none.
func rotatedHeaders(text []byte) []byte {
	if bytes.IndexByte(text, '\t') < 0 {
		return text
	}
	var lines []string
	for off, n, run, wide := 0, 0, 0, false; off < len(text); n++ {
		e := bytes.IndexByte(text[off:], '\n')
		if e < 0 {
			e = len(text) - off
		}
		ln := text[off : off+e]
		off += e + 1
		if f := stackCells(ln); f > 0 {
			run++
			wide = wide || f >= 2
			continue
		}
		if run >= 3 && wide && bytes.IndexByte(ln, '\t') >= 0 {
			if lines == nil {
				lines = strings.Split(string(text), "\n")
			}
			joinRotated(lines, n-run, n)
		}
		run, wide = 0, false
	}
	if lines == nil {
		return text
	}
	return []byte(strings.Join(lines, "\n"))
}

// stackCells: how many cells of a TAB line are filled when each is one
// character or empty; 0 for any other line. It allocates nothing.
func stackCells(ln []byte) int {
	if len(ln) == 0 || bytes.IndexByte(ln, '\t') < 0 {
		return 0
	}
	filled := 0
	for len(ln) > 0 {
		c := ln
		if i := bytes.IndexByte(ln, '\t'); i >= 0 {
			c, ln = ln[:i], ln[i+1:]
		} else {
			ln = nil
		}
		if len(c) == 0 {
			continue
		}
		if r, size := utf8.DecodeRune(c); size != len(c) || r == ' ' {
			return 0
		}
		filled++
	}
	return filled
}

// joinRotated writes the titles stacked in lines[from:at] into the header
// line lines[at], when that line names a column by a word of its own.
func joinRotated(lines []string, from, at int) {
	head := strings.Split(lines[at], "\t")
	word := false
	for _, c := range head {
		if utf8.RuneCountInString(strings.TrimSpace(c)) > 1 {
			word = true
		}
	}
	if !word {
		return
	}
	width := len(head)
	stack := make([][]string, at-from)
	for i := range stack {
		stack[i] = strings.Split(lines[from+i], "\t")
		width = max(width, len(stack[i]))
	}
	titles := make([]string, width)
	for c := range titles {
		var sb strings.Builder
		for _, row := range stack {
			if c < len(row) && row[c] != "" {
				sb.WriteString(row[c])
			} else if sb.Len() > 0 {
				sb.WriteByte(' ')
			}
		}
		t := strings.TrimSpace(sb.String())
		if t == "" {
			if c < len(head) {
				titles[c] = head[c]
			}
			continue
		}
		if c < len(head) && head[c] != "" {
			if utf8.RuneCountInString(head[c]) > 1 {
				return // a wide title under a stacked one: not this layout
			}
			t = strings.TrimSpace(t + head[c]) // "(%" over ")"
		}
		titles[c] = strings.Join(strings.Fields(t), " ")
	}
	if !rotatedTitles(titles, head) {
		return
	}
	for i := from; i < at; i++ {
		lines[i] = ""
	}
	lines[at] = strings.Join(titles, "\t")
}

// rotatedTitles: the stacked titles (those not in head as written) hold no
// digit, none is one character repeated, and one has three letters.
func rotatedTitles(titles, head []string) bool {
	word := false
	for c, t := range titles {
		if c < len(head) && t == head[c] {
			continue
		}
		letters, first, same := 0, rune(0), true
		for _, r := range t {
			switch {
			case r >= '0' && r <= '9':
				return false
			case r == ' ':
				continue
			case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
				letters++
			}
			if first == 0 {
				first = r
			} else if r != first {
				same = false
			}
		}
		if same && utf8.RuneCountInString(t) > 1 {
			return false
		}
		if letters >= 3 {
			word = true
		}
	}
	return word
}
