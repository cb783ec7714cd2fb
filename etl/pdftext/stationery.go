package pdftext

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

// dropStationery removes the furniture of the stationery a report was
// printed over, glyphs of the sheet that are no text of the document:
//
//   - an accounting columnar pad's own line numbers (1, 2, 3 ... printed
//     small at the left of every rule, whether a line of the report stands
//     on the rule or not). line_numbers.go wants text beside every number
//     and edge_scale.go a margin clear of every glyph (the pad's head strip
//     stands left of the column), so both keep them; left in, every number
//     is a cell of its own that cuts the prose into false rows.
//   - a wall calendar's month: the day numbers printed small in the corner
//     of each cell of the grid, the weekday row over it (MIN SEN SEL ...)
//     and the month's title (JANUARI 2022); left in, the day numbers land in
//     the report's lines ("Perj 6 anjian") and the title's year reads as a
//     year of the report.
//
// Both are trusted by structure alone, in type smaller than the page's
// letters (stationery's print is small and the report's is not): a pad's
// column is ten or more bare numbers sharing one right edge, counting on by
// one from 1 at one pitch, ending left of every glyph of the report's size
// and running on over (or under) the report's lines beside it;
// a calendar's month is seven columns of bare numbers, each counting by 7
// at one common pitch, together holding every day 1 .. 28 to 31 exactly
// once. Only then is a weekday row (five or more weekday names on one line
// over the days) or a month's title above it dropped too.
func dropStationery(p *pageData) {
	gs := p.glyphs
	if len(gs) < 40 {
		return
	}
	nums := scaleNumbers(gs)
	if len(nums) < 10 {
		return
	}
	body := letterSize(gs)
	var small []scaleNumber
	for _, n := range nums {
		if n.size <= 0.85*body {
			small = append(small, n)
		}
	}
	if len(small) < 10 {
		return
	}
	cols := stationeryColumns(small)
	drop := make([]bool, len(gs))
	dropped := 0
	// A number goes with the spaces the reader put beside it on its line
	// (a day number printed inside a word leaves "Perj anjian" else).
	mark := func(s []scaleNumber) {
		for _, n := range s {
			for k := n.a; k < n.b; k++ {
				drop[k] = true
			}
			for _, k := range [2]int{n.a - 1, n.b} {
				if k >= 0 && k < len(gs) && gs[k].space && math.Abs(gs[k].base-n.y) < n.size/2 {
					drop[k] = true
				}
			}
			dropped++
		}
	}
	for _, c := range cols {
		if s := padColumn(c); s != nil && leftOfReport(gs, s, body) {
			mark(s)
		}
	}
	if days := calendarDays(cols); days != nil {
		mark(days)
		dropCalendarHeads(gs, days, drop)
		dropCalendarGrid(p, days)
	}
	if dropped == 0 {
		return
	}
	p.keepGlyphs(drop)
}

// keepGlyphs removes from the page the glyphs drop marks (by index),
// keeping the others in order: the marks of the paper, a scale, a margin's
// numbers.
func (p *pageData) keepGlyphs(drop []bool) {
	kept := make([]glyph, 0, len(p.glyphs))
	for i, g := range p.glyphs {
		if !drop[i] {
			kept = append(kept, g)
		}
	}
	p.glyphs = kept
}

// letterSize is the size most of the page's letters (digits aside) are set in.
func letterSize(gs []glyph) float64 {
	ls := make([]glyph, 0, len(gs))
	for _, g := range gs {
		if !g.space && unicode.IsLetter(g.r) {
			ls = append(ls, g)
		}
	}
	return bodySize(ls)
}

// stationeryColumns groups numbers of one size sharing a right edge (to a
// point), each group top to bottom.
func stationeryColumns(ns []scaleNumber) [][]scaleNumber {
	sort.SliceStable(ns, func(a, b int) bool { return ns[a].x1 < ns[b].x1 })
	var cols [][]scaleNumber
	for i := 0; i < len(ns); {
		j := i + 1
		for j < len(ns) && ns[j].x1-ns[j-1].x1 <= 1 && ns[j].x1-ns[i].x1 <= 2 {
			j++
		}
		c := append([]scaleNumber(nil), ns[i:j]...)
		sort.SliceStable(c, func(a, b int) bool { return c[a].y < c[b].y })
		cols = append(cols, c)
		i = j
	}
	return cols
}

