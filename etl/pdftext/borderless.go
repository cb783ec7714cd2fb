package pdftext

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

// borderless turns the lines outside ruled tables into output lines.
// Runs of lines that hold wide gaps form a borderless table when the
// whitespace between their words lines up into columns shared by all of
// them ("rivers"): such a run is cut into columns at the rivers and into
// rows where the line pitch grows, and wrapped cell text is joined.
// Other lines keep single spaces.
func borderless(lines []textLine) []outLine {
	var out []outLine
	for i := 0; i < len(lines); {
		if !isSeed(&lines[i]) {
			out = append(out, plainLine(&lines[i]))
			i++
			continue
		}
		j := i + 1
		x0 := lines[i].x0
		for j < len(lines) {
			l := &lines[j]
			pitch := l.base - lines[j-1].base
			if pitch > 2.5*math.Max(l.size, lines[j-1].size) {
				break
			}
			// A continuation line (a wrapped cell) starts right of the
			// table's left edge; a paragraph after the table does not.
			if !isSeed(l) && l.x0 < x0+l.size {
				break
			}
			x0 = math.Min(x0, l.x0)
			j++
		}
		block := lines[i:j]
		cols := mergeDisjoint(block, rivers(block))
		if debugf != nil {
			debugf("borderless block: %d lines, cols %v", len(block), cols)
			for _, l := range block {
				debugf("   %q", l.text())
			}
		}
		if len(block) < 2 || len(cols) < 2 || isForm(block, cols) {
			for k := range block {
				out = append(out, plainLine(&block[k]))
			}
			i = j
			continue
		}
		out = append(out, tableRows(block, cols)...)
		i = j
	}
	return out
}

// isForm reports a label/value block aligned with tab stops ("Target  :
// B"): one of its columns holds nothing but colons. It reads as
// "label : value" lines, not as a table.
func isForm(block []textLine, cols []column) bool {
	colon := make([]int, len(cols))  // colons per column
	other := make([]bool, len(cols)) // anything else in the column
	for _, l := range block {
		for _, w := range l.words {
			c := colOf(cols, (w.x0+w.x1)/2)
			if w.text == ":" {
				colon[c]++
			} else {
				other[c] = true
			}
		}
	}
	for c := range cols {
		if colon[c] >= 2 && !other[c] {
			return true
		}
	}
	return false
}

func plainLine(l *textLine) outLine {
	ocr := false
	for _, w := range l.words {
		ocr = ocr || w.ocr
	}
	return outLine{text: clean(l.text()), top: l.top, size: l.size, ocr: ocr}
}

// isSeed reports whether a line holds a gap that is wide for its font and
// clearly wider than its narrowest gap (justified text stretches all its
// spaces alike, so it is not a seed).
func isSeed(l *textLine) bool {
	if len(l.words) < 2 {
		return false
	}
	minGap, maxGap := math.Inf(1), 0.0
	for _, w := range l.words[1:] {
		minGap, maxGap = math.Min(minGap, w.gapBefore), math.Max(maxGap, w.gapBefore)
	}
	if len(l.words) == 2 {
		return maxGap >= 1.0*l.size
	}
	return maxGap >= 1.5*l.size || (maxGap >= 0.8*l.size && maxGap >= 2*minGap)
}

// column is the x range of one borderless column.
type column struct{ x0, x1 float64 }

// riverStep is the resolution, in points, at which rivers are looked for:
// fine enough that a LibreOffice cell padding (0.1 cm each side) survives.
const riverStep = 0.25

// riverGap is the narrowest river, in ems of the block's font: wider than a
// word space (about 0.25 to 0.32 em in the usual fonts, and a river must be
// clear on every line of the block, so aligned spaces do not make one)
// and narrower than two LibreOffice cell paddings at table font sizes.
const riverGap = 0.45

