package parse

import (
	"bytes"
	"strings"
)

// An application's export writes every count and amount zero-padded to its
// field's width ("000003903452000", "0022735", "00130"): the padding is
// the file format, not the figure, and the number reader rightly refuses
// "05" elsewhere (not how a figure is written). Proof of the padding is the
// whole column: every filled body cell of a TAB table's column digits only,
// all of one width (four digits or more), at least one of them led by a
// zero. Such a column's cells are written back without the zeros, in
// place (line numbers kept). A column headed as a code or a row number
// (Kode, No, ID) keeps its cells: there the zeros are part of the key.

// zeroPaddedColumns strips the field padding of zero-padded TAB columns;
// data itself when it holds none.
func zeroPaddedColumns(data []byte) []byte {
	if !zeroPadGate(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); {
		if !strings.Contains(lines[i], "\t") {
			i++
			continue
		}
		j := i
		for j < len(lines) && strings.Contains(lines[j], "\t") {
			j++
		}
		if j-i >= 3 && unpadTable(lines[i:j]) {
			changed = true
		}
		i = j
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// zeroPadGate: a cell of four digits or more led by a zero (a TAB, the
// digits, a TAB or the line's end), found without splitting the text; a
// budget code "076.01" is none.
func zeroPadGate(data []byte) bool {
	for rest := data; ; {
		k := bytes.Index(rest, []byte("\t0"))
		if k < 0 {
			return false
		}
		rest = rest[k+1:]
		e := 0
		for e < len(rest) && isDigitByte(rest[e]) {
			e++
		}
		if e >= 4 && (e == len(rest) || rest[e] == '\t' || rest[e] == '\n' || rest[e] == '\r') {
			return true
		}
		rest = rest[e:]
	}
}

// unpadTable rewrites the zero-padded columns of one run of TAB lines, the
// first its header; true when a cell changed.
func unpadTable(run []string) bool {
	header := strings.Split(run[0], "\t")
	body := make([][]string, len(run)-1)
	width := 0
	for k, ln := range run[1:] {
		body[k] = strings.Split(strings.TrimRight(ln, "\r"), "\t")
		width = max(width, len(body[k]))
	}
	changed := false
	for j := 0; j < width; j++ {
		if j < len(header) && keyHeader(header[j]) {
			continue
		}
		w, n, led := 0, 0, false
		ok := true
		for _, cells := range body {
			if j >= len(cells) || strings.TrimSpace(cells[j]) == "" {
				continue
			}
			c := strings.TrimSpace(cells[j])
			if (w != 0 && len(c) != w) || len(c) < 4 || strings.IndexFunc(c, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
				ok = false
				break
			}
			w, n, led = len(c), n+1, led || c[0] == '0'
		}
		if !ok || n < 2 || !led {
			continue
		}
		for _, cells := range body {
			if j < len(cells) && strings.TrimSpace(cells[j]) != "" {
				v := strings.TrimLeft(strings.TrimSpace(cells[j]), "0")
				if v == "" {
					v = "0"
				}
				cells[j] = v
			}
		}
		changed = true
	}
	if changed {
		for k, cells := range body {
			run[k+1] = strings.Join(cells, "\t")
		}
	}
	return changed
}

// keyHeader: a header cell naming a code or a row number, whose zeros are
// the key's own.
func keyHeader(h string) bool {
	h = strings.ToLower(strings.Trim(strings.TrimSpace(h), ".:"))
	switch h {
	case "no", "nomor", "id", "urut", "no_urut", "no urut":
		return true
	}
	return strings.Contains(h, "kode") || strings.Contains(h, "code")
}
