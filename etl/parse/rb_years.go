package parse

import (
	"slices"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// rbYearsAsColumns: an RB result table with one column per evaluated year
// ("Komponen | Tahun 2021 | Tahun 2022", "Komponen | Bobot | Nilai 2021 |
// Nilai 2022"): its caption or header names Reformasi Birokrasi and not
// SAKIP, and at least two header cells name a year each.
func rbYearsAsColumns(t *tableInfo) bool {
	rb := func(k string) bool { return strings.Contains(k, "reformasi birokrasi") || has(k, "rb", "pmprb") }
	if !rb(t.cap) && !rb(t.hdr) || sakipContext(t.cap) || sakipContext(t.hdr) {
		return false
	}
	return len(distinctYears(t.hdr)) >= 2
}

// rbYearCol is what one column of a year holds.
type rbYearCol struct {
	nilai, bobot, persen int // column indices, -1 when none; nilai -2 when two columns claim it
}

// rbYearCols groups the columns whose header names exactly one year by
// that year, each as the year's score, weight or percentage by its words
// ("Nilai 2021" or "Tahun 2021" alone: the score).
func rbYearCols(cols [][]string) map[int]*rbYearCol {
	out := map[int]*rbYearCol{}
	for j, cs := range cols {
		h := strings.Join(cs, " ")
		ys := distinctYears(h)
		if len(ys) != 1 {
			continue
		}
		c := out[ys[0]]
		if c == nil {
			c = &rbYearCol{nilai: -1, bobot: -1, persen: -1}
			out[ys[0]] = c
		}
		k := normalize.SpacedKey(h)
		switch {
		case has(k, "persen", "persentase", "capaian") || strings.Contains(h, "%"):
			c.persen = j
		case has(k, "bobot"):
			c.bobot = j
		case c.nilai != -1:
			c.nilai = -2
		default:
			c.nilai = j
		}
	}
	return out
}

// rbYearColumns reads an RB table with the years as columns: the row
// labelled as the whole result ("Nilai RB", "Total", "Indeks RB") gives
// each year's nilai; its weight comes from a "Bobot" row, the year's own
// Bobot column, or a Bobot column shared by every year; its percentage
// from a "Persentase" / "%" row or the year's own column. Nothing is read
// without a result row; a year with two score columns is not read.
func (p *parser) rbYearColumns(t *tableInfo, cols [][]string) {
	b := t.b
	years := rbYearCols(cols)
	if len(years) < 2 {
		return
	}
	inYear := map[int]bool{}
	for _, c := range years {
		for _, j := range [...]int{c.nilai, c.bobot, c.persen} {
			inYear[j] = true
		}
	}
	sharedBobot := -1
	for j, cs := range cols {
		if k := normalize.SpacedKey(strings.Join(cs, " ")); !inYear[j] && has(k, "bobot") {
			sharedBobot = j
		}
	}
	nilai, bobot, persen := -1, -1, -1
	for i, r := range b.Rows {
		var words []string
		for j, c := range r.Cells {
			if !inYear[j] && j != sharedBobot && c != "" && !isRowNumber(c) {
				words = append(words, c)
			}
		}
		label := normalize.SpacedKey(strings.Join(words, " "))
		switch {
		case has(label, "persen", "persentase", "capaian") || strings.Contains(strings.Join(words, " "), "%"):
			if persen < 0 {
				persen = i
			}
		case has(label, "bobot"):
			if bobot < 0 {
				bobot = i
			}
		case rbTotalLabel(label):
			if nilai < 0 {
				nilai = i
			}
		}
	}
	if nilai < 0 {
		return
	}
	num := func(i, j int) *float64 { return rowNumber(b, i, j) }
	order := make([]int, 0, len(years))
	for y := range years {
		order = append(order, y)
	}
	slices.Sort(order)
	for _, y := range order {
		c := years[y]
		v := num(nilai, c.nilai)
		if v == nil {
			continue
		}
		w := num(bobot, c.nilai)
		if w == nil {
			w = num(nilai, c.bobot)
		}
		if w == nil {
			w = num(nilai, sharedBobot)
		}
		pc := num(persen, c.nilai)
		if pc == nil {
			pc = num(nilai, c.persen)
		}
		r := &b.Rows[nilai]
		p.cov.hits++
		p.rbCand = append(p.rbCand, rbCandidate{rb: facts.RB{Span: facts.Span{Start: r.Start, End: r.End}, SatkerID: p.doc.Meta.SatkerID,
			Tahun: y, Nilai: v, Bobot: w, Persen: pc, Sumber: t.label}, years: []int{y}})
	}
}
