package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A score stated before the evaluation it belongs to: "KPU Kabupaten X
// memperoleh predikat BB dengan nilai 75,37 dalam Hasil Evaluasi AKIP
// Tahun 2023, setelah pada Evaluasi AKIP Tahun 2022 memperoleh 69,88 (B)".
// The history reader cuts a sentence at each "AKIP Tahun Y" and reads the
// score after it; the first year's score may stand before it instead. It
// is that year's only when nothing but connecting words ("dalam", "pada",
// "hasil", "evaluasi") stands between the score and the year's mention.

// reGradeThenScore: "predikat BB dengan nilai 75,37".
var reGradeThenScore = regexp.MustCompile(`(?i:predikat|kategori)\s+["“]?(AA|A|BB|B|CC|C|D)["”]?\s*,?\s+(?i:dengan|dan)\s+(?i:nilai|skor)\s+(?:(?i:sebesar)\s+)?(\d{2}[.,]\d{1,2})\b`)

// leadLinks are the words that may stand between a score and the mention
// of the evaluation it belongs to.
var leadLinks = map[string]bool{"dalam": true, "pada": true, "hasil": true, "evaluasi": true, "penilaian": true,
	"atas": true, "laporan": true, "lhe": true, "sistem": true}

// sakipLead adds the score that stands before the first "AKIP Tahun Y" of
// s (first is its match) for year Y; it reports whether it added one.
func (p *parser) sakipLead(bStart, bEnd int, s string, first []int, lastGrade *string) bool {
	pre := s[:first[0]]
	if !hasScoreShape(pre) {
		return false
	}
	score, grade, end := "", "", -1
	if m := reGradeThenScore.FindAllStringSubmatchIndex(pre, -1); m != nil {
		l := m[len(m)-1]
		grade, score, end = pre[l[2]:l[3]], pre[l[4]:l[5]], l[1]
	}
	for _, re := range []*regexp.Regexp{reSakipScore[0], reScoreGrade} {
		if m := re.FindAllStringSubmatchIndex(pre, -1); m != nil && m[len(m)-1][1] > end {
			l := m[len(m)-1]
			score, grade, end = pre[l[2]:l[3]], pre[l[4]:l[5]], l[1]
		}
	}
	if end < 0 {
		return false
	}
	for _, w := range strings.Fields(normalize.Key(pre[end:])) {
		if !leadLinks[w] {
			return false // the score is tied to something else before the year
		}
	}
	n := normalize.ParseNumber(score, normalize.Unknown)
	year := atoi(s[first[2]:first[3]])
	if n.Status != normalize.OK || n.Value <= 0 || n.Value > 100 || p.hasSakip(p.doc.Meta.SatkerID, year) {
		return false
	}
	v := n.Value
	p.addSakip(facts.Sakip{Span: facts.Span{Start: bStart, End: bEnd}, SatkerID: p.doc.Meta.SatkerID, TahunDinilai: year,
		Nilai: &v, Predikat: strings.ToUpper(grade), Keyakinan: "tinggi", Sumber: "teks"}, false)
	*lastGrade = strings.ToUpper(grade)
	return true
}
