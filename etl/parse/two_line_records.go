package parse

import (
	"bytes"
	"strings"
)

// A table printed on narrow paper with every record over two lines: the
// first line holds the record's first cells (number, name, maybe a unit or
// a count), the second starts with empty cells and holds the rest (the
// figures), and the header is printed the same way:
//
//	No	Indikator	Satuan
//			Target	Realisasi	Capaian (%)
//	1	Persentase ...	%
//			90,00	92,50	102,78
//
// Read line by line, the first lines are rows without figures and the
// second lines rows without a name. The class is proven by the whole run
// alternating (every first line without, every second line with two
// leading empty cells, the header pair included) and by every record
// filling the header's columns the same way: its second line's cells are
// the header's last columns, its first line's the first ones. Such a run
// is written back as one TAB row per record inside the lines it took
// (exportPlace: line numbers never change); any other run stays as written.

// twoLineRecords rewrites the two-line-record tables of a text; data itself
// when it holds none.
func twoLineRecords(data []byte, g *textMarks) []byte {
	// a second line starts a line with two TABs; a run needs three of them
	// (header and two records) before any line is split
	if !g.has(data, mkTwoTabs) || bytes.Count(data, []byte("\n\t\t")) < 3 {
		return data
	}
	runs := twoLineRuns(data)
	if len(runs) == 0 {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for _, r := range runs {
		header, rows, ok := twoLineTable(lines[r[0]:r[1]])
		if ok && exportPlace(lines, r[0], r[1], r[0], "", header, rows) {
			changed = true
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// twoLineRuns finds, without splitting the text, the runs of lines [from,
// to) that alternate a first line (a TAB in it, not two at its start) and a
// second line (two TABs at its start and a cell after them), at least
// three pairs long.
func twoLineRuns(data []byte) [][2]int {
	var runs [][2]int
	start, n := -1, 0 // the run's first line and its length so far
	flush := func(at int) {
		if start >= 0 && n >= 6 {
			runs = append(runs, [2]int{start, start + n - n%2})
		}
		start, n = -1, 0
	}
	for ln, rest := 0, data; len(rest) > 0 || ln == 0; ln++ {
		var line []byte
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			line, rest = rest, nil
		}
		line = bytes.TrimRight(line, "\r")
		second := bytes.HasPrefix(line, []byte("\t\t")) && len(bytes.TrimSpace(line)) > 0
		first := !second && bytes.IndexByte(line, '\t') >= 0 && !bytes.HasPrefix(line, []byte("\t\t")) && len(bytes.TrimSpace(line)) > 0
		switch {
		case start >= 0 && n%2 == 1 && second:
			n++
		case start >= 0 && n%2 == 0 && first:
			n++
		default:
			flush(ln)
			if first {
				start, n = ln, 1
			}
		}
		if rest == nil {
			break
		}
	}
	flush(0)
	return runs
}

// twoLineTable joins the pairs of a run into a header and its rows. Every
// second line must hold as many cells as the header's second line, and no
// first line more than the header's first: else the columns are not
// proven and ok is false.
func twoLineTable(run []string) (header []string, rows [][]string, ok bool) {
	split := func(first, second string) (a, b []string) {
		a = strings.Split(strings.TrimRight(first, "\r \t"), "\t")
		b = strings.Split(strings.TrimRight(second, "\r \t"), "\t")
		for len(b) > 0 && strings.TrimSpace(b[0]) == "" {
			b = b[1:]
		}
		return a, b
	}
	ha, hb := split(run[0], run[1])
	if len(hb) == 0 {
		return nil, nil, false
	}
	for _, c := range append(ha[:len(ha):len(ha)], hb...) {
		if strings.TrimSpace(c) == "" || strings.ContainsAny(c, "0123456789") && !strings.ContainsFunc(c, isLetterRune) {
			return nil, nil, false // a header names its columns; figures are a record's
		}
	}
	header = append(ha[:len(ha):len(ha)], hb...)
	for i := 2; i+1 < len(run); i += 2 {
		a, b := split(run[i], run[i+1])
		if len(a) > len(ha) || len(b) != len(hb) {
			return nil, nil, false
		}
		row := make([]string, 0, len(header))
		row = append(row, a...)
		for len(row) < len(ha) {
			row = append(row, "")
		}
		rows = append(rows, append(row, b...))
	}
	return header, rows, true
}

func isLetterRune(r rune) bool {
	return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 0x7f && r != 0xa0
}
