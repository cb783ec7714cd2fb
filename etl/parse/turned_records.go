package parse

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A budget, SAKIP-components or RB table set on its side: a record a
// column, a field a row led by its name, often opened by a row that only
// numbers the columns or by the code row.
//
//	No                 1                  2                  3           4
//	Komponen           Perencanaan …      Pengukuran …       …           Nilai Akhir
//	Bobot              30,00              30,00              …           100,00
//	Nilai              19,60              20,80              …           68,44
//
//	Kode               076.01.WA   3355   …   (empty)
//	Program / Kegiatan Program …   …      …   JUMLAH
//	Pagu  / Realisasi / Sisa / Serapan (%)
//
// Its header is no header row: the names stand down the first column, so
// no family reader sees the table. turnedRecords turns it (one row per
// column, the row names the header), classifies the turned table and hands
// it to its family's reader, but only when the figures prove that each
// column is one record: every record's sisa is pagu − realisasi or its
// serapan realisasi/pagu; one column's nilai and bobot are the sum of the
// others' (the components and their Nilai Akhir); every RB record's
// persen is nilai/bobot. A shifted row breaks those sums and the table is
// left alone. Parts continued in further blocks are joined before
// (transposed_parts.go), so a JUMLAH column on the last part proves the
// whole.
func (p *parser) turnedRecords(t *tableInfo) bool {
	b := t.b
	if len(b.Header)+len(b.Rows) < 3 || !turnedNamed(b) {
		return false // most tables: their first cell of a row is a figure or empty somewhere
	}
	if !turnedMeasureRow(b) {
		return false // no row names a pagu or a bobot: none of the three families, nothing built
	}
	rows := make([]extract.Row, 0, len(b.Header)+len(b.Rows))
	rows = append(append(rows, b.Header...), b.Rows...)
	if numberingRow(rows[0]) {
		rows = rows[1:] // "No | 1 | 2 | 3": the columns' numbers, no field
	} else if ls := rows[0].Lines(); len(ls) == 2 && numberingRow(extract.Row{Cells: ls[0]}) {
		// the numbers' line merged with the names' line (their trailing cell
		// left empty over a total column)
		rows[0] = extract.Row{Start: rows[0].Start, End: rows[0].End, Cells: ls[1]}
	}
	if len(rows) < 3 {
		return false
	}
	w := 0
	for i := range rows {
		w = max(w, len(rows[i].Cells))
	}
	// the record columns: those holding a value in some row (a blank column
	// left by a trailing TAB is none)
	var cols []int
	for j := 1; j < w; j++ {
		for i := range rows {
			if strings.TrimSpace(rows[i].Cell(j)) != "" {
				cols = append(cols, j)
				break
			}
		}
	}
	if len(cols) == 0 {
		return false
	}
	head := make([]string, len(rows))
	for i := range rows {
		head[i] = strings.TrimSpace(rows[i].Cell(0))
	}
	nb := &extract.Block{Kind: extract.Table, Start: b.Start, End: b.End, Caption: b.Caption,
		CaptionParts: b.CaptionParts, CaptionStart: b.CaptionStart, CaptionEnd: b.CaptionEnd, Width: len(head)}
	nb.Header = []extract.Row{{Start: rows[0].Start, End: rows[0].End, Cells: head}}
	first, last := rows[0].Start, rows[len(rows)-1].End
	for _, j := range cols {
		cells := make([]string, len(rows))
		for i := range rows {
			cells[i] = strings.TrimSpace(rows[i].Cell(j))
		}
		nb.Rows = append(nb.Rows, extract.Row{Start: first, End: last, Cells: cells})
	}
	nt := p.classify(nb)
	switch nt.fam {
	case famAnggaran:
		if !turnedBudgetProven(nb) {
			return false
		}
		nt.label, nt.section = t.label, t.section
		m := p.mark()
		p.anggaranTable(nt) // its unit from the caption and the row names, as written
		t.fam = famAnggaran
		return !p.readNothingSince(m)
	case famSakipKomponen:
		if !turnedComponentsProven(nb) {
			return false
		}
		nt.label, nt.section = t.label, t.section
		m := p.mark()
		p.sakipKomponenTable(nt)
		t.fam = famSakipKomponen
		return !p.readNothingSince(m)
	case famRB:
		if !turnedRBProven(nb) {
			return false
		}
		nt.label, nt.section = t.label, t.section
		m := p.mark()
		p.rbTable(nt)
		t.fam = famRB
		return !p.readNothingSince(m)
	}
	return false
}

// turnedNamed: every row of b opens with a field's name, a bare "%" (the
// percentage row) among them; sideNamed otherwise.
func turnedNamed(b *extract.Block) bool {
	for _, part := range [][]extract.Row{b.Header, b.Rows} {
		for i := range part {
			c := strings.TrimSpace(part[i].Cell(0))
			if c == "" || isDigitByte(c[0]) || !hasLetter(c) && c != "%" {
				return false
			}
		}
	}
	return true
}

// turnedMeasureRow: some row of b is named by a budget's pagu or a
// score's bobot, the field each family's proof needs.
func turnedMeasureRow(b *extract.Block) bool {
	for _, part := range [][]extract.Row{b.Header, b.Rows} {
		for i := range part {
			c := part[i].Cell(0)
			if containsFoldASCII(c, "bobot") || anggaranRole(c) == rolePagu {
				return true
			}
		}
	}
	return false
}

