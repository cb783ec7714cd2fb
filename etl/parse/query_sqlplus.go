package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// An Oracle SQL*Plus spool pasted into a report:
//
//	SQL> break on program skip 1 on report
//	SQL> compute sum label 'Jumlah' of pagu realisasi sisa on program
//	PROGRAM      KEGIATAN NAMA_KEGIATAN            PAGU   REALISASI
//	------------ -------- ----------------- ----------- -----------
//	076.01.WA    3355     Pengelolaan Keu…  768.727.000 748.724.091
//	             3358     Pengelolaan SDM   320.796.000 312.739.913
//	************                            ----------- -----------
//	Jumlah                                1.089.523.000 …
//	3 rows selected.
//
// SQL*Plus underlines every heading with a run of dashes as wide as the
// column, so the rule line gives each column's extent (a heading set over
// two lines, heading 'Pagu|(Rp)', stands on the lines above it). BREAK
// prints a group's key on its first line only; COMPUTE closes a group with
// a line of asterisks under the break column and dashes over the computed
// columns, then the sums with the label in the break column; a compute
// ON REPORT closes the listing the same way. The reader trusts that
// structure, not the words: the break columns are those the asterisks
// stand under, every sum is proven by adding the group's lines (a cell
// the addition does not prove, an average say, is left out) and the grand
// total by adding all of them, and the footer's "n rows selected." must
// count the lines read. The spool becomes the TAB table it stands for:
// each group's sums the row of the group's key (a program) above its
// lines (its kegiatan, by the code column beside the break column), the
// report's sums the TOTAL row, figures rewritten in the Indonesian
// notation from the session's nls_numeric_characters (or the figures'
// own grouping). With two break columns the inner groups' sums are the
// kegiatan rows and the detail lines under them no facts. The command
// lines and the footer become blank; line numbers never change.

// spoolCol is a column's extent on the rule line.
type spoolCol struct{ lo, hi int }

// spoolItem is a line of the listing: a detail line, or a sum line (sum;
// level the break column the asterisks stood under, -1 when none did).
type spoolItem struct {
	cells []string
	raw   string // the line, for the alignment of its cells
	sum   bool
	level int
	line  int
}

