package pdftext

import "strings"

// A page number printed inside a page drawn smaller than the sheet (a
// page shown on a projection screen and photographed, a page reduced onto
// a larger sheet, a slide with its page in the middle) sits at the foot of
// the page's text but far above the sheet's bottom zone, so dropRunning
// never sees it. Left in, a lone "6" before a page break splits whatever
// record or table row runs on over the break.
//
// dropFolios removes such a number by its sequence, not its place on the
// sheet: the lowest (or highest) line of a page that is a lone small
// number, on three or more pages whose numbers rise with the page index at
// one offset (page i shows i+d). A lone figure ending a page by chance is
// not in step with its neighbours' last lines and stays.

// folioMin is how many pages must carry numbers in step.
const folioMin = 3

type folioHit struct {
	page, line int
}

func dropFolios(pages []pageLines) {
	if len(pages) < folioMin {
		return
	}
	groups := map[[2]int][]folioHit{} // (zone, offset) -> hits
	for i, p := range pages {
		lo, hi := extremeLines(p.lines)
		if lo >= 0 {
			if v, ok := folioValue(p.lines[lo]); ok {
				k := [2]int{0, v - i}
				groups[k] = append(groups[k], folioHit{i, lo})
			}
		}
		if hi >= 0 && hi != lo {
			if v, ok := folioValue(p.lines[hi]); ok {
				k := [2]int{1, v - i}
				groups[k] = append(groups[k], folioHit{i, hi})
			}
		}
	}
	drop := map[folioHit]bool{}
	for _, hs := range groups {
		if len(hs) < folioMin {
			continue
		}
		for _, h := range hs {
			drop[h] = true
		}
	}
	if len(drop) == 0 {
		return
	}
	dropLines(pages, func(i, j int, _ *outLine) bool { return drop[folioHit{i, j}] })
}

// extremeLines gives the index of the lowest and of the highest line of a
// page holding text (-1 when none); a tie is no extreme (a number beside
// another line on its row is not alone).
func extremeLines(ls []outLine) (lo, hi int) {
	lo, hi = -1, -1
	loTie, hiTie := false, false
	for j, l := range ls {
		if strings.TrimSpace(l.text) == "" {
			continue
		}
		switch {
		case lo < 0 || l.top > ls[lo].top:
			lo, loTie = j, false
		case l.top == ls[lo].top:
			loTie = true
		}
		switch {
		case hi < 0 || l.top < ls[hi].top:
			hi, hiTie = j, false
		case l.top == ls[hi].top:
			hiTie = true
		}
	}
	if loTie {
		lo = -1
	}
	if hiTie {
		hi = -1
	}
	return lo, hi
}

// folioValue reads a line that is nothing but a page number: one to three
// digits, no leading zero, optionally between dashes or brackets ("- 6 -",
// "(6)"). A table row, a cell or anything with a letter is never one.
func folioValue(l outLine) (int, bool) {
	if l.table != 0 || l.block != 0 || strings.Contains(l.text, "\t") {
		return 0, false
	}
	t := strings.TrimSpace(l.text)
	if len(t) > 9 {
		return 0, false
	}
	t = strings.Trim(t, "-–— ()[]")
	if len(t) == 0 || len(t) > 3 || t[0] == '0' {
		return 0, false
	}
	v := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}
