package parse

// sakipYearAbove is the evaluated year for a score stated with no year
// when the paragraphs just above name it: an evaluation letter quoted
// whole names the year in its subject or first numbered paragraph
// ("evaluasi atas implementasi SAKIP Tahun 2023") and states the score in
// the next ("2. Hasil evaluasi menunjukkan nilai 75,52 …"). Only the few
// paragraphs before line before count, captions aside; two different
// years named there prove neither, and 0 is returned.
func (p *parser) sakipYearAbove(before int) int {
	year, seen := 0, 0
	for k := len(p.recent) - 1; k >= 0 && seen < 4; k-- {
		r := p.recent[k]
		if r.line >= before {
			continue
		}
		seen++
		if r.caption {
			continue
		}
		for _, m := range reSakipObjectYear.FindAllStringSubmatch(r.text, -1) {
			y := atoi(m[1])
			if year != 0 && y != year {
				return 0
			}
			year = y
		}
	}
	return year
}
