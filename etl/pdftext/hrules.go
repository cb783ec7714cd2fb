package pdftext

import (
	"math"
	"sort"
	"strings"
)

// stack is a table ruled between its rows but not between its columns
// (LibreOffice/Word "horizontal borders only"): horizontal rules of one
// width stacked with text between each pair. The rules prove the rows; the
// columns come from the whitespace shared by all of its lines.
type stack struct {
	x0, x1 float64
	ys     []float64
	// the first drawn rule: bounds above it were set by headRows over the
	// header's text, not drawn (0 when none were)
	rule0 float64
}

// maxBand is the tallest row a stack accepts, in points: a gap wider than
// this between two rules is not one row of a table.
const maxBand = 160

// findStacks groups the horizontal rules outside ruled grids into stacks of
// at least three rules of the same extent.
func findStacks(rules []rule, grids []*grid) []*stack {
	var hs []rule
	for _, r := range rules {
		if r.horizontal() {
			hs = append(hs, r)
		}
	}
	hs = mergeRules(hs, true)
	sort.SliceStable(hs, func(i, j int) bool { return hs[i].y0 < hs[j].y0 })
	var open []*stack
next:
	for _, r := range hs {
		for _, g := range grids {
			if g.contains((r.x0+r.x1)/2, r.y0) {
				continue next
			}
		}
		for _, s := range open {
			last := s.ys[len(s.ys)-1]
			if math.Abs(s.x0-r.x0) <= 2*ruleTol && math.Abs(s.x1-r.x1) <= 2*ruleTol &&
				r.y0-last <= maxBand {
				if r.y0-last > ruleTol {
					s.ys = append(s.ys, r.y0)
				}
				continue next
			}
		}
		open = append(open, &stack{x0: r.x0, x1: r.x1, ys: []float64{r.y0}})
	}
	if debugf != nil {
		for _, r := range hs {
			debugf("hrule %.1f..%.1f at %.1f", r.x0, r.x1, r.y0)
		}
	}
	open = absorbRowRules(open) // hairlines under the figure columns only (stack_rowrules.go)
	var out []*stack
	for _, s := range open {
		for _, part := range s.splitNested(hs) {
			if len(part.ys) >= 3 && part.x1-part.x0 > 50 {
				out = append(out, part)
			}
		}
	}
	return out
}

// splitNested cuts the stack at every band that holds another table's
// rules: two rules of one other extent, at least 50 pt wide, inside the
// band (a narrow boxed table under a page header's rule, with the box of
// the next table below it). Such a band is no row of the stack.
func (s *stack) splitNested(hs []rule) []*stack {
	var out []*stack
	from := 0
	for k := 0; k+1 < len(s.ys); k++ {
		if nestedTable(hs, s.x0, s.x1, s.ys[k], s.ys[k+1]) {
			out = append(out, &stack{x0: s.x0, x1: s.x1, ys: s.ys[from : k+1]})
			from = k + 1
		}
	}
	return append(out, &stack{x0: s.x0, x1: s.x1, ys: s.ys[from:]})
}

// nestedTable reports whether two rules of one extent other than x0..x1,
// inside it and at least 50 pt wide, lie strictly between y0 and y1.
func nestedTable(hs []rule, x0, x1, y0, y1 float64) bool {
	var in []rule
	for _, r := range hs {
		if r.y0 > y0+ruleTol && r.y0 < y1-ruleTol && r.x1-r.x0 >= 50 &&
			r.x0 >= x0-ruleTol && r.x1 <= x1+ruleTol &&
			(math.Abs(r.x0-x0) > 2*ruleTol || math.Abs(r.x1-x1) > 2*ruleTol) {
			in = append(in, r)
		}
	}
	for i := range in {
		for j := i + 1; j < len(in); j++ {
			if math.Abs(in[i].x0-in[j].x0) <= 2*ruleTol && math.Abs(in[i].x1-in[j].x1) <= 2*ruleTol {
				return true
			}
		}
	}
	return false
}

func (s *stack) contains(x, y float64) bool {
	return x >= s.x0-1 && x <= s.x1+1 && y >= s.ys[0] && y <= s.ys[len(s.ys)-1]
}

// stackRows lays out the glyphs of one stack. Bands without text split the
// stack (a page header's rule above a table is not its first row). A band
// holding one line of prose (a heading such as "Sasaran Strategis 1:"
// drawn between two parts of a table, or a caption) stays a plain line and
// does not take part in finding the columns. A piece whose rows do not part
// into at least two columns is given back as free text, in rest.
func stackRows(s *stack, gs []glyph, cc *carry) (out []outLine, rest []glyph) {
	bands := make([][]glyph, len(s.ys)-1)
	for _, g := range gs {
		y := (g.top + g.bottom) / 2
		b := slot(s.ys, y)
		bands[b] = append(bands[b], g)
	}
	for i := 0; i < len(bands); {
		if len(bands[i]) == 0 {
			i++
			continue
		}
		j := i
		for j < len(bands) && len(bands[j]) > 0 {
			j++
		}
		rows, ok := stackPiece(bands[i:j], s.ys[i:j+1], s.rule0, cc)
		if ok {
			out = append(out, rows...)
		} else {
			for _, b := range bands[i:j] {
				rest = append(rest, b...)
			}
		}
		i = j
	}
	return out, rest
}

