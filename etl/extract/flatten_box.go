package extract

import (
	"strings"
	"unicode/utf8"
)

// Box tables. A database client or a plain-text report writer draws a
// table as a box:
//
//	+----+-----------+---------+
//	| No | Indikator | Target  |
//	+----+-----------+---------+
//	|  1 | Opini BPK | WTP     |
//	+----+-----------+---------+
//
// with `=` rules, with Unicode box drawing (`┌─┬─┐`, `│`, `├─┼─┤`), or
// without the outer frame, as psql draws it (`----+----`). The rules and
// bars state the structure: no cell boundary is guessed. A box is rebuilt
// as TAB lines of the delimited kind (the table reader then takes it as
// any other table: header roles, units, totals, its own checks) only when
// every bar line splits into as many cells as the rules have segments;
// otherwise it is reported (Unproven), never loaded.
//
// The bar lines above the first inner rule are the header (a header cell
// wrapped over two lines is joined: "Target" over "(%)"). Below it, when
// rules part the rows, the lines between two rules are one row whose
// cells wrapped, unless a column holds two values there (then each line
// is a row and the rule parts a block of rows, as one above a TOTAL row
// does). A header written in upper-case snake case (`DESA_KEL`,
// `PAGU_RP_JUTA`) reads with spaces; letters alone joined so (`L_P`) are
// a sum of columns (`L+P`), which the table's arithmetic then proves.

// boxRun is a box's lines: rules and bar lines, lines[from:to].
type boxRun struct {
	from, to int
	segs     int  // the rules' segment count
	outer    bool // the rules are framed: the bar lines carry outer bars
}

// boxes rebuilds the box tables among the lines of a TAB-free document;
// it returns whether it rebuilt or reported any.
func boxes(lines []line) bool {
	found := false
	for i := 0; i < len(lines); i++ {
		if lines[i].blank || lines[i].tab || !ruleLead(lines[i].text) {
			continue
		}
		segs, outer, ok := boxRule(lines[i].text)
		if !ok {
			continue
		}
		if segs == 1 && i+2 < len(lines) && barLine(lines[i+1]) && isRule(lines[i+2]) {
			if s2, o2, _ := boxRule(lines[i+2].text); s2 > 1 {
				// a title row framed above the columns: it is the caption
				if cs, ok := boxCells(lines[i+1].text, outer); ok && len(cs) == 1 && cs[0] != "" {
					lines[i].skip = true
					lines[i+1].text = cs[0]
					i, segs, outer = i+2, s2, o2
				}
			}
		}
		r := boxRun{from: i, to: i + 1, segs: segs, outer: outer}
		// the header of an unframed box stands above its rule
		for r.from > 0 && i-r.from < 4 && barLine(lines[r.from-1]) {
			r.from--
		}
		for r.to < len(lines) && (barLine(lines[r.to]) || isRule(lines[r.to])) {
			r.to++
		}
		if r.to-r.from < 3 {
			continue
		}
		if !r.rebuild(lines) {
			markUnprovenBox(lines, r.from, r.to)
		}
		found = true
		i = r.to - 1
	}
	return found
}

// ruleLead: the cheap gate of a rule line, its first byte: '+', '-', '=',
// '|' or the lead bytes of the box drawing block (U+2500-U+257F).
func ruleLead(t string) bool {
	if t == "" {
		return false
	}
	switch t[0] {
	case '+', '-', '=', '|':
		return true
	case 0xE2:
		return len(t) > 1 && (t[1] == 0x94 || t[1] == 0x95)
	}
	return false
}

func isBoxRune(r rune) bool { return r >= 0x2500 && r <= 0x257F }

// horizontal: a rune that draws a rule's line rather than a junction.
func horizontal(r rune) bool {
	switch r {
	case '-', '=', '─', '━', '═', '╌', '╍', '┄', '┅', '┈', '┉':
		return true
	}
	return false
}

func isBar(r rune) bool { return r == '|' || r == '│' || r == '┃' || r == '║' }

