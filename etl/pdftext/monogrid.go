package pdftext

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A report set in a proportional face may copy a console listing, a
// database spool or a block of code into its body in a monospaced one.
// Such a run of lines is a character grid: its columns are the listing's
// own (a SQL*Plus report pads every cell to its column's width), so the
// borderless-table route, which cuts lines at shared whitespace and joins
// wrapped cells, reads it wrong (it collapses the padding and mixes the
// pieces of neighbouring lines) when the listing was cut at the print
// width. Such a run is read back as the grid it is:
// one output line per printed line, each word at its column (x from the
// run's left margin over the font's advance, as plainprint.go does for a
// whole printed file), the spaces between restored.
//
// A listing wider than the text column is often cut hard at the print
// width, its rest printed on the next line from the left margin with its
// leading spaces kept. A cut is proven, and the two lines joined again,
// when the printed line fills the run's widest width, that width is the
// text column's (one more character would cross the right edge of the
// page's prose), at least two lines of the run reach it (a cut print
// cuts every long line at the same place) and the rest follows at once,
// at the run's pitch. A typed table whose right-aligned last column
// fills the width passes those tests too, so the run must also show its
// dash (or equals) rule cut: a full-width rule whose rest on the next
// line is rule again, and no full line may be followed by another. An
// uncut monospaced run, or one without that proof, is left to the
// borderless route (typed.go reads uncut typed tables there); a line cut
// twice is not proven and leaves its run there too.
//
// A cut may fall inside a run of padding: the printed line then ends in
// spaces, which PDFium reports as one space glyph after its last word (a
// run of spaces comes back as one glyph, so how many is lost). Such a
// line is joined, padded to the print width, only when it ends in that
// space, its next line starts with spaces, and that line ends at the very
// column a proven cut's rest ends at (a padded listing ends all its rows
// at one column); anything else stays as printed.

// monoLineAdv is the advance of a line whose every word is as wide as its
// characters times one advance (to 0.3 %) and starts on that advance's
// grid from the line's first word, else 0. The advance is the first
// word's that holds no drawing character: a bar of block elements or a
// box's edge is drawn with a hair's overhang (a tenth of a point), so
// such a word need only be within a fifth of an advance of its width.
func monoLineAdv(l *textLine) float64 {
	adv := 0.0
	for _, w := range l.words {
		k := utf8.RuneCountInString(w.text)
		if k == 0 || w.ocr {
			return 0
		}
		if adv == 0 && strings.IndexFunc(w.text, drawingRune) < 0 {
			adv = (w.x1 - w.x0) / float64(k)
		}
	}
	if adv == 0 && len(l.words) > 0 {
		w := l.words[0]
		adv = (w.x1 - w.x0) / float64(utf8.RuneCountInString(w.text))
	}
	if adv <= 0 {
		return 0
	}
	for _, w := range l.words {
		k := float64(utf8.RuneCountInString(w.text))
		tol := 0.003 * adv * k
		if strings.IndexFunc(w.text, drawingRune) >= 0 {
			tol = math.Max(tol, 0.2*adv)
		}
		if math.Abs(w.x1-w.x0-k*adv) > tol {
			return 0
		}
	}
	x := l.words[0].x0
	for _, w := range l.words[1:] {
		if c := (w.x0 - x) / adv; math.Abs(c-math.Round(c)) > 0.1 {
			return 0
		}
	}
	return adv
}

// monoGrids takes the monospaced runs out of a page's lines (top to
// bottom) and returns them as grid lines, with the lines left. A page
// without proportional prose is left alone (a typed or printed page is
// read by typed.go and plainprint.go).
func monoGrids(lines []textLine, gs []glyph) (rest []textLine, out []outLine) {
	if len(lines) < 4 {
		return lines, nil
	}
	advs := make([]float64, len(lines))
	prose, right, mono := false, 0.0, 0
	for i := range lines {
		advs[i] = monoLineAdv(&lines[i])
		if advs[i] > 0 {
			mono++
			continue
		}
		for _, w := range lines[i].words {
			if utf8.RuneCountInString(w.text) >= 4 && strings.IndexFunc(w.text, unicode.IsLetter) >= 0 {
				prose = true
				break
			}
		}
		right = math.Max(right, lines[i].x1)
	}
	if !prose || mono < 3 {
		return lines, nil
	}
	for i := 0; i < len(lines); {
		if k := shrunkDrawing(lines[i:], advs[i:]); k > 0 {
			out = append(out, shrunkGrid(lines[i:i+k], advs[i:i+k])...)
			i += k
			continue
		}
		a := advs[i]
		j := i + 1
		for a > 0 && j < len(lines) && math.Abs(advs[j]-a) <= 0.003*a &&
			math.Abs(lines[j].size-lines[i].size) <= 0.01*lines[i].size &&
			lines[j].top-lines[j-1].top < 3*lines[i].size {
			j++
		}
		run := lines[i:j]
		if a == 0 || j-i < 3 || monoAdvance(run) == 0 {
			rest = append(rest, lines[i])
			i++
			continue
		}
		if g := gridRun(run, a, right, gs); g != nil {
			out = append(out, g...)
		} else {
			rest = append(rest, run...)
		}
		i = j
	}
	return rest, out
}

