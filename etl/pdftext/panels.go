package pdftext

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// panel is one printed page of a sheet: the whole sheet, or one of the
// pages a booklet or leaflet print set side by side on it.
type panel struct {
	p   *pageData
	num int // the page number printed at its foot or head, -1 when none
}

// splitSheet cuts a sheet printed n-up (a two-up booklet: two A5 pages
// side by side on a landscape A4 sheet; a three-up leaflet) into its
// pages, left to right. The geometry must prove the cut: two or more page
// numbers on the last line at the foot (or the first at the head) of the
// sheet, between each two of them a gutter that no glyph and no
// horizontal rule crosses over the sheet's full height, at least two ems
// wide and holding the edge of equal pages (the middle of a two-up
// sheet, the thirds of a leaflet), where the sheet is cut, and a line of
// text or more on every page. A sheet with one
// page number, or with a table or a line of text running across the
// middle, stays whole. Each page keeps its own coordinates, shifted so
// its left edge is x=0, and the sheet's page number (n).
func splitSheet(p *pageData) []panel {
	whole := []panel{{p: p, num: -1}}
	nums, line := sheetNumbers(p)
	if len(nums) < 2 {
		return whole
	}
	em := medianSize(p.glyphs)
	var cuts []float64
	var gutters [][2]float64
	for k := 1; k < len(nums); k++ {
		a, b, ok := widestGap(p.glyphs, nums[k-1].x1, nums[k].x0)
		// the pages of a sheet are of one width: the gutter holds the
		// sheet's edge between page k and k+1 (2 % of the sheet spare)
		edge, tol := p.w*float64(k)/float64(len(nums)), 0.02*p.w
		if !ok || b-a < 2*em || edge < a-tol || edge > b+tol || ruleAcross(p.rules, a, b, em) {
			return whole
		}
		cuts = append(cuts, math.Max(a, math.Min(b, edge)))
		gutters = append(gutters, [2]float64{a, b})
	}
	if debugf != nil {
		debugf("splitSheet: page %d cut at %v", p.n, cuts)
	}
	edges := append(append([]float64{0}, cuts...), p.w)
	out := make([]panel, len(nums))
	for k := range out {
		lo, hi := edges[k], edges[k+1]
		q := &pageData{rot: p.rot, n: p.n, w: hi - lo, h: p.h, imageShare: p.imageShare, unmapped: p.unmapped}
		body := 0
		for _, g := range p.glyphs {
			if c := (g.x0 + g.x1) / 2; c >= lo && c < hi {
				g.x0, g.x1 = g.x0-lo, g.x1-lo
				q.glyphs = append(q.glyphs, g)
				if !g.space && math.Abs(g.base-line.base) > line.size {
					body++ // a glyph off the line of page numbers
				}
			}
		}
		if body < minPanelBody {
			return whole // a gap beside a short line's end, not a gutter
		}
		for _, r := range p.rules {
			if c := (r.x0 + r.x1) / 2; c >= lo && c < hi && !(!r.horizontal() && inGutter(gutters, c)) {
				r.x0, r.x1 = math.Max(r.x0, lo)-lo, math.Min(r.x1, hi)-lo
				q.rules = append(q.rules, r)
			}
		}
		out[k] = panel{p: q, num: nums[k].n}
	}
	return out
}

// minPanelBody is the fewest characters a page cut from a sheet holds
// off the line of its page number: a line of text (a cover's title near
// the top counts).
const minPanelBody = 20

// inGutter reports an x inside a gutter: a fold line drawn down it
// belongs to no page.
func inGutter(gutters [][2]float64, x float64) bool {
	for _, g := range gutters {
		if x > g[0] && x < g[1] {
			return true
		}
	}
	return false
}

// footNumber is a page number set alone at a sheet's foot or head.
type footNumber struct {
	x0, x1 float64
	n      int
}

// pageNumberText matches a page number as set alone: "7", "- 7 -",
// "– 7 –", "(7)", "Halaman 7", "Hal. 7", "Page 7".
var pageNumberText = regexp.MustCompile(`^(?i:halaman|hal\.?|page)?\s*[-–—(\[|]?\s*([0-9]{1,4})\s*[-–—)\]|]?$`)

