package pdftext

import "math"

// paragraphOver counts the lines opening a stack's band that are a
// justified paragraph set right over a table's header inside one band
// (the rule under the last table's rows, the paragraph, then the next
// table's header over its rule): lines at the table's left edge that fill
// the measure (reaching right, its lines' widest end) with every word
// space stretched alike, and the paragraph's short last line under them
// at their pitch. A header line follows them in the band; without one the
// band is left as it is. Read as one row, the paragraph's words would be
// cut into the header's cells and the header merged with them.
func paragraphOver(ls []textLine, left, right float64) int {
	if len(ls) < 2 || len(ls[0].words) < 3 {
		return 0 // cheap: a header band opens with a row, not a sentence
	}
	n := 0
	for k := range ls {
		l := &ls[k]
		if isSeed(l) || l.x0 > left+0.5*l.size {
			break
		}
		if stretchedFull(l, right) {
			n = k + 1
			continue
		}
		if n == k && k > 0 && l.base-ls[k-1].base <= 1.6*math.Max(l.size, ls[k-1].size) {
			n = k + 1 // the paragraph's last line, set short
		}
		break
	}
	if n == 0 || n >= len(ls) || !isSeed(&ls[n]) {
		return 0
	}
	return n
}

// stretchedFull reports a line of justified prose that fills the measure:
// its spaces stretched alike, none wider than an em (a header's cells
// spread evenly over the table stand several ems apart).
func stretchedFull(l *textLine, right float64) bool {
	if len(l.words) < 3 || l.x1 < right-l.em() {
		return false
	}
	minGap, maxGap := math.Inf(1), 0.0
	for _, w := range l.words[1:] {
		minGap, maxGap = math.Min(minGap, w.gapBefore), math.Max(maxGap, w.gapBefore)
	}
	return maxGap <= l.em() && justified(l, minGap, maxGap)
}