// boxRule reads a rule line: only rule runes, no space inside, three
// horizontal runes at least. It returns the number of segments (runs of
// horizontal runes parted by junctions) and whether the rule is framed
// (it opens with a junction or corner, not a horizontal rune).
func boxRule(t string) (int, bool, bool) {
	segs, hz := 0, 0
	inRun := false
	for _, r := range t {
		switch {
		case horizontal(r):
			hz++
			if !inRun {
				segs++
				inRun = true
			}
		case r == '+' || r == ':' || isBar(r) || isBoxRune(r):
			inRun = false
		default:
			return 0, false, false
		}
	}
	first, _ := utf8.DecodeRuneInString(t)
	if hz < 3 || segs < 2 && !(segs == 1 && !horizontal(first)) {
		return 0, false, false
	}
	return segs, !horizontal(first), true
}

func isRule(l line) bool {
	if l.blank || l.tab || !ruleLead(l.text) {
		return false
	}
	_, _, ok := boxRule(l.text)
	return ok
}

func barLine(l line) bool {
	if l.blank || l.tab {
		return false
	}
	return strings.ContainsAny(l.text, "|│┃║")
}

// boxCells splits a bar line into its trimmed cells; a framed box's line
// must open and close with a bar.
func boxCells(t string, outer bool) ([]string, bool) {
	t = strings.Map(func(r rune) rune {
		if isBar(r) {
			return '|'
		}
		return r
	}, strings.TrimSpace(t))
	if outer {
		if len(t) < 2 || t[0] != '|' || t[len(t)-1] != '|' {
			return nil, false
		}
		t = t[1 : len(t)-1]
	}
	cells := strings.Split(t, "|")
	for k, c := range cells {
		cells[k] = strings.TrimSpace(c)
	}
	return cells, true
}

// rebuild rewrites a box as TAB lines; false when its structure does not
// hold (the caller reports it).
func (r *boxRun) rebuild(lines []line) bool {
	type seg struct{ from, to int } // bar lines between two rules
	var parts []seg
	var odd []int // rules with fewer segments
	rules := 0
	for k := r.from; k < r.to; {
		if isRule(lines[k]) {
			segs, outer, _ := boxRule(lines[k].text)
			if outer != r.outer || segs > r.segs {
				return false
			}
			if segs < r.segs {
				odd = append(odd, k) // spanned cells: only beside a shortened total row (below)
			}
			rules++
			k++
			continue
		}
		s := seg{from: k}
		for k < r.to && !isRule(lines[k]) {
			k++
		}
		s.to = k
		parts = append(parts, s)
	}
	cells := make([][]string, r.to-r.from)
	short := -1 // the line of a total row written with fewer cells
	for k := r.from; k < r.to; k++ {
		if isRule(lines[k]) {
			continue
		}
		cs, ok := boxCells(lines[k].text, r.outer)
		switch {
		case !ok:
			return false
		case len(cs) < r.segs && len(cs) >= 2 && short < 0 && isTotalLabel(cs[0]):
			// a total row whose label spans the leading columns: its
			// values keep their columns from the right; the table's sums
			// must prove it (below)
			pad := append(make([]string, 0, r.segs), cs[0])
			pad = append(pad, make([]string, r.segs-len(cs))...)
			cs, short = append(pad, cs[1:]...), k
		case len(cs) != r.segs:
			return false
		}
		cells[k-r.from] = cs
	}
	if len(parts) < 2 {
		// one run of bar lines between the frame's rules: its first line
		// is the header when it reads as one
		if len(parts) == 0 || parts[0].to-parts[0].from < 3 || !boxHeader(cells[parts[0].from-r.from]) {
			return false
		}
		p := parts[0]
		parts = []seg{{p.from, p.from + 1}, {p.from + 1, p.to}}
	}
	head := parts[0]
	hdr := joinCells(cells[head.from-r.from : head.to-r.from])
	if !boxHeader(hdr) {
		return false
	}
	for k, c := range hdr {
		hdr[k] = unsnake(c)
	}
	// every line of the box is rewritten: the rules go, the header stands
	// on its first line, each row on its first line
	type boxRow struct {
		k  int
		cs []string
	}
	var out []boxRow
	body := parts[1:]
	for _, p := range body {
		rows := cells[p.from-r.from : p.to-r.from]
		if len(body) > 1 && p.to-p.from > 1 && !stackedValues(rows) {
			out = append(out, boxRow{p.from, joinCells(rows)}) // one row whose cells wrapped
			continue
		}
		for k := p.from; k < p.to; k++ {
			out = append(out, boxRow{k, cells[k-r.from]})
		}
	}
	for _, k := range odd {
		if short < 0 || k != short-1 && k != short+1 {
			return false // spanned cells elsewhere: which columns is unproven
		}
	}
	if short >= 0 {
		// the shortened total row closes the box, and equals the sum of
		// the rows above it
		if len(out) < 3 || out[len(out)-1].k != short {
			return false
		}
		rows := make([]flatRow, len(out))
		for k, o := range out {
			rows[k] = flatRow{cells: o.cs}
		}
		rows[len(rows)-1].total = true
		if !newFlatHead(hdr).proven(rows) {
			return false
		}
	}
	for k := r.from; k < r.to; k++ {
		// skipped, and a TAB line for its neighbours' sake: a lone
		// one-cell line beside it stays a table line
		lines[k].skip, lines[k].tab, lines[k].flat = true, true, flatDelim
	}
	put := func(k int, cs []string) {
		for len(cs) > 0 && cs[len(cs)-1] == "" {
			cs = cs[:len(cs)-1]
		}
		if len(cs) == 0 {
			return // an empty row of the box
		}
		lines[k].skip, lines[k].tab, lines[k].cells, lines[k].flat = false, true, cs, flatDelim
	}
	put(head.from, hdr)
	for _, o := range out {
		put(o.k, o.cs)
	}
	return true
}

