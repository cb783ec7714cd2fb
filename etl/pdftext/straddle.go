package pdftext

import "math"

// wordPlacer gives each glyph the x by which it goes into a ruled cell:
// the middle of the word it belongs to. A word set too wide for its
// column runs over the column's rule ("Menyampaikan" in a narrow
// "Indikator" column, its last letter right of the rule), and placed
// glyph by glyph its letters past the rule would become a cell of their
// own row's next column ("Menyampaika" and "n %"). A word is whole in one
// text run, so it goes where most of its width lies: a name overflowing
// rightwards stays in its column, a figure set flush right that
// overflows leftwards stays in its own. A word is the run of glyphs in
// content order on one line with no space between them and their boxes
// touching (sameWord); cell padding on both sides of a rule parts the
// texts of two cells. Glyphs are asked for in order, so the run in hand
// is kept instead of a slice over the page. With on unset (a page
// without ruled tables) each glyph places itself.
type wordPlacer struct {
	gs  []glyph
	on  bool
	end int     // the run in hand ends before end
	mid float64 // its middle
}

// x is where glyph i goes; i must not go down from one call to the next.
func (w *wordPlacer) x(i int) float64 {
	g := w.gs[i]
	if !w.on || g.space || g.text != "" {
		return (g.x0 + g.x1) / 2 // a space or an OCR word places itself
	}
	if i >= w.end {
		x0, x1 := g.x0, g.x1
		j := i + 1
		for ; j < len(w.gs) && !w.gs[j].space && sameWord(w.gs[j-1], w.gs[j]); j++ {
			x0, x1 = math.Min(x0, w.gs[j].x0), math.Max(x1, w.gs[j].x1)
		}
		w.end, w.mid = j, (x0+x1)/2
	}
	return w.mid
}

// sameWord reports whether b follows a in one word: on a's line, of a's
// size, its box starting where a's ends. The loose boxes span each
// glyph's advance, so the letters of one word touch (a kerned pair
// overlaps a little); the texts of two cells that touch only by chance
// (a header overflowing up to the next header) leave a gap of some
// tenths of a point, more than the hundredths allowed here.
func sameWord(a, b glyph) bool {
	m := math.Max(a.size, b.size)
	gap := b.x0 - a.x1
	return !a.wordBreakAfter && math.Abs(a.base-b.base) <= 0.3*m && math.Abs(a.size-b.size) <= 0.2*m &&
		gap <= 0.01*m && gap >= -0.15*m
}
