package parse

import "strings"

// A list of earlier years' scores parted by commas alone: "Nilai tahun
// kinerja 2020 adalah 58,40 (CC), tahun kinerja 2019 52,15 (CC)." Without a
// "dan" the comma is the only seam, and the sentence read whole holds two
// scores and two years, which nothing pairs. A comma parts two clauses
// here only when each side names its own evaluated year, so a clause
// stays whole when its year stands on one side of a comma and its score
// on the other ("Nilai 61,10 (B), tahun kinerja 2018").

// yearClauseComma is the offset in c of the first ", " that opens a clause
// naming its evaluated year after one that names its own; -1 when none.
func yearClauseComma(c string) int {
	if !containsFoldASCII(c, "tahun") {
		return -1 // the cheap gate: no year phrase, no seam
	}
	for off := 0; ; {
		k := strings.Index(c[off:], ", ")
		if k < 0 {
			return -1
		}
		k += off
		if yearPhraseOpens(c[k+2:]) && len(evaluatedYear.all(c[:k])) > 0 {
			return k
		}
		off = k + 2
	}
}

// yearPhraseOpens: s opens with the phrase of an evaluated year ("tahun
// kinerja 2019", "kinerja tahun 2019", "atas tahun 2019").
func yearPhraseOpens(s string) bool {
	m := reEvaluatedYear.FindStringIndex(s)
	return m != nil && m[0] == 0
}
