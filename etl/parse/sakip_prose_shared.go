package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Earlier years' scores under one "nilai" that opens the sentence and
// governs every part of it:
//
//   - a respective list: "Nilai tahun kinerja 2018 dan 2019 masing-masing
//     59,19 (CC) dan 63,60 (B)", "nilai atas tahun 2020, 2021 dan 2022
//     berturut-turut 61,30, 64,05 dan 66,80": the years, then as many
//     scores, paired in order;
//   - clauses each naming its year and then its score, the word "nilai"
//     written once: "nilai tahun kinerja 2018 adalah 60,32 dan tahun
//     kinerja 2019 65,80".
//
// The clause reader (sakip_prose_clause.go) wants "nilai" right before
// each bare score, so such sentences were left. Read only under the SAKIP
// text (the caller's gate), the first year named as the one evaluated
// ("tahun kinerja", "atas tahun"), every score in 0–100 and a grade
// written beside a score fitting its band; a sentence naming another
// measure, weights, percentages or a change is left as it is.

var (
	// "masing-masing", "berturut-turut", "secara berurutan"
	reRespective = regexp.MustCompile(`(?i)\b(?:masing-masing|masing\s+masing|berturut-turut|berturut\s+turut|secara\s+berurutan)\b`)
	reListYear   = regexp.MustCompile(`\b(?:19|20)\d\d\b`)
	// what may stand between two years of a list: "2018 dan 2019", "2020, 2021 serta 2022"
	reYearJoin = regexp.MustCompile(`(?i)^\s*(?:,|,?\s*(?:dan|serta|and))\s*(?:tahun\s+)?$`)
	// what may stand between a clause's year and its score: "2018 adalah 60,32", "2019: 65,80"
	reYearToScore = regexp.MustCompile(`(?i)^\s*(?:[:=]|adalah|sebesar|yaitu|ialah|senilai|tercatat)?\s*$`)
	reNilaiWord   = regexp.MustCompile(`(?i)\bnilai\b`)
)

// sakipNilaiLeads reads sentence s (of paragraph lines start..end) in the
// two shapes above.
func (p *parser) sakipNilaiLeads(start, end int, s string) {
	if !containsFoldASCII(s, "nilai") {
		return // the pattern's word (ASCII letters folding to no other rune): issue 13
	}
	loc := reNilaiWord.FindStringIndex(s)
	if loc == nil {
		return
	}
	first := evaluatedYear.firstIndex(s) // reEvaluatedYear in its years' windows (scan_window.go)
	if first == nil || first[0] < loc[1] {
		return // no year named as evaluated, or "nilai" only after it
	}
	if between := s[loc[1]:first[0]]; hasScoreShape(between) || strings.Count(between, " ") > 4 {
		return // "nilai" does not lead the years
	}
	low := " " + normalize.Key(s) + " "
	if otherMeasure(low) || has(low, "bobot", "persen", "komponen", "perencanaan", "pengukuran", "pelaporan", "capaian", "realisasi",
		"target", "rata", "pagu", "dpt", "pemilih", "pegawai", "meningkat", "menurun", "naik", "turun", "peningkatan", "penurunan",
		"kenaikan", "selisih", "poin") || strings.IndexByte(s, '%') >= 0 {
		return
	}
	rest := s[first[0]:]
	var pairs []yearScore
	if r := reRespective.FindStringIndex(rest); r != nil {
		pairs = respectivePairs(rest[:r[0]], rest[r[1]:])
	} else {
		pairs = clausePairs(rest)
	}
	if len(pairs) < 2 {
		return
	}
	satker, one := p.clauseSatker(s)
	if !one {
		return
	}
	for _, ys := range pairs {
		if p.hasProseSakip(satker, ys.year) {
			continue
		}
		v := ys.score
		p.addSakip(facts.Sakip{Span: facts.Span{Start: start, End: end}, SatkerID: satker, TahunDinilai: ys.year,
			Nilai: &v, Predikat: ys.grade, Keyakinan: "tinggi", Sumber: "teks"}, false)
	}
}

