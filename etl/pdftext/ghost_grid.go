package pdftext

import (
	"math"
	"unicode"
)

// dropGhostGrids removes the grids that no table owns: rules under running
// text that its words run straight across, as the other side's table
// showing through a sheet printed on the back of used paper (kertas
// bekas), or a decorative grid behind a page. A table's column rules part
// its cells, so its words stop short of them; here most lines of text
// inside the grid have letters lying across its inner column rules. Left in,
// the grid cuts the prose into false cells ("Rencana memuat\tKinerja
// Tahunan ... serta\tmengacu pada ..."), a row of each band of lines.
// The ghost's rules leave the page too, so that no other reader (a table
// ruled between rows only) takes its horizontal rules for a table.
//
// A real table whose long word or figure overflows a rule (straddle.go)
// loses nothing: it crosses one rule, not two, and a figure is no prose.
func dropGhostGrids(p *pageData, grids []*grid) []*grid {
	if len(grids) == 0 {
		return grids
	}
	var ghosts []*grid
	kept := grids[:0:0]
	for _, g := range grids {
		if ghostGrid(p, g) {
			ghosts = append(ghosts, g)
		} else {
			kept = append(kept, g)
		}
	}
	if len(ghosts) == 0 {
		return grids
	}
	dropRulesIn(p, ghosts)
	return kept
}

// dropRulesIn takes off the page every rule of the grids: lying within
// one, or on one of its row or column lines across it (a graticule's
// division lines run a little past its outermost ticks).
func dropRulesIn(p *pageData, gs []*grid) {
	rules := p.rules[:0:0]
	for _, r := range p.rules {
		inside := false
		for _, g := range gs {
			if r.x0 >= g.xs[0]-ruleTol && r.x1 <= g.xs[len(g.xs)-1]+ruleTol &&
				r.y0 >= g.ys[0]-ruleTol && r.y1 <= g.ys[len(g.ys)-1]+ruleTol || ruleOfGrid(r, g) {
				inside = true
				break
			}
		}
		if !inside {
			rules = append(rules, r)
		}
	}
	p.rules = rules
}

// ghostGrid reports whether at least three lines of text lie in g and more
// than half of them run across its inner column rules: a letter lying over
// two of them (over the one, when the grid has only one), as a line of
// prose runs across every column. A table's overflowing name or figure
// (straddle.go) crosses one rule at most, and a figure is no prose.
func ghostGrid(p *pageData, g *grid) bool {
	if len(g.xs) < 3 {
		return false
	}
	inner := g.xs[1 : len(g.xs)-1]
	need := min(2, len(inner))
	type line struct{ crossed map[int]bool }
	lines := map[float64]*line{} // by baseline, rounded to a point
	for i := range p.glyphs {
		gl := &p.glyphs[i]
		if gl.space || gl.text != "" {
			continue
		}
		x, y := (gl.x0+gl.x1)/2, (gl.top+gl.bottom)/2
		if !g.contains(x, y) {
			continue
		}
		k := math.Round(gl.base)
		l := lines[k]
		if l == nil {
			l = &line{crossed: map[int]bool{}}
			lines[k] = l
		}
		if !unicode.IsLetter(gl.r) {
			continue
		}
		for j, rx := range inner {
			if gl.x0 < rx-0.3 && gl.x1 > rx+0.3 && g.vRuleAt(rx, gl.top, gl.bottom) {
				l.crossed[j] = true
			}
		}
	}
	n := 0
	for _, l := range lines {
		if len(l.crossed) >= need {
			n++
		}
	}
	return len(lines) >= 3 && 2*n > len(lines)
}

// ruleOfGrid: r lies on one of g's row (or column) lines and overlaps it.
func ruleOfGrid(r rule, g *grid) bool {
	at, lines := r.y0, g.ys
	lo, hi, a, b := r.x0, r.x1, g.xs[0], g.xs[len(g.xs)-1]
	if !r.horizontal() {
		at, lines = r.x0, g.xs
		lo, hi, a, b = r.y0, r.y1, g.ys[0], g.ys[len(g.ys)-1]
	}
	if hi < a || lo > b {
		return false
	}
	for _, v := range lines {
		if math.Abs(v-at) <= ruleTol {
			return true
		}
	}
	return false
}
