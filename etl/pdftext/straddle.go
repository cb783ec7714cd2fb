package pdftext

import "math"

// wordMids gives each glyph the x by which it goes into a ruled cell: the
// middle of the word it belongs to. A word set too wide for its column
// runs over the column's rule ("Menyampaikan" in a narrow "Indikator"
// column, its last letter right of the rule), and placed glyph by glyph
// its letters past the rule would become a cell of their own row's next
// column ("Menyampaika" and "n %"). A word is whole in one text run, so
// it goes where most of its width lies: a name overflowing rightwards
// stays in its column, a figure set flush right that overflows leftwards
// stays in its own. A word is the run of glyphs in content order on one
// line with no space between them and their boxes touching (sameWord);
// cell padding on both sides of a rule parts the texts of two cells. It
// returns nil when the
// page holds no ruled table (nothing to place).
func wordMids(gs []glyph, grids int) []float64 {
	if grids == 0 || len(gs) == 0 {
		return nil
	}
	mids := make([]float64, len(gs))
	start := 0
	x0, x1 := gs[0].x0, gs[0].x1
	flush := func(end int) {
		m := (x0 + x1) / 2
		for k := start; k < end; k++ {
			mids[k] = m
		}
	}
	for i := 1; i < len(gs); i++ {
		if g, prev := gs[i], gs[i-1]; g.space || prev.space || !sameWord(prev, g) {
			flush(i)
			start, x0, x1 = i, g.x0, g.x1
			continue
		}
		x0, x1 = math.Min(x0, gs[i].x0), math.Max(x1, gs[i].x1)
	}
	flush(len(gs))
	for i := range gs {
		if gs[i].space || gs[i].text != "" {
			mids[i] = (gs[i].x0 + gs[i].x1) / 2 // a space or an OCR word places itself
		}
	}
	return mids
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
