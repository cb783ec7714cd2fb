package parse

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// rewrite writes the pivot back as the plain table it summarizes; false
// (lines untouched) when its rows do not nest, its sums do not prove its
// groups, or its family is none the readers know.
func (pv *pivot) rewrite(lines []string) bool {
	if pv.fam == "" {
		return false
	}
	root, ok := pv.tree()
	if ok && !pv.proven(root) {
		ok = pv.topGroups(root) // subtotals at the top of each group, no level shown
	}
	if !ok || !pv.proven(root) || !pv.acrossProven() {
		return false
	}
	years := yearRows(root)
	if years && pv.fam != "anggaran" {
		return false // a history of some measure: which row of the report it is, nothing says
	}
	out := map[int]string{}
	heads := 0
	var place func(n *pivotNode) bool
	place = func(n *pivotNode) bool {
		if len(n.kids) == 1 && blankLabel(n.kids[0].label) && len(n.kids[0].kids) == 0 && sameCells(n.kids[0].vals, n.vals) {
			n.kids = nil // "(blank)": the group's rows name no item below it
		}
		if blankLabel(n.label) {
			return false // an item nothing names, among others
		}
		line := n.home
		if line < 0 {
			line = n.close
		}
		group := len(n.kids) > 0
		label := n.label
		switch pv.fam {
		case "anggaran":
			if line < 0 || n.vals == nil {
				return false // a budget line without its figures, or nowhere to write them
			}
			if k := nameOnly(n); k != nil {
				// a code's one row below it is its name (row fields Kode, Uraian): one line
				label += " " + k.label
				n.kids, group = nil, false
			}
			out[line] = pv.row(label, n.vals, group)
		case "capaian":
			switch {
			case group && line >= 0:
				// a heading of its indicators, no figures of its own; lettered, so that
				// the indicator above does not take it for its name's wrapped end
				if !groupHeading(label) {
					heads++
					label = string(rune('A'+(heads-1)%26)) + ". " + label
				}
				out[line] = label + "\t"
			case !group:
				if line < 0 || n.vals == nil {
					return false
				}
				out[line] = pv.row(label, n.vals, false)
			}
		default:
			// voter rolls, SAKIP components: the top level is the fact level
			if n.level == 0 {
				if line < 0 || n.vals == nil {
					return false
				}
				out[line] = pv.row(label, n.vals, group)
			}
		}
		for _, k := range n.kids {
			if !place(k) {
				return false
			}
		}
		if pv.fam == "anggaran" && n.home < 0 && len(n.kids) > 0 {
			liftGroup(out, n) // tabular: the group's row, on its Total line, goes above its rows
		}
		return true
	}
	for _, k := range root.kids {
		if !place(k) {
			return false
		}
	}
	if pv.grand >= 0 && pv.fam != "capaian" && !years {
		// a sum over fiscal years, or over a capaian table's targets, is no figure
		word := "Jumlah"
		if pv.fam == "komponen" {
			word = "Total"
		}
		out[pv.rows[pv.grand].line] = pv.row(word, root.vals, true)
	}
	lines[pv.head] = pv.header(years)
	for _, l := range pv.repeats {
		lines[l] = lines[pv.head]
	}
	for _, r := range pv.rows {
		lines[r.line] = out[r.line] // a line nothing was placed on is emptied: a Total row, a row below the fact level
	}
	return true
}

// row is one rewritten line: the label and the figures, a group's cells
// of unsummed fields (averages, percentages) a dash: no figure (an empty
// last cell would shift the row's cells to the right, as under a label
// spanning columns), unless the cell is the ratio of two of the row's
// summed figures (a serapan, an RB percentage: a calculated field).
func (pv *pivot) row(label string, vals []string, group bool) string {
	cells := []string{label}
	for j, f := range pv.fields {
		if f.drop {
			continue
		}
		c := cellAt(vals, j)
		if group && !f.summed && !pv.ratioOf(vals, c) {
			c = "-"
		}
		cells = append(cells, c)
	}
	return strings.Join(cells, "\t")
}

// ratioOf: c, written with decimals, is a / b × 100 of two summed figures
// of vals, to its last decimal.
func (pv *pivot) ratioOf(vals []string, c string) bool {
	v, d, ok := pivotNum(c)
	if !ok || d == 0 || strings.TrimSpace(c) == "" {
		return false
	}
	tol := 0.5*math.Pow(10, -float64(d)) + 1e-9
	for a, fa := range pv.fields {
		for b, fb := range pv.fields {
			if a == b || !fa.summed || !fb.summed {
				continue
			}
			x, _, okx := pivotNum(cellAt(vals, a))
			y, _, oky := pivotNum(cellAt(vals, b))
			if okx && oky && y != 0 && x != 0 && math.Abs(x/y*100-v) <= tol {
				return true
			}
		}
	}
	return false
}

