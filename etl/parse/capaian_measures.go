package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Capaian tables laid out by measure rows. Some reports give each measure
// (Satuan, Target, Realisasi, Capaian) its own row instead of its own
// column: under each indicator (capaian_subrows.go), or across the whole
// table with the indicators as columns (capaian_columns.go). Both are
// turned into the usual one-row-per-indicator table and read by
// capaianTable, so every rule of that table (units, tingkat, group
// headings, findings) holds for them too.

// capaianByMeasureRows reads t when its measures are rows; false when t
// is not laid out so.
func (p *parser) capaianByMeasureRows(t *tableInfo) bool {
	return p.capaianBySubRows(t) || p.capaianByLabelLines(t) || p.capaianByColumns(t)
}

// measureKind is the column role a cell names when it is a measure label
// and nothing else ("Target", "Realisasi 2020", "Capaian (%)", "% Capaian",
// "Satuan", "Keterangan"); roleNone for any other text. Unlike roleOf it
// does not take a label out of a longer text: an indicator statement that
// mentions "target" is no measure label.
func measureKind(cell string) int {
	if len(cell) > 40 {
		return roleNone
	}
	kind := roleNone
	n := 0
	normalize.KeyWords(cell, func(w string) bool {
		if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isDigitByte(w[2]) && isDigitByte(w[3]) {
			return true // the year of the measure
		}
		var k int
		switch w {
		case "persen", "tahun", "kinerja", "pk", "nilai":
			return true
		case "target", "tgt", "trgt":
			k = roleTarget
		case "realisasi", "real":
			k = roleRealisasi
		case "capaian":
			k = roleCapaian
		case "satuan":
			k = roleSatuan
		case "keterangan", "ket":
			k = roleKeterangan
		default:
			kind, n = roleNone, 2
			return false
		}
		kind = k
		n++
		return n < 2
	})
	if n != 1 {
		return roleNone
	}
	return kind
}

// measureRow is one indicator (or year) with its values by measure role.
type measureRow struct {
	start, end int
	no, key    string
	vals       map[int]string
	lines      map[int]int
	bad        bool // two values for one measure: the row is not read
}

// measureBlock builds the one-row-per-indicator table of rows: a header
// of the given key label (and "No" when a row is numbered) followed by
// the measures any row holds, in the order Satuan, Target, Realisasi,
// Capaian, Keterangan.
func measureBlock(b *extract.Block, keyLabel string, rows []*measureRow) *extract.Block {
	numbered := false
	have := map[int]bool{}
	for _, r := range rows {
		if r.no != "" {
			numbered = true
		}
		for k := range r.vals {
			have[k] = true
		}
	}
	var head []string
	var kinds []int
	if numbered {
		head = append(head, "No")
	}
	head = append(head, keyLabel)
	for _, m := range []struct {
		role  int
		label string
	}{{roleSatuan, "Satuan"}, {roleTarget, "Target"}, {roleRealisasi, "Realisasi"}, {roleCapaian, "Capaian"}, {roleKeterangan, "Keterangan"}} {
		if have[m.role] {
			head = append(head, m.label)
			kinds = append(kinds, m.role)
		}
	}
	nb := *b
	hs, he := b.Start, b.Start
	if len(b.Header) > 0 {
		hs, he = b.Header[0].Start, b.Header[0].End
	}
	nb.Header = []extract.Row{{Start: hs, End: he, Cells: head}}
	nb.Rows = nil
	nb.Width = len(head)
	for _, r := range rows {
		var cells []string
		if numbered {
			cells = append(cells, r.no)
		}
		cells = append(cells, r.key)
		for _, k := range kinds {
			cells = append(cells, r.vals[k])
		}
		nb.Rows = append(nb.Rows, extract.Row{Start: r.start, End: r.end, Cells: cells})
	}
	return &nb
}

// setMeasure records value v of measure kind in row r; a second value for
// the same measure makes the row unreadable (which one holds is a guess).
func (p *parser) setMeasure(t *tableInfo, r *measureRow, kind int, v string, line int) {
	if r.vals == nil {
		r.vals, r.lines = map[int]string{}, map[int]int{}
	}
	if old, ok := r.vals[kind]; ok && old != v {
		if !r.bad {
			p.find("capaian.nilai_ganda", facts.Warning, r.start, line, v,
				"%s: %q mempunyai dua nilai %q dan %q untuk ukuran yang sama; baris tidak dimuat", t.label, r.key, old, v)
		}
		r.bad = true
		return
	}
	r.vals[kind] = v
	r.lines[kind] = line
	r.end = max(r.end, line)
}

// readable keeps the text rows (group headings, vals nil: the table
// reader judges them) and the rows with a target or a realisation that
// are not marked bad.
func readable(rows []*measureRow) []*measureRow {
	var out []*measureRow
	for _, r := range rows {
		switch {
		case r.key == "" || r.bad:
		case r.vals == nil, r.vals[roleTarget] != "" || r.vals[roleRealisasi] != "":
			out = append(out, r)
		}
	}
	return out
}
