package pdftext

import "math"

// A table's header row set on a coloured fill (white bold type on a dark
// band) with a rule round the table and hairlines between the body's rows
// but none under the header: the fill's lower edge is the only thing that
// parts the header from the first body row. Without it the stack of rules
// (hrules.go) reads header and row 1 as one band ("No 1 | Indikator
// Kinerja Persentase ..."), and the table loses its header and first row.
//
// Structure proves the band, never its words or colour: a filled rectangle,
// short and wide, whose left and right ends are those of horizontal rules
// (within the stack tolerance), with such a rule along its top and two or
// more below it (it heads a table ruled round and between rows; see
// fillEdges). Its bottom edge then becomes a rule of the stack. A shaded
// paragraph, a highlighter behind a line, a chart's bar or a page tint
// matches no stack's extent and adds nothing.

// maxFills bounds the bands kept per page (a chart of many bars).
const maxFills = 64

// keepFill records a filled rectangle that may be a table's header band:
// at least 50 pt wide and between 3 and 80 pt tall (a row or two of type).
func keepFill(p *pageData, x0, y0, x1, y1 float64) {
	w, h := x1-x0, y1-y0
	if w < 50 || h < 3 || h > 80 || len(p.fills) >= maxFills {
		return
	}
	if p.w > 0 && w > 0.98*p.w {
		return // edge to edge: a page tint or a banner, no table's band
	}
	p.fills = append(p.fills, area{x0, y0, x1, y1})
}

// fillEdges adds the lower edge of a header band kept by keepFill as a
// rule, when the band opens a table ruled round and between its rows: a
// rule of the band's extent lies along its top (the table's outer rule),
// none along its bottom, and two such rules or more lie below it, the
// first within a band's height (hairlines between body rows). A fill
// under a table's box with no rules between its rows (a dark header and
// zebra stripes, read by the borderless route) or over a header whose
// rule is already drawn adds nothing; nor does a band with no rule at its
// top, whose top edge would make a stack of rules of a table that has
// only a rule under its header and one over its total.
func fillEdges(p *pageData) {
	if len(p.fills) == 0 {
		return // the gate: pages without a short wide fill pay nothing
	}
	var add []rule
	for _, f := range p.fills {
		below, first, top, bottom := 0, math.Inf(1), false, false
		for _, r := range p.rules {
			if !r.horizontal() || math.Abs(r.x0-f.x0) > 2*ruleTol || math.Abs(r.x1-f.x1) > 2*ruleTol {
				continue
			}
			switch {
			case math.Abs(r.y0-f.y0) <= ruleTol:
				top = true
			case math.Abs(r.y0-f.y1) <= ruleTol:
				bottom = true
			case r.y0 > f.y1:
				below++
				first = math.Min(first, r.y0)
			}
		}
		if top && !bottom && below >= 2 && first-f.y1 <= maxBand {
			add = append(add, rule{f.x0, f.y1, f.x1, f.y1})
		}
	}
	p.rules = append(p.rules, add...)
}
