package pdftext

import (
	"math"
	"regexp"
	"sort"
	"unicode"
)

// A report plotted on drawing sheets (an A3 landscape sheet as a
// draughtsman prints maps and charts) draws a drafting frame round the
// page: an outer border, an inner frame, between them the zone marks
// ("1" … "8" along the top and bottom edge, "A" … "F" down both sides)
// with tick lines, and a title block in a corner of the frame (the
// office, the sheet's title, "Lembar n", the scale, who drew and checked
// it). Its text is set in columns inside the frame. Read as one page, the
// ticks join the frame into one ruled grid whose one big cell swallows
// the whole text, and the columns share their lines.
//
// splitDrawingSheet proves the frame by geometry and by its marks, drops
// the frame, its marks and the title block (furniture, never text), and
// cuts the inside at its gutters (the column breaks of the text twin are
// form feeds, so each column is read as a page of its own, left to
// right). A band that a table or line runs across the gutter in stays
// whole between the columns' bands above and below it. A page without a
// frame proven so is returned whole.
func splitDrawingSheet(p *pageData) []panel {
	whole := []panel{{p: p, num: -1}}
	fx0, fy0, fx1, fy1, ok := innerFrame(p)
	if !ok {
		return whole
	}
	inside := func(x, y float64) bool { return x > fx0 && x < fx1 && y > fy0 && y < fy1 }
	// a rule on the frame's edge (a title block's side) is inside it too
	onOrIn := func(x, y float64) bool { return x > fx0-2 && x < fx1+2 && y > fy0-2 && y < fy1+2 }
	var in, out []glyph
	for _, g := range p.glyphs {
		if inside((g.x0+g.x1)/2, (g.top+g.bottom)/2) {
			in = append(in, g)
		} else {
			out = append(out, g)
		}
	}
	if !zoneMarks(groupLines(out), fx0, fy0, fx1, fy1) {
		return whole
	}
	q := &pageData{rot: p.rot, n: p.n, w: p.w, h: p.h, imageShare: p.imageShare, unmapped: p.unmapped, glyphs: in}
	for _, r := range p.rules {
		// the frame's own sides (a table across the columns is as long)
		side := r.horizontal() && r.x1-r.x0 >= 0.8*(fx1-fx0) && (math.Abs(r.y0-fy0) <= 2 || math.Abs(r.y0-fy1) <= 2) ||
			!r.horizontal() && r.y1-r.y0 >= 0.8*(fy1-fy0) && (math.Abs(r.x0-fx0) <= 2 || math.Abs(r.x0-fx1) <= 2)
		if !side && onOrIn((r.x0+r.x1)/2, (r.y0+r.y1)/2) {
			q.rules = append(q.rules, r)
		}
	}
	dropTitleBlock(q, fx0, fy0, fx1, fy1)
	if debugf != nil {
		debugf("splitDrawingSheet: page %d frame %.0f,%.0f-%.0f,%.0f", p.n, fx0, fy0, fx1, fy1)
	}
	var ps []panel
	for _, c := range cutColumns(q, 0) {
		if len(c.glyphs) > 0 {
			ps = append(ps, panel{p: c, num: -1})
		}
	}
	if len(ps) == 0 {
		return []panel{{p: q, num: -1}}
	}
	return ps
}

// innerFrame finds the drafting frame: the innermost of the rules in the
// page's outer tenth that run along most of the page's width (one in each
// half, a table across the page's columns is no frame) and its height. ok is false when the page has no such box.
func innerFrame(p *pageData) (x0, y0, x1, y1 float64, ok bool) {
	x0, y0, x1, y1 = math.Inf(-1), math.Inf(-1), math.Inf(1), math.Inf(1)
	for _, r := range p.rules {
		switch {
		case r.horizontal() && r.x1-r.x0 >= 0.8*p.w && (r.y0 < 0.1*p.h || r.y0 > 0.9*p.h):
			if r.y0 < p.h/2 {
				y0 = math.Max(y0, r.y0)
			} else {
				y1 = math.Min(y1, r.y0)
			}
		case !r.horizontal() && r.y1-r.y0 >= 0.8*p.h && (r.x0 < 0.1*p.w || r.x0 > 0.9*p.w):
			if r.x0 < p.w/2 {
				x0 = math.Max(x0, r.x0)
			} else {
				x1 = math.Min(x1, r.x0)
			}
		}
	}
	ok = !math.IsInf(x0, 0) && !math.IsInf(y0, 0) && !math.IsInf(x1, 0) && !math.IsInf(y1, 0)
	return x0, y0, x1, y1, ok
}

