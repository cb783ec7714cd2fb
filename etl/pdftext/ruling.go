package pdftext

import (
	"math"
	"sort"
)

// grid is one ruled table: the distinct x of its vertical rules and y of
// its horizontal rules, and which grid edges carry a rule.
type grid struct {
	xs, ys []float64
	hs, vs []rule // the table's merged rules
}

const (
	ruleTol  = 2.0 // rules this close are the same line (double borders, rounding)
	touchTol = 2.5 // a rule ending this close to another touches it
)

// findGrids merges collinear rules, groups touching rules into tables and
// returns the tables that have at least two rules in each direction.
func findGrids(rules []rule) []*grid {
	var hs, vs []rule
	for _, r := range rules {
		if r.horizontal() {
			hs = append(hs, r)
		} else {
			vs = append(vs, r)
		}
	}
	hs, vs = mergeRules(hs, true), mergeRules(vs, false)
	all := append(append([]rule{}, hs...), vs...)
	parent := newUnionFind(len(all))
	for i := 0; i < len(hs); i++ {
		for j := len(hs); j < len(all); j++ {
			if touches(all[i], all[j]) {
				parent[parent.find(i)] = parent.find(j)
			}
		}
	}
	groups := map[int]*grid{}
	var order []int
	for i, r := range all {
		root := parent.find(i)
		g := groups[root]
		if g == nil {
			g = &grid{}
			groups[root] = g
			order = append(order, root)
		}
		if i < len(hs) {
			g.hs = append(g.hs, r)
		} else {
			g.vs = append(g.vs, r)
		}
	}
	var out []*grid
	for _, root := range order {
		g := groups[root]
		if len(g.hs) < 2 || len(g.vs) < 2 {
			continue
		}
		for _, r := range g.hs {
			g.ys = append(g.ys, r.y0)
		}
		for _, r := range g.vs {
			g.xs = append(g.xs, r.x0)
		}
		g.xs, g.ys = cluster(g.xs), cluster(g.ys)
		if len(g.xs) < 2 || len(g.ys) < 2 {
			continue
		}
		g.openEdges()
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ys[0] < out[j].ys[0] })
	return out
}

// openEdge is how far, in points, a grid's rules must run past its
// outermost rule across them to mark an edge of their own: a column or a
// row at least this wide, not a line's cap.
const openEdge = 6.0

// openEdges gives a table ruled only inside (Word's "Inside Borders": rules
// between the rows and between the columns, no frame) the edges its rules
// show: the horizontal rules run from the table's left edge to its right
// one, past the first and the last column rule, and the column rules from
// its top to its bottom. Without these edges the first and last columns and
// the title and last rows lay outside the grid, each figure a line apart
// from its row. Most of the rules across must run past the edge, and by
// more than openEdge: a few long strokes over a framed table (a printer's
// streaks drawn across the page) show no edge of it.
func (g *grid) openEdges() {
	past := func(rs []rule, lo bool, edge float64) (float64, bool) {
		n, at := 0, edge
		for _, r := range rs {
			x0, x1 := r.x0, r.x1
			if !r.horizontal() {
				x0, x1 = r.y0, r.y1
			}
			switch {
			case lo && x0 < edge-openEdge:
				n, at = n+1, math.Min(at, x0)
			case !lo && x1 > edge+openEdge:
				n, at = n+1, math.Max(at, x1)
			}
		}
		return at, n >= 2 && 2*n > len(rs)
	}
	if at, ok := past(g.hs, true, g.xs[0]); ok {
		g.xs = append([]float64{at}, g.xs...)
	}
	if at, ok := past(g.hs, false, g.xs[len(g.xs)-1]); ok {
		g.xs = append(g.xs, at)
	}
	if at, ok := past(g.vs, true, g.ys[0]); ok {
		g.ys = append([]float64{at}, g.ys...)
	}
	if at, ok := past(g.vs, false, g.ys[len(g.ys)-1]); ok {
		g.ys = append(g.ys, at)
	}
}

