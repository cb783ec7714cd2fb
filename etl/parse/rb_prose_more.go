package parse

import (
	"regexp"
)

// A second year's RB result in the same sentence, after the first:
// "Nilai Reformasi Birokrasi Tahun 2023 adalah 24,18 dari bobot 36,30
// (66,61%), sedangkan Tahun 2022 23,47 dari bobot 36,30 (64,66%)." The
// clause names its own year and states nilai, bobot and percentage, which
// must agree as in any weighted RB sentence (proseRBWeighted).
var reRBNextYear = regexp.MustCompile(`(?i)^\s*\)?\s*,?\s*(?:sedangkan|dan|serta)\s+(?:pada\s+|untuk\s+)?(tahun\s+(?:19|20)\d\d)\s+(?:(?:adalah|sebesar|yaitu)\s+)?(\d{1,3}[.,]\d{1,2})\s*dari\s+(?:total\s+)?bobot\s+(?:maksimal\s+)?(\d{1,3}(?:[.,]\d{1,2})?)\s*\(\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*%`)

// rbNextYear reads the clause after the weighted match that ends at e in
// s, when it states another year's result.
func (p *parser) rbNextYear(start, end int, s string, e int) {
	m := reRBNextYear.FindStringSubmatchIndex(s[e:])
	if m == nil {
		return
	}
	for k := range m {
		if m[k] >= 0 {
			m[k] += e
		}
	}
	// m[2:4] the year's words, then nilai, bobot, persen: proseRBWeighted
	// reads its year from the match, which opens with "tahun YYYY"
	p.proseRBWeighted(start, end, s, []int{m[2], m[1], m[4], m[5], m[6], m[7], m[8], m[9]})
}