// stackPiece lays out consecutive non-empty bands (between the rules at
// ys) as table rows. A prose band that its text fills (a heading row such
// as "Sasaran Strategis 1:" merged across the table) is a plain line inside
// the table; a prose band with room around its text (a caption or a
// paragraph between two tables of one width) separates two tables, each
// with its own columns.
func stackPiece(bands [][]glyph, ys []float64, rule0 float64, cc *carry) ([]outLine, bool) {
	lines := make([][]textLine, len(bands))
	left := math.Inf(1)
	for i, b := range bands {
		lines[i] = groupLines(b)
		for _, l := range lines[i] {
			left = math.Min(left, l.x0)
		}
	}
	lines, ys, sep := splitCaptions(lines, ys, left)
	apart := standApart(lines, ys, rule0)
	prose := make([]bool, len(lines))
	split := make([]bool, len(lines))
	for i, ls := range lines {
		prose[i] = isProse(ls, left)
		split[i] = sep[i]
		if prose[i] && !split[i] {
			first, last := ls[0], ls[len(ls)-1]
			split[i] = first.top-ys[i] > 0.8*first.size || ys[i+1]-last.bottom > 0.8*last.size
		}
	}
	var out []outLine
	done := false
	for i := 0; i < len(lines); {
		if split[i] {
			out = append(out, outside(proseLines(lines[i]))...)
			i++
			continue
		}
		j := i + 1
		for j < len(lines) && !split[j] && !apart[j] {
			j++
		}
		cols := runColumns(lines[i:j], prose[i:j])
		if cw, ok := crowdedColumns(lines[i:j], prose[i:j], cols); ok {
			cols = cw // a header drawn over itself in narrow columns (crowded.go)
		}
		rows := 0
		for k := i; k < j; k++ {
			if !prose[k] {
				rows++
			}
		}
		if rows >= 2 && len(cols) >= 2 {
			cols = cc.table(ys[i], ys[j], overrunRows(lines[i:j], prose[i:j], cols))
			// A prose-looking band whose words all sit inside the columns
			// is a row after all ("1.  076.01.WA Program ... dan").
			for k := i; k < j; k++ {
				if prose[k] && !crossesRiver(lines[k], cols) {
					prose[k] = false
				}
			}
			out = append(out, stackRun(lines[i:j], prose[i:j], cols)...)
			done = true
		} else if j-i == 1 && !prose[i] && len(lines[i]) >= 2 {
			// One band holding several lines that are no prose: a table
			// boxed without inner rules, read as a borderless one.
			out = append(out, outside(borderless(lines[i], cc))...)
		} else if j-i == 1 && len(lines[i]) == 1 && isSeed(&lines[i][0]) {
			out = append(out, loneRow(&lines[i][0], left))
		} else {
			for _, ls := range lines[i:j] {
				out = append(out, outside(proseLines(ls))...)
			}
		}
		i = j
	}
	return out, done
}

// isProse reports a band holding prose rather than a row: no line with a
// wide gap, a line of several words, starting at the table's left edge (a
// wrapped cell further right is a row of its own column).
func isProse(ls []textLine, left float64) bool {
	if len(ls) == 0 || ls[0].x0 > left+1.5*ls[0].size {
		return false
	}
	words := 0
	for i := range ls {
		if isSeed(&ls[i]) {
			return false
		}
		words = max(words, len(ls[i].words))
	}
	return words >= 3
}

// crossesRiver reports whether a word of ls spans the gap between two
// columns or sits in it, or two neighbouring words only a space apart fall
// in two columns: text laid over the table's whole width, not a row of it. A word only spilling into a gap (a right-aligned "1." under a
// left-aligned "No") does not count.
func crossesRiver(ls []textLine, cols []column) bool {
	for _, l := range ls {
		for k, w := range l.words {
			// Two words a plain space apart in two columns: a sentence
			// running over the columns.
			if k > 0 && w.gapBefore < riverGap*l.em() &&
				colOf(cols, (w.x0+w.x1)/2) != colOf(cols, (l.words[k-1].x0+l.words[k-1].x1)/2) {
				return true
			}
			mid := (w.x0 + w.x1) / 2
			for c := 0; c+1 < len(cols); c++ {
				a, b := cols[c].x1, cols[c+1].x0
				if w.x0 < a && w.x1 > b || mid > a && mid < b {
					return true
				}
			}
		}
	}
	return false
}

// outside marks lines that lie between a stack's rules but outside its
// tables (stackRows' caller gives table numbers to the others).
func outside(ls []outLine) []outLine {
	for k := range ls {
		ls[k].table = -1
	}
	return ls
}

