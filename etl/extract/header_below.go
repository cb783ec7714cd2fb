package extract

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A table whose header row is printed under its rows: a house style (or a
// PDF export that repeats the header as a footer and drops it on top)
// puts the column names after the last row, after the total row, and at
// times the "Tabel 3.1 ..." caption under them too. Read in order, the
// rows have no header (the table is reported) and the header line merges
// into the last row.
//
// headersBelow moves such a header (and such a caption) above the rows,
// keeping every line's number, so the table is read like any other. It
// does so only when the layout proves it, for a whole stretch of TAB lines
// (blank lines and group headings inside): the stretch opens with rows
// after text (no header above), ENDS with a header (text or the end of the
// document after it, never rows: a header with rows under it heads them),
// and every header there comes right after rows with values that are
// exactly as wide as it. A stretch that ends in rows is left alone, so the
// header of the next table, followed by its own rows, is never taken for
// the foot of the rows before it.
func headersBelow(lines []line) {
	var found []footStretch
	for i := 1; i < len(lines); i++ {
		if !lines[i].tab || !runStart(lines, i) {
			continue
		}
		if s, ok := footTable(lines, i); ok {
			found = append(found, s)
			i = s.end
		}
	}
	if len(found) == 0 {
		return
	}
	// the caption under a table is its own when the table has none above
	// and what follows the caption is no table that the caption could
	// head: text, the end, or a table with a foot caption of its own
	// (decided from the last table up)
	moved := make([]bool, len(found))
	for k := len(found) - 1; k >= 0; k-- {
		s := &found[k]
		// a label between two such tables is under the one above when
		// that one takes it, so it is no caption above the one below
		contested := k > 0 && found[k-1].caption.from >= 0 && found[k-1].caption.from == s.above
		if s.caption.from < 0 || s.above >= 0 && !contested {
			continue
		}
		switch {
		case s.next < 0 || !lines[s.next].tab:
			moved[k] = true
		case k+1 < len(found) && found[k+1].start == s.next && moved[k+1]:
			moved[k] = true
		}
	}
	for k := range found {
		found[k].apply(lines, moved[k])
	}
}

// span is a range of line indices, both ends included.
type span struct{ from, to int }

// footPair is a group of rows and the header printed under it.
type footPair struct{ rows, head span }

type footStretch struct {
	start, end int // the first line of the stretch, the last of its last header
	pairs      []footPair
	caption    span // "Tabel ..." lines right under the last header, from -1 when none
	next       int  // the first non-blank line after the stretch and its caption, -1 at the end
	above      int  // the line of a "Tabel ..." label above the rows, -1 when none
	texts      []int
	cells      [][]string // header lines written as text, and their column names
}

// footTable reads the stretch of TAB lines opening at line i as rows with
// headers under them; ok is false for any other stretch.
func footTable(lines []line, i int) (s footStretch, ok bool) {
	s.caption = span{-1, -1}
	rowsFrom, last, width, valued, headEnd := i, -1, 0, false, -2
	rowsN, tight := 0, 0 // the group's TAB rows, and those right under the row above (no blank line)
	// under reports whether line j follows the rows: right under the last,
	// or one blank line under it when the rows are parted by blank lines
	// too (a ruled table's padding, as -layout writes it)
	under := func(j int) bool {
		return last == j-1 || rowsN >= 2 && tight == 0 && j-last == 2 && lines[j-1].blank
	}
	for k := i - 1; k >= 0 && (lines[k].blank || isGroupHeading(lines[k].text)); k-- {
		if !lines[k].blank {
			rowsFrom = k // "Sasaran Strategis 1: ..." over the first rows: the header goes above it
		}
	}
	s.start = rowsFrom
	j := i
	for ; j < len(lines); j++ {
		l := &lines[j]
		if l.blank {
			continue
		}
		cells, text := l.cells, false
		if !l.tab {
			if isPageNumber(l.text) {
				continue // a page break inside the rows
			}
			if isGroupHeading(l.text) {
				if rowsFrom < 0 {
					if j == headEnd+1 {
						return s, false // see below
					}
					rowsFrom, width, valued, rowsN, tight = j, 0, false, 0, 0
				}
				last = j
				continue
			}
			if !under(j) || rowsFrom < 0 || !headerShaped(l.text) {
				break
			}
			// the header typed as words one space apart (header_above.go)
			c, ok := splitHeader(l.text)
			if !ok || len(c) != width {
				break
			}
			cells, text = c, true
		}
		if nonEmpty(cells) < 2 || !isHeaderRow(cells) || isColNumbers(cells) {
			if rowsFrom < 0 {
				if j == headEnd+1 {
					// rows right under a header are its own (a table
					// printing its header on top and at the foot): the
					// next table after a foot header is parted from it
					return s, false
				}
				rowsFrom, width, valued, rowsN, tight = j, 0, false, 0, 0
			}
			if rowsN > 0 && !lines[j-1].blank {
				tight++
			}
			width, valued, last, rowsN = max(width, len(cells)), valued || anyValue(cells), j, rowsN+1
			continue
		}
		if rowsFrom < 0 || !valued || !under(j) {
			return s, false // a header over rows, or one parted from the rows above it
		}
		h, hw := j, len(cells)
		for !text && last > rowsFrom && !lines[last-1].blank && wrappedTitle(lines[last].cells, lines[last-1].cells) {
			// the upper line of a header cell wrapped over two lines
			// ("Capaian" over "(%)"), alone on its line
			last, hw = last-1, max(hw, len(lines[last].cells))
			j--
		}
		for !text && h+1 < len(lines) && lines[h+1].tab &&
			(isHeaderRow(lines[h+1].cells) || isColNumbers(lines[h+1].cells)) {
			h++ // a header of two lines ("Realisasi" over "2022 | 2023") or its column numbers
			hw = max(hw, len(lines[h].cells))
		}
		if hw != width && !remarksOnly(lines[j:h+1], width) {
			return s, false
		}
		if text {
			s.texts, s.cells = append(s.texts, j), append(s.cells, cells)
		}
		s.pairs = append(s.pairs, footPair{span{rowsFrom, last}, span{j, h}})
		rowsFrom, j, headEnd = -1, h, h
	}
	if rowsFrom >= 0 || len(s.pairs) == 0 {
		return s, false // the stretch ends in rows: its headers head the rows under them
	}
	s.end = s.pairs[len(s.pairs)-1].head.to
	s.next = nextNonBlank(lines, s.end+1)
	if s.next >= 0 && !lines[s.next].tab && !isTabelLabel(lines[s.next].text) && rowAsText(lines[s.next].text) {
		return s, false // rows of a table written as text follow: the header may be theirs
	}
	if s.next >= 0 && !lines[s.next].tab && isTabelLabel(lines[s.next].text) && s.next-s.end <= 2 {
		s.caption = span{s.next, s.next}
		for k := s.next + 1; k < len(lines) && k <= s.next+2 && !lines[k].blank && !lines[k].tab &&
			!isTabelLabel(lines[k].text); k++ {
			s.caption.to = k // a caption wrapped over lines
		}
		s.next = nextNonBlank(lines, s.caption.to+1)
	}
	s.above = labelAbove(lines, s.start)
	return s, true
}

// apply moves each header above its rows, and the caption under the last
// header above that header when withCaption.
func (s *footStretch) apply(lines []line, withCaption bool) {
	for k, j := range s.texts {
		lines[j].tab, lines[j].cells = true, s.cells[k]
	}
	for k, p := range s.pairs {
		to := p.head.to
		if k == len(s.pairs)-1 && withCaption {
			to = s.caption.to
		}
		seg := make([]line, 0, to-p.rows.from+1)
		if k == len(s.pairs)-1 && withCaption {
			// the blank lines between the header and the caption go first,
			// so the caption does not join the paragraph above the rows
			seg = append(seg, lines[p.head.to+1:s.caption.from]...)
			seg = append(seg, lines[s.caption.from:s.caption.to+1]...)
		}
		seg = append(seg, lines[p.head.from:p.head.to+1]...)
		seg = append(seg, lines[p.rows.from:p.rows.to+1]...)
		seg = append(seg, lines[p.rows.to+1:p.head.from]...) // a blank line between rows and header
		copy(lines[p.rows.from:], seg)
	}
}

// labelAbove is the line of a "Tabel ..." label in the text right above
// line i (at most three lines up, no table between), or -1.
func labelAbove(lines []line, i int) int {
	for j, k := i-1, 0; j >= 0 && k < 3; j-- {
		switch {
		case lines[j].tab:
			return -1
		case lines[j].blank:
			continue
		case isTabelLabel(lines[j].text):
			return j
		}
		k++
	}
	return -1
}

func nextNonBlank(lines []line, i int) int {
	for ; i < len(lines); i++ {
		if !lines[i].blank {
			return i
		}
	}
	return -1
}

// figures counts the words of t that are numbers.
func figures(t string) int {
	n := 0
	for _, w := range strings.Fields(t) {
		if valueLike(w) {
			n++
		}
	}
	return n
}

// lineSpan is the first and last line number of a table's lines, which
// are out of order when a header printed under the rows was moved above.
func lineSpan(lines []rawLine) (first, last int) {
	first, last = lines[0].n, lines[len(lines)-1].n
	for _, l := range lines {
		first, last = min(first, l.n), max(last, l.n)
	}
	return first, last
}

// wrappedTitle: a line of header words without values over the header,
// each word above a column the row before it fills with a value (a
// wrapped title of a value column; words over the label column may be the
// end of that row's label, and stay with it).
func wrappedTitle(cells, above []string) bool {
	if !isHeaderRow(cells) || anyValue(cells) {
		return false
	}
	for i, c := range cells {
		if c != "" && (i >= len(above) || !valueLike(above[i])) {
			return false
		}
	}
	return true
}

// remarksOnly: header lines wider than the rows only by a remarks column
// ("Keterangan") that no row fills, its trailing TABs dropped.
func remarksOnly(head []line, width int) bool {
	wider := false
	for _, l := range head {
		for k, c := range l.cells {
			if k < width || c == "" {
				continue
			}
			if !normalize.HasLowerPrefix(c, "ket") {
				return false
			}
			wider = true
		}
	}
	return wider
}
