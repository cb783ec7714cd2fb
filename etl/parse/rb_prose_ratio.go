package parse

import (
	"regexp"
	"strings"
)

// An RB result in a sentence whatever its verb: "Evaluasi Reformasi
// Birokrasi tahun 2022 memberikan nilai 24,87 dari bobot 36,30 atau 68,51
// persen", "Indeks Reformasi Birokrasi tahun 2022 tercatat 22,27 dari
// bobot 36,30 (61,35%)", "… nilai 24,63 dari bobot 36,30, setara 67,85%" (or
// ", yaitu 67,85 persen"),
// "Nilai RB 2023: 21,74 dari 36,30 (59,89%)" (the weight's word left out:
// the percentage still proves the pair). The sentence patterns of rb.go list the verbs
// they know; another author's verb ("memberikan", "tercatat", "meraih")
// left the result unread. Here the verb does not matter: the three
// figures prove each other (nilai / bobot × 100 = persen, proseRBWeighted
// reports them when they do not), and they must follow the words
// "Reformasi Birokrasi" (or "RB") in the same clause, with no other score
// between: the SAKIP score an author puts in the clause before ("Evaluasi
// SAKIP … nilai 67,34 (B), dan evaluasi Reformasi Birokrasi …") is
// never taken.

var reRBRatio = regexp.MustCompile(`(?i)(\d{1,3}[.,]\d{1,2})\s*(?:dari|of|out\s+of)\s+(?:an?\s+)?(?:total\s+|maximum\s+)?(?:(?:bobot|weight)\s+)?(?:maksimal\s+|maksimum\s+|of\s+)?(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:\(\s*|,\s*|,?\s*(?:atau|or|yaitu|yakni|setara(?:\s+dengan)?|sama\s+dengan|ekuivalen(?:\s+dengan)?|equivalent\s+to|equal\s+to)\s+(?:sebesar\s+)?)(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|persen\b|percent\b)`)

// reYear4: a year of the RB result's clause.
var reYear4 = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

// proseRBRatio reads the weighted RB results of paragraph text t that the
// sentence patterns left.
func (p *parser) proseRBRatio(start, end int, t string) {
	for _, s := range sentences(t) {
		if !strings.Contains(s, "bobot") && !strings.Contains(s, "weight") && !strings.Contains(s, " dari ") {
			continue
		}
		if !containsFoldASCII(s, "reformasi") {
			s = expandRB(s)
		}
		ls := strings.ToLower(s)
		kw := strings.Index(ls, "reformasi birokrasi")
		if k := strings.Index(ls, "bureaucratic reform"); kw < 0 || k >= 0 && k < kw {
			kw = k
		}
		if kw < 0 {
			continue
		}
		m := reRBRatio.FindStringSubmatchIndex(s[kw:])
		if m == nil || m[2] > 170 {
			continue
		}
		for k := range m {
			m[k] += kw
		}
		if scoreIndex(s[kw:m[2]]) < m[2]-kw {
			continue // another score between the words and this one
		}
		// the year: the one year the clause names between the words and
		// the score ("tahun 2022", "for 2022"); two are no proof of either
		year := 0
		switch ys := distinctYears(strings.Join(reYear4.FindAllString(s[kw:m[2]], -1), " ")); len(ys) {
		case 0:
			year = rbYear(s, []int{kw, m[1]})
		case 1:
			year = ys[0]
		default:
			continue
		}
		p.rbWeightedYear(start, end, s, []int{kw, m[1], m[2], m[3], m[4], m[5], m[6], m[7]}, year)
	}
}
