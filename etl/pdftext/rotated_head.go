package pdftext

import (
	"math"
	"sort"
)

// A table pasted from a spreadsheet often keeps the header row as it was
// formatted there: tall, each heading turned a quarter turn to read upward
// in a narrow cell (Excel's "rotate text up"), or downward, the body rows
// upright. The slant filter drops every turned character from the page's
// lines (slanted.go), so the table would lose its header and its readers
// the roles of its columns. Such characters are kept aside instead
// (turnedGlyph) and, when they stand as a header band over upright rows,
// set again as one upright line at the foot of the band: each heading
// where its column stands, its stacked lines joined, condensed to fit its
// column as a Tz print would be (hscale.go), so the ordinary table readers
// see an ordinary header. Turned text that is no such band (a running
// title up the page edge, a vertical stamp, a margin label) stays dropped.

// turnedGlyph is a character set a quarter turn off the page's reading
// direction: up reads bottom to top, else top to bottom.
type turnedGlyph struct {
	g  glyph
	up bool
}

// turnedRun is one line of turned text: its characters in reading order.
type turnedRun struct {
	up         bool
	xc         float64 // the middle of the line across
	x0, x1     float64
	y0, y1     float64 // its extent down the page (display space)
	size       float64
	text       []rune
	lastEdge   float64 // the edge the next character should abut
	pendingGap bool
}

// turnedCell is one heading: the runs of one column, stacked.
type turnedCell struct {
	up         bool
	xc         float64
	x0, x1     float64
	y0, y1     float64
	size       float64
	text       string
	colL, colR float64 // the column it stands over
}

// turnedRuns joins the turned characters, in the order drawn, into lines:
// one character follows the last when it stands on its line across and
// abuts it along the reading direction (a small gap a word break).
func turnedRuns(tg []turnedGlyph) []turnedRun {
	var runs []turnedRun
	var cur *turnedRun
	for _, t := range tg {
		g := t.g
		if g.space {
			if cur != nil {
				cur.pendingGap = true
			}
			continue
		}
		xc := (g.x0 + g.x1) / 2
		if cur != nil && cur.up == t.up && math.Abs(xc-cur.xc) < 0.35*g.size && math.Abs(g.size-cur.size) < 0.2*cur.size {
			// the gap from the last character's far edge to this one's near edge
			d := cur.lastEdge - g.bottom
			if !t.up {
				d = g.top - cur.lastEdge
			}
			if d > -0.3*g.size && d < 1.2*g.size {
				if cur.pendingGap || d > 0.25*g.size {
					cur.text = append(cur.text, ' ')
				}
				cur.pendingGap = false
				cur.text = append(cur.text, g.r)
				cur.y0, cur.y1 = math.Min(cur.y0, g.top), math.Max(cur.y1, g.bottom)
				cur.x0, cur.x1 = math.Min(cur.x0, g.x0), math.Max(cur.x1, g.x1)
				cur.lastEdge = g.top
				if !t.up {
					cur.lastEdge = g.bottom
				}
				continue
			}
		}
		runs = append(runs, turnedRun{up: t.up, xc: xc, x0: g.x0, x1: g.x1, y0: g.top, y1: g.bottom, size: g.size, text: []rune{g.r}})
		cur = &runs[len(runs)-1]
		cur.lastEdge = g.top
		if !t.up {
			cur.lastEdge = g.bottom
		}
	}
	return runs
}

// turnedCells stacks the runs of one heading: side by side at a line's
// pitch, turned the same way, their extents down the page overlapping and
// no vertical rule between them. Upward text's first line is the left
// one, downward text's the right one.
func turnedCells(runs []turnedRun, rules []rule) []turnedCell {
	sort.SliceStable(runs, func(a, b int) bool { return runs[a].xc < runs[b].xc })
	var cells []turnedCell
	var lines [][]turnedRun
	for _, r := range runs {
		if n := len(lines); n > 0 {
			last := lines[n-1][len(lines[n-1])-1]
			if last.up == r.up && r.xc-last.xc < 1.6*r.size && r.y0 < last.y1 && last.y0 < r.y1 &&
				!vRuleBetween(rules, last.xc, r.xc, math.Max(r.y0, last.y0), math.Min(r.y1, last.y1)) {
				lines[n-1] = append(lines[n-1], r)
				continue
			}
		}
		lines = append(lines, []turnedRun{r})
	}
	for _, ls := range lines {
		c := turnedCell{up: ls[0].up, x0: ls[0].x0, x1: ls[0].x1, y0: ls[0].y0, y1: ls[0].y1, size: ls[0].size}
		var txt []rune
		for i := range ls {
			r := ls[i]
			if !c.up {
				r = ls[len(ls)-1-i]
			}
			if i > 0 {
				txt = append(txt, ' ')
			}
			txt = append(txt, r.text...)
			c.x0, c.x1 = math.Min(c.x0, r.x0), math.Max(c.x1, r.x1)
			c.y0, c.y1 = math.Min(c.y0, r.y0), math.Max(c.y1, r.y1)
		}
		c.xc = (c.x0 + c.x1) / 2
		c.text = string(txt)
		cells = append(cells, c)
	}
	return cells
}

// vRuleBetween reports a vertical rule between x a and b over y0..y1.
func vRuleBetween(rules []rule, a, b, y0, y1 float64) bool {
	for _, r := range rules {
		if r.horizontal() {
			continue
		}
		x := (r.x0 + r.x1) / 2
		if x > a && x < b && r.y0 <= y0+1 && r.y1 >= y1-1 {
			return true
		}
	}
	return false
}

