package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// An all-satker SAKIP table may be grouped under headings that span it
// ("Predikat BB (Sangat Baik)", then the numbered rows "1 | KPU Kabupaten
// Lembata | 76,55"): a row's predikat is its heading's. The heading is
// believed only where the score lies in the grade's band; a score outside
// it is loaded without a predikat, with a finding (never a guessed one).

// gradeHeadingRow is the grade a table row names as a group heading (one
// text cell, no value), or "".
func gradeHeadingRow(r extract.Row) string {
	cell := ""
	for _, c := range r.Cells {
		if c == "" || isRowNumber(c) {
			continue
		}
		if cell != "" {
			return "" // two texts: a row of its own, not a heading
		}
		cell = c
	}
	if cell == "" {
		return ""
	}
	return extract.GradeHeading(cell)
}

// sakipUnderHeading loads a typed all-satker row that carries a score but
// no grade of its own, under the grade heading above it.
func (p *parser) sakipUnderHeading(t *tableInfo, r extract.Row, satker string, year int, score float64, heading string) {
	v := score
	s := facts.Sakip{Span: facts.Span{Start: r.Start, End: r.End}, SatkerID: satker, TahunDinilai: year,
		Nilai: &v, Predikat: heading, Keyakinan: "tinggi", Sumber: t.label}
	if g := normalize.GradeOf(score); g != heading {
		s.Predikat = ""
		text := strings.Join(r.Cells, " ")
		p.find("sakip.predikat_tidak_sesuai", facts.Warning, r.Start, r.End, text,
			"%s: nilai SAKIP %s di bawah judul kelompok predikat %s, padahal nilainya berpredikat %s; predikat dikosongkan",
			t.label, normalize.Space(text), heading, g)
	}
	p.addSakip(s, false)
	p.skMeta[len(p.skMeta)-1].disputed = s.Predikat == ""
}
