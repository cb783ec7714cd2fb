package pdftext

import (
	"math"
	"strings"
	"unicode/utf8"
)

// A drawing or listing typed in a monospaced face (a hexagon map, a boxed
// figure) that a page break cuts leaves its last line or two at the top
// of the next page. Alone there they are too few to prove a grid
// (monoGrids wants three lines), so the borderless route collapses their
// padding and their indentation: a shape's lower edge comes out as "\ /"
// at the margin, no longer under the shape it closes.
//
// The carry keeps the grid (left edge, advance, size) of a monospaced run
// laid out as a grid that ended its page (no text below it); the lines
// that open the next page in the same face and size, every word on that
// grid, are laid out on it. Any line off the grid, in another face or
// size, or any text standing above them, ends the carried run.

// monoGrid is the grid of a monospaced run: the x of its column 0, the
// advance of one character and the font size.
type monoGrid struct{ left, adv, size float64 }

// monoEnd remembers the grid of the lowest grid line of the page when no
// other line stands below it.
func (c *carry) monoEnd(rest []textLine, grid []outLine) {
	if c == nil || len(grid) == 0 {
		return
	}
	low := grid[0]
	for _, o := range grid[1:] {
		if o.top > low.top {
			low = o
		}
	}
	for _, l := range rest {
		if l.top > low.top {
			return
		}
	}
	t := strings.TrimLeft(low.text, " ")
	n := utf8.RuneCountInString(t)
	if !low.grid || n < 2 || low.end != 0 || low.size <= 0 || low.x1 <= low.x0 {
		return // a joined cut line's ends are not one line's
	}
	adv := (low.x1 - low.x0) / float64(n)
	lead := utf8.RuneCountInString(low.text) - n
	c.monoNext = &monoGrid{left: low.x0 - float64(lead)*adv, adv: adv, size: low.size}
}

// monoTop lays out on the carried grid the lines opening this page that
// continue the monospaced run of the page before (past a running head in
// the page's top zone, which dropRunning judges later); the lines left
// and those laid out. h is the page's height.
func (c *carry) monoTop(lines []textLine, h float64) (rest []textLine, out []outLine) {
	if c == nil || c.mono == nil || len(lines) == 0 {
		return lines, nil
	}
	g := c.mono
	s := 0
	for s < len(lines) && lines[s].top < runningZone*h && !onGrid(&lines[s], g) {
		s++
	}
	k := s
	for k < len(lines) && k-s < 3 {
		l := &lines[k]
		if math.Abs(l.size-g.size) > 0.01*g.size || k > s && l.top-lines[k-1].top >= 3*g.size {
			break
		}
		if a := monoLineAdv(l); a == 0 || math.Abs(a-g.adv) > 0.003*g.adv || !onGrid(l, g) {
			break
		}
		k++
	}
	if k == s || k == len(lines) && k-s >= 3 {
		return lines, nil
	}
	for _, l := range lines[s:k] {
		var b []rune
		for _, w := range l.words {
			col := int(math.Round((w.x0 - g.left) / g.adv))
			if col <= len(b) && len(b) > 0 {
				col = len(b) + 1
			}
			for len(b) < col {
				b = append(b, ' ')
			}
			b = append(b, []rune(w.text)...)
		}
		out = append(out, outLine{text: string(b), top: l.top, size: l.size, x0: l.x0, x1: l.x1, grid: true})
	}
	rest = append(append(rest, lines[:s]...), lines[k:]...)
	return rest, out
}

// onGrid: every word of l starts on g's columns, none left of column 0.
func onGrid(l *textLine, g *monoGrid) bool {
	for _, w := range l.words {
		c := (w.x0 - g.left) / g.adv
		if c < -0.1 || math.Abs(c-math.Round(c)) > 0.1 {
			return false
		}
	}
	return len(l.words) > 0
}
