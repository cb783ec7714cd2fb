package pdftext

import (
	"math"
	"strings"
)

// alternateHeads proves the running heads of a two-sided layout: the odd
// pages repeat the report's title and the even pages name the current
// chapter ("BAB II" on one page, "BAB III" on the next), so neither text
// is on half the pages and dropRunning alone keeps both. Left in, a head
// lands inside the prose and before a section ("BAB III" over "C.
// Realisasi Anggaran"). A head is a page's topmost line in the top zone
// standing apart from the body (the next line two of its sizes lower or
// more). A text that heads at least half the pages of one parity (two or
// more) and none of the other is running; so is every other head set at
// its height and size on two or more pages (mirror margins move a head
// sideways, never up or down). A body's first line (a continued table's
// caption over its header) stands no apart, so it is never a head.
func alternateHeads(pages []pageLines, keys [][]string, count map[string]int, need int) {
	type head struct {
		page, line int
		top, size  float64
		key        string
	}
	var heads []head
	for i, p := range pages {
		first, next := -1, math.Inf(1)
		for j, l := range p.lines {
			if first < 0 || l.top < p.lines[first].top {
				first = j
			}
		}
		if first < 0 {
			continue
		}
		l := p.lines[first]
		for j, o := range p.lines {
			if j != first && o.top > l.top {
				next = math.Min(next, o.top)
			}
		}
		if k := keys[i][first]; strings.HasPrefix(k, "top:") && l.size > 0 && next-l.top >= 2*l.size && !math.IsInf(next, 1) {
			heads = append(heads, head{i, first, l.top, l.size, k})
		}
	}
	if len(heads) < 3 {
		return
	}
	// pages per parity, and the pages of each parity a text heads
	var pagesOf [2]int
	for i := range pages {
		pagesOf[i%2]++
	}
	byParity := map[string]*[2]int{}
	for _, h := range heads {
		if byParity[h.key] == nil {
			byParity[h.key] = &[2]int{}
		}
		byParity[h.key][h.page%2]++
	}
	proven := func(k string) bool {
		if count[k] >= need {
			return true
		}
		n := byParity[k]
		for par := 0; par < 2; par++ {
			if n[par] >= 2 && 2*n[par] >= pagesOf[par] && n[1-par] == 0 {
				return true
			}
		}
		return false
	}
	var sure []head
	for _, h := range heads {
		if proven(h.key) {
			sure = append(sure, h)
		}
	}
	// Only the heads change key: the same text lower on a page (the
	// chapter's own title on its first page) keeps its count.
	const alt = "top:\x00alternate head"
	for _, h := range heads {
		if count[h.key] >= need {
			continue
		}
		seen := map[int]bool{}
		for _, s := range sure {
			if s.page != h.page && math.Abs(s.top-h.top) <= 1 && math.Abs(s.size-h.size) <= 0.5 {
				seen[s.page] = true
			}
		}
		if len(seen) >= 2 {
			keys[h.page][h.line] = alt
			count[alt] = need
		}
	}
}
