package pdftext

import (
	"math"
)

// dropSharedStationery extends the stationery's judgement (stationery.go)
// from a page to the document: the marks printed on the paper itself, not
// by the report, the same short strings at the same place on most pages.
// A desk planner's hour labels (07.00, 07.30 .. 17.30 down the left of
// every day page), a form's printed field names, a ruled pad's line
// numbers, a letterhead's fixed labels. Left in, an hour label joins the
// report's line beside it ("07.00⇥LAPORAN KINERJA ...") or stands on a line
// of its own between a table's rows, a figure-like token in every table.
//
// The proof is repetition at one place: a word (glyphs touching on one
// line) counts when the very same text in the same size stands at the same
// place (a point either way) on three pages or more and on 60 % of the
// pages at least. A document's own figures never repeat at one place on
// most pages; what does is its furniture: a running head, a page counter's
// label, a table's header repeated on every page it continues on. So a
// repeated word is dropped from a page only when it is the paper's there:
//
//   - it stands apart from the report's text on its line (two ems of
//     clear paper; "Halaman" before its page's number, "BAB" before the
//     chapter's numeral stay);
//   - no text of the report stands under it within six of its ems, and
//     none under another repeated word of its line in its size (a table's
//     header row, repeated over the rows each page carries on, heads text
//     of the report; an hour label, smaller, has the next hour under it);
//   - in the top or bottom running zone only as one of a column of three
//     or more repeated words at one left edge reaching out of the zone
//     (the first hour label under a planner's head band); a running head
//     on its own is dropRunning's, and stays for it (KeepRunning keeps it).
//
// It runs after the document-wide steps that recognise furniture by its
// words (a dashboard's sidebar, sidebar.go) and is not given the pages a
// drawing sheet's frame claims (drawsheet.go): their strip's or frame's
// words repeat at one place too, and taking some of them away first
// leaves the rest unrecognised, in the report's lines.
func dropSharedStationery(pages []*pageData) {
	if len(pages) < 3 {
		return
	}
	type spot struct {
		x, y, size  float64
		pages, last int
	}
	type placed struct {
		w    calendarWord
		s    *spot
		x1   float64
		top  float64
		bot  float64
		mark bool
	}
	spots := map[string][]*spot{}
	words := make([][]placed, len(pages))
	for i, p := range pages {
		for _, w := range calendarWords(p.glyphs) {
			if w.b-w.a > 40 {
				continue
			}
			var s *spot
			for _, c := range spots[w.s] {
				if math.Abs(c.x-w.x) <= 1 && math.Abs(c.y-w.base) <= 1 && math.Abs(c.size-w.size) <= 0.25 {
					s = c
					break
				}
			}
			if s == nil {
				s = &spot{x: w.x, y: w.base, size: w.size, last: -1}
				spots[w.s] = append(spots[w.s], s)
			}
			if s.last != i {
				s.pages++
				s.last = i
			}
			pw := placed{w: w, s: s, x1: p.glyphs[w.b-1].x1, top: math.Inf(1), bot: math.Inf(-1)}
			for k := w.a; k < w.b; k++ {
				pw.top, pw.bot = math.Min(pw.top, p.glyphs[k].top), math.Max(pw.bot, p.glyphs[k].bottom)
			}
			words[i] = append(words[i], pw)
		}
	}
	need := int(math.Ceil(0.6 * float64(len(pages))))
	if need < 3 {
		need = 3
	}
	for i, p := range pages {
		ws := words[i]
		isMark := make([]bool, len(p.glyphs))
		n := 0
		for j := range ws {
			if ws[j].s.pages >= need {
				ws[j].mark = true
				for k := ws[j].w.a; k < ws[j].w.b; k++ {
					isMark[k] = true
				}
				n++
			}
		}
		if n == 0 {
			continue
		}
		keep := make([]bool, len(ws))
		for j, w := range ws {
			if !w.mark {
				continue
			}
			for k, g := range p.glyphs {
				if g.space || isMark[k] {
					continue
				}
				beside := g.top < w.bot && g.bottom > w.top && math.Max(g.x0-w.x1, w.w.x-g.x1) < 2*w.w.size
				under := g.x0 < w.x1 && g.x1 > w.w.x && g.base > w.w.base && g.base-w.w.base <= 6*w.w.size
				if beside || under {
					keep[j] = true
					break
				}
			}
		}
		// a kept word keeps the repeated words of its line set in its size
		// (a header row over a column empty on this page)
		for j, w := range ws {
			if !w.mark || !keep[j] {
				continue
			}
			for k, v := range ws {
				if v.mark && math.Abs(v.w.base-w.w.base) < w.w.size/2 && math.Abs(v.w.size-w.w.size) <= 0.25 {
					keep[k] = true
				}
			}
		}
		zone := runningZone * p.h
		inZone := func(y float64) bool { return y < zone || y > p.h-zone }
		drop := make([]bool, len(p.glyphs))
		dropped := 0
		for j, w := range ws {
			if !w.mark || keep[j] {
				continue
			}
			if inZone(w.w.base) {
				col, out := 0, false
				for k, v := range ws {
					if v.mark && !keep[k] && math.Abs(v.w.x-w.w.x) <= 1 {
						col++
						out = out || !inZone(v.w.base)
					}
				}
				if col < 3 || !out {
					continue
				}
			}
			for k := w.w.a; k < w.w.b; k++ {
				drop[k] = true
			}
			// the spaces the reader put beside it on its line go with it
			for _, k := range [2]int{w.w.a - 1, w.w.b} {
				if k >= 0 && k < len(p.glyphs) && p.glyphs[k].space && math.Abs(p.glyphs[k].base-w.w.base) < w.w.size/2 {
					drop[k] = true
				}
			}
			dropped++
		}
		if dropped == 0 {
			continue
		}
		if debugf != nil {
			debugf("page %d: %d words of the stationery dropped", p.n, dropped)
		}
		p.keepGlyphs(drop)
	}
}
