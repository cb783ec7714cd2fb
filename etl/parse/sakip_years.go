package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The all-satker table over several evaluated years, one pair of columns
// a year: "Satuan Kerja | Nilai 2021 | Predikat 2021 | Nilai 2022 |
// Predikat 2022", or the years over "Nilai | Predikat" in a header of two
// rows. Each year's cells are that year's result; a predikat column that
// disagrees with its score's band leaves that cell unloaded.

// yearCols are the score and grade columns of one evaluated year.
type yearCols struct {
	year, nilai, predikat int
}

// sakipYearColumns finds the per-year score columns of an all-satker
// table; nil unless at least two years each have their own score column.
func sakipYearColumns(t *tableInfo) []yearCols {
	b := t.b
	cols := columnTexts(b)
	gs := headerGroups(b, 0, len(cols), func(c string) bool { return len(yearsIn(c)) == 0 })
	var out []yearCols
	find := func(y int) *yearCols {
		for i := range out {
			if out[i].year == y {
				return &out[i]
			}
		}
		out = append(out, yearCols{year: y, nilai: -1, predikat: -1})
		return &out[len(out)-1]
	}
	for j, cs := range cols {
		text := strings.Join(cs, " ")
		ys := yearsIn(text)
		if g := groupOf(gs, j); len(ys) == 0 && g >= 0 {
			ys = yearsIn(gs[g].text) // the year over "Nilai | Predikat"
		}
		if len(ys) != 1 {
			continue
		}
		switch k := normalize.SpacedKey(text); {
		case has(k, "predikat", "kategori"):
			if yc := find(ys[0]); yc.predikat < 0 {
				yc.predikat = j
			}
		case has(k, "nilai", "skor"):
			if yc := find(ys[0]); yc.nilai < 0 {
				yc.nilai = j
			}
		}
	}
	n := 0
	for _, yc := range out {
		if yc.nilai >= 0 {
			n++
		}
	}
	if n < 2 {
		return nil
	}
	return out
}

// sakipSatkerYears reads an all-satker table with a score column per
// evaluated year: the satker from the row's name (and Kode column), each
// year's score and grade from that year's columns.
func (p *parser) sakipSatkerYears(t *tableInfo, ycs []yearCols, codeCol int, photo bool) {
	b := t.b
	used := map[int]bool{codeCol: true}
	for _, yc := range ycs {
		used[yc.nilai], used[yc.predikat] = true, true
	}
	conf := "tinggi"
	if photo {
		conf = "rendah"
	}
	for _, r := range b.Rows {
		var names []string
		for j, c := range r.Cells {
			if c != "" && !used[j] && !isRowNumber(c) {
				names = append(names, c)
			}
		}
		ids := distinctSatkers(normalize.FindSatkers(strings.Join(names, " "), p.prov, true))
		if id := p.satkerOfCode(r.Cell(codeCol)); id != "" && (len(ids) == 0 || len(ids) == 1 && ids[0] == id) {
			ids = []string{id}
		} else if id != "" {
			ids = nil // the code names another satker than the name
		}
		text := strings.Join(r.Cells, " ")
		for _, yc := range ycs {
			if yc.nilai < 0 || r.Cell(yc.nilai) == "" {
				continue
			}
			score, grade := splitScoreGrade(r.Cell(yc.nilai))
			if yc.predikat >= 0 {
				if g := normalize.Grade(strings.TrimSpace(r.Cell(yc.predikat))); g != "" {
					grade = g
				}
			}
			n := normalize.ParseNumber(score, normalize.Indonesian)
			ok := len(ids) == 1 && n.Status == normalize.OK && n.Value > 0 && n.Value <= 100 &&
				(grade == "" || normalize.GradeOf(n.Value) == grade)
			if !ok {
				p.find("sakip.baris_tidak_pasti", facts.Info, r.Start, r.End, text,
					"%s: nilai SAKIP tahun %d tidak pasti (%d satker, %q %q); dilewati", t.label, yc.year, len(ids), score, grade)
				continue
			}
			v := n.Value
			p.addSakip(facts.Sakip{Span: facts.Span{Start: r.Start, End: r.End}, SatkerID: ids[0], TahunDinilai: yc.year,
				Nilai: &v, Predikat: grade, Keyakinan: conf, Sumber: t.label}, false)
		}
	}
}
