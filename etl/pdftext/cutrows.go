package pdftext

import (
	"math"
	"strings"
	"unicode"
)

// joinCutRows joins to the line above the cut-off end of a table row typed
// with single spaces or with dot leaders between its cells ("4 Persentase kesesuaian ... penugasannya 85,00%
// 82,35% 96,88%") that the page's width wrapped: the line above was cut
// at the right edge (the line's first word would not have fitted after
// it), the two share a font size and a plain line's step, the line above
// opens with a row number or code, and the line is two numbers or more, or
// a continuation starting with a small letter and ending in two numbers or
// more, or one number under a line ending in two (a lone number under a
// label is the next cell of a table written one cell per line). The parser reads such a table one row per line; wrapped prose is
// joined alike, which only makes its sentence one line. lines is one
// page's output sorted by top.
func joinCutRows(lines []outLine) []outLine {
	right := 0.0
	for _, l := range lines {
		if l.size > 0 && !isRow(l) {
			right = math.Max(right, l.x1)
		}
	}
	out := lines[:0]
	for _, l := range lines {
		// A listing's grid joins its own cut lines (monogrid.go).
		if n := len(out); n > 0 && !l.grid && !out[n-1].grid && (cutRowEnd(out[n-1], l, right) || n > 1 && delimCut(out[n-2], out[n-1], l, right)) {
			prev := &out[n-1]
			prev.text += " " + l.text
			prev.x1, prev.end = l.x1, l.top
			continue
		}
		out = append(out, l)
	}
	return out
}

func cutRowEnd(prev, l outLine, right float64) bool {
	if !sameSize(prev, l) || l.table != prev.table || l.top-prev.top > 1.6*l.size || !wrapped(prev, l, right) {
		return false
	}
	f, opens := strings.Fields(l.text), strings.Fields(prev.text)
	if leaderTail(f) && len(opens) > 0 && (hasLeader(opens) || strings.ContainsAny(opens[0], "0123456789")) {
		return true // the rest of a row of dot leaders ("... 75% ....... 79,30%" over "...... 105,73%")
	}
	if len(f) == 0 || len(opens) == 0 || !strings.ContainsAny(opens[0], "0123456789") {
		return false // a row opens with its number or code
	}
	numbers := trailingAmounts(f)
	if numbers == 1 && len(f) == 1 && trailingAmounts(opens) >= 2 {
		return true // the last value of a row whose values began above
	}
	if numbers < 2 {
		return false // one number alone is a cell of a table written one cell per line
	}
	return numbers == len(f) || unicode.IsLower([]rune(f[0])[0])
}

// delimCut reports the cut-off end of a row of a table written with ";"
// (or "|") between its cells ("5;Persentase ... kerja Pegawai yang
// berfungsi dengan" over "baik;%;95;93,80;98,74") that the page's width
// wrapped: the row was cut at the right edge, and the two lines hold as
// many delimiters between them as the row above (the header or the
// previous row), the row alone fewer.
func delimCut(above, prev, l outLine, right float64) bool {
	if !sameSize(prev, l) || l.table != prev.table || l.top-prev.top > 1.6*l.size || !wrapped(prev, l, right) {
		return false
	}
	for _, d := range []string{";", "|"} {
		c, a, b := strings.Count(above.text, d), strings.Count(prev.text, d), strings.Count(l.text, d)
		if c >= 2 && a >= 1 && b >= 1 && a+b == c {
			return true
		}
	}
	return false
}

// trailingAmounts counts the numbers ending a line's words.
func trailingAmounts(f []string) int {
	n := 0
	for k := len(f) - 1; k >= 0 && isAmount(f[k]); k-- {
		n++
	}
	return n
}

// isLeader reports a run of three dots or more (the leader between a row's
// cells: "Uraian ........ Pagu").
func isLeader(s string) bool {
	return len(s) >= 3 && strings.Trim(s, ".") == ""
}

func hasLeader(f []string) bool {
	for _, w := range f {
		if isLeader(w) {
			return true
		}
	}
	return false
}

// leaderTail reports the cut-off end of a row of dot leaders: leaders and
// amounts (or a column's lone "%"), a leader among them.
func leaderTail(f []string) bool {
	if !hasLeader(f) {
		return false
	}
	for _, w := range f {
		if !isLeader(w) && !isAmount(w) && w != "%" {
			return false
		}
	}
	return true
}
