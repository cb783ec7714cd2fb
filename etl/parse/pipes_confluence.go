package parse

import (
	"bytes"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Confluence wiki-markup tables: a report kept as a Confluence page and
// saved as its markup source:
//
//	h4. Tabel 3.3 Realisasi Anggaran Tahun 2020
//	||Kode||Program / Kegiatan||Pagu||Realisasi||
//	|076.01.WA|Program Dukungan Manajemen|2.854.131.000|2.720.182.323|
//	| |*JUMLAH*|3.921.924.000|3.725.530.572|
//
// "||" parts the header cells and "|" the body cells, each row on its
// line, so nothing is guessed: a header line followed by body rows of its
// width becomes TAB rows on the same lines. A body row of another width (a
// link "[text|url]" splits a cell) leaves the whole table as it is, read
// or reported as any unread table text. Once a table is rewritten the
// page's own marks outside tables go too: "h1." … "h6." heading prefixes
// and the {info}, {note}, {tip}, {warning} and {panel} macros.

// confluenceTables rewrites the Confluence tables of a text; data itself
// when it holds none.
func confluenceTables(doc *facts.Document, data []byte) []byte {
	if !bytes.HasPrefix(data, []byte("||")) && !docHas(doc, data, "\n||") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		head, ok := confluenceHead(lines[i])
		if !ok {
			continue
		}
		j := i + 1 // header rows, then body rows of the same width
		for j < len(lines) {
			if h, ok := confluenceHead(lines[j]); !ok || len(h) != len(head) {
				break
			}
			j++
		}
		k, proven := j, true
		for ; k < len(lines); k++ {
			cells, ok := confluenceRow(lines[k])
			if !ok {
				break
			}
			if len(cells) != len(head) {
				proven = false
				break
			}
		}
		if !proven || k == j {
			i = j - 1
			continue
		}
		for n := i; n < k; n++ {
			cells, ok := confluenceHead(lines[n])
			if !ok {
				cells, _ = confluenceRow(lines[n])
			}
			lines[n] = strings.Join(cells, "\t")
		}
		changed = true
		i = k - 1
	}
	if !changed {
		return data
	}
	for i, l := range lines {
		if strings.IndexByte(l, '\t') < 0 {
			lines[i] = confluenceUnmark(l)
		}
	}
	return []byte(strings.Join(lines, "\n"))
}

// confluenceHead splits a header line "||a||b||" into its cells; false
// for anything else (a body row, a line with a lone "|" in a cell).
func confluenceHead(l string) ([]string, bool) {
	t := strings.TrimSpace(l)
	if len(t) < 6 || !strings.HasPrefix(t, "||") || !strings.HasSuffix(t, "||") {
		return nil, false
	}
	cells := strings.Split(t[2:len(t)-2], "||")
	if len(cells) < 2 {
		return nil, false
	}
	for k, c := range cells {
		if strings.IndexByte(c, '|') >= 0 {
			return nil, false
		}
		cells[k] = confluenceCell(c)
	}
	return cells, true
}

// confluenceRow splits a body row "|a|b|" into its cells; false for a
// header line or a line that is no row.
func confluenceRow(l string) ([]string, bool) {
	t := strings.TrimSpace(l)
	if len(t) < 3 || t[0] != '|' || t[len(t)-1] != '|' {
		return nil, false
	}
	if _, head := confluenceHead(l); head {
		return nil, false
	}
	cells := strings.Split(t[1:len(t)-1], "|")
	if len(cells) < 2 {
		return nil, false
	}
	for k, c := range cells {
		cells[k] = confluenceCell(c)
	}
	return cells, true
}

// confluenceCell is a cell's text without spaces around it and without
// the stars of bold ("*JUMLAH*").
func confluenceCell(c string) string {
	c = strings.TrimSpace(c)
	if len(c) > 2 && c[0] == '*' && c[len(c)-1] == '*' {
		c = strings.TrimSpace(c[1 : len(c)-1])
	}
	return c
}

// confluenceUnmark drops a heading prefix ("h4. ") and the block macros of
// a line outside tables.
func confluenceUnmark(l string) string {
	t := strings.TrimLeft(l, " ")
	if len(t) > 3 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6' && t[2] == '.' && t[3] == ' ' {
		l = t[4:]
	}
	if strings.IndexByte(l, '{') < 0 {
		return l
	}
	for _, m := range [...]string{"info", "note", "tip", "warning", "panel"} {
		for {
			i := strings.Index(l, "{"+m)
			if i < 0 {
				break
			}
			e := strings.IndexByte(l[i:], '}')
			if e < 0 || (l[i+1+len(m)] != '}' && l[i+1+len(m)] != ':') {
				break
			}
			l = l[:i] + l[i+e+1:]
		}
	}
	return strings.TrimSpace(l)
}