// padColumn is the longest run of a column counting on by one from 1 at one
// pitch, ten numbers or more; nil when none.
func padColumn(c []scaleNumber) []scaleNumber {
	var best []scaleNumber
	for i := range c {
		if c[i].v != 1 {
			continue
		}
		j := i + 1
		for j < len(c) && c[j].v == c[j-1].v+1 && (j == i+1 || evenPitch(c[j-1].y, c[j].y, c[i+1].y-c[i].y)) {
			j++
		}
		if j-i > len(best) && j-i >= 10 && c[i+1].y-c[i].y >= 1.5*c[i].size {
			best = c[i:j]
		}
	}
	return best
}

func evenPitch(a, b, pitch float64) bool { return math.Abs(b-a-pitch) <= 0.5+pitch*0.02 }

// leftOfReport: the column ends an em short of every glyph set at the
// report's size beside it, from a line over its first number to a line
// under its last (the pad's numbers stand in its margin, under its head
// strip; a table's No column stands among the table's cells), and runs on
// past the report's lines beside it.
func leftOfReport(gs []glyph, s []scaleNumber, body float64) bool {
	x1 := 0.0
	for _, n := range s {
		x1 = math.Max(x1, n.x1)
	}
	pitch := s[1].y - s[0].y
	lo, hi := s[0].y-pitch, s[len(s)-1].y+pitch
	top, bottom := math.Inf(1), math.Inf(-1) // the report's lines beside the column
	for _, g := range gs {
		if g.space || g.size < 0.9*body || g.base <= lo || g.base >= hi {
			continue
		}
		if g.x0 < x1+s[0].size {
			return false
		}
		top, bottom = math.Min(top, g.base), math.Max(bottom, g.base)
	}
	// The pad's count runs on past the report, over its first line or
	// under its last; a table's No column starts under its header and
	// stops at its last row.
	return s[0].y < top-pitch/2 || s[len(s)-1].y > bottom+pitch/2
}

// calendarDays returns the days of a calendar's month: seven columns, each
// counting by 7 at one pitch common to all, holding 1 .. n (28 <= n <= 31)
// once each; nil when the page shows no such month.
func calendarDays(cols [][]scaleNumber) []scaleNumber {
	var days []scaleNumber
	pitch, n := 0.0, 0
	for _, c := range cols {
		if len(c) < 4 || len(c) > 6 || c[0].v > 14 {
			continue
		}
		ok := true
		for k := 1; k < len(c) && ok; k++ {
			d := c[k].y - c[k-1].y
			if pitch == 0 {
				pitch = d
			}
			ok = c[k].v-c[k-1].v == 7 && d >= 1.5*c[k].size && evenPitch(c[k-1].y, c[k].y, pitch)
		}
		if ok {
			days = append(days, c...)
			n++
		}
	}
	if n != 7 || len(days) < 28 || len(days) > 31 {
		return nil
	}
	seen := make([]bool, len(days)+1)
	for _, d := range days {
		if d.v < 1 || d.v > len(days) || seen[d.v] {
			return nil
		}
		seen[d.v] = true
	}
	return days
}

var calendarWeekdays = map[string]bool{
	"MIN": true, "SEN": true, "SEL": true, "RAB": true, "KAM": true, "JUM": true, "SAB": true,
	"MINGGU": true, "SENIN": true, "SELASA": true, "RABU": true, "KAMIS": true, "JUMAT": true, "SABTU": true,
	"SUN": true, "MON": true, "TUE": true, "WED": true, "THU": true, "FRI": true, "SAT": true,
}

var calendarMonths = map[string]bool{
	"JANUARI": true, "FEBRUARI": true, "MARET": true, "APRIL": true, "MEI": true, "JUNI": true, "JULI": true,
	"AGUSTUS": true, "SEPTEMBER": true, "OKTOBER": true, "NOVEMBER": true, "DESEMBER": true,
	"JANUARY": true, "FEBRUARY": true, "MARCH": true, "MAY": true, "JUNE": true, "JULY": true, "AUGUST": true,
	"OCTOBER": true, "DECEMBER": true,
}

// calendarWord is a run of glyphs touching one another on one line, a..b-1.
type calendarWord struct {
	a, b    int
	s       string
	base, x float64
	size    float64
}

