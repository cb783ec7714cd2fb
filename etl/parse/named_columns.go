package parse

import (
	"bytes"
	"strings"
)

// namedColumns gives a table printed without its header row (the header
// was an image that did not copy) the header a sentence above it names:
// "Kolom tabel berturut-turut: No; Uraian; Pagu; Realisasi." The header is
// built only when the sentence names exactly as many columns as the rows
// hold, so every figure keeps the column the document gave it; a sentence
// whose count disagrees proves nothing and the rows stay headerless (the
// table readers then report them as they would without the sentence).
// The line count is kept, so every fact keeps its source line.
func namedColumns(data []byte, g *textMarks) []byte {
	// namedColumnsIn reads the lines holding "olom", "OLOM" or "olumn"
	if bytes.IndexByte(data, '\t') < 0 || !g.has(data, mkOlom|mkOLOM|mkOlumn) || !namedColumnsIn(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i, l := range lines {
		names, ok := columnSentence(l)
		if !ok {
			continue
		}
		j := i + 1
		for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			j++
		}
		if j >= len(lines) || !headerlessRows(lines[j:], len(names)) {
			continue
		}
		hdr := strings.Join(names, "\t")
		if j > i+1 {
			// The header goes right above the rows, where a table's header
			// stands; the sentence's line is left blank.
			lines[i], lines[j-1] = "", hdr
		} else {
			lines[i] = hdr
		}
		changed = true
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// namedColumnsIn tells, without splitting the text, whether some line
// names columns and rows follow it: most documents mention a column in
// prose, and only a sentence with its rows is worth a copy of the text.
func namedColumnsIn(data []byte) bool {
	for _, key := range [][]byte{[]byte("olom"), []byte("OLOM"), []byte("olumn")} {
		for i := 0; i < len(data); {
			k := bytes.Index(data[i:], key)
			if k < 0 {
				break
			}
			k += i
			start, end := lineSpan(data, k)
			i = end
			if bytes.IndexByte(data[start:end], ':') < 0 {
				continue
			}
			if names, ok := columnSentence(string(data[start:end])); ok && rowsAfter(data[end:], len(names)) {
				return true
			}
		}
	}
	return false
}

// rowsAfter reads the block of lines after a sentence (blank lines
// skipped) as namedColumns will, copying only that block.
func rowsAfter(rest []byte, n int) bool {
	rest = bytes.TrimLeft(rest, " \r\n")
	if e := bytes.Index(rest, []byte("\n\n")); e >= 0 {
		rest = rest[:e]
	}
	if len(rest) == 0 {
		return false
	}
	return headerlessRows(strings.Split(string(rest), "\n"), n)
}

// columnSentence reads a line that names a table's columns in order: a
// short lead holding "kolom" (or "column") and a colon, then at least three
// names separated by semicolons, or by commas when the line has none.
func columnSentence(l string) ([]string, bool) {
	t := strings.TrimSpace(l)
	if len(t) > 400 || strings.IndexByte(t, '\t') >= 0 {
		return nil, false
	}
	colon := strings.IndexByte(t, ':')
	if colon < 0 {
		return nil, false
	}
	lead := strings.ToLower(t[:colon])
	if !strings.Contains(lead, "kolom") && !strings.Contains(lead, "column") {
		return nil, false
	}
	if len(strings.Fields(lead)) > 8 {
		return nil, false // a sentence of prose that happens to mention a column
	}
	list := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t[colon+1:]), "."))
	sep := ","
	if strings.Contains(list, ";") {
		sep = ";"
	}
	parts := strings.Split(list, sep)
	if len(parts) < 3 {
		return nil, false
	}
	names := make([]string, 0, len(parts))
	for _, p := range parts {
		p = strings.TrimSpace(p)
		for _, and := range []string{"dan ", "and "} {
			if len(names) == len(parts)-1 && strings.HasPrefix(strings.ToLower(p), and) {
				p = strings.TrimSpace(p[len(and):])
			}
		}
		if p == "" || len(strings.Fields(p)) > 8 {
			return nil, false
		}
		names = append(names, p)
	}
	return names, true
}

// headerlessRows tells whether the TAB rows starting at rows[0] are a table
// of n columns with no header of its own: the first row holds exactly n
// cells, at least one of them a figure (a header holds none but years), and
// no row of the block holds more cells than the sentence names.
func headerlessRows(rows []string, n int) bool {
	first := strings.TrimRight(rows[0], " \r")
	if strings.IndexByte(first, '\t') < 0 {
		return false
	}
	cells := strings.Split(first, "\t")
	if len(cells) != n {
		return false
	}
	figure := false
	for _, c := range cells {
		if numericCell(strings.TrimSpace(c)) {
			figure = true
			break
		}
	}
	if !figure {
		return false
	}
	for _, r := range rows[1:] {
		r = strings.TrimRight(r, " \r")
		if strings.TrimSpace(r) == "" {
			break
		}
		if strings.Count(r, "\t")+1 > n {
			return false
		}
	}
	return true
}
