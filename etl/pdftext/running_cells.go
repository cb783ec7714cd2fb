package pdftext

import (
	"regexp"
	"strings"
)

// amountRe finds a figure with a separator ("12.345", "97,5"): no page
// counter's.
var amountRe = regexp.MustCompile(`\d[.,]\d`)

// dropCountedHeads removes a running head cut into cells: a carbon copy's
// "hal. 7" at the top left and its "TEMBUSAN / Lembar ke-2" stamp frame at
// the top right share one line, whose wide gap the borderless route cuts
// with a TAB ("hal. 7\tTEMBUSAN Lembar ke-2"). dropRunning never drops a
// line cut into cells, since a long table's header repeated at the top of
// every page must stay; so this pass asks for more proof: a line outside
// any ruled table, in the top or bottom zone, whose text with digits
// masked comes on at least half of the pages (two or more) and whose
// digits differ on every one of them: a page counter. A table header
// repeated on every page is the same text each time and stays; so does a
// table's first row, whose words differ from page to page, and so does a
// row holding an amount (a subtotal carried at the foot of every page,
// "Jumlah dipindahkan\t12.345.000", grows like a counter).
func dropCountedHeads(pages []pageLines) {
	if len(pages) < 2 {
		return
	}
	key := func(l outLine, h float64) string {
		if h <= 0 || l.table != 0 || l.alone || !strings.Contains(l.text, "\t") {
			return ""
		}
		zone := ""
		switch {
		case l.top < runningZone*h:
			zone = "top:"
		case l.top > (1-runningZone)*h:
			zone = "bottom:"
		default:
			return ""
		}
		if amountRe.MatchString(l.text) {
			return "" // an amount: a subtotal carried from page to page, no counter
		}
		t := maskDigits(strings.ReplaceAll(strings.TrimSpace(l.text), "\t", " "))
		if !strings.Contains(t, "#") {
			return "" // no counter: a header repeated on every page
		}
		return zone + t
	}
	count := map[string]int{}
	texts := map[string]map[string]bool{}
	found := false
	for _, p := range pages {
		seen := map[string]bool{}
		for _, l := range p.lines {
			k := key(l, p.h)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			count[k]++
			if texts[k] == nil {
				texts[k] = map[string]bool{}
			}
			texts[k][l.text] = true
			found = true
		}
	}
	if !found {
		return
	}
	need := max(2, (len(pages)+1)/2)
	dropLines(pages, func(i, _ int, l *outLine) bool {
		k := key(*l, pages[i].h)
		return k != "" && count[k] >= need && len(texts[k]) == count[k]
	})
}
