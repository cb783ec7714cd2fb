package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A DPT row can come out of a PDF shifted: its figures start some columns
// late, past the header's last column, and two of them share a cell
// ("TOTAL KAB. X | | | 176 | 749 89.556 | 91.816 | 181.372" under six
// header columns). Read by position, the village count lands under L and
// the women under L+P: numbers under the wrong columns.

// headerWidth is how many columns the table's header names: one past its
// last non-empty cell (0 without a header).
func headerWidth(b *extract.Block) int {
	w := 0
	for _, h := range b.Header {
		for j := len(h.Cells) - 1; j >= w; j-- {
			if strings.TrimSpace(h.Cells[j]) != "" {
				w = j + 1
				break
			}
		}
	}
	return w
}

// dptShifted checks a row that has a value past the header's last column
// (width). Its figures, read in order after the name column (a cell of two
// whole numbers parted by a space gives both), are taken as the measure
// columns' in order when there are exactly as many and L + P = L+P proves
// the alignment; else, when the row read by position is not proven by
// L + P = L+P either, it is no fact (ok false) and a finding says why.
// Rows within the header's columns come back unchanged.
func (p *parser) dptShifted(t *tableInfo, r *extract.Row, roles []int, convs map[int]normalize.Convention, width int) (*extract.Row, bool) {
	if width > 0 && len(r.Cells) < width {
		return p.dptShort(t, r, roles, convs), true
	}
	if width == 0 || len(r.Cells) <= width || !valuePast(r.Cells, width) {
		return r, true
	}
	nama, measures, figures, whole := dptFigures(r, roles, convs)
	conv := convs[indexOf(roles, roleLP)]
	if whole && len(figures) == len(measures) {
		cells := make([]string, max(len(roles), nama+1))
		if nama >= 0 {
			cells[nama] = r.Cells[nama]
		}
		for k, j := range measures {
			cells[j] = figures[k]
		}
		nr := *r
		nr.Cells = cells
		if sexesAddUp(&nr, roles, conv) {
			p.find("dpt.baris_bergeser", facts.Info, r.Start, r.End, strings.Join(r.Cells, " | "),
				"%s: angka baris %q bergeser melewati kolom tabel; dibaca berurutan (L + P = L+P terbukti)", t.label, r.Cells[max(nama, 0)])
			return &nr, true
		}
	}
	if sexesAddUp(r, roles, conv) {
		return r, true
	}
	p.find("dpt.baris_bergeser", facts.Warning, r.Start, r.End, strings.Join(r.Cells, " | "),
		"%s: angka baris %q bergeser melewati kolom tabel dan tidak terbukti kolom mana milik angka mana; baris tidak dimuat", t.label, r.Cells[max(nama, 0)])
	return r, false
}

// dptFigures lists a DPT row's measure columns after the name (desa, TPS,
// L, P, L+P, in the header's order) and the row's figures after the name in
// order (a cell of two whole numbers parted by a space gives both); whole is
// false when a cell there holds anything but whole numbers.
func dptFigures(r *extract.Row, roles []int, convs map[int]normalize.Convention) (nama int, measures []int, figures []string, whole bool) {
	nama = indexOf(roles, roleNama)
	for j, role := range roles {
		if j > nama && (role == roleDesa || role == roleTPS || role == roleL || role == roleP || role == roleLP) {
			measures = append(measures, j)
		}
	}
	conv := convs[indexOf(roles, roleLP)]
	whole = true
	for j := nama + 1; j < len(r.Cells) && whole; j++ {
		for _, f := range strings.Fields(r.Cells[j]) {
			if n := normalize.ParseNumber(f, conv); n.Status != normalize.OK || n.Value != float64(int64(n.Value)) || n.Value < 0 {
				whole = false
				break
			}
			figures = append(figures, f)
		}
	}
	return nama, measures, figures, whole
}

