package extract

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A reviewed report keeps its reviewers' remarks under the rows they
// checked, one indented line each, between the table's rows:
//
//	1	Persentase partisipasi pemilih	%	77,50	80,12	103,38
//	   ↳ Reviu Inspektorat: konsep awal memuat 79,90, dikoreksi.
//	2	Persentase ...
//
// Read as text, such a line closed the table and the rows after it were
// lost (or read as a second table without its header). A remark belongs
// to the row above it: it is kept as the table's note, never as a row, and
// its figures (often a draft's old value) are never facts.
//
// Indentation is gone once a line is cleaned, so the line is known by its
// start: an arrow (↳, ⤷, →, ⇒, >>) marks a remark wherever it stands under a
// row; a label (Catatan, Reviu, Review, Koreksi with at most three more
// words before its colon) only between two rows, since a table's own
// footnote ("Catatan: dalam ribuan rupiah") follows its last row and may
// state the table's unit.

// rowNoteArrows open a remark line. ">>" is not a reply's quote: quoted
// replies lose their "> " before the text is split (quoted.go).
var rowNoteArrows = []string{"↳", "⤷", "→", "⇒", ">>"}

// rowNoteLabels open a labelled remark, its colon within four words.
var rowNoteLabels = []string{"catatan", "reviu", "review", "koreksi"}

// isRowNote reports whether lines[i], a text line right under a row of the
// open table t, is a reviewer's remark on that row. The row after a remark
// must be one of t's own: a header row t does not hold opens another table
// there, as it would after the line of text the remark was read as.
func (t *tableBuilder) isRowNote(lines []line, i int) bool {
	s := lines[i].text
	if s == "" {
		return false
	}
	arrow := false
	switch c := s[0]; {
	case c == 0xE2 || c == '>': // the arrows' first byte, a cheap gate
		for _, a := range rowNoteArrows {
			if rest, ok := strings.CutPrefix(s, a); ok {
				arrow = rest == "" || rest[0] == ' '
				break
			}
		}
		if !arrow {
			return false
		}
	case c != 'C' && c != 'c' && c != 'R' && c != 'r' && c != 'K' && c != 'k':
		return false
	}
	next := i + 1
	for next < len(lines) && lines[next].skip {
		next++
	}
	if next >= len(lines) || !lines[next].tab {
		return arrow // the table's last row: only an arrow is surely a remark
	}
	if t.startsNewTable(&lines[next]) {
		return false
	}
	if arrow {
		return true
	}
	for _, l := range rowNoteLabels {
		if normalize.HasLowerPrefix(s, l) {
			return labelColon(s[len(l):])
		}
	}
	return false
}

// labelColon reports whether rest, what follows a label word, reaches its
// colon within three more words ("Reviu APIP:", "Catatan tim reviu:").
func labelColon(rest string) bool {
	k := strings.IndexByte(rest, ':')
	if k < 0 || k > 40 {
		return false
	}
	head := rest[:k]
	if head != "" && head[0] != ' ' {
		return false // "Catatannya:", "Koreksian:" are other words
	}
	return len(strings.Fields(head)) <= 3
}
