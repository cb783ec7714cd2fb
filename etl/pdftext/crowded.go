package pdftext

import (
	"math"
	"sort"
	"unicode"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/references"
)

// A table set in columns narrower than its header words ("Kecamatan" in a
// column 14 mm wide, the figure columns no wider than their figures) has
// its header cells drawn over each other: each cell's text starts at its
// column's left edge and runs on past the next column's start, where the
// next cell's text is already drawn. Sorted by x alone, the glyphs of two
// such cells interleave ("KecamatDaensa/Kel"), and the header, with no
// whitespace left between its cells, closes every river the rows leave.
//
// Two things put it right. Glyphs keep the run they were drawn in: a run
// drawn over another (it starts inside it and ends past it) starts a word
// of its own, so each header cell stays whole (orderRuns). And a stack's
// header band whose words overlap takes its columns from its own cell
// starts, proven by the rows under it: each row word starts in the
// interval of one start, every start heads a row word, and the columns
// the rows' words then cover do not overlap (crowdedColumns).

// orderRuns sorts a line's glyphs (indexes into gs, in drawing order) by
// x and reports the glyphs that start a word because their run was drawn
// over the run before it. A run is glyphs drawn one after another moving
// right; only two runs of two glyphs or more, of different text, the later
// starting inside the earlier and ending past it, the later opening a text
// object of its own, are crowded: a mark drawn back over its letter, a
// letter whose box reaches back over the one before in one string ("r"
// before "j", "T" before "U" in a bold face), a text drawn twice for
// boldness or a stamp laid over a line is not. With no crowded run the line is sorted by x as
// always and cut is nil.
func orderRuns(gs []glyph, grp []int) (cut map[int]bool) {
	byX := func() {
		sort.SliceStable(grp, func(a, b int) bool { return gs[grp[a]].x0 < gs[grp[b]].x0 })
	}
	over := false
	for _, i := range grp {
		over = over || gs[i].overObj
	}
	if !over || len(grp) < 4 {
		byX() // the common case: no glyph drawn back over another object's
		return nil
	}
	order := append([]int(nil), grp...)
	sort.Ints(order)
	type run struct {
		first, n int // first glyph index in order, glyph count
		x0, x1   float64
		text     string
	}
	var runs []run
	for k, i := range order {
		g := gs[i]
		if k > 0 {
			p := gs[order[k-1]]
			if g.x0 >= p.x1-0.15*g.size || unicode.Is(unicode.Mn, g.r) {
				r := &runs[len(runs)-1]
				r.n++
				r.x0, r.x1 = math.Min(r.x0, g.x0), math.Max(r.x1, g.x1)
				r.text += string(g.r)
				continue
			}
		}
		runs = append(runs, run{first: k, n: 1, x0: g.x0, x1: g.x1, text: string(g.r)})
	}
	if len(runs) < 2 {
		byX()
		return nil
	}
	sort.SliceStable(runs, func(a, b int) bool { return runs[a].x0 < runs[b].x0 })
	crowded := false
	for k := 1; k < len(runs); k++ {
		a, b := runs[k-1], runs[k]
		size := gs[order[b.first]].size
		if a.n >= 2 && b.n >= 2 && a.text != b.text && gs[order[b.first]].overObj && b.x0 < a.x1-0.15*size && b.x1 > a.x1+0.15*size &&
			glyphsOverlap(gs, order[a.first:a.first+a.n], order[b.first:b.first+b.n], 0.15*size) {
			crowded = true
			break
		}
	}
	if !crowded {
		byX()
		return nil
	}
	// Runs in x order, each run's glyphs in x order; a run starting inside
	// the one before starts a word.
	cut = map[int]bool{}
	grp = grp[:0]
	end := math.Inf(-1)
	for _, r := range runs {
		part := append([]int(nil), order[r.first:r.first+r.n]...)
		sort.SliceStable(part, func(a, b int) bool { return gs[part[a]].x0 < gs[part[b]].x0 })
		if r.x0 < end-0.15*gs[part[0]].size {
			cut[part[0]] = true
		}
		end = math.Max(end, r.x1)
		grp = append(grp, part...)
	}
	if debugf != nil {
		debugf("crowded runs: %d cut", len(cut))
	}
	return cut
}

// glyphsOverlap reports two glyphs, one of a and one of b, drawn over each
// other by more than tol, both of one size: runs merely interleaved (a producer drawing a
// line's regular glyphs, then its bold ones) leave each glyph its place.
func glyphsOverlap(gs []glyph, a, b []int, tol float64) bool {
	for _, i := range a {
		for _, j := range b {
			if math.Min(gs[i].x1, gs[j].x1)-math.Max(gs[i].x0, gs[j].x0) > tol &&
				math.Abs(gs[i].size-gs[j].size) <= 0.05*math.Max(gs[i].size, gs[j].size) {
				return true
			}
		}
	}
	return false
}

