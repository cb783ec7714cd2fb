package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// An indicator stated on two lines, a role cell saying which line is which:
//
//	No  Indikator Kinerja       Satuan  Uraian     Nilai  Capaian (%)
//	1   Persentase Arsip ...    %       Target     80,00
//	                                    Realisasi  71,43  89,29
//
// The target line's value is the target, the realisation line's the
// realisation, both of the indicator named on the first line; the capaian
// is the one capaian cell of the pair. The role word may stand in a column
// of its own or at the tail of the name cell ("Persentase Arsip (Target)"
// over "Realisasi"); the realisation line may come first. Such a table has
// one value column and no Target or Realisasi column: a table with those
// headers is the ordinary wide layout, read by capaianTable.
//
// A pair is read only when both lines sit under one number (the second
// line's number empty or the same), the second line names nothing of its
// own (empty, or the first line's name again) and the two roles differ.
// Any other line with a value, in a table proven to be of this layout,
// loads nothing for its indicator (finding): which line is whose is a
// guess. The pairs are turned into the usual one-row-per-indicator table
// (measureBlock), so text targets, units and tingkat follow its rules.

// twoLineLayout is where the parts of such a table stand; -1 when absent.
type twoLineLayout struct {
	no, name, unit, role, val, capc, ket int
}

// twoLine is one physical line of the table, read by the layout.
type twoLine struct {
	n                         int
	no, name, unit, val, capv string
	ket                       string
	role                      int // roleTarget, roleRealisasi or roleNone
	values                    bool
}

// capaianByTwoLines reads t when its indicators take two lines each;
// false when t is not laid out so.
func (p *parser) capaianByTwoLines(t *tableInfo) bool {
	b := t.b
	if len(b.Header) == 0 || len(b.Rows) < 2 {
		return false
	}
	if !anyTwoLineWord(b) {
		return false // the line-first gate: most tables name no target line
	}
	roles := t.roles
	if len(roles) != b.Width {
		roles = capaianRoles(b)
	}
	for _, r := range roles {
		if r == roleTarget || r == roleRealisasi {
			return false // a Target or Realisasi column: the wide layout
		}
	}
	lay, ok := twoLineColumns(b, roles)
	if !ok || moneyTable(t) {
		return false
	}
	lines := twoLineLines(b, lay)
	rows, ok := p.twoLinePairs(t, lines)
	if !ok {
		return false
	}
	label := b.Header[0].Cell(lay.name)
	if roleOf(label) != roleIndikator {
		label = strings.TrimSpace("Indikator " + label)
	}
	p.readMeasureBlock(t, measureBlock(b, label, readable(rows), p.tableYear(t)))
	return true
}

// twoLineRole is the role a line's role cell states: "Target" or
// "Rencana" a target line, "Realisasi" a realisation line (any case, a
// year or "(%)" beside it); roleNone for any other text.
func twoLineRole(s string) int {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 24 {
		return roleNone
	}
	if strings.EqualFold(strings.Trim(s, " .:()"), "rencana") {
		return roleTarget
	}
	switch k := measureKind(s); k {
	case roleTarget, roleRealisasi:
		return k
	}
	return roleNone
}

// splitRoleTail takes a role word off the tail of a name cell:
// "Persentase Arsip (Target)", "Persentase Arsip - Realisasi", or the
// role word alone. ok false when the cell ends in no role word.
func splitRoleTail(s string) (name string, role int, ok bool) {
	s = strings.TrimSpace(s)
	if r := twoLineRole(s); r != roleNone {
		return "", r, true
	}
	t := strings.TrimRight(s, " )")
	i := strings.LastIndexAny(t, " (")
	if i < 0 {
		return s, roleNone, false
	}
	r := twoLineRole(t[i+1:])
	if r == roleNone {
		return s, roleNone, false
	}
	return strings.TrimRight(t[:i], " (-–:/"), r, true
}

// twoLineColumns finds the columns of such a table: the number, name,
// unit, capaian and remark columns by their headers, the role column by
// its cells (every one a role word, both roles among them; or none, the
// role at the tail of the name cell), and the one other column holding
// values. false when the table is not one.
func twoLineColumns(b *extract.Block, roles []int) (twoLineLayout, bool) {
	lay := twoLineLayout{no: -1, name: -1, unit: -1, role: -1, val: -1, capc: -1, ket: -1}
	for j, r := range roles {
		switch {
		case r == roleNo && lay.no < 0:
			lay.no = j
		case r == roleIndikator && lay.name < 0:
			lay.name = j
		case r == roleSatuan && lay.unit < 0:
			lay.unit = j
		case r == roleCapaian && lay.capc < 0:
			lay.capc = j
		case r == roleCapaian:
			return lay, false // two capaian columns: periods side by side
		case r == roleKeterangan && lay.ket < 0:
			lay.ket = j
		}
	}
	if lay.name < 0 {
		return lay, false
	}
	known := func(j int) bool {
		return j == lay.no || j == lay.name || j == lay.unit || j == lay.capc || j == lay.ket
	}
	for j := 0; j < b.Width && lay.role < 0; j++ {
		if known(j) {
			continue
		}
		target, real, other := 0, 0, 0
		for ri := range b.Rows {
			for _, f := range b.Rows[ri].Fragments(j) {
				switch twoLineRole(f) {
				case roleTarget:
					target++
				case roleRealisasi:
					real++
				default:
					other++
				}
			}
		}
		if other == 0 && target > 0 && real > 0 {
			lay.role = j
		}
	}
	for j := 0; j < b.Width; j++ {
		if known(j) || j == lay.role || !filledColumn(b, j) {
			continue
		}
		if lay.val >= 0 {
			return lay, false // two value columns: not this layout
		}
		lay.val = j
	}
	if lay.val < 0 {
		return lay, false
	}
	if lay.role >= 0 {
		return lay, true
	}
	// no role column: every name fragment with a value beside it must end
	// in a role word, both roles among them
	target, real := 0, 0
	for ri := range b.Rows {
		for _, l := range b.Rows[ri].Lines() {
			if strings.TrimSpace(cellOf(l, lay.val)) == "" {
				continue
			}
			_, r, ok := splitRoleTail(cellOf(l, lay.name))
			if !ok {
				return lay, false
			}
			if r == roleTarget {
				target++
			} else {
				real++
			}
		}
	}
	return lay, target > 0 && real > 0
}

