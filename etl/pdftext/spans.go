package pdftext

import (
	"math"
	"strings"
)

// spanHeads handles a two-level header of a borderless table: a group
// heading set over several columns ("DPT Pemilu 2024" over "TPS L P L+P")
// runs over the rivers between them, so the block's columns merge under
// it and "49 4.397" read as one cell. When leaving one of the block's
// first lines out of the rivers parts the block into more columns, and
// each phrase of that line running over a river is a group heading (see
// groupHeads), the line's group headings are rewritten into the first
// column they span, as the text form of such a table writes them (the
// heading, then empty cells), and the finer columns are returned. body
// and block (the same lines, block also holding merged heading rows) are
// changed in place; at is the index in block of each body line.
func spanHeads(body, block []textLine, at []int, cols []column) []column {
	for k := 0; k+1 < len(body) && k < 3; k++ {
		rest := make([]textLine, 0, len(body)-1)
		rest = append(append(rest, body[:k]...), body[k+1:]...)
		finer := mergeDisjoint(rest, rivers(rest))
		if len(finer) <= len(cols) {
			continue
		}
		l, ok := groupHeads(&body[k], body[k+1:], finer)
		if !ok {
			continue
		}
		if debugf != nil {
			debugf("spanHeads: line %q spans columns %v", body[k].text(), finer)
		}
		body[k], block[at[k]] = l, l
		return finer
	}
	return cols
}

// groupHeads returns l with each of its group headings made one word
// inside the first column of its span. A phrase of l (words set a word
// space apart) is a group heading when it runs over a river of cols,
// left-aligned in the first column it overlaps, or when it is centred
// over several columns that no other phrase of l stands over (the
// columns between its neighbours' phrases, narrowed until it is centred
// over them: "2021" over "Target Realisasi", which may fall short of
// both) — in both cases over columns of their own (see subColumns). A
// phrase reaching less than a quarter em into a column does not overlap
// it (centred headings of narrow columns nearly touch). It fails when a
// phrase running over a river is no group heading, two phrases share a
// column, or no phrase is a group heading.
func groupHeads(l *textLine, below []textLine, cols []column) (textLine, bool) {
	type phrase struct {
		words  []word
		x0, x1 float64
		a, b   int // the columns it overlaps
	}
	var ps []phrase
	for k, w := range l.words {
		if k == 0 || w.gapBefore >= riverGap*l.em() {
			ps = append(ps, phrase{x0: w.x0})
		}
		p := &ps[len(ps)-1]
		p.words, p.x1 = append(p.words, w), w.x1
	}
	inset := 0.25 * l.em()
	for i := range ps {
		p := &ps[i]
		p.a, p.b = -1, -1
		for c, col := range cols {
			if col.x1 > p.x0+inset && p.a < 0 {
				p.a = c
			}
			if col.x0 < p.x1-inset {
				p.b = c
			}
		}
		if p.a < 0 || p.b < p.a {
			// between two columns (a heading centred over a wide
			// column of short cells): the nearer column's
			p.a = colOf(cols, (p.x0+p.x1)/2)
			p.b = p.a
		}
		if i > 0 && p.a <= ps[i-1].b {
			return textLine{}, false // two phrases in one column
		}
	}
	// One header line sets its group headings alike: left-aligned in the
	// first column of their spans (every phrase over a river starts at
	// its first column), or centred over them.
	left, crossing := true, false
	for _, p := range ps {
		if p.a < p.b {
			crossing = true
			left = left && math.Abs(p.x0-cols[p.a].x0) <= 0.5*l.em()
		}
	}
	left = left && crossing
	out := textLine{}
	spans, prevHi := 0, -1
	for i, p := range ps {
		lo, hi := p.a, p.b
		if !left {
			hi = len(cols) - 1
			if i+1 < len(ps) {
				hi = ps[i+1].a - 1
			}
			lo, hi = centredSpan(cols, prevHi+1, hi, (p.x0+p.x1)/2)
		}
		switch {
		case lo < hi && lo <= p.a && hi >= p.b && subColumns(below, cols, lo, hi):
			prevHi = hi // a group heading over lo..hi
		case p.a < p.b:
			return textLine{}, false // over a river, no group heading
		default:
			out.words = append(out.words, p.words...)
			prevHi = p.b
			continue
		}
		texts := make([]string, len(p.words))
		for k, w := range p.words {
			texts[k] = w.text
		}
		head := p.words[0]
		head.text = strings.Join(texts, " ")
		head.x0, head.x1 = cols[lo].x0, cols[lo].x1
		out.words = append(out.words, head)
		spans++
	}
	if spans == 0 {
		return textLine{}, false
	}
	finishLine(&out)
	return out, true
}

// centredSpan narrows the columns lo..hi from the side farther from mid
// until mid is within a third of their mean width of their middle. A
// heading is centred over cells, not over the words under it: a column's
// cell is taken to reach into the rivers beside it by half the narrowest
// river of the block (a cell's padding), at most half the river.
func centredSpan(cols []column, lo, hi int, mid float64) (int, int) {
	pad := math.Inf(1)
	for c := 1; c < len(cols); c++ {
		pad = math.Min(pad, (cols[c].x0-cols[c-1].x1)/2)
	}
	edge := func(c int, right bool) float64 {
		switch {
		case right && c+1 < len(cols):
			return cols[c].x1 + math.Min(pad, (cols[c+1].x0-cols[c].x1)/2)
		case right:
			return cols[c].x1 + pad
		case c > 0:
			return cols[c].x0 - math.Min(pad, (cols[c].x0-cols[c-1].x1)/2)
		}
		return cols[c].x0 - pad
	}
	for lo < hi {
		x0, x1 := edge(lo, false), edge(hi, true)
		d := mid - (x0+x1)/2
		if math.Abs(d) <= (x1-x0)/float64(hi-lo+1)/3 {
			break
		}
		if d > 0 {
			lo++
		} else {
			hi--
		}
	}
	return lo, hi
}

// subColumns reports whether columns a..b of cols are columns of their
// own under a group heading: the line right under it (the sub-headings)
// has words in two of them or more, and each of them holds words in at
// least half of the lines below. A river found only because a long cell
// of the heading's line was left out runs through the words of one
// column and leaves one side mostly empty.
func subColumns(below []textLine, cols []column, a, b int) bool {
	if len(below) == 0 {
		return false
	}
	filled := make([]int, b-a+1)
	subs := 0
	for k, l := range below {
		seen := make([]bool, b-a+1)
		for _, w := range l.words {
			if c := colOf(cols, (w.x0+w.x1)/2); c >= a && c <= b && !seen[c-a] {
				seen[c-a] = true
				filled[c-a]++
				if k == 0 {
					subs++
				}
			}
		}
	}
	if subs < 2 {
		return false
	}
	for _, n := range filled {
		if 2*n < len(below) {
			return false
		}
	}
	return true
}