// crowdedColumns gives the columns of a stack run (bands of lines between
// rules, prose marking the bands that are no rows) whose first band is a
// crowded header: a line of it holds two words drawn over each other. The
// header's cell starts (each line's first word, and every word after an
// overlap or a river) cut the run into intervals; each row word (the other
// bands') falls in the interval its left edge is in, and a column is the
// x range its row words cover. The header's words are then moved onto the
// middle of their interval's column, so rowOf puts each in its cell.
//
// Refused (ok false, nothing moved): no overlap in the header; fewer than
// three starts; fewer than two row lines; a start heading no row word; a
// row word starting left of the first start; row columns that overlap or
// touch; and a line of the rows whose words in one interval stand a river
// apart (two cells read as one).
func crowdedColumns(lines [][]textLine, prose []bool, found []column) ([]column, bool) {
	if len(lines) < 2 || prose[0] || !overlapping(lines[0]) {
		return nil, false
	}
	var starts []float64
	for _, l := range lines[0] {
		for k, w := range l.words {
			if k == 0 || w.gapBefore < 0 || w.gapBefore >= riverGap*l.em() {
				starts = append(starts, w.x0)
			}
		}
	}
	sort.Float64s(starts)
	var s []float64
	for _, x := range starts {
		if len(s) == 0 || x-s[len(s)-1] > 1.5 {
			s = append(s, x)
		}
	}
	if len(s) < 3 || len(s) <= len(found) {
		return nil, false
	}
	slack := 1.5
	in := func(x float64) int {
		k := sort.SearchFloat64s(s, x+slack) - 1
		return k
	}
	cols := make([]column, len(s))
	for k := range cols {
		cols[k] = column{math.Inf(1), math.Inf(-1)}
	}
	rows := 0
	for b := 1; b < len(lines); b++ {
		if prose[b] {
			continue
		}
		for _, l := range lines[b] {
			rows++
			prev := -1
			for k, w := range l.words {
				c := in(w.x0)
				if c < 0 || c < prev {
					return nil, false
				}
				if c == prev && w.gapBefore >= riverGap*l.em() {
					return nil, false
				}
				if k > 0 && w.gapBefore < 0 {
					return nil, false
				}
				prev = c
				cols[c].x0, cols[c].x1 = math.Min(cols[c].x0, w.x0), math.Max(cols[c].x1, w.x1)
			}
		}
	}
	if rows < 2 {
		return nil, false
	}
	for k := range cols {
		if math.IsInf(cols[k].x0, 1) || k > 0 && cols[k].x0 <= cols[k-1].x1 {
			return nil, false
		}
	}
	for i := range lines[0] {
		l := &lines[0][i]
		c := 0
		for k := range l.words {
			w := &l.words[k]
			if at := max(in(w.x0), 0); k == 0 || w.gapBefore < 0 || w.gapBefore >= riverGap*l.em() || w.x0-s[at] <= slack {
				c = at
			}
			mid := (cols[c].x0 + cols[c].x1) / 2
			w.x0, w.x1 = mid, mid
		}
		finishLine(l)
	}
	if debugf != nil {
		debugf("crowded header: starts %v, cols %v", s, cols)
	}
	return cols, true
}

// overlapping reports a line of ls holding a word that starts inside the
// word before it (cells drawn over each other, orderRuns).
func overlapping(ls []textLine) bool {
	for _, l := range ls {
		for k, w := range l.words {
			if k > 0 && w.gapBefore < -0.15*w.size {
				return true
			}
		}
	}
	return false
}

// lineEnds keeps, per line position, the last glyph drawn there: its
// middle, right end, size and character index.
type lineEnds map[int]lineEnd

type lineEnd struct {
	base, x1, size float64
	k              int
}

// over reports a glyph drawn back over the last glyph drawn on its line
// by more than a sixth of its size, in the same size, from another text
// object: a cell's text drawn over the cell before it. A small capital's
// rest set back under its larger first letter (`T` + `UGAS`), or a drop
// capital, changes size and is no cell. Only such overlaps ask PDFium about
// objects; a letter kerned back in one string stays one object.
func (e lineEnds) over(inst pdfium.Pdfium, tp references.FPDF_TEXTPAGE, k int, g glyph) bool {
	key := int(math.Round(g.base))
	found := false
	for d := -1; d <= 1 && !found; d++ {
		if l, ok := e[key+d]; ok && math.Abs(l.base-g.base) <= 0.3*math.Max(l.size, g.size) &&
			g.x0 < l.x1-0.15*g.size && math.Abs(l.size-g.size) <= 0.05*math.Max(l.size, g.size) {
			found = !sameObject(inst, tp, l.k, k)
		}
	}
	e[key] = lineEnd{g.base, g.x1, g.size, k}
	return found
}
