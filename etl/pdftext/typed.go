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

// cellStarts are the x of a line's first word and of every word typed two
// spaces or more after the word before it (adv: the font's advance).
func cellStarts(l *textLine, adv float64) []float64 {
	var xs []float64
	for k, w := range l.words {
		if k == 0 || w.gapBefore >= 1.5*adv {
			xs = append(xs, w.x0)
		}
	}
	return xs
}

// straddles reports whether a word of l runs over one of the starts xs
// by more than half an advance on both sides (a typed line jitters
// sideways by a fraction of an advance).
func straddles(l *textLine, xs []float64, adv float64) bool {
	tol := 0.5 * adv
	for _, w := range l.words {
		for _, x := range xs {
			if w.x0 < x-tol && w.x1 > x+tol {
				return true
			}
		}
	}
	return false
}

// misaligned reports whether l was typed as another piece than the lines
// of body: a word of l runs over a cell start of a line of body, or a
// word of body over a cell start of l.
func misaligned(body []textLine, l *textLine, adv float64) bool {
	own := cellStarts(l, adv)
	for k := range body {
		if straddles(l, cellStarts(&body[k], adv), adv) || straddles(&body[k], own, adv) {
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
	for k, w := range l.words {
		if k == 0 || w.gapBefore >= 1.5*adv {
			cols = append(cols, column{w.x0, w.x1})
			continue
		}
		cols[len(cols)-1].x1 = math.Max(cols[len(cols)-1].x1, w.x1)
	}
	if len(cols) < 3 {
		return outLine{}, false
	}
	line, ok := rowOf([]textLine{*l}, cols)
	line.top = l.top
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
			wordBelow(block, *last) && wordBelow(block, c)) || spaceGrouped(block, *last, c)) {
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
// with four or more characters and a lower-case letter (three different
// words at least) is as wide as its characters times one advance, to 0.2 %
// (loose boxes span advances, so a monospaced word is exact and a
// proportional one is not), else 0. Words of digits do not count:
// digits have one advance in most proportional fonts too.
func monoAdvance(block []textLine) float64 {
	var per []float64
	distinct := map[string]bool{}
	for _, l := range block {
		for _, w := range l.words {
			n := utf8.RuneCountInString(w.text)
			if n >= 4 && strings.IndexFunc(w.text, unicode.IsLower) >= 0 {
				per = append(per, (w.x1-w.x0)/float64(n))
				distinct[w.text] = true
			}
		}
	}
	if len(distinct) < 3 {
		return 0
	}
	sort.Float64s(per)
	if per[len(per)-1] > 1.002*per[0] {
		return 0
	}
	return per[len(per)/2]
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