// twoLineLines reads every line of the table's rows by the layout.
func twoLineLines(b *extract.Block, lay twoLineLayout) []twoLine {
	var out []twoLine
	for ri := range b.Rows {
		r := &b.Rows[ri]
		if isFootnoteRow(r) {
			continue
		}
		ls := r.Lines()
		for i, c := range ls {
			n := r.Start
			if len(ls) == r.End-r.Start+1 {
				n += i
			}
			l := twoLine{n: n,
				no:   strings.TrimSpace(cellOf(c, lay.no)),
				name: strings.TrimSpace(cellOf(c, lay.name)),
				unit: strings.TrimSpace(cellOf(c, lay.unit)),
				val:  strings.TrimSpace(cellOf(c, lay.val)),
				capv: strings.TrimSpace(cellOf(c, lay.capc)),
				ket:  strings.TrimSpace(cellOf(c, lay.ket)),
			}
			if lay.role >= 0 {
				l.role = twoLineRole(cellOf(c, lay.role))
			} else if name, role, ok := splitRoleTail(l.name); ok {
				l.name, l.role = name, role
			}
			l.values = l.val != "" || l.capv != ""
			out = append(out, l)
		}
	}
	return out
}

// twoLinePairs pairs the lines into one measureRow per indicator, a text
// row for each heading line between pairs. false when no pair is read.
func (p *parser) twoLinePairs(t *tableInfo, lines []twoLine) ([]*measureRow, bool) {
	var out []*measureRow
	var first *twoLine // the pair's first line, waiting for its second
	type refusal struct {
		l   *twoLine
		why string
	}
	var refused []refusal // said only when the table is read this way
	refuse := func(l *twoLine, why string) { refused = append(refused, refusal{l, why}) }
	pairs := 0
	for i := range lines {
		l := &lines[i]
		switch {
		case !l.values && l.role == roleNone:
			if first != nil {
				refuse(first, "baris kedua tidak ada")
				first = nil
			}
			if l.name != "" {
				out = append(out, &measureRow{start: l.n, end: l.n, key: l.name}) // a group heading
			}
		case l.role == roleNone:
			refuse(l, "tanpa kata target atau realisasi")
			first = nil
		case first == nil:
			if l.name == "" {
				refuse(l, "tanpa nama indikator")
				continue
			}
			first = l
		case l.role == first.role || l.name != "" && l.name != first.name || l.no != "" && l.no != first.no:
			refuse(first, "baris berikutnya milik indikator lain")
			first = nil
			if l.name != "" {
				first = l
			}
		default:
			mr := &measureRow{start: first.n, end: l.n, no: first.no, key: first.name}
			for _, x := range [2]*twoLine{first, l} {
				label := "Target"
				if x.role == roleRealisasi {
					label = "Realisasi"
				}
				if x.val != "" {
					p.setMeasure(t, mr, label, x.val, x.n)
				}
				for _, m := range [...]struct{ label, v string }{{"Capaian", x.capv}, {"Satuan", x.unit}, {"Keterangan", x.ket}} {
					if m.v != "" {
						p.setMeasure(t, mr, m.label, m.v, x.n)
					}
				}
			}
			out = append(out, mr)
			pairs++
			first = nil
		}
	}
	if first != nil {
		refuse(first, "baris kedua tidak ada")
	}
	if pairs == 0 {
		return nil, false
	}
	for _, r := range refused {
		p.find("tabel.baris_tidak_dibaca", facts.Warning, r.l.n, r.l.n, r.l.name,
			"%s: baris %q tidak berpasangan target/realisasi (%s); indikator itu tidak dimuat", t.label, r.l.name, r.why)
	}
	return out, true
}

// anyTwoLineWord: some data cell holds "target", "rencana" or "realisasi"
// (any case), by a byte scan that allocates nothing.
func anyTwoLineWord(b *extract.Block) bool {
	for ri := range b.Rows {
		for _, c := range b.Rows[ri].Cells {
			for i := 0; i+6 <= len(c); i++ {
				switch c[i] | 0x20 {
				case 't':
					if strings.EqualFold(c[i:i+6], "target") {
						return true
					}
				case 'r':
					if i+7 <= len(c) && strings.EqualFold(c[i:i+7], "rencana") ||
						i+9 <= len(c) && strings.EqualFold(c[i:i+9], "realisasi") {
						return true
					}
				}
			}
		}
	}
	return false
}
