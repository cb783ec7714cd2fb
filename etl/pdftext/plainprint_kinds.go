package pdftext

import (
	"strings"
	"unicode"
)

// A TAB table's column holds one kind of cell down its rows: the codes or
// names of the first columns, the figures of the rest. When a printed row
// lost a TAB to a single space (the TAB only reached the next stop) and
// two of its single spaces could each be it, the rows already read tell
// which: only one reading leaves figures under figures and words under
// words. The kinds are learnt from the rows that make up exactly the
// header's cells, so a guess never teaches the next row.

// cellKind is what a column held in the rows read so far.
type cellKind uint8

const (
	kindNone   cellKind = iota // no row had a cell there yet
	kindFigure                 // every cell a figure: digits and . , % ( ) + -
	kindWords                  // every cell had a letter
	kindSign                   // every cell signs alone: a unit such as %
	kindMixed                  // both, or neither: no evidence
)

// maxStopSpaces bounds the single spaces on a stop whose choices are
// listed (2^n readings); a row with more is left unproven.
const maxStopSpaces = 12

// kindOf is the kind of one cell ("" has none). A cell of letters and
// digits both ("Pemilu 2024", a code such as "076.01.WA", or a name with
// the next column's figure run on) is mixed: it proves neither kind.
func kindOf(cell string) cellKind {
	cell = strings.TrimSpace(cell)
	if cell == "" {
		return kindNone
	}
	if strings.IndexFunc(cell, unicode.IsLetter) >= 0 {
		if strings.IndexFunc(cell, unicode.IsDigit) >= 0 {
			return kindMixed
		}
		return kindWords
	}
	digit := false
	for _, r := range cell {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case strings.ContainsRune(".,%()+-", r):
		default:
			return kindMixed // a space or another sign inside: not one figure
		}
	}
	if digit {
		return kindFigure
	}
	return kindSign
}

// learnKinds folds a row of exactly the header's cells into the kinds of
// its table's columns (kinds has the header's length).
func learnKinds(kinds []cellKind, row string) {
	for j, cell := range strings.Split(row, "\t") {
		if j >= len(kinds) {
			return
		}
		switch k := kindOf(cell); {
		case k == kindNone:
		case kinds[j] == kindNone:
			kinds[j] = k
		case kinds[j] != k:
			kinds[j] = kindMixed
		}
	}
}

// keepsKinds reports whether a reading of a row keeps every cell to its
// column's kind: figures under figures, words under words, signs under
// signs (a mixed cell fits none); a column of no single kind takes
// anything.
func keepsKinds(row string, kinds []cellKind) bool {
	for j, cell := range strings.Split(row, "\t") {
		if j >= len(kinds) {
			return false
		}
		k := kindOf(cell)
		if k == kindNone {
			continue
		}
		if kinds[j] != kindMixed && kinds[j] != kindNone && k != kinds[j] {
			return false
		}
	}
	return true
}