// gridRun lays a monospaced run out on its grid and joins the lines cut
// at the print width (see above); right is the right edge of the page's
// prose; gs are the page's glyphs, for the spaces a line ends with.
func gridRun(run []textLine, adv, right float64, gs []glyph) []outLine {
	left := math.Inf(1)
	for _, l := range run {
		left = math.Min(left, l.x0)
	}
	texts := make([]string, len(run))
	width, full := 0, 0
	pitch := math.Inf(1)
	for k, l := range run {
		var b []rune
		for _, w := range l.words {
			c := int(math.Round((w.x0 - left) / adv))
			if c <= len(b) && len(b) > 0 {
				c = len(b) + 1
			}
			for len(b) < c {
				b = append(b, ' ')
			}
			b = append(b, []rune(w.text)...)
		}
		texts[k] = string(b)
		if n := len(b); n > width {
			width, full = n, 1
		} else if n == width {
			full++
		}
		if k > 0 {
			pitch = math.Min(pitch, l.top-run[k-1].top)
		}
	}
	// Only a run cut at the print width is taken from the borderless
	// route: an uncut monospaced table in a report is read well there
	// (typed.go cuts it into cells), and its lines need no joining.
	if full < 2 || left+float64(width+1)*adv <= right {
		return drawnRun(run, texts)
	}
	next := func(k int) bool { return k+1 < len(run) && run[k+1].top-run[k].top < 1.2*pitch }
	// A table typed with its last column right-aligned fills the width on
	// every row too: the cut is proven by the listing's dash rule, which
	// fills the width and goes on in dashes on the next line, and no
	// full line is followed by another (each cut line's rest is shorter).
	rule := false
	for k := range run {
		n := utf8.RuneCountInString(texts[k])
		if n != width || !next(k) {
			continue
		}
		if utf8.RuneCountInString(texts[k+1]) >= width {
			return drawnRun(run, texts)
		}
		rule = rule || typedRule(texts[k]) && typedRule(strings.TrimLeft(texts[k+1], " "))
	}
	if !rule {
		return drawnRun(run, texts)
	}
	// The columns the rests of proven cuts end at.
	ends := map[int]bool{}
	for k := range run {
		if utf8.RuneCountInString(texts[k]) == width && next(k) {
			ends[utf8.RuneCountInString(texts[k+1])] = true
		}
	}
	padded := func(k int) bool {
		n := utf8.RuneCountInString(texts[k])
		return n < width && next(k) && strings.HasPrefix(texts[k+1], " ") &&
			ends[utf8.RuneCountInString(texts[k+1])] && endsInSpace(run[k], adv, gs)
	}
	var out []outLine
	for k := 0; k < len(run); k++ {
		l := run[k]
		o := outLine{text: texts[k], top: l.top, size: l.size, x0: l.x0, x1: l.x1, grid: true}
		for next(k) {
			n := utf8.RuneCountInString(texts[k])
			if n != width && !padded(k) {
				break
			}
			o.text += strings.Repeat(" ", width-n) + texts[k+1]
			k++
			o.x1, o.end = run[k].x1, run[k].top
		}
		out = append(out, o)
	}
	return out
}

// endsInSpace reports whether a space glyph follows the last word of l
// on its line.
func endsInSpace(l textLine, adv float64, gs []glyph) bool {
	for _, g := range gs {
		if g.space && math.Abs(g.base-l.base) < 0.3*l.size && math.Abs(g.x0-l.x1) < 0.1*adv {
			return true
		}
	}
	return false
}

// drawnRun keeps an uncut monospaced run as its grid, a printed line a
// line, when it is a drawing made of characters: a form or a chart drawn
// with box-drawing characters, bars of block elements, marks of geometric
// shapes (U+2500 to U+25FF), labels framed in dots, on two of its lines or
// more (drawnLine), or edges typed in slashes, backslashes and underscores
// on three of its lines and half of them (edgedLine). Its spacing is
// its geometry (a bar's length, a cell's edge, a figure's column under
// its heading), which the borderless route collapses to single spaces
// and TABs that split it where no column is; as the grid it reads as the
// report's own text form does. Any other uncut run gives nil (left to the
// borderless route).
func drawnRun(run []textLine, texts []string) []outLine {
	drawn, edged := 0, 0
	for _, t := range texts {
		if drawnLine(t) {
			drawn++
		}
		if edgedLine(t) {
			edged++
		}
	}
	if drawn < 2 && (edged < 3 || 2*edged < len(texts)) && !typedSheet(texts) { // a typed sheet's fields over its ruled table (typedsheet.go)
		return nil
	}
	out := make([]outLine, len(run))
	for k, l := range run {
		out[k] = outLine{text: texts[k], top: l.top, size: l.size, x0: l.x0, x1: l.x1, grid: true}
	}
	return out
}

