package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A DPT table turned on its side for a narrow page: the kecamatan as
// columns, the measures as rows.
//
//	Uraian     PAGA   MEGO   TANAWAWO  Jumlah
//	Desa/Kel   12     9      8         29
//	TPS        40     31     25        96
//	Laki-laki  4.081  3.853  2.990     10.924
//	Perempuan  4.005  3.821  3.012     10.838
//	L+P        8.086  7.674  6.002     21.762
//
// It is read as the DPT table it stands for (one row per column) only when
// the rows name laki-laki, perempuan and their sum, each once, and L + P
// makes the sum in every column: nothing else proves that the rows were
// not shifted against the names.
func (p *parser) dptTransposed(t *tableInfo) bool {
	b := t.b
	rows := b.Rows
	var h extract.Row
	switch {
	case len(b.Header) > 0:
		h = b.Header[len(b.Header)-1]
	case len(rows) > 0:
		// names of places are no header words: the title row may be read
		// as the first row, or as the head line of a first row of two
		h, rows = rows[0], rows[1:]
		if numberingRow(h) && len(rows) > 0 {
			h, rows = rows[0], rows[1:] // "No | 1 | 2 | 3" over the names (transposed_parts.go)
		} else if ls := h.Lines(); len(ls) == 2 && numberingRow(extract.Row{Cells: ls[0]}) {
			h.Cells = ls[1] // the numbers' line merged with the names' line
		}
		if ls := h.Lines(); len(ls) == 2 && !strings.ContainsAny(strings.Join(ls[0], " "), "0123456789") {
			second := extract.Row{Start: h.End, End: h.End, Cells: ls[1]}
			h = extract.Row{Start: h.Start, End: h.Start, Cells: ls[0]}
			rows = append([]extract.Row{second}, rows...)
		}
	}
	hdr := h.Cells
	if len(hdr) < 3 || len(rows) < 3 {
		return false
	}
	for _, c := range hdr[1:] {
		if strings.TrimSpace(c) == "" || strings.ContainsAny(c, "0123456789") {
			return false // every column names an area
		}
	}
	roles := map[int]*extract.Row{}
	var order []int
	for i := range rows {
		r := &rows[i]
		role := dptRole(r.Cell(0))
		switch role {
		case roleDesa, roleTPS, roleL, roleP, roleLP:
		default:
			return false // a row that is no measure of the roll
		}
		if roles[role] != nil || len(r.Cells) > len(hdr) {
			return false
		}
		roles[role] = r
		order = append(order, role)
	}
	if roles[roleL] == nil || roles[roleP] == nil || roles[roleLP] == nil {
		return false
	}
	for j := 1; j < len(hdr); j++ {
		l, okL := dptCount(roles[roleL].Cell(j))
		pp, okP := dptCount(roles[roleP].Cell(j))
		lp, okLP := dptCount(roles[roleLP].Cell(j))
		if !okL || !okP || !okLP || l+pp != lp {
			return false
		}
	}
	nb := &extract.Block{Kind: extract.Table, Start: b.Start, End: b.End, Caption: b.Caption,
		CaptionParts: b.CaptionParts, CaptionStart: b.CaptionStart, CaptionEnd: b.CaptionEnd, Width: len(order) + 1}
	head := []string{"Kecamatan"}
	for _, role := range order {
		head = append(head, roles[role].Cell(0))
	}
	nb.Header = []extract.Row{{Start: h.Start, End: h.End, Cells: head}}
	first, last := rows[0].Start, rows[len(rows)-1].End
	for j := 1; j < len(hdr); j++ {
		cells := []string{strings.TrimSpace(hdr[j])}
		for _, role := range order {
			cells = append(cells, roles[role].Cell(j))
		}
		nb.Rows = append(nb.Rows, extract.Row{Start: first, End: last, Cells: cells})
	}
	nt := &tableInfo{b: nb, label: t.label, hdr: headerText(nb), cap: t.cap, section: t.section, width: nb.Width, fam: famDPT}
	t.fam = famDPT
	p.dptTable(nt)
	return true
}

// dptCount reads one whole count of a voter roll ("6.794", "113").
func dptCount(c string) (int64, bool) {
	n := normalize.ParseNumber(strings.TrimSpace(c), normalize.Unknown)
	if n.Status != normalize.OK || n.Value < 0 || n.Value != float64(int64(n.Value)) {
		return 0, false
	}
	return int64(n.Value), true
}
