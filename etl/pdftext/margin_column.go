package pdftext

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"unicode"
)

// A margin column: a report set with a narrow column of side notes beside
// its text (table captions, `Sumber` lines, short remarks in a smaller
// face in the outer margin, each at the height of the table or paragraph
// it belongs to). Left in the page's glyphs, a note shares a baseline with
// a body line and joins it (a caption becomes a table's first cell, a
// source note the head of a prose line), or its wrapped lines fall between
// a table's rows and break the table. The notes are laid out on their own
// and set before the body line they stand beside (layoutNoted).
//
// Geometry proves the column, never its words: on a page, the body's edge
// is where most of its characters start (or, for notes on the right, the
// notes' own left edge); the notes are runs wholly outside it across a
// gutter of 1.5 body ems, in a band at most 35 % of the page's width and
// much narrower than the body. Across the document the column stands at
// one edge on two pages or more, its lines set smaller than the body's
// prose and at their own pitch: a third of them or more share no baseline
// with the body. Refused: a table's label column (`No`, `Kode`) set
// outside the text's edge (its cells level with the rows), a cell of a
// ruled table running across the gutter, side heads in the body's size,
// the left column of a two-column page (as wide as the right one).

// noteRun is a run of glyphs on one baseline with no wide gap inside.
type noteRun struct {
	idx          []int // glyph indices, by x
	x0, x1, base float64
	size         float64
	letters      int
	running      bool // in the page's running head or foot zone
}

// marginCut is a page's confirmed margin column: which glyphs are notes.
type marginCut struct {
	note []bool // by glyph index of the page
}

// marginCand is one page's candidate column.
type marginCand struct {
	page           int
	right          bool
	key            float64 // the body's edge (notes on the left) or the notes' (on the right)
	runs           []noteRun
	unaligned, all int
}

const (
	marginMaxShare = 0.35 // the notes' band is at most this share of the page's width
	marginGutterEm = 1.5  // the gutter is at least this many ems of the body
)

// pageRuns cuts a page's glyphs into runs: lines by baseline,
// cut at gaps of two ems or more.
func pageRuns(p *pageData) []noteRun {
	idx := make([]int, 0, len(p.glyphs))
	for i := range p.glyphs {
		g := &p.glyphs[i]
		if g.space || g.text != "" {
			continue
		}
		idx = append(idx, i)
	}
	if len(idx) < 20 {
		return nil
	}
	gs := p.glyphs
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(gs[a].base, gs[b].base) })
	runs := make([]noteRun, 0, len(idx)/16)
	for s := 0; s < len(idx); {
		e, base, size := s+1, gs[idx[s]].base, gs[idx[s]].size
		for e < len(idx) && math.Abs(gs[idx[e]].base-base) <= 0.3*math.Max(size, gs[idx[e]].size) {
			e++
		}
		line := idx[s:e]
		slices.SortStableFunc(line, func(a, b int) int { return cmp.Compare(gs[a].x0, gs[b].x0) })
		start := 0
		var cur noteRun
		for k, i := range line {
			g := &gs[i]
			if k > start && g.x0-cur.x1 > 2*math.Max(g.size, cur.size) {
				cur.idx = line[start:k:k]
				runs = append(runs, cur)
				start = k
			}
			if k == start {
				cur = noteRun{x0: g.x0, x1: g.x1, base: g.base, running: g.top < runningZone*p.h || g.bottom > (1-runningZone)*p.h}
			}
			cur.x1 = math.Max(cur.x1, g.x1)
			cur.size = math.Max(cur.size, g.size)
			if unicode.IsLetter(g.r) {
				cur.letters++
			}
		}
		cur.idx = line[start:len(line):len(line)]
		runs = append(runs, cur)
		s = e
	}
	return runs
}

// modeEdge is the x (to 2 pt) where the most characters of the runs that
// pass keep start.
func modeEdge(runs []noteRun, keep func(*noteRun) bool) (float64, bool) {
	count := map[int]int{}
	best, bestN := 0, 0
	for k := range runs {
		r := &runs[k]
		if !keep(r) {
			continue
		}
		b := int(math.Round(r.x0 / 2))
		count[b] += len(r.idx)
		if n := count[b]; n > bestN || n == bestN && b < best {
			best, bestN = b, n
		}
	}
	return float64(best) * 2, bestN > 0
}

