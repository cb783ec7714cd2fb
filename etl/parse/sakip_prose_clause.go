package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Earlier years' SAKIP scores, a clause each: "kinerja tahun 2018 dinilai
// 61,10 (B), sedangkan kinerja tahun 2019 … memperoleh nilai 61,21 dengan
// predikat B"; "Evaluasi SAKIP atas kinerja tahun 2021 memberikan nilai
// 67,34 (B), dan evaluasi Reformasi Birokrasi …"; "Pada evaluasi
// sebelumnya kinerja tahun 2020 memperoleh nilai 61,14 (B)" under the
// SAKIP text; "kinerja tahun 2020 dinilai 65,92 (enam puluh lima koma …)
// dan kinerja tahun 2021 dinilai 67,55". The sentence readers of sakip*.go
// read a sentence whole and leave it when its scores and years cannot be
// paired, or when RB shares it. Here each clause (parted at "sedangkan",
// "dan", "serta", a semicolon) is read alone, and only when it is
// unambiguous: one score, one year named as the one evaluated ("kinerja
// tahun Y", "atas tahun Y", "tahun yang dinilai Y"), no word of another
// measure, percentages or weights; its grade, when written, fits the
// score's band (else nothing proves which of them is meant), and a score
// without a grade follows the word "nilai" ("dinilai 65,92"). The text
// around is SAKIP's: the paragraph or the one before names the evaluation.

// clauseSeps part the clauses of a sentence.
var clauseSeps = []string{"; ", ", sedangkan ", " sedangkan ", ", dan ", " dan ", ", serta ", ", while ", " and ", ", against ", " against ",
	", compared with ", ", up from ", ", down from "}

// reEvaluatedYearEN: the year evaluated, in English ("the performance of
// fiscal year 2023", "for fiscal year 2022", "year evaluated 2023").
var reEvaluatedYearEN = regexp.MustCompile(`(?i)\b(?:fiscal\s+year|performance\s+(?:of\s+)?year|year\s+evaluated|for\s+year)\s+((?:19|20)\d\d)\b`)

// proseSakipClauses reads paragraph text t (its lines start..end) a clause
// at a time; ctx: the paragraph names the AKIP evaluation.
func (p *parser) proseSakipClauses(start, end int, t string, ctx bool) {
	// cheap tests first: this runs for every paragraph naming a score
	if !hasScoreShape(t) || !containsFoldASCII(t, "tahun") && !strings.Contains(t, "year") && !containsFoldASCII(t, "(kinerja") || !ctx && !p.afterSakipText() {
		return
	}
	for _, s := range sentences(t) {
		if !hasScoreShape(s) || !containsFoldASCII(s, "tahun") && !strings.Contains(s, "year") && !containsFoldASCII(s, "(kinerja") {
			continue
		}
		for from := 0; from < len(s); {
			to, next := nextClause(s, from)
			p.sakipClause(start, end, s[from:to])
			from = next
		}
		p.sakipNilaiLeads(start, end, s) // one "nilai" over several years' scores (sakip_prose_shared.go)
		// one score proven by its predikat (sakip_prose_graded.go)
		p.sakipGradedSentence(start, end, s)
		p.sakipBoundScores(start, end, s) // scores bound to the year beside them (sakip_prose_bound.go)
	}
}

// nextClause is the end of the clause of s that starts at from, and where
// the next one starts (len(s) after the last).
func nextClause(s string, from int) (int, int) {
	to, next := len(s), len(s)
	for _, sep := range clauseSeps {
		if k := strings.Index(s[from:], sep); k >= 0 && from+k < to {
			to, next = from+k, from+k+len(sep)
		}
	}
	if k := yearClauseComma(s[from:to]); k >= 0 {
		to, next = from+k, from+k+2 // two years' scores parted by a comma alone (sakip_prose_comma.go)
	}
	return to, next
}

// sakipClause loads the one score of clause c with its evaluated year,
// when nothing about it is in doubt.
func (p *parser) sakipClause(start, end int, c string) {
	if !hasScoreShape(c) || strings.IndexByte(c, '%') >= 0 {
		return
	}
	ys := evaluatedYear.all(c) // reEvaluatedYear.FindAllStringSubmatch(c, -1) in its years' windows (scan_window.go)
	if len(ys) == 0 && strings.Contains(c, "year") {
		ys = reEvaluatedYearEN.FindAllStringSubmatch(c, -1)
	}
	if len(ys) == 0 || len(distinctYears(joinYears(ys))) != 1 {
		return
	}
	low := " " + normalize.Key(c) + " "
	if otherMeasure(low) || has(low, "bobot", "persen", "komponen", "perencanaan", "pengukuran", "pelaporan", "capaian", "realisasi",
		"target", "rata", "pagu", "dpt", "pemilih", "pegawai", "skp", "asn", "individu") {
		return
	}
	if has(low, "meningkat", "menurun", "naik", "turun", "peningkatan", "penurunan", "kenaikan", "selisih", "poin") && !has(low, "menjadi") {
		return // a change from another year's score: the figure is the change, or the other year's
	}
	ms := sakipMentionMatches(c)
	if len(ms) != 1 {
		return
	}
	m := ms[0]
	score, grade := mentionParts(c, m)
	year := atoi(ys[0][1])
	n := normalize.ParseNumber(score, normalize.Unknown)
	if n.Status != normalize.OK || n.Value <= 0 || n.Value > 100 {
		return
	}
	if grade != "" {
		if normalize.GradeOf(n.Value) != normalize.Grade(strings.ToUpper(grade)) {
			return // the grade is not the score's: which is meant is unproven
		}
	} else if !strings.Contains(strings.ToLower(c[max(0, m[0]-16):m[0]]), "nilai") && !(strings.HasSuffix(strings.TrimSpace(c), ".") && nilaiSubject(c[:m[0]])) {
		return // a bare figure not given as a score ("nilai tahun kinerja Y adalah": sakip_nilai_subject.go)
	}
	satker, one := p.clauseSatker(c)
	if !one || p.hasProseSakip(satker, year) {
		return
	}
	v := n.Value
	p.addSakip(facts.Sakip{Span: facts.Span{Start: start, End: end}, SatkerID: satker, TahunDinilai: year,
		Nilai: &v, Predikat: strings.ToUpper(grade), Keyakinan: "tinggi", Sumber: "teks"}, false)
}

// clauseSatker is the satker clause c speaks of: the one it names, else
// the reporting satker; false when it names several.
func (p *parser) clauseSatker(c string) (string, bool) {
	fs := distinctSatkers(normalize.FindSatkers(c, p.prov, false))
	if len(fs) > 1 {
		return "", false
	}
	if len(fs) == 1 {
		return fs[0], true
	}
	return p.doc.Meta.SatkerID, true
}
