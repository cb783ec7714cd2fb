package pdftext

import (
	"math"
	"regexp"
	"sort"
	"strings"
)

// outLine is one line of derived text before pages are joined.
type outLine struct {
	text  string
	top   float64 // for ordering and running header/footer detection
	size  float64 // font size of a plain line (0 for table rows)
	x0    float64 // left end of a plain line (0 for table rows)
	x1    float64 // right end of a plain line (0 for table rows)
	w0    float64 // width of a plain line's first word
	end   float64 // top of the last visual line joined into this one (0: none)
	table int     // ruled table holding the line on its page (1-based), 0 when none
	block int     // borderless table holding the row on its page (1-based), 0 when none
	seed  bool    // a plain line with a wide gap (a form's "Uraian      : ..."), see isSeed
	ocr   bool
	alone bool // a typed line cut into cells on its own (typedRow): may be a running header
	grid  bool // a line of a monospaced run kept at its columns (monogrid.go)
}

// layoutPage turns one page into lines: ruled tables row by row, the rest
// line by line with borderless columns cut at shared whitespace.
func layoutPage(p *pageData, cc *carry) []outLine {
	dropLineNumbers(p) // a review copy's line numbering in the left margin (line_numbers.go)
	dropMarginTab(p)   // a chapter's thumb-index tab in the outer margin (margin_tab.go)
	dropMarginScale(p) // a map's or a chart's scale labels round the page (margin_scale.go)
	dropPaperRules(p)  // squared or lined paper's ruling, edge to edge at one pitch (paper.go)
	dropPadRules(p)    // a writing pad's ruling inside the margins, run on under the text (pad.go)
	fillEdges(p)       // a header row on a fill with no rule under it (fillband.go)
	var grids []*grid
	for _, g := range findGrids(p.rules) {
		// One column is a box (a frame around text), not a table.
		if len(g.xs) >= 3 {
			grids = append(grids, g)
		}
	}
	grids = dropGhostGrids(p, grids) // a grid its text runs across: show-through (ghost_grid.go)
	cells := map[cellKey][]glyph{}
	var free []glyph
	used := make([]bool, len(grids))
	wp := wordPlacer{gs: p.glyphs, on: len(grids) > 0} // a word over a column's rule stays whole (straddle.go)
	for i, gl := range p.glyphs {
		x, y := wp.x(i), (gl.top+gl.bottom)/2
		placed := false
		for ti, g := range grids {
			if g.contains(x, y) {
				r, c := g.cellOf(x, y)
				cells[cellKey{ti, r, c}] = append(cells[cellKey{ti, r, c}], gl)
				placed, used[ti] = true, true
				break
			}
		}
		if !placed {
			free = append(free, gl)
		}
	}
	var out []outLine
	// Tables ruled between rows only: their glyphs leave the free text.
	stacks := findStacks(p.rules, grids)
	if len(stacks) > 0 {
		freeLines := groupLines(free)
		for _, s := range stacks {
			edgeRows(s, freeLines)
		}
		held := make([][]glyph, len(stacks))
		var rest []glyph
		for _, gl := range free {
			x, y := (gl.x0+gl.x1)/2, (gl.top+gl.bottom)/2
			placed := false
			for si, s := range stacks {
				if s.contains(x, y) {
					held[si] = append(held[si], gl)
					placed = true
					break
				}
			}
			if !placed {
				rest = append(rest, gl)
			}
		}
		for si, s := range stacks {
			rows, back := stackRows(s, held[si], cc)
			for k := range rows {
				if rows[k].table == 0 {
					rows[k].table = si + 1
				} else {
					rows[k].table = 0 // a caption between two tables
				}
			}
			out = append(out, rows...)
			rest = append(rest, back...)
		}
		free = rest
	}
	for ti, g := range grids {
		if !used[ti] {
			continue
		}
		anch := g.anchors(openRows(g, cells, ti)) // a banded style's rows without column rules (banded_rows.go)
		pad := cellPadding(g, cells, ti)
		// Gather each merged cell's glyphs at its anchor.
		merged := map[[2]int][]glyph{}
		for k, gs := range cells {
			if k.t == ti {
				a := anch[k.r][k.c]
				merged[a] = append(merged[a], gs...)
			}
		}
		var rows []outLine
		for r := 0; r+1 < len(g.ys); r++ {
			if band := unruledBand(g, r, cells, ti); band != nil {
				for k := range band {
					band[k].table = 1000 + ti
				}
				rows = append(rows, band...)
				continue
			}
			var texts []string
			ocr := false
			for c := 0; c+1 < len(g.xs); c++ {
				t := ""
				if anch[r][c] == [2]int{r, c} {
					right := -1.0 // the cell's inner right edge, when its padding shows (cell_break.go)
					if pad >= 0 {
						e := c + 1
						for e+1 < len(g.xs) && anch[r][e] == [2]int{r, c} {
							e++
						}
						right = g.xs[e] - pad
					}
					t, ocr = cellText(merged[[2]int{r, c}], ocr, right)
				}
				texts = append(texts, t)
			}
			for len(texts) > 0 && texts[len(texts)-1] == "" {
				texts = texts[:len(texts)-1]
			}
			if len(texts) == 0 {
				continue
			}
			rows = append(rows, outLine{text: strings.Join(texts, "\t"), top: g.ys[r], table: 1000 + ti, ocr: ocr})
		}
		out = append(out, dropSheetFrame(rows)...)
	}
	lines := groupLines(free)
	lines = dropMarginNotes(lines, grids, used, p) // a reviewer's note beside a table (margin_note.go)
	lines, top := cc.monoTop(lines, p.h)           // a monospaced run's rest after a page break (monocarry.go)
	lines, mono := monoGrids(lines, p.glyphs)      // a listing in a monospaced face kept as its grid (monogrid.go)
	cc.monoEnd(lines, mono)
	mono = append(top, mono...)
	out = append(out, mono...)
	if len(grids) == 0 && len(stacks) == 0 {
		lines = twoColumns(lines, p.w)
	}
	out = dropTypedRules(append(out, borderless(lines, cc)...), p)
	sort.SliceStable(out, func(i, j int) bool { return out[i].top < out[j].top })
	out = joinCutRows(chainTables(out, grids))
	cc.endPage()
	return out
}

