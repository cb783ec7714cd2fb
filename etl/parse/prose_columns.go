package parse

import (
	"slices"
	"strings"
	"unicode"
)

// Prose set in two columns side by side, as pdftotext -layout gives a
// newsletter page: each line holds a line of the left column, a gutter of
// spaces, and a line of the right column, which starts at the same
// character column on every line (or up to two further right: -layout
// rounds each line's position to a character). Read line by line, a
// sentence that runs down the left column and on into the right one is
// cut into pieces and interleaved with other sentences, so no fact in it
// can be read.
//
// twoColumnProse rewrites each such run of lines (between blank lines) as
// its left column, then its right column, each paragraph joined on one
// line, keeping the run's line count (facts keep their line numbers): a
// paragraph stands on its first line's own row or the first free row
// after it, a blank row between paragraphs while rows remain, the last
// ones touching or joined when the run is too short for them. A run is two-column prose only when the layout proves it: every line
// is a left half, a right half starting at the gutter column, or both, each
// half a single column of words (no second gutter, few digits), the left
// halves filled to the column's width as wrapped text is; the gutter
// column found in a run of three such lines or more, and runs of one or
// two two-column lines read only at a gutter column another run proved.
// The right column's first line continues the left column's last
// paragraph when the left column runs to the run's last row (a column
// broken inside a paragraph).

const (
	colGutter   = 3 // spaces between the columns, at least
	colMinLines = 3 // two-column lines that prove a gutter column alone
	colJitter   = 2 // how far right of the gutter a right line may start (-layout rounds positions to characters)
)

type colRun struct {
	from, to int // line indices, to excluded
	gutter   int // the right column's first character column
	both     int // lines with both halves
}

// twoColumnProse returns text with its two-column prose runs rewritten;
// text itself when it holds none.
func twoColumnProse(text []byte, g *textMarks) []byte {
	if !g.has(text, mkThreeSpaces) {
		return text
	}
	lines := strings.Split(string(text), "\n")
	var runs []colRun
	var proven []int
	for i := 0; i < len(lines); {
		if blankLine(lines[i]) || strings.ContainsAny(lines[i], "\t\f") {
			i++
			continue
		}
		j := i
		for j < len(lines) && !blankLine(lines[j]) && !strings.ContainsAny(lines[j], "\t\f") {
			j++
		}
		if r, ok := columnRun(lines[i:j]); ok {
			r.from, r.to = i, j
			runs = append(runs, r)
			if r.both >= colMinLines {
				proven = append(proven, r.gutter)
			}
		}
		i = j
	}
	runs = joinSplitRuns(lines, runs)
	changed := false
	for _, r := range runs {
		if !slices.ContainsFunc(proven, func(g int) bool { return g-colJitter <= r.gutter && r.gutter <= g+colJitter }) {
			continue
		}
		copy(lines[r.from:r.to], unfoldColumns(lines[r.from:r.to], r.gutter))
		changed = true
	}
	if !changed {
		return text
	}
	return []byte(strings.Join(lines, "\n"))
}

func blankLine(s string) bool { return strings.TrimSpace(s) == "" }

// columnRun finds the gutter column of the run ls; false unless every line
// fits it and the halves read as prose.
func columnRun(ls []string) (colRun, bool) {
	r := colRun{gutter: -1}
	var lefts, leftOnly []int
	far := -1 // the right half's start farthest right
	letters, digits := 0, 0
	for _, s := range ls {
		rs := []rune(strings.TrimRight(s, " "))
		lead := 0
		for lead < len(rs) && rs[lead] == ' ' {
			lead++
		}
		gapAt, gapEnd := -1, -1 // the one gutter inside the line
		for k := lead; k < len(rs); k++ {
			if rs[k] != ' ' {
				continue
			}
			e := k
			for e < len(rs) && rs[e] == ' ' {
				e++
			}
			if e-k >= colGutter {
				if gapAt >= 0 {
					return r, false // a second gutter: a table, not two columns of prose
				}
				gapAt, gapEnd = k, e
			}
			k = e - 1
		}
		start := -1 // where the right half starts on this line
		switch {
		case lead >= colGutter && gapAt < 0:
			start = lead // the right column alone
		case lead == 0 && gapAt >= 0:
			start = gapEnd
			r.both++
			lefts = append(lefts, gapAt)
			if !wordy(rs[:gapAt]) || !wordy(rs[gapEnd:]) {
				return r, false
			}
		case lead == 0:
			leftOnly = append(leftOnly, len(rs)) // checked against the gutter below
		default:
			return r, false // indented text that is neither column
		}
		if start >= 0 {
			if r.gutter < 0 || start < r.gutter {
				r.gutter = start
			}
			far = max(far, start)
		}
		for _, c := range rs {
			switch {
			case unicode.IsLetter(c):
				letters++
			case unicode.IsDigit(c):
				digits++
			}
		}
	}
	if r.both == 0 || r.gutter < 20 || far-r.gutter > colJitter || digits*7 > letters {
		return r, false
	}
	for _, n := range leftOnly {
		if n > r.gutter-colGutter {
			return r, false // a line across the gutter: not two columns
		}
	}
	// wrapped text fills its column: most left halves end near its width
	full := 0
	for _, w := range lefts {
		if 4*w >= 3*(r.gutter-colGutter) {
			full++
		}
	}
	return r, 2*full >= len(lefts)
}

