package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A score stated as the predicate of "nilai" with the year scored between
// them: "Nilai tahun kinerja 2018 adalah 58,47.", "Sebagai pembanding,
// nilai tahun kinerja 2018 adalah 61,05.", "Nilai tahun kinerja 2017
// sebelumnya 54,10." — one more sentence under the SAKIP text and table,
// no grade written. sakipClause takes a bare figure only right after the
// word "nilai" ("dinilai 65,92"); here the words between are the year
// named as the one evaluated and a copula, so the figure is that year's
// score as surely. Nothing else may stand between: another figure, a
// measure's name or a change word leaves the clause unread (a change is
// already refused by sakipClause). The grade is the band's, given at
// resolve (sakip.predikat_dari_nilai). Only a clause that ends its
// sentence: another clause after it may state a change ("… dan tahun
// kinerja 2022 naik 2,42 poin").

// nilaiLinks: the words that may stand between "nilai", the year scored
// and the score.
var nilaiLinks = map[string]bool{"adalah": true, "ialah": true, "sebesar": true, "yaitu": true, "yakni": true,
	"sebelumnya": true, "tercatat": true, "untuk": true, "pada": true, "atas": true, "hasil": true,
	"evaluasi": true, "akip": true, "sakip": true, "akhir": true, "yang": true, "diperoleh": true}

// nilaiSubject: pre (the clause before its one score) ends in "nilai", the
// year named as the one evaluated and link words only.
func nilaiSubject(pre string) bool {
	i := -1
	for off := 0; ; {
		k := indexFoldASCII(pre[off:], "nilai")
		if k < 0 {
			break
		}
		at := off + k
		off = at + len("nilai")
		if at == 0 || !isTokenByte(pre[at-1]) {
			i = at // the last "nilai" that is a word of its own ("dinilai" is not)
		}
	}
	if i < 0 {
		return false
	}
	rest := pre[i+len("nilai"):]
	loc := reEvaluatedYear.FindStringIndex(rest)
	if loc == nil || reEvaluatedYear.FindStringIndex(rest[loc[1]:]) != nil {
		return false // the year scored must stand between, once
	}
	for _, part := range [...]string{rest[:loc[0]], rest[loc[1]:]} {
		if strings.ContainsAny(part, "0123456789") {
			return false
		}
		for _, w := range strings.Fields(normalize.Key(part)) {
			if !nilaiLinks[w] {
				return false
			}
		}
	}
	return true
}