// pageMargin finds a page's candidate column on one side, or reports
// none. The body's side of the gutter is key when known (a column the
// document proved), else where most characters start: the body's left
// edge, or the notes' own left edge when they stand on the right.
func pageMargin(p *pageData, runs []noteRun, right bool, key float64) (marginCand, bool) {
	c := marginCand{right: right}
	if key <= 0 {
		var ok bool
		if !right {
			key, ok = modeEdge(runs, func(r *noteRun) bool { return r.x0 < 0.5*p.w })
		} else {
			key, ok = modeEdge(runs, func(r *noteRun) bool { return r.x0 >= 0.55*p.w })
		}
		if !ok {
			return c, false
		}
	}
	// the gutter is measured in the body's em: the median size of the
	// runs on the body's side
	var sizes []float64
	edged := false // a run starts at the body's edge
	for _, r := range runs {
		if (!right && r.x0 >= key-1) || (right && r.x0 < key-1) {
			sizes = append(sizes, r.size)
		}
		edged = edged || math.Abs(r.x0-key) <= 2
	}
	if len(sizes) < 3 || !edged {
		return c, false
	}
	sort.Float64s(sizes)
	em := sizes[len(sizes)/2]
	gut := marginGutterEm * em
	var body, notes []noteRun
	bx0, bx1, nx0, nx1 := p.w, 0.0, p.w, 0.0
	cross := 0
	for _, r := range runs {
		switch {
		case !right && r.x1 <= key-gut, right && r.x0 >= key-1:
			if !inWideTable(p, &r, key, right, em) {
				notes = append(notes, r)
				nx0, nx1 = math.Min(nx0, r.x0), math.Max(nx1, r.x1)
			}
		case !right && r.x0 >= key-1, right && r.x1 <= key-gut:
			body = append(body, r)
			bx0, bx1 = math.Min(bx0, r.x0), math.Max(bx1, r.x1)
		default:
			cross++ // a heading set across the column and the body
		}
	}
	notes = dropLabelColumn(notes, body)
	if len(notes) == 0 || len(body) < 3 || cross > len(notes)+1 {
		return c, false
	}
	if nx1-nx0 > marginMaxShare*p.w || 1.5*(nx1-nx0) > bx1-bx0 {
		return c, false // a column as wide as the body: two columns, no margin
	}
	// the text's size: that of the body's long runs (prose lines), not of
	// a table's cells
	var prose []float64
	for _, b := range body {
		if len(b.idx) >= 30 {
			prose = append(prose, b.size)
		}
	}
	if len(prose) > 0 {
		sort.Float64s(prose)
		em = prose[len(prose)/2]
	}
	for _, n := range notes {
		if n.letters < 3 || n.running || n.size > 0.9*em {
			// a page number, a tab's figure, a running head; a head in
			// the body's size (side heads): no evidence of notes
			continue
		}
		c.all++
		if !levelWithBody(&n, body) {
			c.unaligned++
		}
	}
	c.key, c.runs = key, notes
	return c, c.all > 0
}

// marginColumns finds the margin column of a document's pages and returns
// the cut of each page that has notes in it (nil when the document has
// none).
func marginColumns(sheets []panel) map[*pageData]*marginCut {
	runs := make([][]noteRun, len(sheets))
	var cands []marginCand
	for i, s := range sheets {
		p := s.p
		if p == nil || p.scanned() || len(p.glyphs) < 40 || p.w <= 0 {
			continue
		}
		if runs[i] = pageRuns(p); len(runs[i]) < 4 {
			continue
		}
		for _, right := range []bool{false, true} {
			if c, ok := pageMargin(p, runs[i], right, 0); ok {
				c.page = i
				cands = append(cands, c)
			}
		}
	}
	if len(cands) < 2 {
		return nil
	}
	var out map[*pageData]*marginCut
	for _, right := range []bool{false, true} {
		key, ok := proveColumn(cands, right)
		if !ok {
			continue
		}
		// The proved column cuts every page whose body stands at its edge,
		// also one whose own count of starts pointed elsewhere (a page of
		// table columns, a page of long notes).
		for i, s := range sheets {
			if len(runs[i]) < 4 || out[s.p] != nil {
				continue
			}
			c, ok := pageMargin(s.p, runs[i], right, key)
			if !ok {
				continue
			}
			p := s.p
			if debugf != nil {
				debugf("margin column on page %d: %d notes", p.n, len(c.runs))
			}
			cut := &marginCut{note: make([]bool, len(p.glyphs))}
			for _, r := range c.runs {
				for _, g := range r.idx {
					cut.note[g] = true
				}
			}
			markNoteSpaces(p, c.runs, cut.note)
			if out == nil {
				out = map[*pageData]*marginCut{}
			}
			out[p] = cut
		}
	}
	return out
}

// proveColumn finds the body's edge of a column on one side that two
// pages or more show, whose lines keep their own pitch: three or more,
// and a third of them or more, share no baseline with the body (a label
// column beside a table's rows shares every one).
func proveColumn(cands []marginCand, right bool) (float64, bool) {
	best, bestN := 0.0, 0
	for a := range cands {
		if cands[a].right != right {
			continue
		}
		pages := map[int]bool{}
		un, all := 0, 0
		for b := range cands {
			if cands[b].right == right && math.Abs(cands[a].key-cands[b].key) <= 3 {
				pages[cands[b].page] = true
				un += cands[b].unaligned
				all += cands[b].all
			}
		}
		if len(pages) >= 2 && un >= 3 && 10*un >= 3*all && len(pages) > bestN {
			best, bestN = cands[a].key, len(pages)
		}
	}
	return best, bestN > 0
}