// yearScore is one evaluated year's score and its grade ("" when none is
// written: the band gives it at resolve).
type yearScore struct {
	year  int
	score float64
	grade string
}

// respectivePairs pairs the years of years (a list: "tahun kinerja 2018
// dan 2019") with the scores of scores in order; nil unless both lists
// are as long and every score is proven.
func respectivePairs(years, scores string) []yearScore {
	yl := reListYear.FindAllStringIndex(years, -1)
	if len(yl) < 2 || reListYear.MatchString(scores) {
		return nil
	}
	for k := 1; k < len(yl); k++ {
		if !reYearJoin.MatchString(years[yl[k-1][1]:yl[k][0]]) {
			return nil // something else between two years: not one list
		}
	}
	if !reYearToScore.MatchString(years[yl[len(yl)-1][1]:]) {
		return nil // the respective word must follow the last year ("2019 adalah masing-masing")
	}
	ms := sakipMentionMatches(scores)
	if len(ms) != len(yl) {
		return nil
	}
	var out []yearScore
	seen := map[int]bool{}
	for k, m := range ms {
		y := atoi(years[yl[k][0]:yl[k][1]])
		ys, ok := mentionScore(scores, m, y)
		if !ok || seen[y] {
			return nil
		}
		seen[y] = true
		out = append(out, ys)
	}
	return out
}

// clausePairs reads the clauses of s (from the first evaluated year on),
// each a year named as evaluated followed by its score; nil unless every
// clause holding a score has that shape.
func clausePairs(s string) []yearScore {
	var out []yearScore
	seen := map[int]bool{}
	for from := 0; from < len(s); {
		to, next := nextClause(s, from)
		c := s[from:to]
		from = next
		ms := sakipMentionMatches(c)
		if len(ms) == 0 {
			continue
		}
		ys := reEvaluatedYear.FindAllStringSubmatchIndex(c, -1)
		if len(ms) != 1 || len(ys) != 1 || !reYearToScore.MatchString(c[ys[0][1]:ms[0][0]]) {
			return nil
		}
		y := atoi(c[ys[0][2]:ys[0][3]])
		v, ok := mentionScore(c, ms[0], y)
		if !ok || seen[y] {
			return nil
		}
		seen[y] = true
		out = append(out, v)
	}
	return out
}

// mentionScore is the score and grade of mention m in s for year y; false
// when the score is outside 0–100 or a written grade is not its band's.
func mentionScore(s string, m []int, y int) (yearScore, bool) {
	score, grade := mentionParts(s, m)
	n := normalize.ParseNumber(score, normalize.Unknown)
	if n.Status != normalize.OK || n.Value <= 0 || n.Value > 100 {
		return yearScore{}, false
	}
	grade = strings.ToUpper(grade)
	if grade != "" && normalize.GradeOf(n.Value) != normalize.Grade(grade) {
		return yearScore{}, false
	}
	return yearScore{year: y, score: n.Value, grade: grade}, true
}

// mentionParts is the score and the grade ("" when none) of a match m of
// sakipMentionMatches in s: "B (61,45)", "61,45 (B)", "61,45 dengan
// predikat B" or a bare "61,45".
func mentionParts(s string, m []int) (score, grade string) {
	if m[2] >= 0 {
		return s[m[4]:m[5]], s[m[2]:m[3]]
	}
	score = s[m[6]:m[7]]
	switch {
	case m[8] >= 0:
		grade = s[m[8]:m[9]]
	case m[10] >= 0:
		grade = s[m[10]:m[11]]
	}
	return score, grade
}

// yearsScoresPaired: sentence s names two years or more as evaluated and
// holds two scores or more ("atas kinerja tahun 2019 memberikan nilai
// 58,35 (CC), sedangkan kinerja tahun 2020 memperoleh nilai 61,90 dengan
// predikat B"): the one-score reader would date the score its pattern
// finds by the first year, so such a sentence goes to the readers that
// pair each score with its own year.
func yearsScoresPaired(s string) bool {
	return len(distinctYears(joinYears(evaluatedYear.all(s)))) > 1 && len(sakipMentionMatches(s)) > 1
}
