package parse

import (
	"regexp"
	"strings"
)

// A line under the SAKIP text may label an earlier year's score with the
// year it is for: "Nilai tahun 2020: 63,46 (predikat B)." or "Nilai AKIP
// tahun 2019 = 60,12 (B)". The year stands right after "nilai" (and an
// optional AKIP/SAKIP/evaluasi word) and is closed by a colon, an equals
// sign or a comma, so it labels the score that follows; the score of a
// sentence that only mentions a year inside ("nilai yang diterima pada
// tahun 2020 adalah …") is not read this way. proseSakipPairs takes the
// year only for a sentence under the SAKIP text (afterSakipText) whose one
// score carries a grade that fits the score's band, and only when the label
// year is the sentence's only year.

var reValueYearLabel = regexp.MustCompile(`(?i)^\s*(?:nilai|skor)(?:\s+(?:evaluasi|akip|sakip|lke))*\s+(?:pada\s+)?tahun\s+((?:19|20)\d\d)\s*[:=,]`)

// valueYearLabel is the year a sentence's opening "Nilai tahun Y:" names,
// 0 when none or when another year stands in the sentence.
func valueYearLabel(s string) int {
	t := strings.TrimSpace(s)
	if len(t) < 16 || !(t[0] == 'N' || t[0] == 'n' || t[0] == 'S' || t[0] == 's') { // cheap gate: the label opens the sentence
		return 0
	}
	m := reValueYearLabel.FindStringSubmatch(t)
	if m == nil || len(distinctYears(t)) != 1 {
		return 0
	}
	return atoi(m[1])
}
