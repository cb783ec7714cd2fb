package parse

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A figure with an annotation inside its own cell. Some offices write a
// second figure or a word beside the fact in the same cell: a count with
// its share of the row ("5.633 (48,12%)", "1.234 [10,5%]", the share first
// "48,12% (5.633)"), or a capaian percent inside its status phrase
// ("Tercapai (106,45%)", "104,27 (Tercapai)", "100% - Tercapai",
// "106,45% ✓"). The cell is then no bare number. Each reader takes the
// figure its column's role asks for (a count, a percent) and checks the
// annotation against it before trusting the split; the annotation itself
// is never the fact. See dpt_cell_note.go and capaian_cell_note.go.

// notePair splits a cell written "head (note)" or "head [note]" into the
// head and the bracketed note; false unless the cell ends with the
// bracket and the head holds no bracket. A cell that is all bracket
// ("(75.347.501)") is an amount in accounting notation, a minus, never a
// note: its head is empty and it is refused.
func notePair(c string) (head, note string, ok bool) {
	c = strings.TrimSpace(c)
	n := len(c)
	if n < 4 {
		return "", "", false
	}
	var open byte
	switch c[n-1] {
	case ')':
		open = '('
	case ']':
		open = '['
	default:
		return "", "", false
	}
	i := strings.IndexByte(c, open)
	if i <= 0 {
		return "", "", false
	}
	head, note = strings.TrimSpace(c[:i]), strings.TrimSpace(c[i+1:n-1])
	if head == "" || note == "" || strings.ContainsAny(head, "()[]") || strings.ContainsAny(note, "()[]") {
		return "", "", false
	}
	return head, note, true
}

// endsBracket: the cell's last non-space byte closes a bracket (the
// line-first gate of the noted readers: most cells pay this one test).
func endsBracket(c string) bool {
	for i := len(c) - 1; i >= 0; i-- {
		switch c[i] {
		case ' ', '\t':
			continue
		case ')', ']':
			return true
		}
		return false
	}
	return false
}

// countShare is a count cell's reading with its share annotation.
type countShare struct {
	count      int64
	share      float64
	decimals   int  // the share's decimals as written: its rounding
	shareFirst bool // "48,12% (5.633)": the share outside the brackets
	marked     bool // the share carries its % sign
}

// readCountShare reads a cell holding a count and its share, in either
// order; false unless both halves are bare figures and one of them can be
// the count (a whole, non-negative number, no % sign). The half with the
// % sign is the share; with no sign anywhere the head is taken for the
// count, which only the caller's arithmetic can prove.
func readCountShare(c string) (countShare, bool) {
	head, note, ok := notePair(c)
	if !ok {
		return countShare{}, false
	}
	h, n := bareFigure(head), bareFigure(note)
	if h.Status != normalize.OK || n.Status != normalize.OK || h.Percent && n.Percent || h.Money || n.Money {
		return countShare{}, false
	}
	cnt, sh := h, n
	out := countShare{marked: n.Percent}
	if h.Percent {
		cnt, sh = n, h
		out.shareFirst, out.marked = true, true
	}
	if cnt.Value < 0 || cnt.Value != math.Trunc(cnt.Value) || cnt.Value > 1e12 || sh.Value < 0 || sh.Value > 100 {
		return countShare{}, false
	}
	out.count, out.share, out.decimals = int64(cnt.Value), sh.Value, sh.Decimals
	return out, true
}

// bareFigure is s read as one figure with nothing after it but its % or
// footnote mark; any other rest makes it no figure ("1.234 orang").
func bareFigure(s string) normalize.Number {
	n := normalize.ParseNumber(s, normalize.Unknown)
	if n.Status == normalize.OK && strings.TrimSpace(n.Rest) != "" {
		n.Status = normalize.Unreadable
	}
	return n
}

// shareFits: share (written with decimals places) is part/whole × 100
// within the rounding of its last place (a truncated last digit allowed).
func shareFits(share float64, decimals int, part, whole int64) bool {
	if whole <= 0 || part > whole {
		return false
	}
	tol := math.Pow10(-decimals) + 1e-9
	return math.Abs(share-float64(part)*100/float64(whole)) <= tol
}