// sheetNumbers finds the page numbers set side by side on the lowest line
// of a sheet's bottom zone or the highest of its top zone (runningZone),
// left to right: the line's
// words are grouped into runs parted by gaps wider than three ems, and
// every run must be a page number, or the line is no row of page numbers
// (a footer "Laporan Kinerja 2022 … 7" has one). The foot is tried first.
func sheetNumbers(p *pageData) ([]footNumber, textLine) {
	var foot, head []glyph
	for _, g := range p.glyphs {
		switch {
		case g.top > (1-runningZone)*p.h:
			foot = append(foot, g)
		case g.bottom < runningZone*p.h:
			head = append(head, g)
		}
	}
	// the outermost line of each zone: the lowest of the foot, the
	// highest of the head (a table's last row of figures above a footer
	// is no row of page numbers)
	if ls := groupLines(foot); len(ls) > 0 {
		if nums := numberRuns(ls[len(ls)-1]); len(nums) >= 2 {
			return nums, ls[len(ls)-1]
		}
	}
	if ls := groupLines(head); len(ls) > 0 {
		if nums := numberRuns(ls[0]); len(nums) >= 2 {
			return nums, ls[0]
		}
	}
	return nil, textLine{}
}

// numberRuns parts a line at gaps wider than three ems and returns the
// runs as page numbers, or nil unless every run is one.
func numberRuns(l textLine) []footNumber {
	var out []footNumber
	start := 0
	for i := 1; i <= len(l.words); i++ {
		if i < len(l.words) && l.words[i].gapBefore <= 3*l.size {
			continue
		}
		run := l.words[start:i]
		var parts []string
		for _, w := range run {
			parts = append(parts, w.text)
		}
		m := pageNumberText.FindStringSubmatch(strings.Join(parts, " "))
		if m == nil {
			return nil
		}
		n, _ := strconv.Atoi(m[1])
		out = append(out, footNumber{x0: run[0].x0, x1: run[len(run)-1].x1, n: n})
		start = i
	}
	return out
}

// widestGap returns the widest stretch of x between a and b that no
// glyph's box covers.
func widestGap(gs []glyph, a, b float64) (float64, float64, bool) {
	type span struct{ x0, x1 float64 }
	var sp []span
	for _, g := range gs {
		if !g.space && g.x1 > a && g.x0 < b {
			sp = append(sp, span{math.Max(g.x0, a), math.Min(g.x1, b)})
		}
	}
	sort.Slice(sp, func(i, j int) bool { return sp[i].x0 < sp[j].x0 })
	bestA, bestB, at := 0.0, 0.0, a
	for _, s := range sp {
		if s.x0-at > bestB-bestA {
			bestA, bestB = at, s.x0
		}
		at = math.Max(at, s.x1)
	}
	if b-at > bestB-bestA {
		bestA, bestB = at, b
	}
	return bestA, bestB, bestB > bestA
}

// ruleAcross reports a horizontal rule reaching more than an em into both
// sides of the gutter [a, b]: one table drawn across the sheet.
func ruleAcross(rs []rule, a, b, em float64) bool {
	for _, r := range rs {
		if r.horizontal() && r.x0 < a-em && r.x1 > b+em {
			return true
		}
	}
	return false
}

// medianSize is the median font size of the non-space glyphs.
func medianSize(gs []glyph) float64 {
	var s []float64
	for _, g := range gs {
		if !g.space {
			s = append(s, g.size)
		}
	}
	if len(s) == 0 {
		return 10
	}
	sort.Float64s(s)
	return s[len(s)/2]
}

// readingOrder orders the pages cut from the sheets. Pages of one sheet
// go left to right unless their numbers run the other way; and when every
// page of the document carries a distinct number and the sheets were
// imposed (a folded booklet: 8 and 1 on the first sheet), the pages go by
// their numbers.
func readingOrder(ps []panel) []panel {
	if len(ps) < 2 {
		return ps
	}
	seen := map[int]bool{}
	all := true
	for _, q := range ps {
		if q.num < 0 || seen[q.num] {
			all = false
			break
		}
		seen[q.num] = true
	}
	if all {
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].num < ps[j].num })
		return ps
	}
	// one sheet at a time
	for i := 0; i < len(ps); {
		j := i + 1
		for j < len(ps) && ps[j].p.n == ps[i].p.n {
			j++
		}
		if sh := ps[i:j]; len(sh) > 1 && sh[0].num >= 0 {
			sort.SliceStable(sh, func(a, b int) bool { return sh[a].num < sh[b].num })
		}
		i = j
	}
	return ps
}
