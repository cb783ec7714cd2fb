package pdftext

import (
	"math"
	"strings"
	"unicode"
)

// borderless turns the lines outside ruled tables into output lines.
// Runs of lines that hold wide gaps form a borderless table when the
// whitespace between their words lines up into columns shared by all of
// them ("rivers"): such a run is cut into columns at the rivers and into
// rows where the line pitch grows, and wrapped cell text is joined.
// Other lines keep single spaces.
func borderless(lines []textLine, cc *carry) []outLine {
	var out []outLine
	blocks := 0
	lines = spacedLines(lines) // a typist's table padded with spaces in a proportional font (spaced.go)
	adv := monoAdvance(lines)  // > 0 on a typed page (typed.go)
	plain := 0                 // plain lines just written, right above line i
	for i := 0; i < len(lines); {
		if !isSeed(&lines[i]) {
			out = append(out, plainLine(&lines[i]))
			i++
			plain++
			continue
		}
		above := plain
		plain = 0
		j := i + 1
		x0 := lines[i].x0
		heading := map[int]bool{} // merged heading rows inside the block
		body := []textLine{lines[i]}
		at := []int{0} // index in the block of each body line
		for j < len(lines) {
			l := &lines[j]
			pitch := l.base - lines[j-1].base
			if pitch > 2.5*math.Max(l.size, lines[j-1].size) {
				break
			}
			if isSeed(l) && (adv == 0 && crossesTable(body, l) || adv > 0 && misaligned(body, l, adv)) {
				// the header of the table l opens goes with it (header_below.go)
				if n := len(body); adv == 0 && at[n-1] == j-1-i && headsBelow(&body[n-2], &body[n-1], l) {
					body, at, j = body[:n-1], at[:n-1], j-1
				}
				break // a line set apart after the table ("LKj KPU ... 2024  27")
			}
			// A continuation line (a wrapped cell) starts right of the
			// table's left edge, or its first word would not have fitted
			// in its column on the line before; a paragraph after the
			// table does neither.
			if isSeed(l) || l.x0 >= x0+l.em() || wrapsInto(body, l) {
				x0 = math.Min(x0, l.x0)
				body, at = append(body, *l), append(at, j-i)
				j++
				continue
			}
			if adv == 0 && marginLabel(lines, j, body, x0) {
				// a label in the margin between a row and its cell's
				// wrapped line: set aside, the row goes on (margin_label.go)
				out = append(out, plainLine(l))
				lines = append(lines[:j:j], lines[j+1:]...) // a copy: the caller's lines stay
				continue
			}
			// A line at the left edge with a row of the table close under
			// it: the first line of a vertically centred cell when it
			// fits one column, else a heading row merged across the table
			// ("Sasaran Strategis 2: ...").
			k := rowFollows(lines, j)
			if k < 0 || math.Abs(l.size-lines[i].size) > 0.05*lines[i].size {
				break // a caption or paragraph in the body font
			}
			if !sameTable(body, &lines[k]) || adv > 0 && misaligned(body, &lines[k], adv) {
				break // the row under it belongs to another table
			}
			if centredCell(rivers(body), l) {
				body, at = append(body, *l), append(at, j-i)
			} else {
				heading[j-i] = true
			}
			x0 = math.Min(x0, l.x0)
			j++
		}
		block := lines[i:j]
		if adv == 0 && len(heading) == 0 && badgeCaption(body) {
			out = append(out, plainLine(&lines[i]))
			i++
			continue // a caption led by its number's badge (badge_caption.go)
		}
		cols := spanHeads(body, block, at, mergeDisjoint(body, rivers(body)))
		if adv == 0 {
			cols = wideTitles(body, cols) // titles wider than their narrow columns (wide_titles.go)
		}
		for k := range heading {
			if fullRow(&block[k], body, cols) {
				delete(heading, k) // a typed row whose cells fill their columns (full_row.go)
			}
		}
		if adv == 0 && len(heading) == 0 && overTable(body, cols) {
			out = append(out, plainLine(&lines[i]))
			i++
			continue // a toolbar or caption with gaps of its own over the table
		}
		if debugf != nil {
			debugf("borderless block: %d lines, headings %v, cols %v", len(block), heading, cols)
			for _, l := range block {
				debugf("   %q", l.text())
			}
		}
		if len(block) == 1 && adv > 0 && !piped(block) {
			if row, ok := typedRow(&block[0], adv); ok {
				out = append(out, row)
				i = j
				continue
			}
		}
		if len(body) < 2 || len(cols) < 2 || isForm(body, cols) || piped(body) || numberedParagraphs(body, cols) {
			for k := range block {
				out = append(out, plainLine(&block[k]))
			}
			i = j
			continue
		}
		if up := headsAbove(lines[i-above:i], &block[0], cols); adv == 0 && up > 0 {
			// the upper words of titles set bottom-aligned (header_above.go)
			out = out[:len(out)-up]
			block = lines[i-up : j]
			moved := make(map[int]bool, len(heading))
			for k := range heading {
				moved[k+up] = true
			}
			heading = moved
		}
		cols = cc.table(block[0].top, block[len(block)-1].bottom, cols)
		blocks++
		for k := 0; k < len(block); {
			if heading[k] {
				out = append(out, plainLine(&block[k]))
				k++
				continue
			}
			e := k
			for e < len(block) && !heading[e] {
				e++
			}
			for _, r := range headOrRows(block, k, e, cols, adv) {
				r.block = blocks
				out = append(out, r)
			}
			k = e
		}
		i = j
	}
	return out
}