func proseLines(ls []textLine) []outLine {
	var out []outLine
	for i := range ls {
		out = append(out, plainLine(&ls[i]))
	}
	return out
}

// runColumns finds the columns shared by the non-prose lines of bands.
func runColumns(lines [][]textLine, prose []bool) []column {
	var flat []textLine
	for i, ls := range lines {
		if !prose[i] {
			flat = append(flat, ls...)
		}
	}
	flat = withoutTypedRules(flat)
	if len(flat) < 2 {
		return nil
	}
	// titles wider than their figure columns close the rows' rivers as in
	// a borderless table (wide_titles.go)
	return wideTitles(flat, mergeDisjoint(flat, rivers(flat)))
}

// stackRun lays out bands with the given columns: prose bands as plain
// lines, every other band as one row (or several, when numbers prove it).
func stackRun(lines [][]textLine, prose []bool, cols []column) []outLine {
	if debugf != nil {
		debugf("stack run: %d bands, prose %v, cols %v", len(lines), prose, cols)
		for _, ls := range lines {
			for _, l := range ls {
				debugf("   %q", l.text())
			}
		}
	}
	var out []outLine
	for i, ls := range lines {
		switch {
		case prose[i]:
			// A heading row merged across the table: one cell, one line.
			l := plainLine(&ls[0])
			l.text = joinWrapped(ls, 0)
			out = append(out, l)
		case manyRows(ls, cols):
			out = append(out, tableRows(ls, cols)...)
		default:
			if l, ok := rowOf(ls, cols); ok {
				out = append(out, l)
			}
		}
	}
	return out
}

// manyRows reports whether one band holds several table rows rather than
// one row with wrapped cells: two or more of its lines carry a number in
// the same column (a wrapped label never does). The rest of an amount the
// typesetter broke inside ("100,0" over "0", cutNumber) is no number of
// its own.
func manyRows(ls []textLine, cols []column) bool {
	if len(ls) < 2 {
		return false
	}
	per := make([]int, len(cols))
	last := make([]string, len(cols)) // the last word in each column on the line above
	for _, l := range ls {
		seen := make([]bool, len(cols))
		cur := make([]string, len(cols))
		for _, w := range l.words {
			c := colOf(cols, (w.x0+w.x1)/2)
			if !seen[c] && isAmount(w.text) && !(cur[c] == "" && cutNumber(last[c], w.text)) {
				seen[c] = true
				per[c]++
			}
			cur[c] = w.text
		}
		last = cur
	}
	for _, n := range per {
		if n >= 2 {
			return true
		}
	}
	return false
}

// isAmount reports a word made of digits and number punctuation only.
func isAmount(s string) bool {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "%"), ",-")
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.' || r == ',':
		default:
			return false
		}
	}
	return digits > 0
}

// rowOf joins the lines of one row into one output line, cell by cell.
func rowOf(ls []textLine, cols []column) (outLine, bool) {
	cells := make([][]textLine, len(cols))
	ocr := false
	top := math.Inf(1)
	for _, l := range ls {
		top = math.Min(top, l.top)
		parts := make([][]word, len(cols))
		for _, w := range l.words {
			c := colOf(cols, (w.x0+w.x1)/2)
			parts[c] = append(parts[c], w)
			ocr = ocr || w.ocr
		}
		for c, ws := range parts {
			if len(ws) > 0 {
				tl := textLine{words: ws}
				finishLine(&tl)
				cells[c] = append(cells[c], tl)
			}
		}
	}
	texts := make([]string, len(cols))
	for c, cl := range cells {
		texts[c] = joinWrapped(cl, cols[c].x1)
	}
	for len(texts) > 0 && texts[len(texts)-1] == "" {
		texts = texts[:len(texts)-1]
	}
	if len(texts) == 0 {
		return outLine{}, false
	}
	return outLine{text: strings.Join(texts, "\t"), top: top, ocr: ocr}, true
}

// mergeDisjoint joins neighbouring columns that never share a line: a
// left-aligned header word over right-aligned numbers leaves a river
// between them although they are one column. Two columns that both hold
// words on some line are kept apart.
func mergeDisjoint(lines []textLine, cols []column) []column {
	for {
		merged := false
		for i := 0; i+1 < len(cols); i++ {
			both, a, b := false, false, false
			for _, l := range lines {
				var inA, inB bool
				for _, w := range l.words {
					switch colOf(cols, (w.x0+w.x1)/2) {
					case i:
						inA = true
					case i + 1:
						inB = true
					}
				}
				both = both || inA && inB
				a, b = a || inA, b || inB
			}
			if !both && a && b && !headsFigures(lines, cols, i+1) {
				cols[i].x1 = cols[i+1].x1
				cols = append(cols[:i+1], cols[i+2:]...)
				merged = true
				break
			}
		}
		if !merged {
			return cols
		}
	}
}
