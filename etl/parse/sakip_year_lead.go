package parse

import "strings"

// A sentence may open with the year it speaks of, set off by a comma, and
// then state that year's SAKIP score: "Untuk tahun 2019, nilai SAKIP yang
// diperoleh 59,55 dengan predikat CC." sakipYear reads a year only after
// the evaluation's words ("AKIP Tahun Y", "atas tahun Y") or as the date
// of the evaluation ("pada tahun Y"), so such a sentence gave no year. The
// lead "untuk tahun Y," (or "bagi tahun Y,") names the year scored; it is
// taken only when it is the sentence's one year and the grade stated fits
// the score's band.

// leadYear is the year a sentence's opening "Untuk tahun Y," names, 0 when
// none, another year stands in the sentence, or the grade does not fit.
func leadYear(s, score, grade string) int {
	t := strings.TrimSpace(s)
	low := strings.ToLower(t)
	lead := ""
	for _, w := range [...]string{"untuk tahun ", "bagi tahun "} {
		if strings.HasPrefix(low, w) {
			lead = w
		}
	}
	if lead == "" || !gradeFits(score, grade) {
		return 0
	}
	rest := t[len(lead):]
	if len(rest) < 5 || rest[4] != ',' || !allDigits(rest[:4]) {
		return 0
	}
	y := ikuYearOf(rest[:4])
	if y == 0 || len(distinctYears(rest)) != 1 {
		return 0
	}
	return y
}
