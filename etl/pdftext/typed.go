package pdftext

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tables typed as space-aligned columns (a typewritten report, a plain-text
// table set in one monospaced font) pad every cell to the widest cell of
// its column and leave two spaces or more between columns, each cell set
// flush left at its column's start. A table broken by heading lines
// ("DAPIL SUMBA TIMUR 1" between groups of rows) may be typed in pieces,
// each padded to its own widest cells: the header alone, then the rows of
// each group. Rivers shared by two such pieces are chance, so on a typed
// page a piece ends where the next line's words run over the cell starts
// of the lines above, or theirs over its own.

// straddles reports whether a word of l (own: its cells) runs over the
// start of one of the cells by more than half an advance on both sides
// (a typed line jitters sideways by a fraction of an advance). A listing sets its
// figures flush right, so a cell of figures starts wherever its width
// puts it: a word runs over it only when it runs over its end too. Nor
// does a word whose cell ends where that cell ends: both are flush right
// in one column ("3355" under "076.01.WA").
func straddles(l *textLine, own, cells []typedCell, adv float64) bool {
	tol := 0.5 * adv
	c := 0
	for k, w := range l.words {
		if k > 0 && w.gapBefore >= 1.5*adv {
			c++
		}
		for _, x := range cells {
			if w.x0 < x.x0-tol && w.x1 > x.x0+tol && math.Abs(own[c].x1-x.x1) > tol &&
				(!x.figures || w.x1 > x.x1+tol) {
				return true
			}
		}
	}
	return false
}

// typedCell is a cell of a typed line: a run of words parted by single
// spaces; figures when it holds only digits and their punctuation.
type typedCell struct {
	column
	figures bool
}

// typedCells are the cells of a typed line.
func typedCells(l *textLine, adv float64) []typedCell {
	var cs []typedCell
	for k, w := range l.words {
		fig := strings.Trim(w.text, "0123456789.,%+-()/") == ""
		if k == 0 || w.gapBefore >= 1.5*adv {
			cs = append(cs, typedCell{column{w.x0, w.x1}, fig})
			continue
		}
		last := &cs[len(cs)-1]
		last.x1 = math.Max(last.x1, w.x1)
		last.figures = last.figures && fig
	}
	return cs
}

// misaligned reports whether l was typed as another piece than the lines
// of body: a word of l runs over a cell start of a line of body, or a
// word of body over a cell start of l.
func misaligned(body []textLine, l *textLine, adv float64) bool {
	own := typedCells(l, adv)
	for k := range body {
		cells := typedCells(&body[k], adv)
		if straddles(l, own, cells, adv) || straddles(&body[k], cells, own, adv) {
			return true
		}
	}
	return false
}

// typedRow cuts a typed line standing alone (a header typed as a piece of
// its own) into cells at its runs of two spaces or more; ok is false for
// a line of fewer than three cells, which reads as text.
func typedRow(l *textLine, adv float64) (outLine, bool) {
	var cols []column
	for _, c := range typedCells(l, adv) {
		cols = append(cols, c.column)
	}
	if len(cols) < 3 {
		return outLine{}, false
	}
	line, ok := rowOf([]textLine{*l}, cols)
	line.top, line.alone = l.top, true
	return line, ok
}

// monoSpaces drops the rivers of a monospaced block that are one space
// wide where the block's first line (its header) does not have words on
// both sides, or where a side holds words in the header only: a
// monospaced font's spaces line up from line to line, so "Persentase
// Partisipasi" over "Persentase Sengketa" leaves a river one space wide
// inside a cell whose header "Indikator" spans it, and a header wider
// than its values ("Perencanaan (30)" over "17,35", a typed table padding
// its columns to their widest cell) leaves one after each of its words,
// while a table set with one space between its columns ("L+P
// Keterangan") has header words and values on both sides of each. Nor is
// a river one space wide inside amounts grouped with spaces ("6 169").
func monoSpaces(block []textLine, cols []column) []column {
	if len(cols) < 2 {
		return cols
	}
	adv := monoAdvance(block)
	if adv == 0 {
		return cols
	}
	out := cols[:1:1]
	for _, c := range cols[1:] {
		last := &out[len(out)-1]
		if c.x0-last.x1 < 1.5*adv && (!(hasWordIn(&block[0], *last) && hasWordIn(&block[0], c) &&
			wordBelow(block, *last) && wordBelow(block, c) && !apart(block, *last, c)) || spaceGrouped(block, *last, c)) {
			last.x1 = c.x1
			continue
		}
		out = append(out, c)
	}
	return out
}

// hasWordIn reports whether a word of l lies in column c.
func hasWordIn(l *textLine, c column) bool {
	for _, w := range l.words {
		if m := (w.x0 + w.x1) / 2; m >= c.x0 && m <= c.x1 {
			return true
		}
	}
	return false
}

// wordBelow reports whether a line of the block under its first has a
// word in column c.
func wordBelow(block []textLine, c column) bool {
	for k := 1; k < len(block); k++ {
		if hasWordIn(&block[k], c) {
			return true
		}
	}
	return false
}

// monoAdvance is the advance of a monospaced font (Courier, DejaVu Sans
// Mono: a plain-text table typeset as is) when every word of the block
// with four or more characters and a letter (three different words at
// least) is as wide as its characters times one advance, to 0.2 %
// (loose boxes span advances, so a monospaced word is exact and a
// proportional one is not), else 0. Words of digits do not count:
// digits have one advance in most proportional fonts too. Capitals do (a
// listing's page may hold a table of names in capitals and nothing
// else): a proportional face gives "W" and "I" widths as unlike as it
// gives "m" and "i".
//
// A page may carry lines typed at another size in the same face: the
// header a fax machine stamps across the top of every page it sends, a
// table sent reduced to fit. Widths are therefore compared per point of
// each word's size, and the advance is the median one of the body's size
// (the size most of the words are set in), the one its columns are typed at.
func monoAdvance(block []textLine) float64 {
	var per, size []float64
	sizes := map[float64]int{}
	distinct := map[string]bool{}
	for _, l := range block {
		for _, w := range l.words {
			n := utf8.RuneCountInString(w.text)
			if n >= 4 && strings.IndexFunc(w.text, unicode.IsLetter) >= 0 {
				per = append(per, (w.x1-w.x0)/float64(n))
				size = append(size, w.size)
				distinct[w.text] = true
				sizes[w.size]++
			}
		}
	}
	if len(distinct) < 3 {
		return 0
	}
	if _, unsized := sizes[0]; len(sizes) > 1 && !unsized {
		return mixedAdvance(per, size, sizes)
	}
	sort.Float64s(per)
	if per[len(per)-1] > 1.002*per[0] {
		return 0
	}
	return per[len(per)/2]
}

// mixedAdvance is monoAdvance for words (their advances per and sizes
// size) set in more than one size: every word's advance per point of its
// size agrees to 0.2 %, and the advance is the median one of the
// commonest size.
func mixedAdvance(per, size []float64, sizes map[float64]int) float64 {
	common, most := 0.0, 0
	for s, n := range sizes {
		if n > most || n == most && s > common {
			common, most = s, n
		}
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	var body []float64
	for k, a := range per {
		lo, hi = math.Min(lo, a/size[k]), math.Max(hi, a/size[k])
		if size[k] == common {
			body = append(body, a)
		}
	}
	if hi > 1.002*lo {
		return 0
	}
	sort.Float64s(body)
	return body[len(body)/2]
}

// digitGroup is the group of three digits after a space in an amount
// grouped with spaces ("6 169", "12 598,50").
var digitGroup = regexp.MustCompile(`^[0-9]{3}([.,][0-9]+)?%?$`)

// spaceGrouped reports whether column c, one space right of column left,
// only carries on amounts grouped with spaces: on every line with words
// in c the first of them is a group of three digits and the word before
// it, in left, ends in a digit.
func spaceGrouped(block []textLine, left, c column) bool {
	seen := false
	for _, l := range block {
		for k, w := range l.words {
			if m := (w.x0 + w.x1) / 2; m < c.x0 || m > c.x1 {
				continue
			}
			if k == 0 || !digitGroup.MatchString(w.text) {
				return false
			}
			p := l.words[k-1]
			if m := (p.x0 + p.x1) / 2; m < left.x0 || m > left.x1 || !unicode.IsDigit(rune(p.text[len(p.text)-1])) {
				return false
			}
			seen = true
			break
		}
	}
	return seen
}

// piped reports a table whose rows carry their own cell borders, as
// Markdown writes it ("| AESESA | 19 | 28 |"): every line opens and closes
// with a bar. Its lines are kept as they are, bars and all, for the
// parser reads the bars; cut at its runs of spaces, every cell would keep
// a bar of its own.
func piped(body []textLine) bool {
	for _, l := range body {
		first, last := l.words[0].text, l.words[len(l.words)-1].text
		if !strings.HasPrefix(first, "|") || !strings.HasSuffix(last, "|") {
			return false
		}
	}
	return true
}
