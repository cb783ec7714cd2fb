package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// An earlier year's score told in the SAKIP section's prose without any
// SAKIP word, its grade written right after it: "Pada evaluasi sebelumnya
// (kinerja tahun 2021) nilai yang diperoleh 70,12 atau BB.", "Untuk
// kinerja tahun 2018 nilai evaluasinya 57,40 dengan predikat CC, sehingga
// …". The clause reader wants "nilai" right before a bare score and leaves
// a clause naming a component; here the predikat proves the figure is a
// SAKIP score instead, so it must fit the score's band. Read only under the
// SAKIP text (the caller's gate), the sentence holding that one score and
// one year named as the one evaluated (its own, never one borrowed from
// another sentence), no word of another measure, weights, percentages or
// a change.

// reScoreThenGrade: a score and the grade after it, "74,31 atau BB",
// "59,72 dengan predikat CC", "61,30 (B)", "66,05, predikat B".
var reScoreThenGrade = regexp.MustCompile(`\b(\d{2}[.,]\d{1,2})\s*,?\s*(?:(?i:atau|dengan|dan)\s+)?(?:(?i:predikat|kategori)\s+)?["“(]?\s*(AA|A|BB|B|CC|C|D)\b`)

// sakipGradedSentence loads the one graded score of sentence s (of the
// paragraph on lines start..end) for the year s names as evaluated.
func (p *parser) sakipGradedSentence(start, end int, s string) {
	if strings.IndexByte(s, '%') >= 0 || !gradeToken(s) {
		return // cheap tests first: this runs for every sentence with a score and a year under the SAKIP text
	}
	ms := sakipMentionMatches(s)
	if len(ms) != 1 {
		return // several figures: which is the score is the pairing readers' call
	}
	g := reScoreThenGrade.FindStringSubmatchIndex(s)
	if g == nil {
		return
	}
	year := 0
	if ys := evaluatedYear.all(s); len(ys) > 0 {
		if len(distinctYears(joinYears(ys))) != 1 {
			return
		}
		year = atoi(ys[0][1])
	} else if year = scoredBareYear(s); year == 0 {
		return // "hasil evaluasi sebelumnya (kinerja 2021)" (sakip_scored_bare.go) or no year at all
	}
	low := " " + normalize.Key(s) + " "
	if !has(low, "nilai", "nilainya", "evaluasi", "evaluasinya", "skor") || otherMeasure(low) ||
		has(low, "bobot", "bobotnya", "persen", "perencanaan", "pengukuran", "pelaporan", "capaian", "realisasi", "target", "rata",
			"pagu", "dpt", "pemilih", "pegawai", "skp", "asn", "individu", "meningkat", "menurun", "naik", "turun", "peningkatan",
			"penurunan", "kenaikan", "selisih", "poin") {
		return
	}
	n := normalize.ParseNumber(s[g[2]:g[3]], normalize.Unknown)
	grade := s[g[4]:g[5]]
	if n.Status != normalize.OK || n.Value <= 0 || n.Value > 100 || normalize.GradeOf(n.Value) != normalize.Grade(grade) {
		return // a grade outside the score's band proves nothing
	}
	satker, one := p.clauseSatker(s)
	if !one || p.hasProseSakip(satker, year) {
		return
	}
	v := n.Value
	p.addSakip(facts.Sakip{Span: facts.Span{Start: start, End: end}, SatkerID: satker, TahunDinilai: year,
		Nilai: &v, Predikat: grade, Keyakinan: "tinggi", Sumber: "teks"}, false)
}

// gradeToken: s holds a word of one or two of the letters A-D in capitals
// ("BB", "CC", "B"), as a predikat is written.
func gradeToken(s string) bool {
	run := 0
	for i := 0; i <= len(s); i++ {
		c := byte(' ')
		if i < len(s) {
			c = s[i]
		}
		switch {
		case c >= 'A' && c <= 'D':
			if run >= 0 {
				run++
			}
		case c >= 'a' && c <= 'z' || c >= 'E' && c <= 'Z' || c >= 0x80:
			run = -1 // inside another word
		default:
			if run == 1 || run == 2 {
				return true
			}
			run = 0
		}
	}
	return false
}
