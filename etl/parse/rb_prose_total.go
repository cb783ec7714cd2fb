package parse

import (
	"math"
	"regexp"
	"strings"
)

// An RB sentence that scores the components before the whole:
// "… Reformasi Birokrasi tahun 2023: komponen pengungkit 14,10 dari bobot
// 21,78 dan komponen hasil 8,95 dari bobot 14,52, total 23,05 dari bobot
// 36,30 (63,50%)". The ratio reader takes a score only with no other score
// between the words and it, so the components hid the total. The total is
// the last "N dari bobot B" pair, named as a whole (total, jumlah, nilai
// akhir, secara keseluruhan); it is read only when the pairs before it sum
// to it, nilai and bobot alike, and its percentage proves it
// (rbWeightedYear). The year is the one named between the words and the
// first pair (two: not read).

var (
	reRBPair      = regexp.MustCompile(`(?i)(\d{1,3}[.,]\d{1,2})\s*dari\s+(?:total\s+)?bobot\s+(?:maksimal\s+|maksimum\s+)?(\d{1,3}(?:[.,]\d{1,2})?)`)
	reRBWholeWord = regexp.MustCompile(`(?i)\b(?:total|jumlah|nilai\s+akhir|keseluruhan)\b[^\d]{0,20}$`)
	reRBPctNext   = regexp.MustCompile(`(?i)^\s*(?:\(\s*|,?\s*(?:atau|setara(?:\s+dengan)?)\s+(?:sebesar\s+)?)(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|persen\b)`)
)

// proseRBTotal reads the total of paragraph text t's RB sentences that
// score their components first.
func (p *parser) proseRBTotal(start, end int, t string) {
	if strings.Count(t, "bobot") < 3 {
		return // two parts and a whole need three pairs
	}
	for _, s := range sentences(t) {
		if !strings.Contains(s, "bobot") {
			continue
		}
		if !containsFoldASCII(s, "reformasi") {
			s = expandRB(s)
		}
		kw := strings.Index(strings.ToLower(s), "reformasi birokrasi")
		if kw < 0 {
			continue
		}
		ps := reRBPair.FindAllStringSubmatchIndex(s[kw:], -1)
		if len(ps) < 3 {
			continue
		}
		for _, m := range ps {
			for k := range m {
				m[k] += kw
			}
		}
		last := ps[len(ps)-1]
		if !reRBWholeWord.MatchString(s[ps[len(ps)-2][1]:last[0]]) {
			continue
		}
		pct := reRBPctNext.FindStringSubmatchIndex(s[last[1]:])
		if pct == nil || !partsMake(s, ps) {
			continue
		}
		year, ok := namedYear(s[kw:ps[0][0]], func() int { return rbYear(s, []int{kw, last[1]}) })
		if !ok {
			continue
		}
		p.rbWeightedYear(start, end, s, []int{kw, last[1] + pct[1], last[2], last[3], last[4], last[5], last[1] + pct[2], last[1] + pct[3]}, year)
	}
}

// partsMake: the nilai and bobot of every pair but the last sum to the
// last's.
func partsMake(s string, ps [][]int) bool {
	var n, b float64
	for _, m := range ps[:len(ps)-1] {
		nv, bv := numOf(s[m[2]:m[3]]), numOf(s[m[4]:m[5]])
		if nv == nil || bv == nil {
			return false
		}
		n, b = n+*nv, b+*bv
	}
	last := ps[len(ps)-1]
	tn, tb := numOf(s[last[2]:last[3]]), numOf(s[last[4]:last[5]])
	return tn != nil && tb != nil && math.Abs(n-*tn) < 0.011 && math.Abs(b-*tb) < 0.011
}