// setTurnedHeads sets the page's turned headings upright where they form
// a header band: at least two headings side by side, each short against
// the page, their extents down the page overlapping, neighbours no more
// than a column's width apart, and upright text straight under the band
// below at least two of them. Everything else turned stays dropped.
func setTurnedHeads(p *pageData) {
	if len(p.turned) < 2 {
		return
	}
	cells := turnedCells(turnedRuns(p.turned), p.rules)
	p.turned = nil
	for i := 0; i < len(cells); {
		j := i + 1
		for j < len(cells) && sameBand(cells[j-1], cells[j], p.w) {
			j++
		}
		band := cells[i:j]
		if len(band) >= 2 {
			setBand(p, band)
		}
		i = j
	}
}

// sameBand reports whether heading b stands beside a in one header row.
func sameBand(a, b turnedCell, pageW float64) bool {
	if a.up != b.up || math.Abs(a.size-b.size) > 0.2*a.size {
		return false
	}
	if b.xc-a.xc > 0.6*pageW {
		return false
	}
	// overlapping down the page by most of the shorter one
	ov := math.Min(a.y1, b.y1) - math.Max(a.y0, b.y0)
	return ov > 0.5*math.Min(a.y1-a.y0, b.y1-b.y0)
}

// setBand sets one band's headings upright when upright rows follow it.
func setBand(p *pageData, band []turnedCell) {
	top, foot := band[0].y0, band[0].y1
	for _, c := range band {
		top, foot = math.Min(top, c.y0), math.Max(foot, c.y1)
		if c.y1-c.y0 > 0.3*p.h {
			return // a title run along the page, not a heading
		}
	}
	// the columns: between vertical rules when the band is ruled, else
	// half way to the neighbours
	for i := range band {
		c := &band[i]
		l, r := c.xc-(c.x1-c.x0), c.xc+(c.x1-c.x0)
		if i > 0 {
			l = (band[i-1].xc + c.xc) / 2
		}
		if i+1 < len(band) {
			r = (band[i+1].xc + c.xc) / 2
		}
		if i == 0 {
			l = c.xc - (r - c.xc)
		}
		if i+1 == len(band) {
			r = c.xc + (c.xc - l)
		}
		// a rule between the neighbours bounds the column: the nearest one
		var lo, hi float64
		if i > 0 {
			lo = band[i-1].xc
		} else {
			lo = math.Inf(-1)
		}
		if i+1 < len(band) {
			hi = band[i+1].xc
		} else {
			hi = math.Inf(1)
		}
		c.colL, c.colR = l, r
		ruledL, ruledR := lo, hi
		for _, ru := range p.rules {
			if ru.horizontal() || ru.y0 > c.y0+1 || ru.y1 < c.y1-1 {
				continue
			}
			x := (ru.x0 + ru.x1) / 2
			if x < c.x0 && x > ruledL {
				ruledL = x
			}
			if x > c.x1 && x < ruledR {
				ruledR = x
			}
		}
		if ruledL > lo {
			c.colL = ruledL
		}
		if ruledR < hi {
			c.colR = ruledR
		}
	}
	// the band's foot: the rule under the header row when one runs across
	// it not further down than the band is tall (text turned downward
	// hangs from the top of its cell, so its ends do not line up), else
	// the lowest heading's end
	size := band[0].size
	ruled := math.Inf(1)
	for _, ru := range p.rules {
		y := (ru.y0 + ru.y1) / 2
		if ru.horizontal() && y >= foot-1 && y <= foot+(foot-top) && ru.x0 <= band[0].xc && ru.x1 >= band[len(band)-1].xc {
			ruled = math.Min(ruled, y)
		}
	}
	if !math.IsInf(ruled, 1) {
		foot = ruled - 1
	}
	// upright rows straight under the band, below at least two headings
	under := 0
	for _, c := range band {
		for _, g := range p.glyphs {
			if !g.space && g.top >= foot-0.2*size && g.top < foot+3*size && g.x1 > c.colL && g.x0 < c.colR {
				under++
				break
			}
		}
	}
	if under < 2 {
		return
	}
	base := foot - 0.5*size
	for _, c := range band {
		p.glyphs = append(p.glyphs, uprightHeading(c, base)...)
	}
}

// uprightHeading sets a heading's text on one line at base, centred in
// its column and condensed to fit it.
func uprightHeading(c turnedCell, base float64) []glyph {
	txt := []rune(c.text)
	adv := 0.55 * c.size
	// a space as narrow as a sans serif's, so a heading's words never
	// read as two cells
	sp := 0.28 * c.size
	natural := 0.0
	for _, r := range txt {
		if r == ' ' {
			natural += sp
		} else {
			natural += adv
		}
	}
	room := 0.8 * (c.colR - c.colL)
	hs := 1.0
	if natural > room && natural > 0 {
		hs = room / natural
	}
	w := natural * hs
	x := (c.colL+c.colR)/2 - w/2
	out := make([]glyph, 0, len(txt))
	for _, r := range txt {
		a := adv
		if r == ' ' {
			a = sp
		}
		g := glyph{r: r, x0: x, x1: x + a*hs, base: base, size: c.size, hs: hs,
			top: base - 0.5*c.size, bottom: base + 0.5*c.size, space: r == ' '}
		out = append(out, g)
		x = g.x1
	}
	return out
}