// sqlplusSpools rewrites the SQL*Plus listings with COMPUTE sums in data;
// data itself when it holds none.
func sqlplusSpools(doc *facts.Document, data []byte) []byte {
	if !docHas(doc, data, "****") { // the compute mark under a break column
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 1; i < len(lines); i++ {
		cols := spoolRule(lines[i])
		if cols == nil {
			continue
		}
		if end, ok := spoolTable(doc, lines, i, cols); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// spoolRule returns the columns of a heading's underline: dash runs from
// the line's first character, parted by a space or a colsep of one to
// three characters without letters or digits; three columns at least.
func spoolRule(l string) []spoolCol {
	l = strings.TrimRight(strings.TrimPrefix(l, "\f"), " \r")
	if len(l) < 12 || l[0] != '-' {
		return nil
	}
	var cols []spoolCol
	for i := 0; i < len(l); {
		j := i
		for j < len(l) && l[j] == '-' {
			j++
		}
		if j == i {
			return nil
		}
		cols = append(cols, spoolCol{i, j})
		k := j
		for k < len(l) && l[k] != '-' {
			if c := l[k]; c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\t' {
				return nil
			}
			k++
		}
		if k-j > 3 || k == len(l) && k > j {
			return nil
		}
		i = k
	}
	if len(cols) < 3 {
		return nil
	}
	return cols
}

// spoolCells cuts a line at the columns; nil when some character stands
// outside every column other than a colsep's (the line is not the
// listing's), or the line is blank.
func spoolCells(l string, cols []spoolCol) []string {
	l = strings.TrimRight(strings.TrimPrefix(l, "\f"), " \r")
	if l == "" || strings.IndexByte(l, '\t') >= 0 {
		return nil
	}
	for p := 0; p < len(l); p++ {
		if l[p] == ' ' || l[p] == '|' {
			continue
		}
		in := false
		for _, c := range cols {
			if p >= c.lo && p < c.hi {
				in = true
				break
			}
		}
		if !in {
			return nil
		}
	}
	cells := make([]string, len(cols))
	for k, c := range cols {
		if c.lo < len(l) {
			cells[k] = strings.TrimSpace(l[c.lo:min(c.hi, len(l))])
		}
	}
	return cells
}

// spoolRun: s is one character repeated (a dash or asterisk mark).
func spoolRun(s string, ch byte) bool {
	return s != "" && strings.Count(s, string(ch)) == len(s)
}

// spoolFooter is the count of "n rows selected." (or "no rows
// selected."), -1 for another line.
func spoolFooter(l string) int {
	f := strings.Fields(strings.TrimSpace(l))
	if len(f) != 3 || f[2] != "selected." || f[1] != "rows" && f[1] != "row" || !allDigits(f[0]) {
		return -1
	}
	return atoi(f[0])
}

// spoolTable reads the listing whose rule line is lines[r]; the last line
// it covers and whether it rewrote it.
func spoolTable(doc *facts.Document, lines []string, r int, cols []spoolCol) (int, bool) {
	// The headings: the line above the rule, and the one above that when
	// every word of it stands inside a column too (a heading over two lines).
	head := r - 1
	if spoolCells(lines[head], cols) == nil || strings.HasPrefix(strings.TrimSpace(lines[head]), "SQL>") {
		return r, false
	}
	if head > 0 && spoolCells(lines[head-1], cols) != nil && !strings.HasPrefix(strings.TrimSpace(lines[head-1]), "SQL>") && spoolFooter(lines[head-1]) < 0 {
		head--
	}
	headings := make([]string, len(cols))
	for h := head; h < r; h++ {
		for k, c := range spoolCells(lines[h], cols) {
			headings[k] = strings.TrimSpace(headings[k] + " " + c)
		}
	}
	var items []spoolItem
	end, count, marked := r, -1, false
	for k := r + 1; k < len(lines); k++ {
		t := strings.TrimSpace(strings.TrimPrefix(lines[k], "\f"))
		if t == "" {
			end = k
			continue
		}
		if n := spoolFooter(t); n >= 0 {
			end, count = k, n
			break
		}
		cells := spoolCells(lines[k], cols)
		if cells == nil || spoolSameHead(lines, head, r, k) {
			// a page break: the title and the headings printed again
			skip := spoolRepeat(lines, head, r, k)
			if skip < 0 {
				break
			}
			end, k = skip, skip
			continue
		}
		if spoolMarker(cells) {
			// the sum line is the next line that is not blank
			s := k + 1
			for s < len(lines) && strings.TrimSpace(lines[s]) == "" {
				s++
			}
			if s == len(lines) {
				break
			}
			sc := spoolCells(lines[s], cols)
			if sc == nil {
				return r, false
			}
			level := -1
			for c, v := range cells {
				if spoolRun(v, '*') {
					level = c
					break
				}
			}
			items = append(items, spoolItem{cells: sc, raw: lines[s], sum: true, level: level, line: s})
			marked = true
			end, k = s, s
			continue
		}
		items = append(items, spoolItem{cells: cells, raw: lines[k], line: k})
		end = k
	}
	if !marked {
		return r, false
	}
	return spoolBuild(doc, lines, head, r, end, cols, headings, items, count)
}

// spoolMarker: a line of asterisk and dash runs only, a dash run among
// them (the rule over a compute's sums).
func spoolMarker(cells []string) bool {
	dash := false
	for _, v := range cells {
		switch {
		case v == "":
		case spoolRun(v, '-'):
			dash = true
		case !spoolRun(v, '*'):
			return false
		}
	}
	return dash
}

// spoolSameHead: lines[k] is the first heading line printed again.
func spoolSameHead(lines []string, head, r, k int) bool {
	return strings.TrimSpace(lines[k]) == strings.TrimSpace(lines[head])
}

// spoolRepeat: the headings and their rule printed again within the next
// few lines from k (a page's title lines and a form feed before them);
// the index of the repeated rule, or -1.
func spoolRepeat(lines []string, head, r, k int) int {
	n := r - head
	for j := k; j < len(lines) && j <= k+6; j++ {
		if !spoolSameHead(lines, head, r, j) || j+n >= len(lines) {
			continue
		}
		if strings.TrimSpace(lines[j+n]) == strings.TrimSpace(lines[r]) {
			return j + n
		}
	}
	return -1
}

// spoolBuild proves the sums and writes the table; see sqlplusSpools.
func spoolBuild(doc *facts.Document, lines []string, head, r, end int, cols []spoolCol, headings []string, items []spoolItem, count int) (int, bool) {
	dec, grp := spoolNotation(lines, head, items)
	// the break columns: those the asterisks stood under, outer first
	var breaks []int
	detail := 0
	for _, it := range items {
		if it.sum && it.level >= 0 && !containsInt(breaks, it.level) {
			breaks = append(breaks, it.level)
		}
		if !it.sum {
			detail++
		}
	}
	if count >= 0 && count != detail || len(breaks) == 0 || len(breaks) > 2 {
		return r, false
	}
	sortInts(breaks)
	// numeric columns: every detail cell a number set flush right (SQL*Plus
	// sets a NUMBER column right, a CHAR one left: "3355" under KEGIATAN
	// is a code) or empty, one at least
	num := make([]bool, len(cols))
	for c := range cols {
		seen := false
		num[c] = !containsInt(breaks, c)
		for _, it := range items {
			if it.sum || it.cells[c] == "" {
				continue
			}
			if _, ok := spoolValue(it.cells[c], dec, grp); !ok || !spoolRight(it.raw, cols[c]) {
				num[c] = false
				break
			}
			seen = true
		}
		// and a figure at all: summed by a compute or written with a
		// separator (an account code "521211" is flush right in its width)
		figure := false
		for _, it := range items {
			v := it.cells[c]
			if it.sum && v != "" || strings.ContainsAny(v, ".,") {
				figure = true
				break
			}
		}
		num[c] = num[c] && seen && figure
	}
	code, name := -1, -1
	for c := range cols {
		if num[c] || containsInt(breaks, c) {
			continue
		}
		if code < 0 && name < 0 && spoolCodes(items, c) {
			code = c
		} else if name < 0 {
			name = c
		}
	}
	var nums []int
	for c := range cols {
		if num[c] {
			nums = append(nums, c)
		}
	}
	if len(nums) == 0 {
		return r, false
	}
	// walk the items: group keys, sums proven by addition
	var rows [][]string
	var open []int           // rows[open[k]]: the row of the group open at break level k, filled at its sum
	filled := map[int]bool{} // rows whose sums are read
	start := map[int]int{}   // break column → index of its group's first detail line
	var details []spoolItem  // detail lines read so far
	total := -1
	newRow := func(key, label string) []string {
		row := make([]string, 2+len(nums))
		row[0], row[1] = key, label
		return row
	}
	for _, it := range items {
		if !it.sum {
			if total >= 0 {
				return r, false // lines after the grand total
			}
			for k, b := range breaks {
				if it.cells[b] == "" {
					if len(details) == 0 {
						return r, false // a group without its key
					}
					continue
				}
				for _, b2 := range breaks[k:] {
					start[b2] = len(details)
				}
				open = append(open[:min(k, len(open))], len(rows))
				rows = append(rows, newRow(it.cells[b], headings[b]))
				if len(open) != k+1 {
					return r, false
				}
			}
			details = append(details, it)
			if len(breaks) == 1 && code >= 0 {
				row := newRow(it.cells[code], "")
				if name >= 0 {
					row[1] = it.cells[name]
				}
				for k, c := range nums {
					row[2+k], _ = spoolIndo(it.cells[c], dec, grp)
				}
				rows = append(rows, row)
			}
			continue
		}
		level := -1
		if it.level >= 0 {
			for k, b := range breaks {
				if b == it.level {
					level = k
				}
			}
		}
		from := 0
		if level >= 0 {
			from = start[breaks[level]]
		}
		proven, target := spoolSums(it, nums, details[from:], dec, grp)
		if level >= 0 && (proven == 0 || level >= len(open) || filled[open[level]]) || level < 0 {
			// no group's sum: the grand total when it adds all lines
			proven, target = spoolSums(it, nums, details, dec, grp)
			if proven == 0 || total >= 0 {
				return r, false
			}
			total = len(rows)
			rows = append(rows, newRow("", "TOTAL"))
			copy(rows[total][2:], target)
			continue
		}
		copy(rows[open[level]][2:], target)
		filled[open[level]] = true
	}
	// every group must have its sums: a key without them leaves its lines
	// no parent the text proves
	for _, row := range rows {
		if strings.Join(row[2:], "") == "" {
			return r, false
		}
	}
	header := []string{"Kode", "Uraian"}
	for _, c := range nums {
		header = append(header, strings.ReplaceAll(headings[c], "_", " "))
	}
	// the command lines above (SQL>, numbered continuations, feedback) and
	// below the footer become blank
	from := head
	for k := head - 1; k >= 0; k-- {
		t := strings.TrimSpace(lines[k])
		if strings.HasPrefix(t, "SQL>") {
			from = k
			continue
		}
		if t == "" || spoolContinuation(t) || spoolFeedback(t) {
			continue
		}
		break
	}
	to := end + 1
	for to < len(lines) && (strings.TrimSpace(lines[to]) == "" || strings.HasPrefix(strings.TrimSpace(lines[to]), "SQL>")) {
		to++
	}
	for to > end+1 && strings.TrimSpace(lines[to-1]) == "" {
		to--
	}
	if head+1+len(rows) > to {
		return r, false
	}
	for k := from; k < head; k++ {
		lines[k] = ""
	}
	if !exportPlace(lines, head, to, head, "", header, rows) {
		return r, false
	}
	return to - 1, true
}
