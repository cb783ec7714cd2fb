package pdftext

import (
	"sort"
	"strings"
	"unicode"
)

// pageLines is one laid-out page.
type pageLines struct {
	lines []outLine
	h     float64
	ocr   bool // the whole page was read by OCR
}

// dropLines removes, in place, the lines of every page that drop reports
// (page index, line index on the page, the line): the furniture the page
// passes (running heads, folios, stamps) find.
func dropLines(pages []pageLines, drop func(i, j int, l *outLine) bool) {
	for i := range pages {
		kept := pages[i].lines[:0]
		for j := range pages[i].lines {
			if !drop(i, j, &pages[i].lines[j]) {
				kept = append(kept, pages[i].lines[j])
			}
		}
		pages[i].lines = kept
	}
}

// runningZone is the share of the page height at the top and at the bottom
// where running headers and footers live.
const runningZone = 0.12

// dropRunning removes running headers and footers: lines in the top or
// bottom zone of a page whose text, digits masked (page numbers change),
// appears in that zone on at least half of the pages (and on two or more).
// A run of digits counts as one, so page numbers of any length match.
func dropRunning(pages []pageLines) {
	if len(pages) < 2 {
		return
	}
	count := map[string]int{}
	sizes := map[string][]float64{}
	keys := make([][]string, len(pages))
	for i, p := range pages {
		keys[i] = runningKeys(p) // runningKey, with the blocks run on past the zone (runblock.go)
		seen := map[string]bool{}
		for j, l := range p.lines {
			if k := keys[i][j]; k != "" && !seen[k] {
				seen[k] = true
				count[k]++
				if l.size > 0 { // a row cut into cells has no size of its own
					sizes[k] = append(sizes[k], l.size)
				}
			}
		}
	}
	need := (len(pages) + 1) / 2
	if need < 2 {
		need = 2
	}
	alternateHeads(pages, keys, count, need) // an even page's chapter head (running_alt.go)
	dropLines(pages, func(i, j int, l *outLine) bool {
		k := keys[i][j]
		return k != "" && count[k] >= need && !larger(l.size, sizes[k])
	})
}

// larger reports a line drawn clearly larger than most lines of its
// running text: a cover title that reads like the running header ("LKjIP")
// is the document's title, not page furniture.
func larger(size float64, sizes []float64) bool {
	if size <= 0 || len(sizes) == 0 {
		return false
	}
	s := append([]float64(nil), sizes...)
	sort.Float64s(s)
	return size > 1.25*s[len(s)/2]
}

// runningKey is the zone-qualified, digit-masked text of a line in the top
// or bottom zone, or "" for a line in the body.
func runningKey(l outLine, h float64) string {
	zone := ""
	switch {
	case h <= 0, strings.Contains(l.text, "\t") && !l.alone:
		// Table rows are never running text: a header row repeated on
		// every page of a long table must stay. A typed line cut alone
		// may be: a listing's header spaces its parts like cells.
		return ""
	case l.top < runningZone*h:
		zone = "top:"
	case l.top > (1-runningZone)*h:
		zone = "bottom:"
	default:
		return ""
	}
	// A listing header cut into cells matches its plain twin on a page
	// too sparse to prove its face monospaced (a cover).
	t := maskDigits(strings.ReplaceAll(strings.TrimSpace(l.text), "\t", " "))
	if t == "" {
		return ""
	}
	return zone + t
}

// maskDigits replaces each run of digits by one '#': page 10 numbers its
// footer like page 9 ("- 10 -" and "- 9 -" are both "- # -").
func maskDigits(s string) string {
	var b strings.Builder
	digit := false
	for _, r := range s {
		if unicode.IsDigit(r) {
			if !digit {
				b.WriteByte('#')
			}
			digit = true
			continue
		}
		digit = false
		b.WriteRune(r)
	}
	return b.String()
}
