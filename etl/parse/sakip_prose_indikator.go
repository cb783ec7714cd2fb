package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The SAKIP result stated as the realisation of the capaian table's
// indicator, without the words AKIP or akuntabilitas in the sentence:
//
//	Realisasi indikator pertama adalah hasil evaluasi atas tahun kinerja
//	2022 yang diterima pada tahun 2023 dengan nilai 74,62 dan predikat BB.
//
// The sentence is the SAKIP result only when everything in it agrees:
// it speaks of an indicator and of the evaluation, names exactly one
// score with its grade and one year as the year scored ("tahun kinerja
// 2022", "tahun yang dinilai 2022"), the grade is the band of the score
// (AA > 90, A > 80, BB > 70 …), and the capaian rows read before hold
// the evaluation's own indicator realised at that same grade. A sentence
// about RB, a percentage, weights or another index is none.

// proseSakipIndikator reads such sentences of a paragraph.
func (p *parser) proseSakipIndikator(bStart, bEnd int, t string) {
	for _, s := range sentences(t) {
		if !containsFoldASCII(s, "indikator") || !containsFoldASCII(s, "evaluasi") || !hasScoreShape(s) {
			continue
		}
		low := " " + normalize.Key(s) + " "
		if otherMeasure(low) || has(low, "bobot", "persen") || strings.Contains(s, "%") {
			continue
		}
		ms := sakipMentionMatches(s)
		if len(ms) != 1 {
			continue
		}
		m := ms[0]
		var score, grade string
		switch {
		case m[2] >= 0:
			grade, score = s[m[2]:m[3]], s[m[4]:m[5]]
		default:
			score = s[m[6]:m[7]]
			if m[8] >= 0 {
				grade = s[m[8]:m[9]]
			} else if m[10] >= 0 {
				grade = s[m[10]:m[11]]
			}
		}
		if g := reGradeWord.FindAllStringSubmatch(s, -1); grade == "" && len(g) == 1 {
			grade = g[0][1] // "nilai 74,62 dan predikat BB"
		}
		ys := scoredYear.all(s)
		if grade == "" || len(ys) == 0 || len(distinctYears(joinYears(ys))) != 1 {
			continue
		}
		n := normalize.ParseNumber(score, normalize.Unknown)
		grade = strings.ToUpper(grade)
		if n.Status != normalize.OK || n.Value <= 0 || n.Value > 100 || normalize.GradeOf(n.Value) != grade || !p.sakipIndicatorAt(grade) {
			continue
		}
		if fs := distinctSatkers(normalize.FindSatkers(s, p.prov, false)); len(fs) > 1 ||
			len(fs) == 1 && fs[0] != p.doc.Meta.SatkerID {
			continue
		}
		y := atoi(ys[0][1])
		if p.hasProseSakip(p.doc.Meta.SatkerID, y) {
			continue
		}
		v := n.Value
		p.addSakip(facts.Sakip{Span: facts.Span{Start: bStart, End: bEnd}, SatkerID: p.doc.Meta.SatkerID, TahunDinilai: y,
			Nilai: &v, Predikat: grade, Keyakinan: "tinggi", Sumber: "teks"}, false)
	}
}

// sakipIndicatorAt: a capaian row read so far is the AKIP evaluation's
// indicator realised at grade g.
func (p *parser) sakipIndicatorAt(g string) bool {
	for _, c := range p.doc.Capaian {
		if strings.HasSuffix(c.IndikatorID, ".akuntabilitas_kinerja") && normalize.Grade(c.RealisasiTeks) == g {
			return true
		}
	}
	return false
}
