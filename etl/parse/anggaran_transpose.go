package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// budgetByYearColumns reads a multi-year budget table laid out with one
// column per fiscal year and one row per measure:
//
//	URAIAN     TA. 2019   TA. 2020  ...
//	PAGU       28,342,…   3,152,…
//	REALISASI  27,975,…   3,042,…
//	% REAL.    98.70%     96.53%
//
// The header names the years, the first column names the measures by the
// same role words as a budget header (pagu, realisasi, sisa, %). The table
// is turned to one row per year and read as the multi-year table it is.
// It reports whether the table had that shape.
func (p *parser) budgetByYearColumns(t *tableInfo) bool {
	b := t.b
	if len(b.Header) == 0 || len(b.Rows) < 2 {
		return false
	}
	hdr := b.Header[len(b.Header)-1]
	type yc struct{ col, year int }
	var ycs []yc
	for j, c := range hdr.Cells {
		// "TA. 2022", "TA 2022 (Rp juta)": the unit in parentheses is read
		// by budgetUnit, the year here
		if strings.IndexByte(c, '(') >= 0 {
			c = reParen.ReplaceAllString(c, " ")
		}
		c = strings.TrimSpace(strings.ReplaceAll(c, ".", " "))
		m := reTA.FindStringSubmatch(strings.Join(strings.Fields(c), " "))
		if m == nil {
			continue
		}
		if j == 0 {
			return false // the first column names the measures
		}
		ycs = append(ycs, yc{j, atoi(m[1])})
	}
	if len(ycs) == 0 {
		// "Uraian | Jumlah (Rp)": one value column, the year the caption's
		if j, ok := singleValueColumn(hdr.Cells); ok {
			y := budgetCaptionYear(b.Caption)
			if y == 0 {
				y = p.doc.Meta.Tahun
			}
			ycs = append(ycs, yc{j, y})
		}
	}
	if len(ycs) < 2 && !(len(ycs) == 1 && filledCells(hdr.Cells) == 2) {
		return false
	}
	var labels []string
	var measures []*extract.Row
	seen := map[int]bool{}
	for i := range b.Rows {
		r := &b.Rows[i]
		role := anggaranRole(r.Cell(0))
		switch role {
		case rolePagu, roleRealisasi, roleSisa, rolePersen:
		default:
			continue
		}
		if seen[role] {
			return false // two rows for one measure: which is meant is unproven
		}
		seen[role] = true
		labels = append(labels, r.Cell(0))
		measures = append(measures, r)
	}
	if !seen[rolePagu] || !seen[roleRealisasi] {
		return false
	}
	start, end := measures[0].Start, measures[len(measures)-1].End
	nb := &extract.Block{Kind: extract.Table, Start: b.Start, End: b.End, Caption: b.Caption,
		CaptionParts: b.CaptionParts, CaptionStart: b.CaptionStart, CaptionEnd: b.CaptionEnd, Width: len(labels) + 1}
	nb.Header = []extract.Row{{Start: hdr.Start, End: hdr.End, Cells: append([]string{"Tahun"}, labels...)}}
	for _, y := range ycs {
		cells := []string{itoa(y.year)}
		for _, r := range measures {
			cells = append(cells, r.Cell(y.col))
		}
		nb.Rows = append(nb.Rows, extract.Row{Start: start, End: end, Cells: cells})
	}
	// the unit is stated by the table as written (a "(Rp 000)" in the
	// year or value header), not by the turned one
	unit, whole, ok := p.budgetUnit(t)
	if !ok {
		return false
	}
	if whole {
		unit = unitWhole
	}
	nt := &tableInfo{b: nb, label: t.label, hdr: headerText(nb), cap: t.cap, section: t.section, width: nb.Width, fam: famAnggaranTahun, unit: unit}
	nt.roles = anggaranRoles(nb)
	if len(nt.roles) == 0 || nt.roles[0] != roleTahun {
		return false
	}
	t.fam = famAnggaranTahun
	p.anggaranTable(nt)
	return true
}

// singleValueColumn: a header of a measure column and one value column
// that names no measure, year or target ("Uraian | Jumlah (Rp)"); the
// value column's index.
func singleValueColumn(cells []string) (int, bool) {
	if filledCells(cells) != 2 || strings.TrimSpace(cells[0]) == "" {
		return 0, false
	}
	j := len(cells) - 1
	for strings.TrimSpace(cells[j]) == "" {
		j--
	}
	k := " " + normalize.Key(cells[j]) + " "
	if !has(k, "jumlah", "nilai", "rp", "rupiah", "total") || has(k, "target", "tahun") || anggaranRole(cells[j]) == roleRealisasi || anggaranRole(cells[j]) == roleSisa {
		return 0, false
	}
	return j, true
}

// filledCells is the number of cells with text.
func filledCells(cells []string) int {
	n := 0
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}
