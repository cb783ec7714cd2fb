package parse

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Scores each bound to the evaluated year written right beside them, in a
// sentence the one-score and pairing readers leave because it names more
// years than scores, or states a change:
//
//   - the score before its year: "… dua tahun sebelumnya: 63,81 untuk tahun
//     kinerja 2020 dan 64,71 untuk tahun kinerja 2021";
//   - a change from an earlier year's score: "Nilai tahun kinerja 2020
//     tersebut naik dari 61,21 (B) pada tahun kinerja 2019", "Nilai tersebut
//     naik dibandingkan hasil evaluasi tahun 2022 sebesar 70,79 (BB)".
//
// A score is bound to a year only when nothing but linking words stands
// between them ("untuk", "pada", "sebesar", "adalah", a bracket), and only
// one year is so bound to it. Every score of the sentence must be bound (a
// figure without its year may be the change itself, "naik 3,15 poin"), the
// years all different. A grade written beside a score must fit its band; a
// score without one is read only when the sentence opens with "nilai" and
// another score of it is proven (its grade fits, or it equals the score
// already loaded for its year): nothing else says a bare figure is SAKIP's.
// Read only under the SAKIP text (the caller's gate), no other measure,
// weights, components, percentages or a difference ("selisih", "poin").

// boundBefore are the words that may stand between a score and the year
// phrase after it; boundAfter those between a year phrase and its score.
var (
	boundBefore = map[string]bool{"untuk": true, "pada": true, "bagi": true, "di": true, "dalam": true, "hasil": true}
	boundAfter  = map[string]bool{"adalah": true, "sebesar": true, "yaitu": true, "ialah": true, "senilai": true,
		"tercatat": true, "dengan": true, "nilai": true}
)

// sakipBoundScores loads the scores of sentence s (of the paragraph on lines
// start..end) each with the evaluated year bound to it.
func (p *parser) sakipBoundScores(start, end int, s string) {
	if strings.IndexByte(s, '%') >= 0 {
		return
	}
	ys := evaluatedYear.allIndex(s) // reEvaluatedYear in its years' windows (scan_window.go)
	ms := sakipMentionMatches(s)
	if len(ys) < 2 && !(len(ys) == 1 && len(ms) == 1) || len(ms) == 0 || len(ms) > len(ys) {
		return // one year and one score is the clause reader's; more scores than years cannot all be bound
	}
	low := " " + normalize.Key(s) + " "
	if otherMeasure(low) || has(low, "bobot", "bobotnya", "persen", "komponen", "perencanaan", "pengukuran", "pelaporan", "capaian",
		"realisasi", "target", "rata", "pagu", "dpt", "pemilih", "pegawai", "skp", "asn", "individu", "selisih", "poin") {
		return
	}
	var got []yearScore
	seen := map[int]bool{}
	proven := false
	for _, m := range ms {
		y := boundYear(s, m, ys)
		if y == 0 || seen[y] {
			return
		}
		seen[y] = true
		v, ok := mentionScore(s, m, y)
		if !ok {
			return
		}
		got = append(got, v)
		if v.grade != "" || p.sakipValueIs(v.year, v.score) {
			proven = true
		}
	}
	bare := false
	for _, v := range got {
		bare = bare || v.grade == ""
	}
	if bare && (!proven || len(got) < 2 || !opensWithNilai(low)) {
		return // a bare figure is SAKIP's only beside a proven score under a leading "nilai"
	}
	satker, one := p.clauseSatker(s)
	if !one {
		return
	}
	for _, v := range got {
		if p.hasProseSakip(satker, v.year) || p.sakipValueIs(v.year, v.score) {
			continue
		}
		n := v.score
		p.addSakip(facts.Sakip{Span: facts.Span{Start: start, End: end}, SatkerID: satker, TahunDinilai: v.year,
			Nilai: &n, Predikat: v.grade, Keyakinan: "tinggi", Sumber: "teks"}, false)
	}
}

// boundYear is the year of the one year phrase of ys bound to mention m of
// s, right after it or right before it; 0 when none or both are.
func boundYear(s string, m []int, ys [][]int) int {
	y := 0
	for _, yl := range ys {
		var between string
		var links map[string]bool
		switch {
		case yl[0] >= m[1]:
			between, links = s[m[1]:yl[0]], boundBefore
		case yl[1] <= m[0]:
			between, links = s[yl[1]:m[0]], boundAfter
		default:
			continue
		}
		if !onlyLinks(between, links) {
			continue
		}
		if y != 0 {
			return 0 // a year on both sides: which is the score's is unproven
		}
		y = atoi(s[yl[2]:yl[3]])
	}
	return y
}

// onlyLinks: between holds nothing but words of links and brackets,
// colons, commas.
func onlyLinks(between string, links map[string]bool) bool {
	if len(between) > 40 {
		return false
	}
	for _, w := range strings.Fields(strings.Map(func(r rune) rune {
		if r == '(' || r == ')' || r == ':' || r == ',' || r == '=' {
			return ' '
		}
		return r
	}, strings.ToLower(between))) {
		if !links[w] {
			return false
		}
	}
	return true
}

// opensWithNilai: the sentence (normalize.Key form, padded) opens with
// "nilai", after a list number if any.
func opensWithNilai(low string) bool {
	for _, w := range strings.Fields(low) {
		if w[0] >= '0' && w[0] <= '9' && len(w) <= 2 {
			continue // "3. Nilai …"
		}
		return w == "nilai"
	}
	return false
}

// sakipValueIs: the reporting satker's score for year is already loaded as
// v (from a table or another sentence).
func (p *parser) sakipValueIs(year int, v float64) bool {
	for _, s := range p.doc.Sakip {
		if s.SatkerID == p.doc.Meta.SatkerID && s.TahunDinilai == year && s.Nilai != nil && math.Abs(*s.Nilai-v) < 0.005 {
			return true
		}
	}
	return false
}