// header is the plain table's header: the label column titled for its
// family, the fields without their aggregates.
func (pv *pivot) header(years bool) string {
	label := "Uraian"
	switch pv.fam {
	case "anggaran":
		if years {
			label = "Tahun Anggaran" // one TOTAL row per year
		}
	case "dpt":
		label = "Kecamatan"
		k := normalize.SpacedKey(pv.caption + " " + strings.Join(pv.labelHdr, " "))
		if has(k, "kabupaten kota", "kab kota") || pv.satkerRows() {
			label = "Kabupaten/Kota"
		}
	case "komponen":
		label = "Komponen"
	case "capaian":
		label = "Indikator Kinerja"
	}
	cells := []string{label}
	for _, f := range pv.fields {
		if !f.drop {
			cells = append(cells, f.title)
		}
	}
	return strings.Join(cells, "\t")
}

// liftGroup moves a group's row, written on its Total line, above the
// rows under it (which move one written line down each): a budget reader
// takes a code's parent from the rows above it. The rows keep their order.
func liftGroup(out map[int]string, n *pivotNode) {
	first := n.close
	var walk func(m *pivotNode)
	walk = func(m *pivotNode) {
		for _, l := range [2]int{m.home, m.close} {
			if l >= 0 && l < first {
				first = l
			}
		}
		for _, k := range m.kids {
			walk(k)
		}
	}
	walk(n)
	var at []int
	for l := first; l <= n.close; l++ {
		if _, ok := out[l]; ok {
			at = append(at, l)
		}
	}
	if len(at) < 2 {
		return
	}
	group := out[n.close]
	for k := len(at) - 1; k > 0; k-- {
		out[at[k]] = out[at[k-1]]
	}
	out[at[0]] = group
}

// keepWhole joins a pivot left as written into one table: a label alone
// on its line gets a TAB, so the block pivotLeft reports is the whole
// pivot and no part of it is read apart.
func (pv *pivot) keepWhole(lines []string) {
	for _, r := range pv.rows {
		if !strings.Contains(lines[r.line], "\t") {
			lines[r.line] += "\t"
		}
	}
}

// pivotLeft reports a pivot pivotTables left as written (its header still
// names aggregated fields): its groups' sums did not prove it, so none of
// its figures is read.
func (p *parser) pivotLeft(b *extract.Block) bool {
	head := b.Header
	if len(head) == 0 && len(b.Rows) > 0 {
		head = b.Rows[:1] // a header of no title the extractor knows stays a row
	}
	agg := false
	for _, h := range head {
		if nl, _ := pivotHeader(h.Cells); nl >= 1 {
			agg = true
		}
	}
	if !agg {
		return false
	}
	p.cov.tables++
	p.find("tabel.tidak_dikenali", facts.Warning, b.Start, b.End, shorten(b.Caption, 200),
		"tabel baris %d-%d disalin dari PivotTable Excel, tetapi jumlah kelompoknya tidak sama dengan baris-barisnya (atau barisnya tidak bersarang); tidak dimuat: judul %q",
		b.Start, b.End, shorten(b.Caption, 160))
	return true
}

// satkerRows: two thirds of the top-level labels, two at least, name
// kabupaten/kota of the province: a roll per kabupaten, not per kecamatan.
func (pv *pivot) satkerRows() bool {
	n, named := 0, 0
	for _, r := range pv.rows {
		if r.indent > 0 || pivotTotalOf(r.label()) != "" || pivotGrandRe.MatchString(r.label()) || pv.nl > 1 && r.labels[0] == "" {
			continue
		}
		n++
		if id, ok := normalize.ResolveSatker(r.label(), "53"); ok && len(id) == 4 {
			named++
		}
	}
	return named >= 2 && named*3 >= n*2
}

// nameOnly is a budget group's one row when it names the group's code
// (no code of its own, nothing under it, the group's figures): the code
// and its name were two row fields.
func nameOnly(n *pivotNode) *pivotNode {
	if len(n.kids) != 1 || codeLevel(n.label) < 0 {
		return nil
	}
	k := n.kids[0]
	if len(k.kids) > 0 || codeLevel(k.label) >= 0 || k.vals == nil || !sameCells(k.vals, n.vals) {
		return nil
	}
	return k
}

// yearRows: every top-level row is labelled by a year alone (a budget per
// fiscal year): the Grand Total adds years up.
func yearRows(root *pivotNode) bool {
	for _, k := range root.kids {
		l := strings.TrimSpace(k.label)
		if len(l) != 4 || !hasYearDigits(l) {
			return false
		}
	}
	return len(root.kids) > 0
}

// blankLabel: Excel's label of rows whose field is empty.
func blankLabel(l string) bool {
	l = strings.ToLower(strings.TrimSpace(l))
	return l == "(blank)" || l == "(kosong)"
}
