package parse

import (
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/indicator"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Measures as sub-rows. Each indicator (or year) opens a group of rows,
// one per measure, the measure named in a label column and its value in
// one value column beside it:
//
//	No  Indikator Kinerja              Uraian     Nilai
//	1   Nilai Keterbukaan Informasi    Target     65
//	                                   Realisasi  70,15
//	                                   Capaian    107,92%
//
//	Tahun  Uraian     Nilai
//	2019   Target     65%
//	       Realisasi  61,20%
//
// The label column proves the layout: every label in it is a measure
// (Target, Realisasi, Capaian, Satuan, Keterangan), with a target and a
// realisation among them, and exactly one column right of it holds values.
// A group keyed by indicators is read as a capaian table; one keyed by
// years is a series of the indicator its caption names (seriByCaption). A
// group with two values for one measure, or a merged row whose labels and
// values do not pair line by line, is not read (finding).

// subRowLayout is where the parts of such a table stand.
type subRowLayout struct {
	kind, val, key, no, unit, ket int // columns; no, unit and ket -1 when absent
	years                         bool
	year                          int // the table's year
}

// capaianBySubRows reads such a table; false when t is not one.
func (p *parser) capaianBySubRows(t *tableInfo) bool {
	b := t.b
	if len(b.Header) == 0 || len(b.Rows) < 2 {
		return false
	}
	lay, ok := subRowColumns(b)
	if !ok || moneyTable(t) {
		return false
	}
	lay.year = p.tableYear(t)
	var rows []extract.Row
	for _, h := range b.Header[1:] {
		// a first group the header reader took for a second header row
		if measureKind(h.Cell(lay.kind)) != roleNone && strings.TrimSpace(h.Cell(lay.val)) != "" {
			rows = append(rows, h)
		}
	}
	rows = append(rows, b.Rows...)
	groups := p.subRowGroups(t, rows, lay)
	if len(groups) == 0 {
		return false
	}
	nt := *t
	nt.money = 0 // another block: moneyTable asks again
	if lay.years {
		nt.b = measureBlock(b, "Tahun", groups, p.tableYear(t))
		nt.fam, nt.hdr = famSeri, headerText(nt.b)
		if !p.seriByCaption(&nt) {
			p.find("tabel.tidak_dibaca", facts.Info, b.Start, b.End, t.label,
				"%s: deret tahun tanpa indikator yang terbukti dari judulnya; tabel tidak dibaca", t.label)
		}
		return true
	}
	label := b.Header[0].Cell(lay.key)
	if roleOf(label) != roleIndikator {
		label = strings.TrimSpace("Indikator " + label)
	}
	p.readMeasureBlock(t, measureBlock(b, label, groups, p.tableYear(t)))
	return true
}

// subRowColumns finds the label, value, key, number and unit columns of a
// sub-row table from its data rows; false when the table is not one.
func subRowColumns(b *extract.Block) (subRowLayout, bool) {
	lay := subRowLayout{kind: -1, val: -1, key: -1, no: -1, unit: -1, ket: -1}
	width := b.Width
	for j := 1; j < width && lay.kind < 0; j++ {
		target, real, other := 0, 0, 0
		for ri := range b.Rows {
			for _, f := range b.Rows[ri].Fragments(j) {
				switch measureKind(f) {
				case roleTarget:
					target++
				case roleRealisasi:
					real++
				case roleCapaian, roleSatuan, roleKeterangan:
				default:
					other++
				}
			}
		}
		if other == 0 && target > 0 && real > 0 {
			lay.kind = j
		}
	}
	if lay.kind < 0 {
		return lay, false
	}
	roles := capaianRoles(b)
	for j := lay.kind + 1; j < width; j++ {
		switch {
		case !filledColumn(b, j):
		case roles[j] == roleSatuan && lay.unit < 0:
			lay.unit = j // "Nilai | Satuan": the unit beside the value
		case roles[j] == roleKeterangan && lay.ket < 0:
			lay.ket = j
		case lay.val >= 0:
			return lay, false // two value columns: years or kinds side by side, not this layout
		default:
			lay.val = j
		}
	}
	if lay.val < 0 {
		return lay, false
	}
	title := b.Header[0].Cells
	for j := 0; j < lay.kind; j++ {
		k := ""
		if j < len(title) {
			k = normalize.Key(title[j])
		}
		switch {
		case roles[j] == roleNo:
			lay.no = j
		case roles[j] == roleSatuan:
			lay.unit = j
		case roles[j] == roleIndikator:
			lay.key = j
		case k == "tahun" || k == "periode" || k == "ta":
			lay.key, lay.years = j, true
		}
	}
	if lay.key < 0 {
		for j := lay.kind - 1; j >= 0 && lay.key < 0; j-- {
			if j != lay.no && j != lay.unit && indicatorColumn(b, j) {
				lay.key = j
			}
		}
	}
	return lay, lay.key >= 0
}

// subRowGroups walks the rows and collects one measureRow per key, and a
// text row for each group heading between them.
func (p *parser) subRowGroups(t *tableInfo, rows []extract.Row, lay subRowLayout) []*measureRow {
	var out []*measureRow
	var cur *measureRow
	pending := "" // a group heading merged into a group's later line: it opens the rows below
	flush := func() {
		if pending != "" {
			out = append(out, &measureRow{key: pending})
			pending = ""
		}
	}
	for ri := range rows {
		r := &rows[ri]
		if isFootnoteRow(r) {
			continue
		}
		kinds, vals := r.Fragments(lay.kind), r.Fragments(lay.val)
		key := strings.TrimSpace(r.Cell(lay.key))
		headKey := strings.TrimSpace(cellOf(r.Head(), lay.key))
		if len(kinds) == 0 {
			switch {
			case len(vals) > 0:
				if cur != nil && !cur.bad {
					p.find("tabel.baris_tidak_dibaca", facts.Warning, r.Start, r.End, strings.Join(vals, " "),
						"%s: nilai tanpa label ukuran di bawah %q; kelompok itu tidak dimuat", t.label, cur.key)
					cur.bad = true
				}
			case key != "" && !lay.years && (startsIndicator(key) || indicatorStatement(key)):
				flush()
				cur = &measureRow{start: r.Start, end: r.End, no: cellOf(r.Cells, lay.no), key: key}
				out = append(out, cur)
			case key != "":
				flush()
				out = append(out, &measureRow{start: r.Start, end: r.End, key: key})
				cur = nil
			}
			continue
		}
		if len(kinds) != len(vals) {
			p.find("tabel.baris_tidak_dibaca", facts.Warning, r.Start, r.End, strings.Join(kinds, " "),
				"%s: baris %s tidak berpasangan dengan nilainya; kelompok itu tidak dimuat", t.label, strings.Join(kinds, "/"))
			if cur != nil {
				cur.bad = true
			}
			continue
		}
		if opensGroup(cur, r, key, headKey, kinds, lay) {
			flush()
			if lay.years {
				key = strings.TrimSpace(cellOf(r.Head(), lay.key))
			}
			cur = &measureRow{start: r.Start, end: r.End, no: cellOf(r.Head(), lay.no), key: key}
			out = append(out, cur)
		} else if cur != nil && key != "" && key != cur.key {
			if headingTingkat(key) != "" || strings.HasPrefix(normalize.Key(key), "sasaran") {
				pending = key // "Indikator Kinerja Kegiatan" on the group's last line: a heading for the rows below
			} else if !lay.years {
				cur.key = strings.TrimSpace(cur.key + " " + key) // the indicator wraps onto its group's lines
			}
		}
		if cur == nil {
			p.find("tabel.baris_tidak_dibaca", facts.Warning, r.Start, r.End, strings.Join(kinds, " "),
				"%s: baris %s tanpa indikator; tidak dimuat", t.label, strings.Join(kinds, "/"))
			continue
		}
		for _, c := range [...]struct {
			col   int
			label string
		}{{lay.unit, "Satuan"}, {lay.ket, "Keterangan"}} {
			if f := r.Fragments(c.col); len(f) > 0 {
				p.setMeasure(t, cur, c.label, strings.TrimSpace(f[0]), r.Start) // the group's one unit or remark
			}
		}
		for i, k := range kinds {
			p.setMeasure(t, cur, k, vals[i], r.Start)
		}
	}
	flush()
	return readable(out)
}

// opensGroup: row r starts a new key's group. By years, a row whose own
// first line names a year. By indicators, a numbered row when the table
// numbers them; else a row whose first line holds text that does not
// continue the group's indicator, or that brings a measure the group has.
func opensGroup(cur *measureRow, r *extract.Row, key, headKey string, kinds []string, lay subRowLayout) bool {
	if lay.years {
		y, _ := yearCell(headKey)
		return y > 0 && headKey == strconv.Itoa(y)
	}
	if headKey == "" {
		return false
	}
	if lay.no >= 0 && strings.TrimSpace(cellOf(r.Head(), lay.no)) != "" {
		return true
	}
	if cur == nil || cur.vals == nil {
		return cur == nil || cur.key != key && startsIndicator(key)
	}
	for _, k := range kinds {
		if key, ok := measureKey(k, lay.year); ok && cur.vals[key] != "" {
			return true
		}
	}
	return !(dangling(cur.key) && !startsIndicator(key))
}

// indicatorStatement: the catalogue knows s as an indicator.
func indicatorStatement(s string) bool {
	_, _, ok := indicator.Match(s)
	return ok
}

// cellOf is cells[j], or "" when j is out of range.
func cellOf(cells []string, j int) string {
	if j < 0 || j >= len(cells) {
		return ""
	}
	return cells[j]
}
