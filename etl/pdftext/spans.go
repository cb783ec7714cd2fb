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

// groupHeads returns l with each of its phrases (words set a word space
// apart) that runs over a river of cols made one word inside the first
// column it spans. A group heading is left-aligned in the first column of
// its span, or centred over the span: then the span is taken as the
// columns between its neighbours' phrases on the line, narrowed until the
// phrase is centred over them. It fails when a phrase is neither, two
// phrases share a column, or a phrase does not stand over columns of its
// own (see subColumns).
func groupHeads(l *textLine, below []textLine, cols []column) (textLine, bool) {
	type phrase struct {
		words []word
		a, b  int // the columns it overlaps
	}
	var ps []phrase
	for k, w := range l.words {
		if k == 0 || w.gapBefore >= riverGap*l.size {
			ps = append(ps, phrase{})
		}
		ps[len(ps)-1].words = append(ps[len(ps)-1].words, w)
	}
	for i := range ps {
		p := &ps[i]
		x0, x1 := p.words[0].x0, p.words[len(p.words)-1].x1
		p.a, p.b = -1, -1
		for c, col := range cols {
			if col.x1 > x0 && p.a < 0 {
				p.a = c
			}
			if col.x0 < x1 {
				p.b = c
			}
		}
		if p.a < 0 || p.b < p.a {
			// between two columns (a heading centred over a wide
			// column of short cells): the nearer column's
			p.a = colOf(cols, (x0+x1)/2)
			p.b = p.a
		}
		if i > 0 && p.a <= ps[i-1].b {
			return textLine{}, false // two phrases in one column
		}
	}
	// One header line sets its group headings alike: left-aligned in the
	// first column of their spans, or centred over them.
	left := true
	for _, p := range ps {
		if p.a < p.b && math.Abs(p.words[0].x0-cols[p.a].x0) > 0.5*l.size {
			left = false
		}
	}
	out := textLine{}
	spans := 0
	for i, p := range ps {
		if p.a == p.b {
			out.words = append(out.words, p.words...)
			continue
		}
		lo, hi := p.a, p.b
		if !left {
			lo, hi = 0, len(cols)-1
			if i > 0 {
				lo = ps[i-1].b + 1
			}
			if i+1 < len(ps) {
				hi = ps[i+1].a - 1
			}
			lo, hi = centredSpan(cols, lo, hi, (p.words[0].x0+p.words[len(p.words)-1].x1)/2)
			if lo > p.a || hi < p.b {
				return textLine{}, false // neither left-aligned nor centred
			}
		}
		if !subColumns(below, cols, lo, hi) {
			return textLine{}, false
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
// until their middle is within a third of their mean width of mid.
func centredSpan(cols []column, lo, hi int, mid float64) (int, int) {
	for lo < hi {
		d := mid - (cols[lo].x0+cols[hi].x1)/2
		if math.Abs(d) <= (cols[hi].x1-cols[lo].x0)/float64(hi-lo+1)/3 {
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
