package parse

import (
	"math"
	"regexp"
)

// Components told in speech (a radio script's or an interview's turns,
// joined by dialogueTurns): "Komponen Pengukuran Kinerja, bobotnya 30,00,
// nilai yang kami peroleh 21,75." Each component names its weight first
// and "the score we got" after it; the final score comes last, once every
// component was said ("Nilai akhirnya 70,79 dari 100,00, dengan predikat
// BB."), not before them as a report's paragraph states it. It is the
// year's score only when it equals the components' sum, as a score before
// them must.

// kompGot: the words between "nilai" and a component's score in speech,
// "nilai yang kami peroleh", "nilai yang diraih".
const kompGot = `(?:yang\s+(?:kami\s+|kita\s+)?(?:peroleh|diperoleh|dapat|dapatkan|raih|diraih|capai|dicapai|terima)\s+)?`

// reTotalAfter: a score after the components, and the grade when written
// beside it ("70,79 dengan predikat BB", "70,79 (BB)").
var reTotalAfter = regexp.MustCompile(`\b(\d{2}[.,]\d{2})\b(?:\s*(?:\(\s*|,?\s*dengan\s+predikat\s+|predikat(?:\s*:)?\s+)["“]?(AA|A|BB|B|CC|C|D)\b)?`)

// kompTotalAfter is the first score of after (the text after the last
// component) equal to sum, with its grade; 0 when none is.
func kompTotalAfter(after string, sum float64) (float64, string) {
	if !hasScoreShape(after) {
		return 0, ""
	}
	for _, m := range reTotalAfter.FindAllStringSubmatch(after, -1) {
		if v := numOf(m[1]); v != nil && math.Abs(*v-sum) < 0.011 {
			return *v, m[2]
		}
	}
	return 0, ""
}
