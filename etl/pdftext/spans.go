package pdftext

import "strings"

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
// column it spans. It fails unless every such phrase starts in its first
// column (a group heading is left-aligned or centred over its columns,
// never hanging left of them), shares none of its columns with another
// phrase, and stands over columns of its own (see subColumns).
func groupHeads(l *textLine, below []textLine, cols []column) (textLine, bool) {
	var phrases [][]word
	for k, w := range l.words {
		if k == 0 || w.gapBefore >= riverGap*l.size {
			phrases = append(phrases, nil)
		}
		phrases[len(phrases)-1] = append(phrases[len(phrases)-1], w)
	}
	out := textLine{}
	spans, last := 0, -1
	for _, p := range phrases {
		x0, x1 := p[0].x0, p[len(p)-1].x1
		a, b := -1, -1
		for c, col := range cols {
			if col.x1 > x0 && a < 0 {
				a = c
			}
			if col.x0 < x1 {
				b = c
			}
		}
		if a < 0 || b < a {
			return textLine{}, false // outside the block's columns
		}
		if a <= last {
			return textLine{}, false // two phrases in one column
		}
		last = b
		if a == b {
			out.words = append(out.words, p...)
			continue
		}
		if x0 < cols[a].x0-0.5*l.size {
			return textLine{}, false
		}
		if !subColumns(below, cols, a, b) {
			return textLine{}, false
		}
		texts := make([]string, len(p))
		for k, w := range p {
			texts[k] = w.text
		}
		head := p[0]
		head.text = strings.Join(texts, " ")
		head.x0, head.x1 = max(x0, cols[a].x0), min(x1, cols[a].x1)
		out.words = append(out.words, head)
		spans++
	}
	if spans == 0 {
		return textLine{}, false
	}
	finishLine(&out)
	return out, true
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
