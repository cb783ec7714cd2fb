package parse

import "strings"

// A capaian table whose last column is not the capaian but its distance
// from 100 %, in signed points:
//
//	No  Indikator Kinerja  Satuan  Target  Realisasi  Capaian thd 100% (poin)
//	1   Persentase ...     %       80,00   84,27      +5,34
//
// The title holds "Capaian", so the vocabulary named the column capaian and
// its +5,34 loaded as the capaian (0,00 for every indicator met). A title
// that measures in points, or leads with a difference's word ("Selisih",
// "Deviasi"), names a difference and no role: the column is left unnamed,
// as an analyst's "Deviasi (R−T)" column is, and the capaian is computed.

// differenceTitle reports a title naming a difference (k folded, spaced).
func differenceTitle(k string) bool {
	if has(k, "poin", "points", "pp") {
		return true // "(poin)", "(pp)": percentage points are a difference
	}
	first, _, _ := strings.Cut(strings.TrimLeft(k, " "), " ") // the first word, without a slice of them all
	return first == "selisih" || first == "deviasi" || first == "deviation" || first == "gap"
}
