package parse

import (
	"bytes"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A Windows PowerShell session pasted into a report:
//
//	PS C:\Users\keuangan\LRA> $r | Format-Table Kode, Uraian, Pagu, Realisasi -AutoSize
//
//	Kode      Uraian                          Pagu       Realisasi
//	----      ------                          ----       ---------
//	076.01.WA Program Dukungan Manajemen      2639955000 2525483671
//	3355      Pengelolaan Keuangan dan Ba...  945543000  900522408
//
//	PS C:\Users\keuangan\LRA> $r | Where-Object { … } | Measure-Object Pagu, Realisasi -Sum
//
//	Count    : 1
//	Sum      : 2639955000
//	Property : Pagu
//	…
//
// Format-Table underlines every heading with a run of dashes exactly as
// wide as the heading (not the column), the heading and its dashes flush
// with the column's left edge when its values are left-aligned (strings,
// as Import-Csv gives) or with its right edge when they are numbers; one
// space at least parts two columns, with -AutoSize one space only, so a
// name with spaces in it cannot be cut at its runs of spaces. The reader
// trusts that structure: the underline gives the columns, and the cut
// between two neighbours is a place between the first one's dashes and the
// next one's where no line of the table has a word running across; when two
// such places would cut some line differently the table is ambiguous and
// stays as written. A cell cut short with "..." (or "…") keeps its text.
//
// Measure-Object -Sum prints one block a property (Count, Average, Sum,
// Maximum, Minimum, Property as "Name : value" lines); each Sum is proven
// by adding the table's rows it can stand for: all of them, or those whose
// first column is a code with dots (a program) or without (a kegiatan),
// the block's Count the number of rows added. When every sum is proven
// they become the table's TOTAL row (no percent: none is summed); when one
// is not, the blocks stay as written. The session becomes the TAB table
// it stands for (exportPlace: line numbers never change), its prompt lines
// blank.

// psSessions rewrites the Format-Table listings of a text pasted from a
// PowerShell session; data itself when it holds none.
func psSessions(doc *facts.Document, data []byte, g *textMarks) []byte {
	// the prompt opens a line: "PPS " (a polling committee) is none
	if !g.has(data, mkPS) && !bytes.HasPrefix(data, []byte("PS ")) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 1; i < len(lines); i++ {
		cols := psRule(lines[i])
		if cols == nil || !psHeading(lines[i-1], cols) || psPromptAbove(lines, i-1) < 0 {
			continue
		}
		if end, ok := psTable(doc, lines, i, cols); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// psPrompt: a PowerShell prompt line, "PS C:\…>" or "PS /home/…>" and
// the command typed after it; the command, ok.
func psPrompt(l string) (string, bool) {
	t := strings.TrimSpace(strings.TrimPrefix(l, "\f"))
	if !strings.HasPrefix(t, "PS ") {
		return "", false
	}
	k := strings.IndexByte(t, '>')
	if k < 0 {
		return "", false
	}
	path := t[3:k]
	drive := len(path) >= 2 && path[1] == ':' && (path[0] >= 'A' && path[0] <= 'Z' || path[0] >= 'a' && path[0] <= 'z')
	if !drive && !strings.HasPrefix(path, "/") && !strings.HasPrefix(path, "~") {
		return "", false
	}
	return strings.TrimSpace(t[k+1:]), true
}

// psPromptAbove: the index of the prompt line that printed the table
// whose heading is lines[h] (blank lines between), or -1.
func psPromptAbove(lines []string, h int) int {
	for k := h - 1; k >= 0 && k >= h-4; k-- {
		if strings.TrimSpace(lines[k]) == "" {
			continue
		}
		if _, ok := psPrompt(lines[k]); ok {
			return k
		}
		return -1
	}
	return -1
}

// psRule returns the dash runs of a heading underline parted by spaces;
// two columns at least.
func psRule(l string) []spoolCol {
	l = strings.TrimRight(l, " \r")
	if len(l) < 6 || strings.Trim(l, "- ") != "" || !strings.HasPrefix(strings.TrimLeft(l, " "), "--") {
		return nil
	}
	var cols []spoolCol
	for i := 0; i < len(l); {
		if l[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(l) && l[j] == '-' {
			j++
		}
		cols = append(cols, spoolCol{i, j})
		i = j
	}
	if len(cols) < 2 {
		return nil
	}
	return cols
}

// psHeading: every heading stands exactly over its dashes (Format-Table
// makes them as wide as the heading), nothing else on the line.
func psHeading(l string, cols []spoolCol) bool {
	l = strings.TrimRight(l, " \r")
	rs := []rune(l)
	if strings.IndexByte(l, '\t') >= 0 || len(rs) != cols[len(cols)-1].hi {
		return false
	}
	prev := 0
	for _, c := range cols {
		if strings.TrimSpace(string(rs[prev:c.lo])) != "" {
			return false
		}
		h := rs[c.lo:c.hi]
		if h[0] == ' ' || h[len(h)-1] == ' ' {
			return false
		}
		prev = c.hi
	}
	return true
}

// psCuts finds the cut between every two neighbouring columns for the
// lines given (heading and rows). Format-Table sets a column's values
// flush with its heading's left edge (strings) or right edge (numbers):
// before a left-aligned column the cut is at its dashes' start, after a
// right-aligned one at their end; between a left-aligned column and a
// right-aligned one it is the last place before the right one's dashes
// where no line has a character on both sides, the right one's cells then
// one word each (a figure). When both rules apply they must part every
// line the same way. nil when some cut is not proven.
func psCuts(lines []string, cols []spoolCol) []int {
	rls := make([][]rune, len(lines))
	for i, l := range lines {
		rls[i] = []rune(l)
	}
	at := func(l []rune, p int) rune {
		if p < 0 || p >= len(l) {
			return ' '
		}
		return l[p]
	}
	// every line of the body (the heading is flush both ways) has a
	// character at the edge and a blank beyond it
	flush := func(p, out int) bool {
		for _, l := range rls[1:] {
			if at(l, p) == ' ' || at(l, out) != ' ' {
				return false
			}
		}
		return true
	}
	valid := func(p int) bool {
		for _, l := range rls {
			if at(l, p-1) != ' ' && at(l, p) != ' ' {
				return false
			}
		}
		return true
	}
	// every column is set one way or the other
	for _, c := range cols {
		if !flush(c.lo, c.lo-1) && !flush(c.hi-1, c.hi) {
			return nil
		}
	}
	cuts := make([]int, len(cols)-1)
	for k := 0; k+1 < len(cols); k++ {
		left := flush(cols[k+1].lo, cols[k+1].lo-1) // the next column set left
		right := flush(cols[k].hi-1, cols[k].hi)    // this column set right
		switch {
		case left && right:
			a, b := cols[k+1].lo, cols[k].hi
			for _, l := range lines {
				if strings.TrimSpace(psSlice(l, b, a)) != "" {
					return nil
				}
			}
			cuts[k] = a
		case left:
			cuts[k] = cols[k+1].lo
		case right:
			cuts[k] = cols[k].hi
		default:
			p := cols[k+1].lo
			for p >= cols[k].hi && !valid(p) {
				p--
			}
			if p < cols[k].hi {
				return nil
			}
			for _, l := range lines[1:] {
				if strings.ContainsRune(strings.TrimSpace(psSlice(l, p, cols[k+1].hi)), ' ') {
					return nil
				}
			}
			cuts[k] = p
		}
		if !valid(cuts[k]) {
			return nil
		}
	}
	return cuts
}

// psSlice is the text of l from rune column from to rune column to: a
// cell cut short with "…" or a name with accented letters holds runes of
// more than a byte, and the columns are counted in characters.
func psSlice(l string, from, to int) string {
	rs := []rune(l)
	if from >= len(rs) {
		return ""
	}
	return string(rs[from:min(to, len(rs))])
}

// psCells cuts a line at the cuts.
func psCells(l string, cuts []int) []string {
	cells := make([]string, len(cuts)+1)
	from := 0
	for k, c := range cuts {
		cells[k] = strings.TrimSpace(psSlice(l, from, c))
		from = c
	}
	cells[len(cuts)] = strings.TrimSpace(psSlice(l, from, len(l)))
	return cells
}

// psTable reads the listing whose underline is lines[r]; the last line it
// covers and whether it rewrote it.
func psTable(doc *facts.Document, lines []string, r int, cols []spoolCol) (int, bool) {
	head := r - 1
	var body []string
	end := r
	for k := r + 1; k < len(lines); k++ {
		l := strings.TrimRight(lines[k], " \r")
		if strings.TrimSpace(l) == "" || strings.IndexByte(l, '\t') >= 0 {
			break
		}
		if _, ok := psPrompt(l); ok {
			break
		}
		body = append(body, l)
		end = k
	}
	if len(body) == 0 || len(body) != end-r {
		return r, false
	}
	all := append([]string{strings.TrimRight(lines[head], " \r")}, body...)
	for _, l := range all {
		if len(l) > 0 && l[0] != ' ' && cols[0].lo > 0 && strings.TrimSpace(l[:min(cols[0].lo, len(l))]) != "" {
			return r, false
		}
	}
	cuts := psCuts(all, cols)
	if cuts == nil {
		return r, false
	}
	header := psCells(all[0], cuts)
	rows := make([][]string, len(body))
	at := make([]int, len(body))
	for k, l := range body {
		rows[k] = psCells(l, cuts)
		at[k] = r + 1 + k
	}
	// the sums below, when every one is proven
	to := end + 1
	if total, last := psMeasure(lines, end+1, header, rows); total != nil {
		rows = append(rows, total)
		to = last + 1
	}
	queryRows(doc, rows, at, header)
	from := psPromptAbove(lines, head)
	for from > 0 {
		if _, ok := psPrompt(lines[from-1]); !ok {
			break
		}
		from--
	}
	// a bare prompt left at the end of the session
	k := to
	for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
		k++
	}
	if k < len(lines) {
		if cmd, ok := psPrompt(lines[k]); ok && cmd == "" {
			to = k + 1
		}
	}
	for k := from; k < head; k++ {
		lines[k] = ""
	}
	if !exportPlace(lines, head, to, head, "", header, rows) {
		return r, false
	}
	return to - 1, true
}

// psBlock is one Measure-Object block.
type psBlock struct {
	prop, sum string
	count     int
}

// psMeasure reads the Measure-Object blocks printed from line i on (after
// blank lines and the prompt that typed the command) and proves their
// sums against rows; the TOTAL row and the blocks' last line, or nil.
func psMeasure(lines []string, i int, header []string, rows [][]string) ([]string, int) {
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i == len(lines) {
		return nil, 0
	}
	cmd, ok := psPrompt(lines[i])
	if !ok || !strings.Contains(strings.ToLower(cmd), "measure-object") {
		return nil, 0
	}
	var blocks []psBlock
	var cur *psBlock
	last := i
	for k := i + 1; k < len(lines); k++ {
		t := strings.TrimSpace(lines[k])
		if t == "" {
			cur = nil
			continue
		}
		if _, ok := psPrompt(t); ok {
			break
		}
		c := strings.Index(t, ":")
		if c < 0 {
			if cur != nil {
				return nil, 0
			}
			break
		}
		name, val := strings.TrimSpace(t[:c]), strings.TrimSpace(t[c+1:])
		if !psMeasureField(name) {
			if cur != nil {
				return nil, 0 // a block cut short
			}
			break
		}
		if cur == nil {
			blocks = append(blocks, psBlock{count: -1})
			cur = &blocks[len(blocks)-1]
		}
		switch name {
		case "Count":
			if !allDigits(val) || val == "" {
				return nil, 0
			}
			cur.count = atoi(val)
		case "Sum":
			cur.sum = val
		case "Property":
			cur.prop = val
		}
		last = k
	}
	if len(blocks) == 0 {
		return nil, 0
	}
	total := make([]string, len(header))
	label := psLabelColumn(rows)
	if label < 0 {
		return nil, 0
	}
	total[label] = "TOTAL"
	// the rows a sum may add: all, those with a dotted code, those without
	sets := [][]int{nil, nil, nil}
	for k, row := range rows {
		sets[0] = append(sets[0], k)
		if strings.Contains(row[0], ".") {
			sets[1] = append(sets[1], k)
		} else {
			sets[2] = append(sets[2], k)
		}
	}
	n := 0
	for _, b := range blocks {
		if b.sum == "" {
			continue
		}
		col := -1
		for c, h := range header {
			if strings.EqualFold(h, b.prop) {
				col = c
			}
		}
		want, ok := psValue(b.sum)
		if col < 0 || !ok || total[col] != "" {
			return nil, 0
		}
		proven := false
		for _, set := range sets {
			if len(set) == 0 || b.count >= 0 && b.count != len(set) {
				continue
			}
			var sum int64
			good := true
			for _, k := range set {
				v, ok := psValue(rows[k][col])
				if !ok {
					good = false
					break
				}
				sum += v
			}
			if good && sum == want {
				proven = true
				break
			}
		}
		if !proven {
			return nil, 0
		}
		total[col] = b.sum
		n++
	}
	if n == 0 {
		return nil, 0
	}
	return total, last
}

// psLabelColumn is the column the TOTAL label goes in: the names (every
// cell holding a letter, some a space), else the codes (every cell holding
// a letter); -1 when there is neither.
func psLabelColumn(rows [][]string) int {
	code := -1
	for c := range rows[0] {
		letters, spaced := true, false
		for _, row := range rows {
			if !strings.ContainsFunc(row[c], func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) {
				letters = false
				break
			}
			spaced = spaced || strings.Contains(row[c], " ")
		}
		if letters && spaced {
			return c
		}
		if letters && code < 0 {
			code = c
		}
	}
	return code
}

// psMeasureField: a line name of Measure-Object's blocks.
func psMeasureField(name string) bool {
	switch name {
	case "Count", "Average", "Sum", "Maximum", "Minimum", "Property", "StandardDeviation":
		return true
	}
	return false
}

// psValue reads a figure PowerShell printed (no group separators; a
// decimal point or comma with one or two digits) as hundredths.
func psValue(v string) (int64, bool) {
	neg := strings.HasPrefix(v, "-")
	v = strings.TrimPrefix(v, "-")
	intPart, frac := v, ""
	if k := strings.IndexAny(v, ".,"); k >= 0 {
		intPart, frac = v[:k], v[k+1:]
		if len(frac) == 0 || len(frac) > 2 || !allDigits(frac) {
			return 0, false
		}
	}
	if intPart == "" || !allDigits(intPart) || len(intPart) > 15 {
		return 0, false
	}
	var x int64
	for _, ch := range intPart + (frac + "00")[:2] {
		x = x*10 + int64(ch-'0')
	}
	if neg {
		x = -x
	}
	return x, true
}