// dptShort reads a row one cell or more short of the header whose L+P
// cell is missing: a cell before its figures was lost (an empty desa or TPS
// cell dropped), so by position every figure stands one column left of its
// title. When its last figures, taken as L, P and L+P, add up, they are
// read so and the counts before them (which of desa or TPS is unknown) are
// left empty with a finding; else the row stays as it is (a row whose
// total cell is empty reads by position, as before).
func (p *parser) dptShort(t *tableInfo, r *extract.Row, roles []int, convs map[int]normalize.Convention) *extract.Row {
	lp := indexOf(roles, roleLP)
	if lp < 0 || lp < len(r.Cells) && strings.TrimSpace(r.Cells[lp]) != "" {
		return r
	}
	nama, measures, figures, whole := dptFigures(r, roles, convs)
	if !whole || len(figures) < 3 || len(figures) >= len(measures) || nama < 0 || nama >= len(r.Cells) || valueLike(r.Cells[nama]) {
		return r // a figure under the name: a label spanning No and the name ("Jumlah | 19 | …"), not a lost count
	}
	cells := make([]string, max(len(roles), nama+1))
	if nama >= 0 {
		cells[nama] = r.Cells[nama]
	}
	off := len(measures) - len(figures)
	for k, f := range figures {
		if role := roles[measures[off+k]]; role == roleL || role == roleP || role == roleLP {
			cells[measures[off+k]] = f
		}
	}
	nr := *r
	nr.Cells = cells
	if !sexesAddUp(&nr, roles, convs[lp]) {
		return r
	}
	p.find("dpt.baris_bergeser", facts.Warning, r.Start, r.End, strings.Join(r.Cells, " | "),
		"%s: baris %q kurang sel; L, P dan jumlah dibaca dari kanan (L + P = L+P terbukti); desa/TPS tidak pasti, dikosongkan", t.label, r.Cells[max(nama, 0)])
	return &nr
}

// dptSpannedRows gives rows with each row whose label spans the No and name
// columns read as dptSpanned says; rows itself when there is none (most
// tables: no copy).
func (p *parser) dptSpannedRows(t *tableInfo, rows []extract.Row, roles []int, convs map[int]normalize.Convention) []extract.Row {
	nama := indexOf(roles, roleNama)
	if nama != 1 {
		return rows
	}
	out := rows
	for i := range rows {
		if len(rows[i].Cells) != len(roles)-1 || !valueLike(rows[i].Cells[nama]) {
			continue
		}
		if nr, ok := p.dptSpanned(t, &rows[i], roles, convs); ok {
			if len(out) > 0 && &out[0] == &rows[0] {
				out = append([]extract.Row(nil), rows...) // the block's own rows stay as read
			}
			out[i] = nr
		}
	}
	return out
}

// dptSpanned reads a row whose label spans the No and name columns, as a
// Word table's total row often does ("Jumlah | 28 | 87 | …", one cell short
// of "No | Kecamatan | Desa | TPS | L | P | L+P"): the label is the name and
// every figure moves one column right. Only when the label is text, the
// figures are whole numbers filling exactly the measure columns after the
// name, and L + P = L+P proves the alignment; else the row stays as it is
// (and is refused as before: a figure is no area name).
func (p *parser) dptSpanned(t *tableInfo, r *extract.Row, roles []int, convs map[int]normalize.Convention) (extract.Row, bool) {
	label := strings.TrimSpace(r.Cells[0])
	if label == "" || valueLike(label) || !hasLetter(label) {
		return *r, false
	}
	cells := make([]string, len(roles))
	cells[1] = r.Cells[0]
	copy(cells[2:], r.Cells[1:])
	nr := *r
	nr.Cells = cells
	_, measures, figures, whole := dptFigures(&nr, roles, convs)
	if !whole || len(figures) != len(r.Cells)-1 || len(measures) != len(figures) || measures[0] != 2 ||
		measures[len(measures)-1] != len(roles)-1 || !sexesAddUp(&nr, roles, convs[indexOf(roles, roleLP)]) {
		return *r, false
	}
	p.find("dpt.baris_bergeser", facts.Info, r.Start, r.End, strings.Join(r.Cells, " | "),
		"%s: label %q menutupi kolom nomor dan nama wilayah; angka dibaca satu kolom ke kanan (L + P = L+P terbukti)", t.label, label)
	return nr, true
}

// valuePast: some cell at or after column width holds text.
func valuePast(cells []string, width int) bool {
	for _, c := range cells[width:] {
		if strings.TrimSpace(c) != "" {
			return true
		}
	}
	return false
}

// sexesAddUp: the row's L, P and L+P are whole numbers and L + P = L+P.
func sexesAddUp(r *extract.Row, roles []int, conv normalize.Convention) bool {
	var v [3]int64
	for i, role := range [...]int{roleL, roleP, roleLP} {
		j := indexOf(roles, role)
		if j < 0 || j >= len(r.Cells) {
			return false
		}
		n := normalize.ParseNumber(r.Cells[j], conv)
		if n.Status != normalize.OK || n.Value != float64(int64(n.Value)) {
			return false
		}
		v[i] = int64(n.Value)
	}
	return v[0]+v[1] == v[2]
}
