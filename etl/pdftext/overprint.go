package pdftext

import "math"

// dropOverprint drops a word set in a type several times the size of the
// page's text over lines of that text: a watermark or stamp set upright
// across the page ("SALINAN" at 90 pt over the prose and the tables). Its
// letters share a middle with whichever line they cross, so they would join
// it, or pull two table rows into one line. A big title of a cover, a
// drop capital or a large figure beside its label crosses no two lines of
// the text and stays.
func dropOverprint(p *pageData) {
	body := medianSize(p.glyphs)
	type run struct{ size, base float64 }
	big := map[run][]int{}
	for i, g := range p.glyphs {
		if g.size >= 3*body && g.size >= 24 {
			r := run{math.Round(g.size), math.Round(g.base)}
			big[r] = append(big[r], i)
		}
	}
	if len(big) == 0 {
		return
	}
	drop := make([]bool, len(p.glyphs))
	for _, idx := range big {
		lines := map[float64]bool{}
		for _, i := range idx {
			b := p.glyphs[i]
			for _, g := range p.glyphs {
				cx := (g.x0 + g.x1) / 2
				if !g.space && g.size < 2*body && cx > b.x0 && cx < b.x1 && g.base > b.top && g.base < b.bottom {
					lines[math.Round(g.base)] = true
				}
			}
		}
		if len(lines) < 2 {
			continue
		}
		for _, i := range idx {
			drop[i] = true
		}
	}
	kept := p.glyphs[:0]
	for i, g := range p.glyphs {
		if !drop[i] {
			kept = append(kept, g)
		}
	}
	p.glyphs = kept
}