// sameTable reports whether row keeps the block's columns: the block with
// it parts into at least two columns and loses at most one (another
// table's header under a caption runs over the block's rivers).
func sameTable(block []textLine, row *textLine) bool {
	n1 := len(mergeDisjoint(block, rivers(block)))
	with := append(append([]textLine(nil), block...), *row)
	n2 := len(mergeDisjoint(with, rivers(with)))
	return n2 >= 2 && n2 >= n1-1
}

// crossesTable reports whether the seed line l, under a block of rows
// with three columns or more, runs over its rivers so that it would take
// away two columns or more: a running line or a note with a gap of its
// own ("LKj KPU Kabupaten ... 2024  27" under a table typed at one pitch)
// is no row of the table, and joined to it would leave the rows without
// columns. On a typed page misaligned (typed.go) decides instead: there
// every space is as wide as a narrow river, so that a few rows of
// numbers grouped with spaces ("6 169" over "12 598") lose rivers to
// each other.
func crossesTable(body []textLine, l *textLine) bool {
	if len(body) < 2 {
		return false
	}
	n1 := len(mergeDisjoint(body, rivers(body)))
	return n1 >= 3 && !sameTable(body, l)
}

// overTable reports whether the block's first line, a seed, is no line
// of the table under it: the rows under it part into three columns or
// more, the first line is set in a type a tenth smaller than the line
// under it, and it runs over the rows' rivers (a dashboard's toolbar
// "Rekap DPT   Filter: Tahun is 2020   Summarize" set close over the
// table it heads; a grid's "6 records  •  Sorted by 1 field" over its
// header, which glued "Kecamatan" to the next title). Kept, it took
// those columns from the rows, on a narrow page all of them (every
// figure of a row in one cell). A header in the rows' own size may run
// over their rivers (a title over figures set flush right, a typed
// header over figures grouped with single spaces) and stays. A group
// heading of a two-level header that spans the columns under it has
// already been rewritten by spanHeads and no longer closes them. It is
// the top of the block as crossesTable is its bottom.
func overTable(body []textLine, cols []column) bool {
	if len(body) < 3 {
		return false
	}
	rest := body[1:]
	fine := mergeDisjoint(rest, rivers(rest))
	if len(fine) < 3 {
		return false
	}
	lost := 0 // rivers of the rows the first line closes
	for c := 1; c < len(fine); c++ {
		open := false
		for k := 1; k < len(cols) && !open; k++ {
			open = cols[k-1].x1 < fine[c].x0 && cols[k].x0 > fine[c-1].x1
		}
		if !open {
			lost++
		}
	}
	if debugf != nil {
		debugf("overTable: %d columns, closes %d rivers of %v", len(cols), lost, fine)
	}
	return lost >= 1 && body[0].size < 0.9*body[1].size
}

// rowFollows returns the index of the table row (a line with a wide gap)
// within two lines under line j, each step no wider than a row's pitch, or
// -1.
func rowFollows(lines []textLine, j int) int {
	for k := j + 1; k < len(lines) && k <= j+2; k++ {
		if lines[k].base-lines[k-1].base > 2.5*math.Max(lines[k].size, lines[k-1].size) {
			return -1
		}
		if isSeed(&lines[k]) {
			return k
		}
	}
	return -1
}

// centredCell reports whether l can be the first line of a cell centred
// vertically in the row below it: it lies inside one column, short of the
// next. A line running over several columns is a heading row instead.
func centredCell(cols []column, l *textLine) bool {
	if len(cols) < 2 {
		return false
	}
	c := colOf(cols, (l.x0+l.words[0].x1)/2)
	return l.x0 >= cols[c].x0-0.5*l.em() && (c+1 >= len(cols) || l.x1 < cols[c+1].x0)
}