var zoneMark = regexp.MustCompile(`^([A-Z]|[0-9]{1,2})$`)

// zoneMarks reports the glyphs outside the frame as its zone marks: every
// word a lone capital or a number of one or two digits, and the marks of
// one edge in sequence, at least three ("1" "2" "3" … left to right along
// the top or bottom, "A" "B" "C" … down a side). A page's own text set
// outside a box (a footer under a framed page) is no such sequence.
func zoneMarks(ls []textLine, fx0, fy0, fx1, fy1 float64) bool {
	if len(ls) == 0 {
		return false
	}
	var top, bottom, left, right []word
	for _, l := range ls {
		for _, w := range l.words {
			if !zoneMark.MatchString(w.text) {
				return false
			}
			switch cx, cy := (w.x0+w.x1)/2, (w.top+w.bottom)/2; {
			case cy < fy0:
				top = append(top, w)
			case cy > fy1:
				bottom = append(bottom, w)
			case cx < fx0:
				left = append(left, w)
			case cx > fx1:
				right = append(right, w)
			}
		}
	}
	return inSequence(top, true) || inSequence(bottom, true) || inSequence(left, false) || inSequence(right, false)
}

// inSequence reports marks that count on by one (1 2 3 … or A B C …)
// along x (across) or down y, three or more.
func inSequence(ws []word, across bool) bool {
	if len(ws) < 3 {
		return false
	}
	sort.Slice(ws, func(i, j int) bool {
		if across {
			return ws[i].x0 < ws[j].x0
		}
		return ws[i].top < ws[j].top
	})
	for k := 1; k < len(ws); k++ {
		a, b := ws[k-1].text, ws[k].text
		if len(a) == 1 && len(b) == 1 && b[0] == a[0]+1 {
			continue
		}
		if len(a) > 1 || len(b) > 1 { // 9 10 11
			na, nb := atoiSmall(a), atoiSmall(b)
			if na >= 0 && nb == na+1 {
				continue
			}
		}
		return false
	}
	return true
}

func atoiSmall(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return -1
		}
		n = 10*n + int(r-'0')
	}
	return n
}

// dropTitleBlock removes the title block: a ruled box set in a corner of
// the frame (two of its sides on the frame's), with the glyphs inside it.
func dropTitleBlock(q *pageData, fx0, fy0, fx1, fy1 float64) {
	const tol = 3.0
	for _, g := range findGrids(q.rules) {
		bx0, bx1, by0, by1 := g.xs[0], g.xs[len(g.xs)-1], g.ys[0], g.ys[len(g.ys)-1]
		onX := math.Abs(bx0-fx0) <= tol || math.Abs(bx1-fx1) <= tol
		onY := math.Abs(by0-fy0) <= tol || math.Abs(by1-fy1) <= tol
		if !onX || !onY || bx1-bx0 > 0.6*(fx1-fx0) || by1-by0 > 0.4*(fy1-fy0) {
			continue
		}
		in := func(x, y float64) bool { return x >= bx0-tol && x <= bx1+tol && y >= by0-tol && y <= by1+tol }
		gs := q.glyphs[:0:0]
		for _, gl := range q.glyphs {
			if !in((gl.x0+gl.x1)/2, (gl.top+gl.bottom)/2) {
				gs = append(gs, gl)
			}
		}
		rs := q.rules[:0:0]
		for _, r := range q.rules {
			if !(in(r.x0, r.y0) && in(r.x1, r.y1)) {
				rs = append(rs, r)
			}
		}
		q.glyphs, q.rules = gs, rs
	}
}

