package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// Indicators named by code in the rows of a measurement table:
//
//	Kode     Indikator                                   (the legend, a table or text)
//	IKU-01   Persentase kesesuaian Kompetensi Pegawai ...
//	...
//	Kode     Satuan  Target  Realisasi  Capaian (%)      (the measurement, later)
//	IKU-01   %       85,00   82,61      97,19
//
// A table whose first column is headed "Kode" and holds only indicator
// codes has no indicator column for the capaian reader. When a legend of
// the document names every code of the table (the legend next to the table
// that legend() reads, else a table of code | statement rows anywhere
// before it), each code is replaced by its statement and the table is read
// as a capaian table. A code without a statement, or with two, leaves the
// table as it was (reported like any table not understood).

// capaianByRowCodes reads t when its rows are indicator codes a legend
// explains; false when t is not such a table.
func (p *parser) capaianByRowCodes(t *tableInfo) bool {
	b := t.b
	if len(b.Header) == 0 || len(b.Rows) < 1 || !strings.EqualFold(strings.TrimSpace(cellOf(b.Header[len(b.Header)-1].Cells, 0)), "kode") {
		return false
	}
	var codes []string
	for i := range b.Rows {
		c := strings.TrimSpace(b.Rows[i].Cell(0))
		if !indicatorCode(c) {
			return false
		}
		codes = append(codes, c)
	}
	names := p.legend(codes)
	for _, c := range codes {
		if names[c] == "" {
			names = p.legendTablesBefore(codes, names)
			break
		}
	}
	for _, c := range codes {
		if names[c] == "" {
			return false
		}
	}
	nb := *b
	nb.Header = make([]extract.Row, len(b.Header))
	for i, h := range b.Header {
		cells := append([]string(nil), h.Cells...)
		if i == len(b.Header)-1 {
			cells[0] = "Indikator Kinerja"
		}
		nb.Header[i] = extract.Row{Start: h.Start, End: h.End, Cells: cells}
	}
	nb.Rows = make([]extract.Row, len(b.Rows))
	for i, r := range b.Rows {
		cells := append([]string(nil), r.Cells...)
		cells[0] = names[codes[i]]
		nb.Rows[i] = extract.Row{Start: r.Start, End: r.End, Cells: cells}
	}
	return p.readRebuilt(t, &nb)
}

// indicatorCode: a row label that is an indicator's code: two to four
// letters, a dash, dot or space or nothing, then digits, maybe in parts
// ("IKU-01", "IKK 2", "IK.1.2", "SS1").
func indicatorCode(c string) bool {
	if len(c) < 3 || len(c) > 12 {
		return false
	}
	i := 0
	for i < len(c) && (c[i] >= 'A' && c[i] <= 'Z') {
		i++
	}
	if i < 2 || i > 4 {
		return false
	}
	digits := 0
	for ; i < len(c); i++ {
		switch ch := c[i]; {
		case ch >= '0' && ch <= '9':
			digits++
		case ch == '-' || ch == '.' || ch == ' ':
			if i+1 == len(c) || c[i+1] < '0' || c[i+1] > '9' {
				return false
			}
		default:
			return false
		}
	}
	return digits > 0
}

// legendTablesBefore adds to names the statements the code | statement
// tables before the current one give the codes: every row of such a table
// two cells, a code and an indicator statement. A code two such rows
// explain differently is dropped.
func (p *parser) legendTablesBefore(codes []string, names map[string]string) map[string]string {
	want := map[string]bool{}
	for _, c := range codes {
		if names[c] == "" {
			want[c] = true
		}
	}
	out := map[string]string{}
	for k, v := range names {
		out[k] = v
	}
	bad := map[string]bool{}
	for i := p.cur - 1; i >= 0; i-- {
		b := &p.blocks[i]
		if b.Kind != extract.Table || len(b.Rows) == 0 {
			continue
		}
		legend := true
		for ri := range b.Rows {
			cells := nonEmptyCells(b.Rows[ri].Cells)
			if len(cells) != 2 || !indicatorCode(strings.TrimSpace(cells[0])) || !startsIndicator(cells[1]) && !indicatorStatement(cells[1]) {
				legend = false
				break
			}
		}
		if !legend {
			continue
		}
		for ri := range b.Rows {
			cells := nonEmptyCells(b.Rows[ri].Cells)
			code := strings.TrimSpace(cells[0])
			if !want[code] {
				continue
			}
			if old, ok := out[code]; ok && old != cells[1] {
				bad[code] = true
			}
			out[code] = cells[1]
		}
	}
	for c := range bad {
		delete(out, c)
	}
	return out
}
