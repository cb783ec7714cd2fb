package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// rbYearsAsColumns: an RB result table with one column per evaluated year
// ("Komponen | Tahun 2021 | Tahun 2022"): its caption or header names
// Reformasi Birokrasi, no header cell names nilai or bobot (the measures
// are rows: components, "Nilai RB", "Bobot", "Persentase"), and at least
// two header cells are a year each.
func rbYearsAsColumns(t *tableInfo) bool {
	rb := func(k string) bool { return strings.Contains(k, "reformasi birokrasi") || has(k, "rb", "pmprb") }
	if !rb(t.cap) && !rb(t.hdr) || has(t.hdr, "nilai", "bobot", "skor") || sakipContext(t.cap) || sakipContext(t.hdr) {
		return false
	}
	return len(rbYearCols(columnTexts(t.b))) >= 2
}

// rbYearCols maps each column whose header names exactly one year to it.
func rbYearCols(cols [][]string) map[int]int {
	out := map[int]int{}
	for j, cs := range cols {
		if ys := distinctYears(strings.Join(cs, " ")); len(ys) == 1 {
			out[j] = ys[0]
		}
	}
	return out
}

// rbYearColumns reads an RB table with the years as columns: the row
// labelled as the whole result ("Nilai RB", "Total", "Indeks RB") gives
// each year's nilai, a "Bobot" row its weight, a "Persentase" / "%" row its
// percentage. Nothing is read without a result row.
func (p *parser) rbYearColumns(t *tableInfo, cols [][]string) {
	b := t.b
	years := rbYearCols(cols)
	if len(years) == 0 {
		return
	}
	nilai, bobot, persen := -1, -1, -1
	for i, r := range b.Rows {
		var words []string
		for j, c := range r.Cells {
			if _, ok := years[j]; !ok && c != "" && !isRowNumber(c) {
				words = append(words, c)
			}
		}
		label := " " + normalize.Key(strings.Join(words, " ")) + " "
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
	num := func(i, j int) *float64 {
		if i < 0 {
			return nil
		}
		n := normalize.ParseNumber(b.Rows[i].Cell(j), normalize.Indonesian)
		if n.Status != normalize.OK {
			return nil
		}
		v := n.Value
		return &v
	}
	for j := 0; j < len(cols); j++ {
		y, ok := years[j]
		if !ok {
			continue
		}
		v := num(nilai, j)
		if v == nil {
			continue
		}
		r := &b.Rows[nilai]
		p.cov.hits++
		p.rbCand = append(p.rbCand, rbCandidate{rb: facts.RB{Span: facts.Span{Start: r.Start, End: r.End}, SatkerID: p.doc.Meta.SatkerID,
			Tahun: y, Nilai: v, Bobot: num(bobot, j), Persen: num(persen, j), Sumber: t.label}, years: []int{y}})
	}
}
