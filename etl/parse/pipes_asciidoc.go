package parse

import (
	"bytes"
	"strconv"
	"strings"
)

// AsciiDoc tables, a report written in AsciiDoc and saved as its source
// (".Tabel 3.4 DPT …" the block title, `[cols="1,3,2,2,2"]`, then `|===`,
// "|No |Kecamatan |L |P |L+P", "|1 |Paga |4.081 |4.005 |8.086",
// "2+|Kabupaten Sikka |7.934 |7.826 |15.760", `|===`). Every cell opens
// with a bar, so nothing is guessed: the number of columns is the cols
// attribute's, else the number of cells on the table's first line; the
// cells, on one line or one a line, fill the rows in order, each row one
// TAB line on the line of its first cell. A cell spanning columns (2+|)
// stands in the last of them when it is a label, as in an HTML table; one
// spanning rows (.2+|), a repeated cell (2*|) or cells that fill no whole
// row leave the table unread. The block title is the caption; the
// attribute line is blank. Line numbers never change.

// asciidocTables rewrites the AsciiDoc tables of a text; data itself when
// it holds none.
func asciidocTables(data []byte) []byte {
	if !bytes.Contains(data, []byte("|===")) {
		return data
	}
	return fencedTables(data, asciidocFence, asciidocFence, func(lines []string, i, end int) bool {
		cols, attr := 0, -1
		if i > 0 && strings.HasPrefix(strings.TrimSpace(lines[i-1]), "[") {
			attr = i - 1
			cols = asciidocCols(lines[attr])
		}
		if !asciidocRewrite(lines[i:end+1], cols) {
			return false
		}
		if attr >= 0 {
			lines[attr] = ""
		}
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			if t := strings.TrimSpace(lines[k]); len(t) > 1 && t[0] == '.' && t[1] != '.' && t[1] != ' ' {
				lines[k] = t[1:] // the block title: the caption
				break
			}
		}
		return true
	}, nil)
}

func asciidocFence(l string) bool {
	t := strings.TrimSpace(l)
	return strings.HasPrefix(t, "|===") && strings.Trim(t[1:], "=") == ""
}

// asciidocCols is the number of columns an attribute line's cols states
// (`cols="1,3,2"`, `cols="5*"`, `cols="1,3*2"`), 0 when none.
func asciidocCols(l string) int {
	k := strings.Index(l, "cols=")
	if k < 0 {
		return 0
	}
	v := l[k+len("cols="):]
	if v != "" && (v[0] == '"' || v[0] == '\'') {
		e := strings.IndexByte(v[1:], v[0])
		if e < 0 {
			return 0
		}
		v = v[1 : e+1]
	} else if e := strings.IndexAny(v, ",]"); e >= 0 {
		v = v[:e]
	}
	n := 0
	for _, part := range strings.Split(v, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			return 0
		}
		if s := strings.IndexByte(part, '*'); s > 0 {
			m, err := strconv.Atoi(part[:s])
			if err != nil || m <= 0 || m > 64 {
				return 0
			}
			n += m
			continue
		}
		n++
	}
	return n
}

// adCell is a cell read from a table's lines.
type adCell struct {
	line int
	text string
	span int
}

// asciidocRewrite rewrites one table's lines in place, from fence to
// fence; false (nothing changed) when its cells cannot be proven into rows.
func asciidocRewrite(ls []string, cols int) bool {
	var cells []adCell
	for k := 1; k < len(ls)-1; k++ {
		t := strings.TrimSpace(strings.TrimRight(ls[k], "\r"))
		if t == "" {
			continue
		}
		parts := splitBars(t)
		if parts[0] != "" && !asciidocSpec(parts[0]) {
			// text before the first bar: a cell's text going on
			if len(cells) == 0 || len(parts) > 1 {
				return false
			}
			cells[len(cells)-1].text = strings.TrimSpace(cells[len(cells)-1].text + " " + t)
			continue
		}
		spec := parts[0]
		lineCells := 0
		for j := 1; j < len(parts); j++ {
			text := parts[j]
			next := ""
			if j+1 < len(parts) {
				text, next = asciidocTail(parts[j])
			}
			span, ok := asciidocSpan(spec)
			if !ok {
				return false
			}
			cells = append(cells, adCell{line: k, text: strings.Join(strings.Fields(text), " "), span: span})
			lineCells += span
			spec = next
		}
		if cols == 0 {
			cols = lineCells // the first line fixes the columns
		}
	}
	if cols < 2 || len(cells) == 0 {
		return false
	}
	out := make([]string, len(ls))
	var row []string
	at := -1
	for _, c := range cells {
		if at < 0 {
			at = c.line
		}
		if c.span > 1 {
			pad := make([]string, c.span)
			if hasDigitStr(c.text) {
				pad[0] = c.text
			} else {
				pad[c.span-1] = c.text
			}
			row = append(row, pad...)
		} else {
			row = append(row, c.text)
		}
		switch {
		case len(row) > cols:
			return false // a span over the row's end
		case len(row) == cols:
			out[at] = strings.Join(row, "\t")
			row, at = row[:0], -1
		}
	}
	if len(row) > 0 {
		return false // cells that fill no whole row
	}
	copy(ls, out)
	return true
}

// asciidocTail parts the text between two bars into the cell's text and
// the next cell's spec written against the bar ("Paga 2+" before "|").
func asciidocTail(p string) (text, spec string) {
	if p == "" || p[len(p)-1] == ' ' || p[len(p)-1] == '\t' {
		return p, ""
	}
	k := strings.LastIndexAny(p, " \t")
	if asciidocSpec(p[k+1:]) {
		return p[:k+1], p[k+1:]
	}
	return p, ""
}

// asciidocSpec: a cell specifier: span (2+, .2+, 2.3+), duplication (2*),
// alignment (<, ^, >, .<, .^, .>) and style (a, d, e, h, l, m, s, v), at
// least one of them.
func asciidocSpec(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	k := 0
	for k < len(s) && (s[k] >= '0' && s[k] <= '9' || s[k] == '.') {
		k++
	}
	if k < len(s) && (s[k] == '+' || s[k] == '*') {
		k++
	} else if k > 0 {
		return false // a number is a cell's text
	}
	for k < len(s) && strings.IndexByte("<^>.", s[k]) >= 0 {
		k++
	}
	if k < len(s) && strings.IndexByte("adehlmsv", s[k]) >= 0 {
		k++
	}
	return k == len(s)
}

// asciidocSpan is the number of columns a spec spans; false for a span of
// rows or a duplicated cell, which no row proves.
func asciidocSpan(spec string) (int, bool) {
	spec = strings.TrimSpace(spec)
	if spec == "" {
		return 1, true
	}
	if strings.IndexByte(spec, '*') >= 0 {
		return 0, false
	}
	p := strings.IndexByte(spec, '+')
	if p < 0 {
		return 1, true
	}
	n := spec[:p]
	if d := strings.IndexByte(n, '.'); d >= 0 {
		if n[d+1:] != "1" {
			return 0, false // ".2+": a span of rows
		}
		n = n[:d]
	}
	if n == "" {
		return 1, true
	}
	m, err := strconv.Atoi(n)
	if err != nil || m < 1 || m > 64 {
		return 0, false
	}
	return m, true
}
