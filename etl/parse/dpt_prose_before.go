package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The sexes stated before the total, in the same sentence: "DPT Pemilu
// 2019: 51.200 laki-laki, 52.300 perempuan, seluruhnya 103.500 pemilih di
// 420 TPS". The count before "pemilih" is the total only when the laki-laki
// and perempuan figures before it make it, as for figures after it.

// sentenceBefore is the part of t's sentence before byte at.
func sentenceBefore(t string, at int) string {
	s := t[:at]
	if i := strings.LastIndex(s, ". "); i >= 0 {
		s = s[i+2:]
	}
	return s
}

// sexesBefore: the sexes stated before the count at m[0] make tot.
func sexesBefore(t string, at int, tot string) bool {
	return sexesMake(sentenceBefore(t, at), tot)
}

// sexesFromBefore fills d's laki-laki and perempuan from the sentence
// before its total when none follow it and they make the total.
func sexesFromBefore(d *facts.DPT, t string, at int) {
	if d.PemilihL != nil || d.PemilihP != nil || d.PemilihTotal == nil {
		return
	}
	s := sentenceBefore(t, at)
	l, pp := reDPTL.FindStringSubmatch(s), reDPTP.FindStringSubmatch(s)
	if l == nil || pp == nil {
		return
	}
	lv, pv := countOf(l), countOf(pp)
	if lv != nil && pv != nil && *lv+*pv == *d.PemilihTotal {
		d.PemilihL, d.PemilihP = lv, pv
	}
}