// cutColumns cuts a page at the widest gutter of its text: a run of x, an
// em and a half wide or more, in the middle three fifths of the page's
// text, that at most a tenth of the lines cover with a word while three
// lines or more set words on each side of it (three words or more, a
// dozen letters: a table's wide gap between its names and its figures
// is no gutter). The lines and
// ruled tables that run across the gutter make bands of their own; the
// bands between them are cut into their left and right parts, each part
// cut again at its own gutter (three columns). Pages come back top to
// bottom, a band's columns left to right.
func cutColumns(p *pageData, depth int) []*pageData {
	one := []*pageData{p}
	if depth > 2 || len(p.glyphs) == 0 {
		return one
	}
	ls := groupLines(p.glyphs)
	if len(ls) < 4 {
		return one
	}
	em := medianSize(p.glyphs)
	tx0, tx1 := math.Inf(1), math.Inf(-1)
	for _, l := range ls {
		tx0, tx1 = math.Min(tx0, l.x0), math.Max(tx1, l.x1)
	}
	lo, hi := tx0+0.2*(tx1-tx0), tx1-0.2*(tx1-tx0)
	n := int(hi - lo)
	if n < 2 {
		return one
	}
	cover := make([]int, n)
	for _, l := range ls {
		for _, w := range l.words {
			for x := int(math.Max(w.x0-lo, 0)); x < n && float64(x)+lo < w.x1; x++ {
				cover[x]++
			}
		}
	}
	a, b := -1, -1
	for i := 0; i < n; {
		if 10*cover[i] > len(ls) {
			i++
			continue
		}
		j := i
		for j < n && 10*cover[j] <= len(ls) {
			j++
		}
		if j-i > b-a {
			a, b = i, j
		}
		i = j
	}
	if a < 0 || float64(b-a) < 1.5*em {
		return one
	}
	ga, gb := lo+float64(a), lo+float64(b)
	// text on both sides: lines of words (three or more, a dozen letters),
	// not a table's label column beside its figures
	lefts, rights := 0, 0
	for _, l := range ls {
		var nl, nr, al, ar int
		for _, w := range l.words {
			n := letters(w.text)
			if w.x1 <= ga {
				nl, al = nl+1, al+n
			} else if w.x0 >= gb {
				nr, ar = nr+1, ar+n
			}
		}
		if nl >= 3 && al >= 12 {
			lefts++
		}
		if nr >= 3 && ar >= 12 {
			rights++
		}
	}
	if lefts < 3 || rights < 3 {
		return one
	}
	cut := (ga + gb) / 2
	// bands that run across the gutter: a word over its middle half (a
	// few lines of a column may start or end inside the run of x that
	// the other lines leave blank)
	var across [][2]float64
	ma, mb := ga+0.25*(gb-ga), gb-0.25*(gb-ga)
	for _, l := range ls {
		for _, w := range l.words {
			if w.x1 > ma && w.x0 < mb {
				across = append(across, [2]float64{l.top, l.bottom})
				break
			}
		}
	}
	for _, g := range findGrids(p.rules) {
		if g.xs[0] < ga && g.xs[len(g.xs)-1] > gb {
			across = append(across, [2]float64{g.ys[0], g.ys[len(g.ys)-1]})
		}
	}
	for _, r := range p.rules {
		if r.horizontal() && r.x0 < ga && r.x1 > gb {
			across = append(across, [2]float64{r.y0 - 1, r.y1 + 1})
		}
	}
	sort.Slice(across, func(i, j int) bool { return across[i][0] < across[j][0] })
	var merged [][2]float64
	for _, s := range across {
		if k := len(merged) - 1; k >= 0 && s[0] <= merged[k][1] {
			merged[k][1] = math.Max(merged[k][1], s[1])
			continue
		}
		merged = append(merged, s)
	}
	if debugf != nil {
		debugf("cutColumns: page %d gutter %.0f-%.0f, %d bands across", p.n, ga, gb, len(merged))
	}
	var out []*pageData
	y := math.Inf(-1)
	for _, m := range append(merged, [2]float64{math.Inf(1), math.Inf(1)}) {
		// the free band above m, cut at the gutter
		if l, r := clipPage(p, y, m[0], math.Inf(-1), cut), clipPage(p, y, m[0], cut, math.Inf(1)); len(l.glyphs)+len(r.glyphs) > 0 {
			out = append(out, cutColumns(l, depth+1)...)
			out = append(out, cutColumns(r, depth+1)...)
		}
		if !math.IsInf(m[0], 1) {
			out = append(out, clipPage(p, m[0], m[1], math.Inf(-1), math.Inf(1)))
		}
		y = m[1]
	}
	return out
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// clipPage is the part of p whose glyphs and rules have their middle in
// [y0, y1) and [x0, x1), at the page's coordinates.
func clipPage(p *pageData, y0, y1, x0, x1 float64) *pageData {
	q := &pageData{rot: p.rot, n: p.n, w: p.w, h: p.h, imageShare: p.imageShare, unmapped: p.unmapped}
	in := func(x, y float64) bool { return x >= x0 && x < x1 && y >= y0 && y < y1 }
	for _, g := range p.glyphs {
		if in((g.x0+g.x1)/2, (g.top+g.bottom)/2) {
			q.glyphs = append(q.glyphs, g)
		}
	}
	for _, r := range p.rules {
		if in((r.x0+r.x1)/2, (r.y0+r.y1)/2) {
			q.rules = append(q.rules, r)
		}
	}
	return q
}