type cellKey struct{ t, r, c int }

var rowNumber = regexp.MustCompile(`^\(?([0-9]{1,3}|[a-zA-Z]|[IVX]{1,4})[.)]?$`)

// unruledBand handles a table ruled only around its edges and under its
// header (columns ruled, rows not): when one band of a grid of at most
// three bands holds several entries in its first column, the band is cut
// into rows like a borderless table, with the grid's columns. It returns
// nil for an ordinary band.
func unruledBand(g *grid, r int, cells map[cellKey][]glyph, ti int) []outLine {
	if len(g.ys)-1 > 3 {
		return nil
	}
	var gs []glyph
	for c := 0; c+1 < len(g.xs); c++ {
		gs = append(gs, cellEnds(cells[cellKey{ti, r, c}])...)
	}
	lines := groupLines(gs)
	numbered := 0
	for _, l := range lines {
		var first []string
		for _, w := range l.words {
			if (w.x0+w.x1)/2 < g.xs[1] {
				first = append(first, w.text)
			}
		}
		if rowNumber.MatchString(strings.Join(first, " ")) || codedEntry(first, len(l.words)) {
			numbered++
		}
	}
	// Only numbered or coded entries prove several rows: a single row
	// whose cells wrap looks the same otherwise.
	if len(lines) < 4 || numbered < 2 {
		return nil
	}
	cols := make([]column, len(g.xs)-1)
	for c := range cols {
		cols[c] = column{g.xs[c], g.xs[c+1]}
	}
	return tableRows(lines, cols)
}

// cellText joins the lines of one ruled cell with single spaces, except
// an amount cut inside on the cell's widest line (cutNumber) and a word
// broken at the cell's inner right edge inner (brokenWords; inner <= 0:
// unknown).
func cellText(gs []glyph, ocr bool, inner float64) (string, bool) {
	if len(gs) == 0 {
		return "", ocr
	}
	ls := brokenWords(groupLines(gs), inner)
	right := 0.0
	for _, l := range ls {
		right = math.Max(right, l.x1)
		for _, w := range l.words {
			ocr = ocr || w.ocr
		}
	}
	return joinCell(ls, right, false), ocr
}

// clean removes TABs and form feeds a PDF might carry inside text, since
// they are the output's separators.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\f' || r == '\v' {
			return ' '
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// debugf traces layout decisions in development (nil: off).
var debugf func(format string, a ...any)