// drawnLine reports a line (or word) of a drawing: a box-drawing, block
// or geometric character, a frame's edge typed in dots (a label's
// border "......" or ":.....:", eight dots or more and nothing else), or
// a perforated edge typed in one spaced mark (perforatedLine).
func drawnLine(t string) bool {
	if strings.IndexFunc(t, drawingRune) >= 0 {
		return true
	}
	fs := strings.Fields(t)
	for _, f := range fs {
		if strings.Count(f, ".") >= 8 && strings.Trim(f, ".:") == "" {
			return true
		}
	}
	return perforatedLine(fs)
}

// perforatedLine reports a frame's edge typed as one mark repeated with
// spaces between ("o o o o o o o o", a postage stamp's perforation, a
// ticket's tear line): eight marks or more, each a single letter or bullet
// and all the same. A rule typed in spaced dashes or equals signs is no
// such edge: it is a typed table's rule, which the borderless route reads.
func perforatedLine(fs []string) bool {
	if len(fs) < 8 {
		return false
	}
	r, n := utf8.DecodeRuneInString(fs[0])
	if n != len(fs[0]) || !unicode.IsLetter(r) && r != '•' && r != '∘' {
		return false
	}
	for _, f := range fs[1:] {
		if f != fs[0] {
			return false
		}
	}
	return true
}

// edgedLine reports a line of a drawing typed in ASCII (a hexagon, a
// rhombus or a slanted frame drawn with "/", "\" and "_"): two words or
// more made only of those, each holding a slash or a backslash ("/",
// "\_____/"), the line's edges holding both (a shape's left and right
// sides lean opposite ways). A table typed with "/" between two figures
// of a cell ("5 / 25", "2.724 / 2.644") leans one way only. A drawn run
// needs three such lines and half its lines (drawnRun); a rule of
// underscores alone is no edge.
func edgedLine(t string) bool {
	n, fwd, back := 0, false, false
	for _, f := range strings.Fields(t) {
		if strings.Trim(f, "/\\_") == "" && strings.ContainsAny(f, "/\\") {
			n++
			fwd = fwd || strings.Contains(f, "/")
			back = back || strings.Contains(f, "\\")
		}
	}
	return n >= 2 && fwd && back
}

// drawingRune reports a box-drawing, block-element or geometric-shape
// character.
func drawingRune(r rune) bool { return r >= 0x2500 && r <= 0x25FF }

// shrunkDrawing is the number of lines from the first of lines that make
// a drawing in characters (drawnRun) whose wide lines were each shrunk to
// fit the text column, or 0. Such lines share one monospaced face at
// several sizes (every line's advance the same share of its type size),
// follow each other at the lines' pitch, and count their columns from one
// left edge: every size has a line starting there. Each line is then a
// grid of its own advance from that edge, so its columns are the text's
// though its type is smaller than its neighbours'.
func shrunkDrawing(lines []textLine, advs []float64) int {
	if len(advs) < 3 || advs[0] == 0 || lines[0].size <= 0 {
		return 0
	}
	ratio := advs[0] / lines[0].size
	n, mixed, drawn, edged := 0, false, 0, 0
	for n < len(lines) && advs[n] > 0 && lines[n].size > 0 &&
		math.Abs(advs[n]/lines[n].size-ratio) <= 0.005*ratio &&
		(n == 0 || lines[n].top-lines[n-1].top < 3*math.Max(lines[n].size, lines[n-1].size)) {
		mixed = mixed || math.Abs(advs[n]-advs[0]) > 0.003*advs[0]
		ws := make([]string, len(lines[n].words))
		for k, w := range lines[n].words {
			ws[k] = w.text
		}
		if t := strings.Join(ws, " "); drawnLine(t) {
			drawn++
		} else if edgedLine(t) {
			edged++
		}
		n++
	}
	if n < 3 || !mixed || drawn < 2 && (edged < 3 || 2*edged < n) {
		return 0
	}
	left := math.Inf(1)
	for _, l := range lines[:n] {
		left = math.Min(left, l.x0)
	}
	for k := 0; k < n; k++ {
		found := false
		for m := 0; m < n && !found; m++ {
			found = math.Abs(advs[m]-advs[k]) <= 0.003*advs[k] && lines[m].x0-left < 0.15*advs[m]
		}
		if !found {
			return 0
		}
	}
	return n
}

// shrunkGrid lays each line of a shrunk drawing out at its own advance
// from the drawing's left edge.
func shrunkGrid(run []textLine, advs []float64) []outLine {
	left := math.Inf(1)
	for _, l := range run {
		left = math.Min(left, l.x0)
	}
	out := make([]outLine, len(run))
	for k, l := range run {
		var b []rune
		for _, w := range l.words {
			c := int(math.Round((w.x0 - left) / advs[k]))
			if c <= len(b) && len(b) > 0 {
				c = len(b) + 1
			}
			for len(b) < c {
				b = append(b, ' ')
			}
			b = append(b, []rune(w.text)...)
		}
		out[k] = outLine{text: string(b), top: l.top, size: l.size, x0: l.x0, x1: l.x1, grid: true}
	}
	return out
}
