package pdftext

import (
	"math"
	"math/bits"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A plain-text file printed as it is (Notepad, enscript, a2ps) sets every
// character of one monospaced face on a grid of columns, expands each TAB
// to the next stop of eight columns and wraps a line longer than the page
// at a space, going on at the left margin. Its tables are TAB rows whose
// cells no longer line up (each TAB only reaches the next stop), so the
// borderless-table route, which looks for whitespace shared by several
// lines, cuts them wrong. Such a print is read back as the file it was:
// a line is its characters at their columns, a run of spaces that ends
// on a stop is the TAB that made it, and a row the printer wrapped is
// joined again where the table's own header proves it.

// tabStop is the width of a TAB the printing programs expand to.
const tabStop = 8

// plainPrint is the grid of a printed text file.
type plainPrint struct {
	left, adv float64 // the left margin and the advance of one character
	cols      int     // characters a printed line holds
}

// gridLine is a line of the print at its columns.
type gridLine struct {
	text string // the characters at their columns, spaces between
	top  float64
	size float64
}

// plainPrintOf returns the grid of a document printed from a text file,
// or nil for any other document. The checks run cheapest first: a page
// with a rule, an image or OCR, or a second type size ends them.
func plainPrintOf(sheets []panel) *plainPrint {
	if len(sheets) < 2 {
		return nil
	}
	size, left, right := 0.0, math.Inf(1), 0.0
	for _, q := range sheets {
		p := q.p
		if len(p.rules) > 0 || p.imageShare > 0 || p.rot != 0 {
			return nil
		}
		for _, g := range p.glyphs {
			if g.ocr || g.text != "" {
				return nil
			}
			if g.space {
				continue
			}
			if size == 0 {
				size = g.size
			} else if math.Abs(g.size-size) > 0.01 {
				return nil
			}
			left = math.Min(left, g.x0)
			right = math.Max(right, p.w)
		}
	}
	if size == 0 {
		return nil
	}
	adv := gridAdvance(sheets[0].p.glyphs, size)
	if adv == 0 {
		return nil
	}
	pp := &plainPrint{left: left, adv: adv}
	// Margins mirror (the programs' default page setup): the line holds
	// what fits between them, and at least the longest printed line.
	pp.cols = int((right-2*left)/adv + 0.01)
	stops, runs, off, all := 0, 0, 0, 0
	for _, q := range sheets {
		for _, l := range pp.lines(q.p) {
			s := strings.TrimLeft(l.text, " ")
			ind := len(l.text) - len(s)
			if n := len(l.text); n > pp.cols {
				pp.cols = n
			}
			for i := 0; i < len(s); {
				j := strings.Index(s[i:], "  ")
				if j < 0 {
					break
				}
				e := i + j
				for e < len(s) && s[e] == ' ' {
					e++
				}
				runs++
				if (ind+e)%tabStop == 0 {
					stops++
				}
				i = e
			}
		}
		for _, g := range q.p.glyphs {
			if g.space {
				continue
			}
			all++
			if c := (g.x0 - left) / adv; math.Abs(c-math.Round(c)) > 0.15 {
				off++
			}
		}
	}
	// Centred page furniture may sit between columns; the body may not.
	// The gaps of a typed listing end anywhere; TABs end on the stops.
	if off*20 > all || stops < 8 || stops*3 < runs*2 {
		return nil
	}
	return pp
}

// gridAdvance is the step between neighbouring characters of a line: the
// commonest small distance between glyph starts, or 0 when they are not
// one step (a proportional face).
func gridAdvance(gs []glyph, size float64) float64 {
	var d []float64
	for i := 1; i < len(gs); i++ {
		a, b := gs[i-1], gs[i]
		if a.space || b.space || math.Abs(a.base-b.base) > 0.1*size {
			continue
		}
		if dx := b.x0 - a.x0; dx > 0.3*size && dx < size {
			d = append(d, dx)
		}
	}
	if len(d) < 20 {
		return 0
	}
	sort.Float64s(d)
	m := d[len(d)/2]
	if d[len(d)/10] < 0.98*m || d[len(d)*9/10] > 1.02*m {
		return 0
	}
	return m
}

// lines gives a page's lines at their columns, top to bottom.
func (pp *plainPrint) lines(p *pageData) []gridLine {
	var out []gridLine
	for _, l := range groupLines(p.glyphs) {
		var b []byte
		col := 0
		for _, w := range l.words {
			c := int(math.Round((w.x0 - pp.left) / pp.adv))
			if c < col {
				c = col + 1
			}
			for ; col < c; col++ {
				b = append(b, ' ')
			}
			b = append(b, w.text...)
			col += utf8.RuneCountInString(w.text)
		}
		out = append(out, gridLine{text: string(b), top: l.top, size: l.size})
	}
	return out
}

// page lays one page out as lines of grid text (spaces kept), for the
// running header and footer to be found before the TABs come back.
func (pp *plainPrint) page(p *pageData) pageLines {
	var out []outLine
	for _, l := range pp.lines(p) {
		out = append(out, outLine{text: l.text, top: l.top, size: l.size, x0: pp.left})
	}
	return pageLines{lines: out, h: p.h}
}

// rejoin turns the pages' grid lines back into the file's lines: the
// TABs restored, and a table row the printer wrapped joined again when
// the header of its table proves the join (the pieces make up exactly
// its number of cells). A nil print leaves the pages alone.
func (pp *plainPrint) rejoin(pages []pageLines) {
	if pp == nil {
		return
	}
	type at struct{ pg, ln int }
	var order []at
	for i := range pages {
		for j := range pages[i].lines {
			order = append(order, at{i, j})
		}
	}
	head := 0            // cells of the header of the table being read, 0 outside one
	var kinds []cellKind // what its columns held in the rows read so far
	drop := map[at]bool{}
	text := func(k int) string { // the k-th line of the document, "" outside it
		if k < 0 || k >= len(order) {
			return ""
		}
		return pages[order[k].pg].lines[order[k].ln].text
	}
	for k := 0; k < len(order); k++ {
		a := &pages[order[k].pg].lines[order[k].ln]
		cells := untab(a.text, 0, false)
		n := cellCount(cells)
		// A blank line or a line of words ends the table; a lone figure
		// is the wrapped end of a row left unproven.
		if k > 0 && order[k-1].pg == order[k].pg && a.top-pages[order[k].pg].lines[order[k-1].ln].top > 1.9*a.size {
			head = 0
		}
		if n == 1 && head > 1 {
			cells, n = stopSpacedRow(a.text, cells, text(k-1), text(k+1), head)
		}
		if n == 1 {
			if strings.IndexFunc(cells, unicode.IsLetter) >= 0 {
				head = 0
			}
			a.text = cells
			continue
		}
		fresh := false // this line is a table's header
		if head == 0 || n > head {
			head, fresh = n, true
			if t, m, ok := pp.wrappedHead(a.text, n, func(i int) string { return text(k + i) }); ok {
				cells, head = t, m
				k++
				drop[order[k]] = true
			}
		}
		if n < head {
			next := []string{text(k + 1), text(k + 2), text(k + 3)}
			if t, used, ok := pp.provenRowIn(a.text, next, head, kinds, maxRowParts); ok {
				cells = t
				for ; used > 0; used-- {
					k++
					drop[order[k]] = true
				}
			}
		}
		if fresh {
			kinds = make([]cellKind, head)
		} else if cellCount(cells) == head {
			learnKinds(kinds, cells)
		}
		a.text = cells
	}
	if len(drop) == 0 {
		return
	}
	dropLines(pages, func(i, j int, _ *outLine) bool { return drop[at{i, j}] })
}

// provenRow reads a row a holding fewer cells than its table's header
// (head) as the one reading that gives exactly head cells: some of its
// single spaces on a stop taken as TABs, and b (the next line, "" for
// none) joined on or not as the part the printer wrapped, broken at a TAB
// or at a space. When more than one reading fits, none is proven; nor is
// a join when the line after b (c) could be a third part of the row.
func (pp *plainPrint) provenRow(a, b, c string, head int) (string, bool) {
	t, _, ok := pp.provenRowIn(a, []string{b, c}, head, nil, 2)
	return t, ok
}

// maxRowParts is how many printed lines a row of a table may take: a
// long name wrapped once and the figures after it once more.
const maxRowParts = 3

// provenRowIn is provenRow for a row of up to parts printed lines (a and
// the lines next after it) inside a table whose rows so far gave its
// columns their kinds (nil: none known). Every reading is a chain of a
// and the next lines, each joined where the printer broke the line (at a
// TAB or a space); when several fit the header, the one whose cells each
// keep their column's kind (figures under figures, words under words) is
// proven when it is the only one: which single space was the TAB is told
// by what the column holds in the other rows. used is how many of the
// next lines the reading took.
func (pp *plainPrint) provenRowIn(a string, next []string, head int, kinds []cellKind, parts int) (string, int, bool) {
	type reading struct {
		text string
		used int
	}
	type piece struct {
		s      string
		off    int    // the file's column of its first character
		sep    string // what joins it to the piece before
		n, c   int    // its cells as printed, its single spaces on a stop
		spaced bool   // joined at a space: its first cell is the last one's rest
	}
	line := func(i int) string { // the i-th line after a, "" past the end
		if i < 0 || i >= len(next) {
			return ""
		}
		return next[i]
	}
	var fits []reading
	unsure := false // a fit whose readings were not listed: never proven
	fit := func(chain []piece) {
		n, c := 0, 0
		for _, p := range chain {
			n, c = n+p.n, c+p.c
			if p.spaced {
				n--
			}
		}
		text := func(mask uint64) string {
			var b strings.Builder
			for _, p := range chain {
				b.WriteString(p.sep)
				b.WriteString(untabSome(p.s, p.off, mask))
				mask >>= uint(p.c)
			}
			return b.String()
		}
		switch k := head - n; {
		case k < 0 || k > c:
		case k == 0:
			fits = append(fits, reading{text(0), len(chain) - 1})
		case k == c:
			fits = append(fits, reading{text(1<<uint(c) - 1), len(chain) - 1})
		case kinds == nil || c > maxStopSpaces:
			unsure = true // C(c, k) > 1: several spaces could be the TABs
		default:
			for m := uint64(0); m < 1<<uint(c); m++ {
				if bits.OnesCount64(m) == k {
					fits = append(fits, reading{text(m), len(chain) - 1})
				}
			}
		}
	}
	// cellsAtLeast is the fewest cells a chain holds whatever is joined
	// on after it: each further part adds its cells or runs on the last.
	cellsAtLeast := func(chain []piece) int {
		n := 0
		for _, p := range chain {
			n += p.n
			if p.spaced {
				n--
			}
		}
		return n
	}
	var walk func(chain []piece) bool
	walk = func(chain []piece) bool {
		fit(chain)
		last := chain[len(chain)-1]
		b := line(len(chain) - 1)
		for _, tab := range []bool{true, false} {
			if !pp.wrappedAt(last.s, last.off, b, tab) {
				continue
			}
			off, sep := 0, "\t"
			if !tab {
				off, sep = last.off+utf8.RuneCountInString(strings.TrimRight(last.s, " "))+1, " "
			}
			if !onStops(b, off) {
				continue
			}
			if len(chain) == parts {
				// b may go on the row no reading lists: unless the
				// chain already holds more cells than the header, the
				// row is not proven at all.
				if cellsAtLeast(chain) <= head {
					return false
				}
				continue
			}
			next := append(chain[:len(chain):len(chain)], piece{s: b, off: off, sep: sep,
				n: cellCount(untab(b, off, false)), c: stopSpaces(b, off), spaced: !tab})
			if !walk(next) {
				return false
			}
		}
		return true
	}
	if !walk([]piece{{s: a, n: cellCount(untab(a, 0, false)), c: stopSpaces(a, 0)}}) || unsure {
		return "", 0, false
	}
	if len(fits) > 1 && kinds != nil {
		kept := fits[:0]
		for _, r := range fits {
			if keepsKinds(r.text, kinds) {
				kept = append(kept, r)
			}
		}
		fits = kept
	}
	if len(fits) != 1 {
		return "", 0, false
	}
	return fits[0].text, fits[0].used, true
}

// onStops reports whether every run of two or more spaces inside a grid
// line (first character at column off) ends on a stop, as the runs a TAB
// left do: a wrapped part read at the wrong column fails it.
func onStops(s string, off int) bool {
	s = strings.TrimRight(s, " ")
	run, col := 0, off
	for _, r := range s {
		if r == ' ' {
			run++
		} else {
			if run >= 2 && col%tabStop != 0 {
				return false
			}
			run = 0
		}
		col++
	}
	return true
}

// stopSpaces counts the single spaces of a grid line (first character at
// column off) that end on a stop: each may be a TAB or a space.
func stopSpaces(s string, off int) int {
	s = strings.TrimRight(s, " ")
	n, col := 0, off
	prev := ' '
	for i, r := range s {
		if r == ' ' && prev != ' ' && i+1 < len(s) && s[i+1] != ' ' && (col+1)%tabStop == 0 {
			n++
		}
		prev = r
		col++
	}
	return n
}

func cellCount(s string) int { return strings.Count(s, "\t") + 1 }

// wrapped reports whether line b can be the rest of a (both grid text)
// when the printer broke the line at a TAB (tab) or at a space: b starts
// at the margin and its first word, after the TAB's stop or the space,
// would not have fitted on a, the only place a word-wrapping printer
// breaks.
func (pp *plainPrint) wrapped(a, b string, tab bool) bool { return pp.wrappedAt(a, 0, b, tab) }

// wrappedAt is wrapped for a line a whose first character stood at
// column off of the file's line (a wrapped part itself): its TAB reaches
// the file's stop, not the page's.
func (pp *plainPrint) wrappedAt(a string, off int, b string, tab bool) bool {
	a = strings.TrimRight(a, " ")
	if a == "" || b == "" || b[0] == ' ' {
		return false
	}
	w := strings.IndexByte(b, ' ')
	if w < 0 {
		w = len(b)
	}
	end := utf8.RuneCountInString(a) + 1
	if tab {
		end = (off+end+tabStop-1)/tabStop*tabStop - off
	}
	return end+utf8.RuneCountInString(b[:w]) > pp.cols
}

// untab restores the TABs of a grid line whose first character stood at
// column off of the file's line: a run of two or more spaces that ends on
// a stop is one TAB for each stop it reaches. A single space before a stop
// may be a TAB or a space: it is a TAB only when loose. Trailing spaces
// go.
func untab(s string, off int, loose bool) string {
	if loose {
		return untabSome(s, off, ^uint64(0))
	}
	return untabSome(s, off, 0)
}

// untabSome is untab with the single spaces before a stop (counted as
// stopSpaces counts them, the first bit the first) taken as TABs where
// mask has their bit.
func untabSome(s string, off int, mask uint64) string {
	s = strings.TrimRight(s, " ")
	if !strings.Contains(s, " ") {
		return s
	}
	var b strings.Builder
	rs := []rune(s)
	single := 0 // single spaces on a stop seen so far
	for i := 0; i < len(rs); {
		if rs[i] != ' ' {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && rs[j] == ' ' {
			j++
		}
		loose := false
		if j-i == 1 && i > 0 && (off+j)%tabStop == 0 {
			loose = single < 64 && mask&(1<<uint(single)) != 0
			single++
		}
		if (j-i >= 2 || i == 0 || loose) && (off+j)%tabStop == 0 {
			for t := (off+i)/tabStop + 1; t <= (off+j)/tabStop; t++ {
				b.WriteByte('\t')
			}
		} else {
			b.WriteString(string(rs[i:j]))
		}
		i = j
	}
	return b.String()
}