// wrapsInto reports whether l continues a cell of the block's last line:
// l sits one line pitch (not a row's padded pitch) under it, lies in one
// column of the block, and its first word would not have fitted after
// that cell's text within the widest line the column holds (so the cell
// had to wrap there).
func wrapsInto(block []textLine, l *textLine) bool {
	if len(block) == 0 {
		return false
	}
	prev := &block[len(block)-1]
	if l.base-prev.base > 1.3*math.Max(l.size, prev.size) {
		return false
	}
	cols := rivers(block)
	if len(cols) < 2 {
		return false
	}
	c := colOf(cols, (l.x0+l.words[0].x1)/2)
	if c+1 < len(cols) && l.x1 > cols[c+1].x0 || l.x0 < cols[c].x0-0.5*l.em() {
		return false
	}
	// The cell's last line is the line before, or, in a cell centred in
	// a taller row, the line above the row's middle line.
	end, right := math.Inf(-1), cols[c].x1
	for k := len(block) - 1; k >= 0 && k >= len(block)-2 && math.IsInf(end, -1); k-- {
		if l.base-block[k].base > float64(len(block)-k)*1.3*math.Max(l.size, block[k].size) {
			break
		}
		for _, w := range block[k].words {
			if colOf(cols, (w.x0+w.x1)/2) == c {
				end = math.Max(end, w.x1)
			}
		}
	}
	if math.IsInf(end, -1) {
		return false
	}
	first := l.words[0].x1 - l.words[0].x0
	return end+0.25*l.em()+first > right
}

// isForm reports a label/value block aligned with tab stops ("Target  :
// B"): one of its columns holds nothing but colons, or every cell of one
// starts with one (a monospaced form, whose single space after the colon
// is no river). It reads as "label : value" lines, not as a table.
func isForm(block []textLine, cols []column) bool {
	colon := make([]int, len(cols))  // colons per column
	other := make([]bool, len(cols)) // anything else in the column
	lead := make([]int, len(cols))   // cells opening with a colon
	cells := make([]int, len(cols))  // cells
	for _, l := range block {
		last := -1
		for _, w := range l.words {
			c := colOf(cols, (w.x0+w.x1)/2)
			if c != last {
				cells[c]++
				if w.text == ":" {
					lead[c]++
				}
				last = c
			}
			if w.text == ":" {
				colon[c]++
			} else {
				other[c] = true
			}
		}
	}
	for c := range cols {
		if colon[c] >= 2 && !other[c] || lead[c] >= 2 && lead[c] == cells[c] {
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
	o := outLine{text: clean(l.text()), top: l.top, size: l.size, x0: l.x0, x1: l.x1, ocr: ocr, seed: isSeed(l)}
	if len(l.words) > 0 {
		o.w0 = l.words[0].x1 - l.words[0].x0
	}
	return o
}

// isSeed reports whether a line holds a gap that is wide for its font and
// clearly wider than its narrowest gap (justified text stretches all its
// spaces alike, so it is not a seed, however wide a few long words on a
// justified line stretch them).
func isSeed(l *textLine) bool {
	if len(l.words) < 2 {
		return false
	}
	minGap, maxGap := math.Inf(1), 0.0
	for _, w := range l.words[1:] {
		minGap, maxGap = math.Min(minGap, w.gapBefore), math.Max(maxGap, w.gapBefore)
	}
	em := l.em() // in ems as drawn: a table at a character scale of 62 % narrows its gaps too
	if len(l.words) == 2 {
		return maxGap >= 1.0*em
	}
	if justified(l, minGap, maxGap) {
		return false
	}
	return maxGap >= 1.5*em || (maxGap >= 0.8*em && maxGap >= 2*minGap)
}

// justified reports a line of justified prose: three or more words with
// every gap stretched alike (within 0.05 em) and two words or more holding
// letters. A row of same-width amounts right-aligned in even columns has
// even gaps too, but no words; a plain-text table row in a monospaced font
// whose cells happen to be padded alike has gaps of whole spaces, which a
// justified line's stretched spaces are not.
func justified(l *textLine, minGap, maxGap float64) bool {
	if len(l.words) < 3 || maxGap-minGap > 0.05*l.em() {
		return false
	}
	if adv := monoAdvance([]textLine{*l}); adv > 0 {
		if n := math.Round(minGap / adv); math.Abs(minGap-n*adv) <= 0.05*adv {
			return false
		}
	}
	n := 0
	for _, w := range l.words {
		if strings.IndexFunc(w.text, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n >= 2
}
