package pdftext

import (
	"math"
	"strconv"
	"strings"
)

// dropSharedGhosts extends the ghost grid's judgement (ghost_grid.go) from
// a page to the document: a grid drawn the very same on several pages (an
// oscilloscope's graticule, a lattice printed behind every page) is page
// furniture when the text runs across it on most of them. Alone, a page of
// few lines (a cover, a signature block, short table rows) gives the ghost
// test too little to go on, and the lattice cuts its lines into heaps of
// words; a cover cut that way loses the report's title and year.
//
// A grid is the same on two pages when its column and row rules lie at the
// same places (to a point). It is dropped from every page it is on when it
// is on three pages or more and a ghost on two of them and a quarter at
// least (pages of short lines or of tables say little). A table
// ruled alike on every page of a spreadsheet printout is never a ghost (its
// text keeps to its cells), so it stays.
func dropSharedGhosts(pages []*pageData) {
	if len(pages) < 3 {
		return
	}
	type seen struct{ on, ghost int }
	tally := map[string]*seen{}
	type placed struct {
		g   *grid
		sig string
	}
	grids := make([][]placed, len(pages)) // each page's grids, found once
	for i, p := range pages {
		if len(p.rules) < 8 {
			continue // no lattice: the common page pays one comparison
		}
		for _, g := range findGrids(p.rules) {
			if len(g.xs) < 3 || len(g.ys) < 3 {
				continue
			}
			s := gridSignature(g)
			grids[i] = append(grids[i], placed{g, s})
			t := tally[s]
			if t == nil {
				t = &seen{}
				tally[s] = t
			}
			t.on++
			if ghostGrid(p, g) {
				t.ghost++
			}
		}
	}
	for i, p := range pages {
		var drop []*grid
		for _, pg := range grids[i] {
			if t := tally[pg.sig]; t.on >= 3 && t.ghost >= 2 && 4*t.ghost >= t.on {
				drop = append(drop, pg.g)
			}
		}
		if len(drop) > 0 {
			if debugf != nil {
				debugf("page %d: %d grids shared with other pages dropped", p.n, len(drop))
			}
			dropRulesIn(p, drop)
		}
	}
}

// gridSignature writes a grid's column and row places to the point.
func gridSignature(g *grid) string {
	var b strings.Builder
	for _, x := range g.xs {
		b.WriteString(strconv.Itoa(int(math.Round(x))))
		b.WriteByte(',')
	}
	b.WriteByte('|')
	for _, y := range g.ys {
		b.WriteString(strconv.Itoa(int(math.Round(y))))
		b.WriteByte(',')
	}
	return b.String()
}