// rivers finds the columns of a block: the x ranges covered by words,
// separated by gaps at least riverGap ems wide that no line crosses.
func rivers(block []textLine) []column {
	lo, hi, size := math.Inf(1), math.Inf(-1), 0.0
	for _, l := range block {
		lo, hi, size = math.Min(lo, l.x0), math.Max(hi, l.x1), math.Max(size, l.size)
	}
	n := int((hi-lo)/riverStep) + 2
	cover := make([]bool, n)
	for _, l := range block {
		for _, w := range l.words {
			a, b := int((w.x0-lo)/riverStep), int(math.Ceil((w.x1-lo)/riverStep))
			for x := max(a, 0); x < b && x < n; x++ {
				cover[x] = true
			}
		}
	}
	minGap := int(math.Ceil(riverGap * size / riverStep))
	var cols []column
	start, gap := -1, 0
	for x := 0; x < n; x++ {
		if cover[x] {
			if start < 0 {
				start = x
			} else if gap >= minGap {
				cols = append(cols, column{lo + float64(start)*riverStep, lo + float64(x-gap)*riverStep})
				start = x
			}
			gap = 0
			continue
		}
		if start >= 0 {
			gap++
		}
	}
	if start >= 0 {
		cols = append(cols, column{lo + float64(start)*riverStep, lo + float64(n-gap)*riverStep})
	}
	return cols
}

func colOf(cols []column, x float64) int {
	best, bd := 0, math.Inf(1)
	for i, c := range cols {
		if x >= c.x0 && x <= c.x1 {
			return i
		}
		d := math.Min(math.Abs(x-c.x0), math.Abs(x-c.x1))
		if d < bd {
			best, bd = i, d
		}
	}
	return best
}

// tableRows cuts a borderless block into rows where the baseline pitch
// grows (Word pads rows) and joins each cell's lines.
func tableRows(block []textLine, cols []column) []outLine {
	minP, maxP := math.Inf(1), 0.0
	for k := 1; k < len(block); k++ {
		p := block[k].base - block[k-1].base
		minP, maxP = math.Min(minP, p), math.Max(maxP, p)
	}
	uniform := maxP <= 1.12*minP
	var rows [][]textLine
	for k := range block {
		if k == 0 || uniform || block[k].base-block[k-1].base > 1.12*minP {
			rows = append(rows, nil)
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], block[k])
	}
	var out []outLine
	for _, r := range rows {
		cells := make([][]textLine, len(cols)) // per column, its lines' words
		ocr := false
		for _, l := range r {
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
		for c, ls := range cells {
			texts[c] = joinWrapped(ls, cols[c].x1)
		}
		for len(texts) > 0 && texts[len(texts)-1] == "" {
			texts = texts[:len(texts)-1]
		}
		if len(texts) > 0 {
			out = append(out, outLine{text: strings.Join(texts, "\t"), top: r[0].top, ocr: ocr})
		}
	}
	return out
}

// continues reports whether s can be the rest of a word cut at a line
// end: it starts with a small letter or closing punctuation ("104,17"
// before "%"). "Rp." before "3.601.216.000" or "Perencanaan" before "(30)"
// are two words.
func continues(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r) || strings.ContainsRune("%),.;:", r)
	}
	return false
}

// joinWrapped joins a cell's lines. A line holding one word that was cut
// because it did not fit (it reaches the column's right edge, or ends in
// "/" or "-") continues without a space; other lines join with one space.
// right <= 0 means the edge is unknown.
func joinWrapped(ls []textLine, right float64) string {
	sort.SliceStable(ls, func(a, b int) bool { return ls[a].base < ls[b].base })
	var b strings.Builder
	for k, l := range ls {
		if k > 0 {
			prev := ls[k-1]
			t := prev.words[len(prev.words)-1].text
			cut := len(prev.words) == 1 && (strings.HasSuffix(t, "/") || strings.HasSuffix(t, "-") ||
				right > 0 && prev.x1 >= right-0.15*prev.size && continues(l.words[0].text))
			if !cut {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l.text())
	}
	return clean(b.String())
}