// turnedColumn is the index of the header cell of nb naming role r under
// role (anggaranRole or a word test), -1 when none or more than one does.
func turnedColumn(head []string, is func(string) bool) int {
	at := -1
	for j, h := range head {
		if is(h) {
			if at >= 0 {
				return -1 // two rows for one field: which is meant is unproven
			}
			at = j
		}
	}
	return at
}

// turnedValue is the number in cell j of r; ok false for an empty or
// unreadable cell.
func turnedValue(r extract.Row, j int) (float64, bool) {
	if j < 0 {
		return 0, false
	}
	n := normalize.ParseNumber(strings.TrimSpace(r.Cell(j)), normalize.Unknown)
	return n.Value, n.Status == normalize.OK
}

// turnedBudgetProven: a Pagu and a Realisasi row, and a Sisa or a
// percentage row that agrees with them in every record holding both.
func turnedBudgetProven(nb *extract.Block) bool {
	head := nb.Header[0].Cells
	role := func(r int) int { return turnedColumn(head, func(h string) bool { return anggaranRole(h) == r }) }
	pagu, rl, sisa, pct := role(rolePagu), role(roleRealisasi), role(roleSisa), role(rolePersen)
	if pagu < 0 || rl < 0 || sisa < 0 && pct < 0 {
		return false
	}
	proven := 0
	for _, r := range nb.Rows {
		pg, ok1 := turnedValue(r, pagu)
		re, ok2 := turnedValue(r, rl)
		if !ok1 || !ok2 {
			if strings.TrimSpace(r.Cell(pagu)) != "" || strings.TrimSpace(r.Cell(rl)) != "" {
				return false // a figure the sums cannot read
			}
			continue
		}
		s, okS := turnedValue(r, sisa)
		c, okC := turnedValue(r, pct)
		switch {
		case okS:
			if math.Abs(pg-re-s) > 0.5 {
				return false
			}
		case okC && pg > 0:
			if math.Abs(re/pg*100-c) > 0.0051+math.Pow(10, -float64(decimals(r.Cell(pct))))/2 {
				return false
			}
		default:
			return false
		}
		proven++
	}
	return proven >= 2
}

// turnedComponentsProven: a Bobot and a Nilai row, and one record (the
// Nilai Akhir, Jumlah or Total column) whose bobot and nilai are the sums
// of the other records'.
func turnedComponentsProven(nb *extract.Block) bool {
	head := nb.Header[0].Cells
	bobot := turnedColumn(head, func(h string) bool { return has(" "+normalize.Key(h)+" ", "bobot") })
	nilai := turnedColumn(head, func(h string) bool {
		k := " " + normalize.Key(h) + " "
		return has(k, "nilai", "skor") && !has(k, "bobot")
	})
	if bobot < 0 || nilai < 0 || len(nb.Rows) < 3 {
		return false
	}
	var sb, sn float64
	for _, r := range nb.Rows {
		vb, ok1 := turnedValue(r, bobot)
		vn, ok2 := turnedValue(r, nilai)
		if !ok1 || !ok2 {
			return false
		}
		sb, sn = sb+vb, sn+vn
	}
	n := float64(len(nb.Rows))
	for _, r := range nb.Rows {
		vb, _ := turnedValue(r, bobot)
		vn, _ := turnedValue(r, nilai)
		// the total column is half of the sum of all columns
		if math.Abs(sb-2*vb) < 0.006*n && math.Abs(sn-2*vn) < 0.006*n {
			return true
		}
	}
	return false
}

// turnedRBProven: Nilai, Bobot and Persentase rows, every record's
// persen nilai/bobot×100.
func turnedRBProven(nb *extract.Block) bool {
	head := nb.Header[0].Cells
	bobot := turnedColumn(head, func(h string) bool { return has(" "+normalize.Key(h)+" ", "bobot") })
	nilai := turnedColumn(head, func(h string) bool {
		k := " " + normalize.Key(h) + " "
		return has(k, "nilai", "skor") && !has(k, "bobot")
	})
	pct := turnedColumn(head, func(h string) bool {
		return strings.Contains(h, "%") || has(" "+normalize.Key(h)+" ", "persentase", "persen", "capaian")
	})
	if bobot < 0 || nilai < 0 || pct < 0 || pct == nilai || pct == bobot {
		return false
	}
	for _, r := range nb.Rows {
		vb, ok1 := turnedValue(r, bobot)
		vn, ok2 := turnedValue(r, nilai)
		vp, ok3 := turnedValue(r, pct)
		if !ok1 || !ok2 || !ok3 || vb <= 0 || math.Abs(vn/vb*100-vp) > 0.011 {
			return false
		}
	}
	return true
}

// decimals is the number of digits after the decimal comma or point of a
// figure as printed ("95,76" 2).
func decimals(c string) int {
	c = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(c), "%"))
	if i := strings.LastIndexAny(c, ",."); i >= 0 && len(c)-i-1 <= 3 {
		return len(c) - i - 1
	}
	return 0
}
