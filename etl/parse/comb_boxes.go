package parse

import (
	"bytes"
	"strings"
)

// A paper form filled in by hand has a comb of boxes per figure, one digit
// a box, the unused boxes in front left empty; copied into a table cell it
// reads "[ ][ ][7][7],[5][0]". The boxes are layout: a cell that is one
// such comb becomes the figure it spells ("77,50"), the empty boxes in
// front dropped. An empty box after the first digit leaves the cell as
// written (which digit is missing is not stated, the reader reports it), as
// does a comb of one box (a checkbox) or of no digit. Only whole TAB cells
// are read: "[1][2]" in prose is a pair of citations.

// combBoxes rewrites the comb cells of a text's TAB rows; data itself when
// it holds none.
func combBoxes(data []byte, g *textMarks) []byte {
	if !g.has(data, mkComb) {
		return data
	}
	var out []byte
	last := 0 // data[:last] is in out
	for i := 0; i < len(data); {
		k := bytes.Index(data[i:], []byte("]["))
		if k < 0 {
			break
		}
		k += i
		from, to := lineSpan(data, k)
		if bytes.IndexByte(data[from:to], '\t') >= 0 {
			if u, ok := combLine(string(data[from:to])); ok {
				out = append(append(out, data[last:from]...), u...)
				last = to
			}
		}
		i = to + 1
	}
	if out == nil {
		return data
	}
	return append(out, data[last:]...)
}

// combLine rewrites the comb cells of one TAB row; whether it held one.
func combLine(l string) (string, bool) {
	cells := strings.Split(l, "\t")
	found := false
	for c, v := range cells {
		if n, ok := combCell(strings.TrimSpace(v)); ok {
			cells[c] = n
			found = true
		}
	}
	return strings.Join(cells, "\t"), found
}

// combCell is the figure a cell of boxes spells, a separator (',' or '.')
// between boxes or in a box of its own kept.
func combCell(v string) (string, bool) {
	if len(v) < 6 || v[0] != '[' || v[len(v)-1] != ']' {
		return "", false
	}
	var b strings.Builder
	boxes, digits, gap := 0, 0, false
	for i := 0; i < len(v); {
		switch v[i] {
		case ',', '.':
			if digits == 0 {
				return "", false
			}
			b.WriteByte(v[i])
			i++
			continue
		case '[':
		default:
			return "", false
		}
		e := strings.IndexByte(v[i:], ']')
		if e < 0 {
			return "", false
		}
		in := strings.TrimSpace(v[i+1 : i+e])
		i += e + 1
		boxes++
		switch {
		case in == "":
			gap = gap || digits > 0
		case len(in) == 1 && in[0] >= '0' && in[0] <= '9':
			if gap {
				return "", false // a box left empty between digits
			}
			b.WriteString(in)
			digits++
		case (in == "," || in == ".") && digits > 0:
			b.WriteString(in)
		default:
			return "", false
		}
	}
	n := b.String()
	if boxes < 2 || digits == 0 || gap || strings.HasSuffix(n, ",") || strings.HasSuffix(n, ".") {
		return "", false
	}
	return n, true
}