// wordy: a half of a line that is words: a word of three letters or more.
func wordy(rs []rune) bool {
	n := 0
	for _, c := range rs {
		if unicode.IsLetter(c) {
			n++
			if n >= 3 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// unfoldColumns is the run ls read left column first, as many lines as ls.
func unfoldColumns(ls []string, gutter int) []string {
	n := len(ls)
	left, right := make([]string, n), make([]string, n)
	for i, s := range ls {
		rs := []rune(strings.TrimRight(s, " "))
		if len(rs) > gutter {
			right[i] = strings.TrimSpace(string(rs[gutter:]))
			rs = rs[:gutter]
		}
		left[i] = strings.TrimSpace(string(rs))
	}
	type para struct {
		row   int
		lines []string
	}
	var paras []para
	collect := func(col []string, continues bool) {
		for i, s := range col {
			switch {
			case s == "":
			case i > 0 && col[i-1] != "" || continues:
				p := &paras[len(paras)-1]
				p.lines = append(p.lines, s)
			default:
				paras = append(paras, para{row: i, lines: []string{s}})
			}
			continues = continues && s == "" // the column's first line only
		}
	}
	collect(left, false)
	collect(right, len(paras) > 0 && left[n-1] != "")
	out := make([]string, n)
	prev := -2
	for _, p := range paras {
		row := max(p.row, prev+2)
		switch {
		case row < n:
		case prev+1 < n:
			row = prev + 1 // no row left for a blank one: the paragraphs touch (one text block)
		default:
			out[prev] += " " + joinWrapped(p.lines)
			continue
		}
		out[row] = joinWrapped(p.lines)
		prev = row
	}
	return out
}

// joinWrapped joins the lines of a wrapped paragraph; a word broken at
// its hyphen ("masing-" over "masing") is joined whole.
func joinWrapped(ls []string) string {
	var b strings.Builder
	for k, s := range ls {
		if k > 0 {
			prev := ls[k-1]
			if !(len(prev) >= 2 && prev[len(prev)-1] == '-' && unicode.IsLetter(rune(prev[len(prev)-2]))) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(s)
	}
	return b.String()
}

// joinSplitRuns joins a run to the next one when a blank row of both
// columns parted them: one blank line between, the same gutter, the run's
// left column ending a sentence and its right column opening in lower
// case. That right column goes on with text the left column of the next
// run ends, so the two are one run of columns.
func joinSplitRuns(lines []string, runs []colRun) []colRun {
	out := runs[:0]
	for _, r := range runs {
		if k := len(out) - 1; k >= 0 && max(out[k].gutter, r.gutter)-min(out[k].gutter, r.gutter) <= colJitter && out[k].to+1 == r.from && blankLine(lines[out[k].to]) &&
			splitRun(lines[out[k].from:out[k].to], out[k].gutter) {
			out[k].to, out[k].both, out[k].gutter = r.to, out[k].both+r.both, min(out[k].gutter, r.gutter)
			continue
		}
		out = append(out, r)
	}
	return out
}

// splitRun: the left column of run ls ends a sentence and its right column
// opens in lower case, inside a sentence begun elsewhere.
func splitRun(ls []string, gutter int) bool {
	lastLeft, firstRight := "", ""
	for _, s := range ls {
		rs := []rune(strings.TrimRight(s, " "))
		if len(rs) > gutter && firstRight == "" {
			firstRight = strings.TrimSpace(string(rs[gutter:]))
		}
		if l := strings.TrimSpace(string(rs[:min(len(rs), gutter)])); l != "" {
			lastLeft = l
		}
	}
	if lastLeft == "" || firstRight == "" || !strings.ContainsAny(lastLeft[len(lastLeft)-1:], ".:;!?") {
		return false
	}
	c := []rune(firstRight)[0]
	return unicode.IsLower(c)
}
