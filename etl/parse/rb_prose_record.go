package parse

import (
	"regexp"
	"strings"
)

// An RB result written as one labelled record rather than a sentence:
// "NILAI RB TAHUN 2022 = 24,52 // BOBOT = 36,30 // PERSEN = 67,55",
// "Indeks Reformasi Birokrasi 2023: 26,02; bobot: 36,30; persentase:
// 71,68%". A telegram or form house style keys every figure and parts the
// keys with '//', ';' or ','; the sentence patterns look for verbs and
// "dari bobot" and never see it. The keys name the figures, and the three
// must still prove each other (nilai / bobot × 100 = persen,
// rbWeightedYear reports them when they do not); the score's key must name
// Reformasi Birokrasi (or RB), so a SAKIP record of the same shape is
// never taken.

var reRBRecord = regexp.MustCompile(`(?i)\b(?:nilai|indeks|skor)\b([^=:\d]{0,60}?(?:(?:19|20)\d\d[^=:\d]{0,30}?)?)\s*[=:]\s*(\d{1,3}[.,]\d{1,2})\s*(?://|;|,|\|)\s*bobot(?:\s+maks(?:imal|imum)?)?\s*[=:]\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*(?://|;|,|\|)\s*(?:persen(?:tase)?|capaian)\s*(?:\(\s*%\s*\))?\s*[=:]\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*%?`)

// proseRBRecord reads the RB records of paragraph text t.
func (p *parser) proseRBRecord(start, end int, t string) {
	if strings.IndexByte(t, '=') < 0 && strings.IndexByte(t, ':') < 0 {
		return // no key in the paragraph: not split into sentences for nothing
	}
	for _, s := range sentences(t) {
		if strings.IndexByte(s, '=') < 0 && strings.IndexByte(s, ':') < 0 {
			continue
		}
		if !containsFoldASCII(s, "reformasi") {
			s = expandRB(s)
		}
		p.proseRBKeyed(start, end, s) // "… Reformasi Birokrasi tahun 2021: nilai 22,80, bobot 36,30, …" (rb_prose_keyed.go)
		if !containsFoldASCII(s, "bobot") {
			continue // the record's "bobot" (letters folding to no other rune) is missing: issue 13
		}
		for _, m := range reRBRecord.FindAllStringSubmatchIndex(s, -1) {
			key := s[m[2]:m[3]]
			if !containsFoldASCII(key, "reformasi birokrasi") {
				continue
			}
			year, ok := namedYear(key, func() int { return fiscalYear(s[:m[0]]) })
			if !ok {
				continue
			}
			p.rbWeightedYear(start, end, s, []int{m[0], m[1], m[4], m[5], m[6], m[7], m[8], m[9]}, year)
		}
	}
}

// namedYear is the one year words name, else fallback(); two years are no
// proof of either (ok false).
func namedYear(words string, fallback func() int) (int, bool) {
	switch ys := distinctYears(strings.Join(reYear4.FindAllString(words, -1), " ")); len(ys) {
	case 0:
		return fallback(), true
	case 1:
		return ys[0], true
	}
	return 0, false
}