// boxHeader: a line of column names: no value but a year, one column
// word at least.
func boxHeader(cs []string) bool {
	words := 0
	for _, c := range cs {
		switch {
		case c == "":
		case flatNumeric(c) && !isYear(c):
			return false
		case flatHeaderCell(unsnake(c)):
			words++
		}
	}
	return words > 0
}

// stackedValues: a column holds a value on two lines, so the lines are
// rows, not the wrapped lines of one row.
func stackedValues(rows [][]string) bool {
	for c := range rows[0] {
		n := 0
		for _, cs := range rows {
			if flatValue(cs[c]) {
				n++
			}
		}
		if n > 1 {
			return true
		}
	}
	return false
}

// joinCells joins the lines of one row column by column.
func joinCells(rows [][]string) []string {
	out := make([]string, len(rows[0]))
	for c := range out {
		var parts []string
		for _, cs := range rows {
			if cs[c] != "" {
				parts = append(parts, cs[c])
			}
		}
		out[c] = strings.Join(parts, " ")
	}
	return out
}

// unsnake reads a header cell written in snake case ("DESA_KEL",
// "PAGU_RP_JUTA"): underscores are spaces, and single letters joined by
// them are a sum ("L_P" → "L+P").
func unsnake(c string) string {
	if !strings.Contains(c, "_") || strings.Contains(c, " ") {
		return c
	}
	if w, ok := identifierWords(c); ok {
		return w // "pemilih_l", "jml_desa": a database's names (header_snake.go)
	}
	parts := strings.Split(c, "_")
	var b strings.Builder
	for k, p := range parts {
		if p == "" {
			continue
		}
		if k > 0 && b.Len() > 0 {
			if len(p) == 1 && len(parts[k-1]) == 1 {
				b.WriteByte('+')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

// markUnprovenBox reports a box: its rules go, its other lines become the
// reported table's lines.
func markUnprovenBox(lines []line, from, to int) {
	for k := from; k < to; k++ {
		if isRule(lines[k]) {
			lines[k].skip, lines[k].tab, lines[k].flat = true, true, flatUnproven
			continue
		}
		lines[k].tab, lines[k].cells, lines[k].flat = true, []string{lines[k].text}, flatUnproven
	}
}
