package parse

import "regexp"

// An RB result stated after a colon as figures each led by its key word,
// without '=' or ':' between key and figure: "Hasil evaluasi Reformasi
// Birokrasi tahun 2021: nilai 22,80, bobot 36,30, persentase 62,81%".
// reRBRecord wants a key sign after each key, and the sentence patterns a
// verb and "dari bobot"; neither read it. The words before the colon name
// Reformasi Birokrasi and the year; the three figures must still prove
// each other (rbWeightedYear).
var reRBKeyed = regexp.MustCompile(`(?i)(reformasi\s+birokrasi[^:.]{0,60}?)\s*:\s*(?:nilai|indeks|skor)\s+(\d{1,3}[.,]\d{1,2})\s*[,;]\s*(?:dengan\s+)?bobot(?:\s+maks(?:imal|imum)?)?\s+(\d{1,3}(?:[.,]\d{1,2})?)\s*[,;]?\s*(?:dan\s+|atau\s+)?(?:persen(?:tase)?|capaian)\s+(\d{1,3}(?:[.,]\d{1,2})?)\s*%?`)

// proseRBKeyed reads such results in sentence s (one naming Reformasi
// Birokrasi and holding a colon: proseRBRecord asks only those).
func (p *parser) proseRBKeyed(start, end int, s string) {
	if !containsFoldASCII(s, "bobot") {
		return
	}
	for _, m := range reRBKeyed.FindAllStringSubmatchIndex(s, -1) {
		year, ok := namedYear(s[m[2]:m[3]], func() int { return fiscalYear(s[:m[0]]) })
		if !ok {
			continue
		}
		p.rbWeightedYear(start, end, s, []int{m[0], m[1], m[4], m[5], m[6], m[7], m[8], m[9]}, year)
	}
}
