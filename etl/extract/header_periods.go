package extract

import "strings"

// Month names head the columns of a table reported per month ("Maret |
// Juni | September | Desember", "s.d. Desember"), as triwulan and semester
// do: they are header words (the parser's capaian_periods.go reads which
// column is the year's).
func init() {
	for _, w := range strings.Fields(`januari februari pebruari maret april mei juni juli agustus september
	oktober november nopember desember`) {
		headerVocab[w] = true
	}
}
