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
//	No  Indikator Kinerja  Satuan  Uraian     Nilai  Capaian (%)
//	1   Persentase Arsip   %       Target     80,00
//	                               Realisasi  71,43  89,29
//
//	Tahun  Uraian     Nilai
//	2019   Target     65%
//	       Realisasi  61,20%
//
// The label column proves the layout: every label in it is a measure
// (Target or Rencana, Realisasi, Capaian, Satuan, Keterangan), with a
// target and a realisation among them, and exactly one column right of it
// holds values (a Satuan, Keterangan or Capaian column may stand beside
// it, its cell on any line of the group). With no label column the label
// may stand at the tail of the indicator cell ("Persentase Arsip (Target)"
// over "Realisasi"): every line with a value then ends in a role word, and
// the word is read as if it stood in a column of its own. A table with a
// Target or Realisasi column is the ordinary wide layout, not this.
// A group keyed by indicators is read as a capaian table; one keyed by
// years is a series of the indicator its caption names (seriByCaption). A
// group with two values for one measure, a merged row whose labels and
// values do not pair line by line, or an indicator's group without both a
// target and a realisation (which line is whose is then a guess) is not
// read (finding).

// subRowLayout is where the parts of such a table stand.
type subRowLayout struct {
	kind, val, key, no, unit, ket, capc int // columns; no, unit, ket and capc -1 when absent
	years                               bool
	tail                                bool // the labels stood at the tail of the key cells (subRowTails)
	year                                int  // the table's year
}

// capaianBySubRows reads such a table; false when t is not one.
func (p *parser) capaianBySubRows(t *tableInfo) bool {
	b := t.b
	if len(b.Header) == 0 || len(b.Rows) < 2 || !anyTargetWord(b) {
		return false // the line-first gate: most tables name no target
	}
	roles := t.roles
	if t.fam != famCapaian || len(roles) != b.Width {
		roles = capaianRoles(b)
	}
	for _, r := range roles {
		if r == roleTarget || r == roleRealisasi {
			return false // a Target or Realisasi column: the wide layout
		}
	}
	lay, ok := subRowColumns(b, roles)
	var rows []extract.Row
	if !ok {
		lay, rows, ok = subRowTails(b, roles)
	}
	if !ok || moneyTable(t) {
		return false
	}
	lay.year = p.tableYear(t)
	if !lay.tail {
		for _, h := range b.Header[1:] {
			// a first group the header reader took for a second header row
			if measureKind(h.Cell(lay.kind)) != roleNone && strings.TrimSpace(h.Cell(lay.val)) != "" {
				rows = append(rows, h)
			}
		}
		rows = append(rows, b.Rows...)
	}
	groups, measured := p.subRowGroups(t, rows, lay)
	if len(groups) == 0 {
		// every group refused (findings said why): the table is still
		// this layout, and no other reader may pair its lines by guess
		return measured
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

// subRowColumns finds the label, value, key, number, unit, remark and
// capaian columns of a sub-row table from its data rows; false when the
// table is not one.
func subRowColumns(b *extract.Block, roles []int) (subRowLayout, bool) {
	lay := subRowLayout{kind: -1, val: -1, key: -1, no: -1, unit: -1, ket: -1, capc: -1}
	width := b.Width
	for j := 1; j < width && lay.kind < 0; j++ {
		target, real, other := 0, 0, 0
		for ri := range b.Rows {
			for _, f := range b.Rows[ri].Fragments(j) {
				switch subRowKind(f) {
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
	vals := [2]int{-1, -1} // the filled columns right of the labels that are no unit or remark
	for j := lay.kind + 1; j < width; j++ {
		switch {
		case !filledColumn(b, j):
		case roles[j] == roleSatuan && lay.unit < 0:
			lay.unit = j // "Nilai | Satuan": the unit beside the value
		case roles[j] == roleKeterangan && lay.ket < 0:
			lay.ket = j
		case vals[1] >= 0:
			return lay, false // three value columns: years or kinds side by side, not this layout
		case vals[0] >= 0:
			vals[1] = j
		default:
			vals[0] = j
		}
	}
	title := b.Header[0].Cells
	left, leftCap := -1, -1 // a value column left of the labels ("Nilai | Uraian"), a capaian column there
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
		case roles[j] == roleKeterangan || !filledColumn(b, j):
		case roles[j] == roleCapaian:
			leftCap = j
		case left == -1:
			left = j
		default:
			left = -2 // several: none is the value column
		}
	}
	// the values left of the labels only under a titled indicator column,
	// when right of them stands nothing or a capaian column alone
	named := lay.key >= 0 && !lay.years && roles[lay.key] == roleIndikator
	switch {
	case named && left >= 0 && vals[0] < 0:
		lay.val, lay.capc = left, leftCap
	case named && left >= 0 && vals[1] < 0 && roles[vals[0]] == roleCapaian:
		lay.val, lay.capc = left, vals[0]
	case vals[0] < 0:
		return lay, false
	case vals[1] < 0:
		lay.val = vals[0] // the one value column, whatever its title
	case roles[vals[0]] == roleCapaian && roles[vals[1]] != roleCapaian:
		lay.val, lay.capc = vals[1], vals[0]
	case roles[vals[1]] == roleCapaian && roles[vals[0]] != roleCapaian:
		lay.val, lay.capc = vals[0], vals[1] // "Nilai | Capaian (%)": the group's capaian on one of its lines
	default:
		return lay, false // two value columns: years or kinds side by side, not this layout
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
// text row for each group heading between them; measured is true when some
// group held a measure, read or refused.
func (p *parser) subRowGroups(t *tableInfo, rows []extract.Row, lay subRowLayout) (groups []*measureRow, measured bool) {
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
		kinds, vals := subRowLabels(r.Fragments(lay.kind)), r.Fragments(lay.val)
		key := strings.TrimSpace(r.Cell(lay.key))
		headKey := strings.TrimSpace(cellOf(r.Head(), lay.key))
		if len(kinds) == 0 {
			switch {
			case len(vals) > 0 || r.FragmentCount(lay.capc) > 0:
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
		}{{lay.unit, "Satuan"}, {lay.ket, "Keterangan"}, {lay.capc, "Capaian"}} {
			if f := r.Fragments(c.col); len(f) > 0 {
				p.setMeasure(t, cur, c.label, strings.TrimSpace(f[0]), r.Start) // the group's one unit, remark or capaian
			}
		}
		for i, k := range kinds {
			p.setMeasure(t, cur, k, vals[i], r.Start)
		}
	}
	flush()
	for _, g := range out {
		measured = measured || g.vals != nil || g.bad
	}
	if !lay.years {
		for _, g := range out {
			if g.vals != nil && !g.bad && (g.vals[roleTarget*10000] == "" || g.vals[roleRealisasi*10000] == "") {
				p.find("tabel.baris_tidak_dibaca", facts.Warning, g.start, g.end, g.key,
					"%s: %q tidak mempunyai pasangan target dan realisasi; indikator itu tidak dimuat", t.label, g.key)
				g.bad = true // one line of a pair alone: whose its other line was is a guess
			}
		}
	}
	return readable(out), measured
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
	if no := strings.TrimSpace(cellOf(r.Head(), lay.no)); no != "" {
		// a numbered row, unless it repeats the group's number and name
		// (each line of a pair under its indicator's number and name)
		return cur == nil || no != strings.TrimSpace(cur.no) || key != cur.key
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
