package extract

import (
	"regexp"
	"strings"
)

// A table may state its totals in its column titles instead of a total
// row ("Pagu (Rp), jumlah 31.764.800.000 | Realisasi (Rp), jumlah
// 31.120.678.534 | … | Serapan (%), keseluruhan 97,97"). Read as they
// stand, the titles hold figures, so the line is no header and the first
// row runs on into it. The line is cut in two: the titles, and a total
// row of the figures labelled "Jumlah" in the column before them, as the
// table would have written it under its rows.

var reTitledTotal = regexp.MustCompile(`(?i)^(\D*?\S)[,;]?\s+(?:jumlah|total|keseluruhan|seluruhnya)\s*:?\s*((?:Rp\.?\s*)?\d[\d.,]*\s*%?)$`)

// titledTotals splits a line of titles carrying totals into the titles
// and the total row; ok is false unless at least two cells carry a total
// and no other cell holds a digit.
func titledTotals(cells []string) (titles, totals []string, ok bool) {
	n, first := 0, -1
	for i, c := range cells {
		if !strings.ContainsAny(c, "0123456789") {
			continue
		}
		if !reTitledTotal.MatchString(c) {
			return nil, nil, false
		}
		n++
		if first < 0 {
			first = i
		}
	}
	if n < 2 || first < 1 {
		return nil, nil, false
	}
	titles, totals = make([]string, len(cells)), make([]string, len(cells))
	for i, c := range cells {
		if m := reTitledTotal.FindStringSubmatch(c); m != nil {
			titles[i], totals[i] = m[1], strings.TrimSpace(m[2])
		} else {
			titles[i] = c
		}
	}
	totals[first-1] = "Jumlah"
	return titles, totals, true
}
