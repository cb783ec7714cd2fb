package pdftext

// A decorated page may be strewn with small filled shapes near the text:
// the chips of a terrazzo slab, the speckles of recycled paper, the dots of
// a stain. A chip a point or two high is as thin as a word processor's
// cell border, so read by size alone it became a stub of a rule; one lying
// across a page's inlaid border strip (two concentric boxes, each alone no
// table) touched both boxes and joined them into a three-column grid, and
// the whole page's text fell into one cell. A border is drawn as a bar: its long side is many times its short
// side. A chip is squat (about as wide as it is high). So a filled
// rectangle is a rule only when it is a bar.

// chipMaxAspect is the long side over the short side up to which a small
// filled shape is a chip, not a border: a chip's sides are within a factor
// of about 1.5; a border of even a short cell is 4 pt long or more at a
// thickness of 1.5 pt or less (an aspect over 2.5).
const chipMaxAspect = 2.5

// chipNotRule reports whether a thin filled rectangle w x h is a squat
// chip of decoration rather than a bar (a cell border).
func chipNotRule(w, h float64) bool {
	long, short := max(w, h), min(w, h)
	if short <= 0 {
		return false
	}
	return long < chipMaxAspect*short
}
