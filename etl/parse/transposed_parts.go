package parse

import (
	"slices"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A table turned on its side (a record a column, a field a row led by its
// name) that is too wide for the page goes on in further blocks with the
// same row names, each holding the next records:
//
//	Kecamatan  AREA1  AREA2            Kecamatan  AREA3  Jumlah
//	L          10     12      ...      L          7      29
//	P          11     13               P          8      32
//
// Read apart, no part proves its total column (the sum runs over every
// part) and the later parts lose the first rows' context. stitchTransposed
// joins to b, in place, each following table block whose first column
// names the same rows in the same order, with nothing but short lines
// between and a caption that is none, the same as b's, or one marking a
// continuation ("(sambungan)", "(lanjutan)"): another table's caption,
// even with the same row names (a second election's roll), is another
// table. The parts are emptied so they are not read twice.
func (p *parser) stitchTransposed(b *extract.Block) {
	if p.cur < 0 || p.cur >= len(p.blocks) || &p.blocks[p.cur] != b || len(b.Header)+len(b.Rows) < 3 || !sideNamed(b) {
		return // most tables: their first cell of a row is a figure or empty somewhere
	}
	var all []extract.Row // b's header rows, then its rows, a line each
	var names []string
	hn, joined := 0, false
	for i := p.cur + 1; i < len(p.blocks) && i <= p.cur+4; i++ {
		nb := &p.blocks[i]
		if nb.Kind == extract.Paragraph {
			if len(nb.Text) > 100 {
				break // prose between: the table ended
			}
			continue
		}
		if nb.Kind != extract.Table || !sideNamed(nb) {
			break
		}
		if k := normalize.Key(nb.Caption); k != "" && k != normalize.Key(b.Caption) && !has(" "+k+" ", "lanjutan", "sambungan", "continued", "lanj") {
			break // another table's caption
		}
		if names == nil {
			all = sideLines(b.Header)
			hn = len(all)
			all = append(all, sideLines(b.Rows)...)
			if names = sideNames(nil, all); names == nil {
				return
			}
		}
		// the header line is where the extractor saw one: the parts may differ
		more := append(sideLines(nb.Header), sideLines(nb.Rows)...)
		if !slices.Equal(sideNames(nil, more), names) {
			break
		}
		if !joined {
			b.Width = trimBlankColumns(nil, all)
			joined = true
		}
		w := trimBlankColumns(nil, more)
		joinSide(all, more)
		b.Width += w - 1
		b.End = nb.End
		nb.Header, nb.Rows = nil, nil
	}
	if !joined {
		return
	}
	b.Header, b.Rows = all[:hn:hn], all[hn:]
	dropNumbering(b)
}

// sideNamed: every row of b opens with a name (sideNames), checked
// without building them: most tables fail here, on their first figure.
func sideNamed(b *extract.Block) bool {
	for _, part := range [][]extract.Row{b.Header, b.Rows} {
		for i := range part {
			c := strings.TrimSpace(part[i].Cell(0))
			if c == "" || isDigitByte(c[0]) || !hasLetter(c) {
				return false
			}
		}
	}
	return true
}

// sideLines is rows with each line of a row of several lines made a row
// of its own: parts wrap their field names alike, their values not.
func sideLines(rows []extract.Row) []extract.Row {
	if len(rows) == 0 {
		return nil
	}
	out := make([]extract.Row, 0, len(rows))
	for i := range rows {
		for _, l := range rows[i].Lines() {
			out = append(out, extract.Row{Start: rows[i].Start, End: rows[i].End, Cells: l})
		}
	}
	return out
}

// sideNames is the normalized first cell of every row (header rows first)
// when each names a field: not empty, not a figure. Otherwise nil.
func sideNames(head, rows []extract.Row) []string {
	out := make([]string, 0, len(head)+len(rows))
	for _, part := range [][]extract.Row{head, rows} {
		for i := range part {
			c := strings.TrimSpace(part[i].Cell(0))
			if c == "" || isDigitByte(c[0]) || !hasLetter(c) {
				return nil
			}
			out = append(out, normalize.Key(c))
		}
	}
	return out
}

// trimBlankColumns drops the columns past the last one holding a value in
// some row ("No | 1 | 2 |" over "Kecamatan | A | B | Jumlah" keeps four),
// pads the shorter rows, and returns the width: each row of a part as wide
// as the part, so the next part's values join under the right records.
func trimBlankColumns(head, rows []extract.Row) int {
	w := 0
	for _, part := range [][]extract.Row{head, rows} {
		for i := range part {
			for j := len(part[i].Cells) - 1; j >= w; j-- {
				if strings.TrimSpace(part[i].Cells[j]) != "" {
					w = j + 1
					break
				}
			}
		}
	}
	for _, part := range [][]extract.Row{head, rows} {
		for i := range part {
			c := part[i].Cells
			if len(c) > w {
				c = c[:w]
			}
			c = c[:len(c):len(c)] // padding must not write into a shared array
			for len(c) < w {
				c = append(c, "")
			}
			part[i].Cells = c
		}
	}
	return w
}

// joinSide appends to each of rows the values (all but the name) of the
// row of more at the same place.
func joinSide(rows, more []extract.Row) {
	for i := range rows {
		c := make([]string, 0, len(rows[i].Cells)+len(more[i].Cells)-1)
		rows[i].Cells = append(append(c, rows[i].Cells...), more[i].Cells[1:]...)
	}
}

// numberingRow: a row of a table on its side that only numbers its
// columns ("No | 1 | 2 | 3", a blank over a total column).
func numberingRow(r extract.Row) bool {
	switch strings.TrimRight(normalize.Key(r.Cell(0)), " ") {
	case "no", "nomor", "no urut":
	default:
		return false
	}
	n := 0
	for _, c := range r.Cells[1:] {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if _, err := strconv.Atoi(strings.TrimSuffix(c, ".")); err != nil {
			return false
		}
		n++
	}
	return n > 0
}

// dropNumbering removes a first row that only numbers the columns: the
// joined parts repeat it in the middle of the table.
func dropNumbering(b *extract.Block) {
	if len(b.Header) > 0 && numberingRow(b.Header[0]) {
		b.Header = b.Header[1:]
	} else if len(b.Header) == 0 && len(b.Rows) > 0 && numberingRow(b.Rows[0]) {
		b.Rows = b.Rows[1:]
	}
}