// markNoteSpaces gives a note run the space glyphs between its words.
func markNoteSpaces(p *pageData, runs []noteRun, note []bool) {
	for i := range p.glyphs {
		g := &p.glyphs[i]
		if !g.space {
			continue
		}
		x := (g.x0 + g.x1) / 2
		for _, r := range runs {
			if x > r.x0 && x < r.x1 && math.Abs(g.base-r.base) <= 0.3*r.size {
				note[i] = true
				break
			}
		}
	}
}

// layoutNoted lays out a page whose margin column holds notes: the body on
// its own, the notes on their own, each note before the first body line
// level with it or under it; a note beside a table's row goes before the
// table, so no row is parted from its header.
func layoutNoted(p *pageData, cc *carry, cut *marginCut) []outLine {
	if cut == nil {
		return layoutPage(p, cc)
	}
	bp, np := *p, pageData{rot: p.rot, n: p.n, w: p.w, h: p.h}
	bp.glyphs = make([]glyph, 0, len(p.glyphs))
	for i, g := range p.glyphs {
		if cut.note[i] {
			np.glyphs = append(np.glyphs, g)
		} else {
			bp.glyphs = append(bp.glyphs, g)
		}
	}
	body := layoutPage(&bp, cc)
	notes := layoutPage(&np, &carry{})
	return mergeNotes(body, notes)
}

// mergeNotes sets each note before the first body line level with it or
// under it (its top within 0.6 of a note's size). A note level with a row
// inside a table goes before the table's first row: a table is never
// parted.
func mergeNotes(body, notes []outLine) []outLine {
	out := make([]outLine, 0, len(body)+len(notes))
	j, start := 0, 0 // start: where the table (or line) in hand begins in out
	for k, b := range body {
		n := j
		for j < len(notes) && notes[j].top <= b.top+0.6*noteSize(notes[j]) {
			// the rest of its note (lines at the notes' own pitch) goes along
			for j++; j < len(notes) && notes[j].top-notes[j-1].top <= 1.8*noteSize(notes[j-1]); j++ {
			}
		}
		inTable := k > 0 && oneTable(body[k-1], b)
		if j > n && inTable {
			pend := append([]outLine(nil), notes[n:j]...)
			out = append(out[:start], append(pend, out[start:]...)...)
			start += len(pend)
		} else {
			out = append(out, notes[n:j]...)
		}
		if !inTable {
			start = len(out)
		}
		out = append(out, b)
	}
	return append(out, notes[j:]...)
}

// oneTable reports whether two lines are rows of one table.
func oneTable(a, b outLine) bool {
	return (a.table != 0 && a.table == b.table) || (a.block != 0 && a.block == b.block)
}

// noteSize is a note line's size, a usual note's when not known (a row).
func noteSize(l outLine) float64 {
	if l.size > 0 {
		return l.size
	}
	return 8
}

// levelWithBody reports whether a run shares its baseline with a body run.
func levelWithBody(n *noteRun, body []noteRun) bool {
	for _, b := range body {
		if math.Abs(b.base-n.base) <= 0.3*math.Max(b.size, n.size) {
			return true
		}
	}
	return false
}

// dropLabelColumn keeps out of the notes a table's label column (`No`,
// `1`, `2.1`, a code) set outside the text's edge: three or more runs in a
// row that each share a baseline with the body, its cells row by row with
// the table's. A note's lines keep their own pitch and meet a body line
// now and then (a caption over two lines beside a header over two); they
// hold words, where a label is a figure or a code. notes run by baseline.
func dropLabelColumn(notes, body []noteRun) []noteRun {
	keep := notes[:0:0]
	for s := 0; s < len(notes); {
		e := s
		for e < len(notes) && levelWithBody(&notes[e], body) {
			e++
		}
		if e == s {
			keep = append(keep, notes[s])
			s++
			continue
		}
		for _, n := range notes[s:e] {
			if e-s < 3 || n.letters >= 3 {
				keep = append(keep, n)
			}
		}
		s = e
	}
	return keep
}

// inWideTable reports whether a run lies inside a ruled table that reaches
// across the gutter into the body (a table set full width over the side
// column): a rule over it and one under it, both running from the run's
// column into the body, outside the running zones (a running head's
// hairline across the page is no table).
func inWideTable(p *pageData, r *noteRun, key float64, right bool, em float64) bool {
	above, below := false, false
	for _, h := range p.rules {
		if !h.horizontal() || h.y0 < runningZone*p.h || h.y0 > (1-runningZone)*p.h {
			continue
		}
		spans := h.x0 <= r.x1 && h.x1 >= key+em
		if right {
			spans = h.x1 >= r.x0 && h.x0 <= key-2*em
		}
		if !spans {
			continue
		}
		if h.y0 < r.base {
			above = true
		} else {
			below = true
		}
		if above && below {
			return true
		}
	}
	return false
}