func calendarWords(gs []glyph) []calendarWord {
	var out []calendarWord
	for i := 0; i < len(gs); {
		if gs[i].space || gs[i].text != "" {
			i++
			continue
		}
		j := i + 1
		for j < len(gs) && !gs[j].space && gs[j].text == "" && math.Abs(gs[j].base-gs[i].base) < gs[i].size/3 &&
			gs[j].x0-gs[j-1].x1 < gs[i].size/4 && gs[j].x0-gs[j-1].x1 > -gs[i].size/2 {
			j++
		}
		var b strings.Builder
		for k := i; k < j; k++ {
			b.WriteRune(gs[k].r)
		}
		out = append(out, calendarWord{a: i, b: j, s: strings.ToUpper(b.String()), base: gs[i].base, x: gs[i].x0, size: gs[i].size})
		i = j
	}
	return out
}

// dropCalendarHeads marks the weekday row standing over the days (five
// weekday names or more on one line, within two pitches of the first row)
// and, above it, the line carrying a month's name and a year (the title).
func dropCalendarHeads(gs []glyph, days []scaleNumber, drop []bool) {
	top := math.Inf(1)
	for _, d := range days {
		top = math.Min(top, d.y)
	}
	ws := calendarWords(gs)
	row := math.NaN()
	byLine := map[int][]calendarWord{}
	for _, w := range ws {
		if calendarWeekdays[w.s] && w.base < top && top-w.base < 60 {
			k := int(math.Round(w.base))
			byLine[k] = append(byLine[k], w)
		}
	}
	for _, line := range byLine {
		if len(line) >= 5 && (math.IsNaN(row) || line[0].base > row) {
			row = line[0].base
			for _, w := range line {
				for k := w.a; k < w.b; k++ {
					drop[k] = true
				}
			}
		}
	}
	if math.IsNaN(row) {
		return
	}
	for i, w := range ws {
		if !calendarMonths[w.s] || w.base >= row || i+1 >= len(ws) {
			continue
		}
		y := ws[i+1]
		if len(y.s) != 4 || y.s[0] != '1' && y.s[0] != '2' || math.Abs(y.base-w.base) > w.size/3 {
			continue
		}
		for k := range gs {
			if math.Abs(gs[k].base-w.base) < w.size/2 {
				drop[k] = true
			}
		}
	}
}

// dropCalendarGrid takes the month's cell grid off the page: the rules
// running across at least six of its columns at one phase of the row pitch
// and the rules running down at least three of its rows at one phase of
// the column pitch, as the days' cells are ruled (a table printed over the
// grid is ruled at its own places). Left in, the grid cuts the report's
// lines into its seven columns.
func dropCalendarGrid(p *pageData, days []scaleNumber) {
	var xs []float64
	seen := map[int]bool{}
	x0, x1, y0, y1 := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for _, d := range days {
		if k := int(math.Round(d.x1)); !seen[k] {
			seen[k] = true
			xs = append(xs, d.x1)
		}
		x0, x1, y0, y1 = math.Min(x0, d.x1), math.Max(x1, d.x1), math.Min(y0, d.y), math.Max(y1, d.y)
	}
	sort.Float64s(xs)
	col := (xs[len(xs)-1] - xs[0]) / float64(len(xs)-1)
	row := math.Inf(1)
	for i := range days {
		for j := range days {
			if days[j].v == days[i].v+7 {
				row = math.Min(row, days[j].y-days[i].y)
			}
		}
	}
	if col <= 0 || math.IsInf(row, 1) {
		return
	}
	phase := func(v, pitch float64) int { return int(math.Round(math.Mod(math.Mod(v, pitch)+pitch, pitch))) }
	// the phase most long rules share, across and down
	count := map[[2]int]int{}
	long := func(r rule) (int, bool) {
		if r.horizontal() {
			ok := r.x1-r.x0 >= 5.5*col && r.y0 > y0-2*row && r.y0 < y1+2*row
			return phase(r.y0-y0, row), ok
		}
		ok := r.y1-r.y0 >= 2.5*row && r.x0 > x0-2*col && r.x0 < x1+col
		return phase(r.x0-x0, col), ok
	}
	for _, r := range p.rules {
		if ph, ok := long(r); ok {
			count[[2]int{b2i(r.horizontal()), ph}]++
		}
	}
	kept := p.rules[:0:0]
	for _, r := range p.rules {
		ph, ok := long(r)
		if ok && count[[2]int{b2i(r.horizontal()), ph}] >= 4 {
			continue
		}
		kept = append(kept, r)
	}
	p.rules = kept
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