// mergeRules joins collinear rules that overlap or nearly meet.
func mergeRules(rs []rule, horiz bool) []rule {
	pos := func(r rule) float64 {
		if horiz {
			return r.y0
		}
		return r.x0
	}
	lo := func(r rule) float64 {
		if horiz {
			return r.x0
		}
		return r.y0
	}
	hi := func(r rule) float64 {
		if horiz {
			return r.x1
		}
		return r.y1
	}
	sort.Slice(rs, func(i, j int) bool {
		if math.Abs(pos(rs[i])-pos(rs[j])) > ruleTol {
			return pos(rs[i]) < pos(rs[j])
		}
		return lo(rs[i]) < lo(rs[j])
	})
	var out []rule
	for _, r := range rs {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if math.Abs(pos(*last)-pos(r)) <= ruleTol && lo(r) <= hi(*last)+touchTol {
				if horiz {
					last.x1 = math.Max(last.x1, r.x1)
				} else {
					last.y1 = math.Max(last.y1, r.y1)
				}
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// touches reports whether horizontal rule h and vertical rule v meet.
func touches(h, v rule) bool {
	return v.x0 >= h.x0-touchTol && v.x0 <= h.x1+touchTol &&
		h.y0 >= v.y0-touchTol && h.y0 <= v.y1+touchTol
}

// cluster sorts positions and merges those within ruleTol.
func cluster(v []float64) []float64 {
	sort.Float64s(v)
	var out []float64
	var n float64
	for _, x := range v {
		if k := len(out); k > 0 && x-out[k-1] <= ruleTol {
			out[k-1] = (out[k-1]*n + x) / (n + 1)
			n++
			continue
		}
		out = append(out, x)
		n = 1
	}
	return out
}

// contains reports whether (x, y) lies inside the table.
func (g *grid) contains(x, y float64) bool {
	return x >= g.xs[0]-1 && x <= g.xs[len(g.xs)-1]+1 && y >= g.ys[0]-1 && y <= g.ys[len(g.ys)-1]+1
}

// cellOf returns the grid cell (row, column) holding (x, y).
func (g *grid) cellOf(x, y float64) (int, int) {
	return slot(g.ys, y), slot(g.xs, x)
}

func slot(edges []float64, v float64) int {
	i := sort.SearchFloat64s(edges, v) - 1
	if i < 0 {
		i = 0
	}
	if i > len(edges)-2 {
		i = len(edges) - 2
	}
	return i
}

// vRuleAt reports whether a vertical rule runs at x over the span y0..y1.
func (g *grid) vRuleAt(x, y0, y1 float64) bool {
	return ruleAt(g.vs, x, y0, y1, func(r rule) (float64, float64, float64) { return r.x0, r.y0, r.y1 })
}

// hRuleAt reports whether a horizontal rule runs at y over the span x0..x1.
func (g *grid) hRuleAt(y, x0, x1 float64) bool {
	return ruleAt(g.hs, y, x0, x1, func(r rule) (float64, float64, float64) { return r.y0, r.x0, r.x1 })
}

// ruleAt reports whether one of rs lies at pos (within ruleTol) and crosses
// the middle of the span lo..hi; at gives a rule's position and its extent
// along the span's axis.
func ruleAt(rs []rule, pos, lo, hi float64, at func(rule) (p, from, to float64)) bool {
	mid := (lo + hi) / 2
	for _, r := range rs {
		p, from, to := at(r)
		if math.Abs(p-pos) <= ruleTol && from <= mid && to >= mid {
			return true
		}
	}
	return false
}

// anchors maps every grid cell to the top-left cell of the merged cell it
// belongs to: a missing rule between two grid cells merges them, except
// between the columns of a row open marks (banded_rows.go).
func (g *grid) anchors(open []bool) [][][2]int {
	nr, nc := len(g.ys)-1, len(g.xs)-1
	parent := newUnionFind(nr * nc)
	find := parent.find
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra < rb {
			parent[rb] = ra
		} else if rb < ra {
			parent[ra] = rb
		}
	}
	for r := 0; r < nr; r++ {
		for c := 0; c < nc; c++ {
			if c+1 < nc && (open == nil || !open[r]) && !g.vRuleAt(g.xs[c+1], g.ys[r], g.ys[r+1]) {
				union(r*nc+c, r*nc+c+1)
			}
			if r+1 < nr && !g.hRuleAt(g.ys[r+1], g.xs[c], g.xs[c+1]) {
				union(r*nc+c, (r+1)*nc+c)
			}
		}
	}
	a := make([][][2]int, nr)
	for r := 0; r < nr; r++ {
		a[r] = make([][2]int, nc)
		for c := 0; c < nc; c++ {
			root := find(r*nc + c)
			a[r][c] = [2]int{root / nc, root % nc}
		}
	}
	return a
}

// unionFind is a disjoint-set forest over 0..n-1: each element's parent,
// a root being its own parent.
type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

// find returns i's root, halving the path on the way.
func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}
