package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// An earlier year's SAKIP result stated in a sentence that names the year
// only as "the year before", with the year itself in brackets or after
// "yaitu": "Evaluasi tahun sebelumnya (tahun 2019) memberikan nilai 61,80
// dengan predikat B.", "Hasil evaluasi tahun lalu, yaitu tahun 2019,
// adalah 61,80 dengan predikat B". The sentence names no AKIP, so
// proseSakip's gate (AKIP named, or "evaluasi atas tahun Y") passed it
// by; the bracketed year is the one the earlier evaluation scored, stated
// in the text. "Tahun sebelumnya" without a year proves none: no year is
// ever derived from the report's. A sentence about a target, a plan or
// another measure (RB, IKPA, …, as performanceEvaluation lists them)
// gives nothing; the grade must fit the score's band (proseSakip's test
// for an unnamed evaluation).

// reEarlierYear: "tahun sebelumnya (tahun 2019)", "evaluasi sebelumnya
// (2019)", "tahun lalu, yaitu tahun 2019".
var reEarlierYear = regexp.MustCompile(`(?i)\b(?:tahun|evaluasi|periode)\s+(?:sebelumnya|lalu)\s*(?:\(\s*|,\s*(?:yaitu|yakni)\s+)(?:tahun\s+(?:kinerja\s+)?)?((?:19|20)\d\d)\b`)

// earlierYear is the year an earlier-year sentence states in brackets (or
// after "yaitu"), 0 when there is none or the sentence is about a target.
func earlierYear(s string) int {
	if !containsFoldASCII(s, "sebelum") && !containsFoldASCII(s, "lalu") {
		return 0
	}
	for _, w := range [...]string{"target", "rencana", "diharapkan", "sasaran", "proyeksi"} {
		if containsFoldASCII(s, w) {
			return 0
		}
	}
	ms := reEarlierYear.FindAllStringSubmatch(s, -1)
	if len(ms) != 1 {
		return 0 // two earlier years: which one the score is of is not proven
	}
	return atoi(ms[0][1])
}

// earlierEvaluation: s states an earlier evaluation's result with its year
// bracketed, and names no other measure.
func earlierEvaluation(s string) bool {
	return containsFoldASCII(s, "evaluasi") && earlierYear(s) > 0 && !evalOtherMeasure(s)
}

// gradeFits: the grade stated beside a score is the one its band gives.
func gradeFits(score, grade string) bool {
	n := normalize.ParseNumber(score, normalize.Unknown)
	return n.Status == normalize.OK && n.Value > 0 && n.Value <= 100 &&
		normalize.GradeOf(n.Value) == normalize.Grade(strings.ToUpper(grade))
}

// reGradeKey: a grade stated as a key's value, "predikat: BB", `Predikat = "B"`.
var reGradeKey = regexp.MustCompile(`\b(?i:predikat)\s*[:=]\s*"?(?:AA|A|BB|B|CC|C|D)"?(?:\s|$)`)

// sakipChainLink: paragraph t is one sentence stating an evaluated year's
// result ("Hasil evaluasi atas tahun 2021: nilai 65,30, predikat B."), the
// kind of sentence proseSakip reads as SAKIP's without AKIP named. Such a
// sentence is SAKIP text for the one after it, so a run of earlier years
// written one a paragraph ("… atas tahun 2021 …", "… atas tahun 2020 …",
// "… atas tahun 2019 …") is read whole, not only its first two links
// under the heading. The next sentence still names its own year scored and
// states its own score; another measure, a budget or the voters break the
// run.
func sakipChainLink(t string) bool {
	if !hasScoreShape(t) {
		return false
	}
	// the bindings of a table literal's result, "nilai akhir: 71,55" with
	// "predikat: BB" (tuples_typed.go), state the evaluation as keys
	if reGradeKey.MatchString(t) && !evalOtherMeasure(t) && !containsFoldASCII(t, "pagu") {
		return true
	}
	if len(t) > 240 || len(sentences(strings.TrimSpace(t))) != 1 || !performanceEvaluation(t) {
		return false
	}
	for _, w := range [...]string{"pagu", "dpt", "pemilih", "pmprb", "target"} {
		if containsFoldASCII(t, w) {
			return false
		}
	}
	return true
}
