package parse

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A grid view printed with its summary (aggregation) bar: Airtable,
// Notion, a Google Sheets grid, SharePoint list totals. The bar holds an
// aggregate under each summed column, the first cell a record count:
//
//	\tAa Kecamatan\t# Jumlah TPS\t# Pemilih Laki-laki\t…
//	1\tHAWU MEHARA\t39\t7.206\t…
//	…
//	6 records\t\tSum 198\tSum 32.287\t…
//
// Read as a row it has no name and its cells are no figures, so the
// table's total (the kabupaten) is lost. gridSummaryBars rewrites such a
// line as the table's "Jumlah" row when every aggregate (`Sum n`, `SUM n`,
// `Sum: n`, `Sum= n`, `Total n`, `Σ n`) equals the sum of its column over
// the rows, two aggregates at least; an aggregate that is not the sum (an
// average, a filtered view) leaves the line as it was. The other cells of
// the bar (a count, `Count= 6`, an empty field) are emptied and the name
// column gets "Jumlah". Whose table it is the ordinary readers decide from
// the header (a stock grid's sums stay a stock grid's).
//
// The bar's place does not matter: a SharePoint or Access list view prints
// its totals line right under the column titles, before the items, and an
// Excel table or a pivot may put its total row first. A bar right under
// the header is proven against the rows below it, down to the table's end,
// and moved after them.
//
// The same goes for a total row whose name cell is empty or a NULL mark
// (`—`, `-`, `NULL`, `(null)`, `∅`, `(all)`, `<all>`, `(Blank)`, `All`):
// SQL GROUP BY ROLLUP/CUBE, pandas margins, a BI tool's table. Its cells
// are plain figures, every one of them the sum of its column's; a label
// (`Total`, `Jumlah`) row proven so is moved too when it stands first.

var (
	gridAggregate = regexp.MustCompile(`^(?:(?i:sum|total|jumlah)\s*[:=]?|[Σ∑]\s*[:=]?)\s*(\d{1,3}(?:\.\d{3})+|\d+)$`)
	// the name a ROLLUP, a pivot or a BI tool gives its total row
	gridNullName = regexp.MustCompile(`^(?i:|[-—–―∅]|null|\(null\)|\(all\)|<all>|\(blank\)|all)$`)
)

// gridLabelFirst: the bytes a cell gridNullName or csproLabel match opens
// with (a dash or ∅, whose UTF-8 opens with 0xE2; n, (, <, a of the NULL
// marks; t, j, a, g of the total labels, in either case: none of these
// letters has a non-ASCII case fold, as k and s have). gridLineMay asks it
// before either regexp, which every short text cell of a TAB row cost in a
// report with no such cell (grid_summary_bar_class_test.go proves the set).
var gridLabelFirst = func() (ok [256]bool) {
	for _, c := range []byte("-\xe2nN(<aAtTjJgG") {
		ok[c] = true
	}
	return ok
}()

// gridSummaryBars rewrites every proven summary bar or unnamed total row
// of a TAB grid.
func gridSummaryBars(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, "\tSum", "\tSUM", "\tΣ", "\t∑", "\tTotal", "Total\t", "TOTAL\t", "Jumlah\t", "JUMLAH\t",
		"—", "\t-\t", "\n-\t", "–", "NULL", "null)", "∅", "(all)", "<all>", "(Blank)", "All\t", "\n\t") || !gridAnyLine(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if !strings.Contains(l, "\t") || !strings.ContainsAny(l, "0123456789") {
			continue
		}
		if end, ok := gridBar(lines, i); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// gridAnyLine: some line of data may be what gridBar proves, tested on the
// text's bytes so that a report with none is never split into lines: two
// aggregates (`Sum n`) or more, or a row of plain figures whose one text
// cell is a NULL mark, or a total's label (`Jumlah`) right under a header
// (a label row after other rows is every reader's total).
func gridAnyLine(data []byte) bool {
	var prev []byte
	for len(data) > 0 {
		l := data
		if k := bytes.IndexByte(data, '\n'); k >= 0 {
			l, data = data[:k], data[k+1:]
		} else {
			data = nil
		}
		if gridLineMay(prev, l) {
			return true
		}
		if len(bytes.TrimSpace(l)) > 0 {
			prev = l
		}
	}
	return false
}

func gridLineMay(prev, l []byte) bool {
	if bytes.IndexByte(l, '\t') < 0 {
		return false
	}
	aggs, figs, label := 0, 0, 0
	other, slot, run, years := false, false, true, true
	var last int64
	for rest := l; ; {
		cell := rest
		k := bytes.IndexByte(rest, '\t')
		if k >= 0 {
			cell, rest = rest[:k], rest[k+1:]
		}
		cell = bytes.TrimSpace(cell)
		switch {
		case len(cell) == 0:
			slot = slot || figs == 0
		case other: // a text cell seen: only aggregates matter now
			if gridAggMay(cell) {
				aggs++
			}
		case plainCount(cell):
			v := gridInt(string(cell))
			run = run && (figs == 0 || v == last+1)
			years = years && v >= 1990 && v <= 2040
			figs, last = figs+1, v
		case gridAggMay(cell):
			aggs++
		case label == 0 && len(cell) <= 20 && gridLabelFirst[cell[0]] && gridNullName.Match(cell):
			label, slot = 1, true
		case label == 0 && len(cell) <= 20 && gridLabelFirst[cell[0]] && csproLabel.Match(cell):
			label, slot = 2, true
		default:
			other = true
		}
		if k < 0 {
			break
		}
	}
	if aggs >= 2 {
		return true
	}
	// a total's name cell (empty, a NULL mark, a label) stands before its
	// figures, which are never a run of one more each (a row of column
	// numbers) nor years alone (a header's)
	if other || figs < 2 || !slot || run || years {
		return false
	}
	if label == 2 { // a label row only first under its header (no figure in it)
		return prev != nil && bytes.IndexByte(prev, '\t') >= 0 && !gridFigureCell(prev)
	}
	return true
}

// plainCount is csproFigure's test without the regexp, on the shape
// figureShape reads: digits, or groups of three after one to three digits
// and a dot.
func plainCount(c []byte) bool {
	var rb [8]int
	var sb [8]byte
	runs, seps, ok := figureShape(c, rb[:0], sb[:0])
	if !ok || len(seps) == 0 {
		return ok
	}
	if runs[0] > 3 {
		return false
	}
	for k, sep := range seps {
		if sep != '.' || runs[k+1] != 3 {
			return false
		}
	}
	return true
}

// gridFigureCell: some TAB cell of l is a plain figure.
func gridFigureCell(l []byte) bool {
	for rest := l; ; {
		c := rest
		k := bytes.IndexByte(rest, '\t')
		if k >= 0 {
			c, rest = rest[:k], rest[k+1:]
		}
		if plainCount(bytes.TrimSpace(c)) {
			return true
		}
		if k < 0 {
			return false
		}
	}
}

// gridCells splits a TAB line into its trimmed cells.
func gridCells(l string) []string {
	cells := strings.Split(strings.TrimRight(l, "\r"), "\t")
	for c := range cells {
		cells[c] = strings.TrimSpace(cells[c])
	}
	return cells
}

// gridBar proves line i a summary bar or a total row of the TAB rows
// above or below it and writes it as their total row, last; the index of
// the line the table's rows end on.
func gridBar(lines []string, i int) (int, bool) {
	bar := gridCells(lines[i])
	aggs, raw := map[int]int64{}, map[int]string{}
	for c, cell := range bar {
		if cell == "" || !gridAggStart(cell[0]) {
			continue // no aggregate's word: the regexp spared
		}
		if m := gridAggregate.FindStringSubmatch(cell); m != nil {
			v, err := strconv.ParseInt(strings.ReplaceAll(m[1], ".", ""), 10, 64)
			if err != nil {
				return 0, false
			}
			aggs[c], raw[c] = v, m[1]
		}
	}
	labelled := len(aggs) < 2 // a row of plain figures, its name a label or a NULL mark
	if labelled {
		aggs, raw = map[int]int64{}, map[int]string{}
		label := -1
		for c, cell := range bar {
			switch {
			case csproFigure.MatchString(cell):
				aggs[c], raw[c] = gridInt(cell), cell
			case cell == "":
			case label < 0 && (gridNullName.MatchString(cell) || csproLabel.MatchString(cell)):
				label = c
			default:
				return 0, false // a text cell: a member, not the total
			}
		}
		if len(aggs) < 2 {
			return 0, false
		}
	}
	var nonzero bool
	for _, v := range aggs {
		nonzero = nonzero || v > 0
	}
	if !nonzero {
		return 0, false
	}
	// the rows above up to the header; when the header is right above,
	// the rows below to the table's end
	dir := -1
	sums, names, end, ok := gridMembers(lines, i, -1, aggs)
	if ok && len(names) == 0 { // the header right above
		dir = 1
		sums, names, end, ok = gridMembers(lines, i, 1, aggs)
	}
	if !ok || len(names) < 2 {
		return 0, false
	}
	for c, v := range aggs {
		if sums[c] != v {
			if dir > 0 && !labelled {
				// a bar that is no sum stays a bar, but under the rows:
				// between the titles and the items it parts them
				bar := lines[i]
				copy(lines[i:end], lines[i+1:end+1])
				lines[end] = bar
				return end, true
			}
			return 0, false
		}
	}
	name := names[0]
	for _, n := range names {
		if n != name || n < 0 {
			return 0, false // no one name column
		}
	}
	if _, agg := aggs[name]; agg {
		return 0, false
	}
	if labelled {
		cell := ""
		if name < len(bar) {
			cell = bar[name]
		}
		for c, v := range bar {
			if _, agg := aggs[c]; !agg && c != name && v != "" {
				return 0, false // the label is in no name column
			}
		}
		// a Total row last is every reader's; a NULL mark is no name
		if !gridNullName.MatchString(cell) && (dir < 0 || !csproLabel.MatchString(cell)) {
			return 0, false
		}
	}
	out := make([]string, max(len(bar), name+1))
	for c := range out {
		out[c] = raw[c] // the figure as printed, its separators the rows'
	}
	out[name] = "Jumlah"
	if dir < 0 {
		lines[i] = strings.Join(out, "\t")
		return i, true
	}
	copy(lines[i:end], lines[i+1:end+1])
	lines[end] = strings.Join(out, "\t")
	return end, true
}

// gridAggMay: cell is an aggregate (`Sum 63`): its word or sign first and
// a digit last before the regexp is asked.
func gridAggMay(cell []byte) bool {
	c := cell[len(cell)-1]
	return c >= '0' && c <= '9' && gridAggStart(cell[0]) && gridAggregate.Match(cell)
}

// gridAggStart: b may start an aggregate (Sum, Total, Jumlah, Σ, ∑).
func gridAggStart(b byte) bool {
	switch b {
	case 'S', 's', 'T', 't', 'J', 'j', 0xce, 0xe2: // Σ is 0xce…, ∑ 0xe2…
		return true
	}
	return false
}

// gridInt reads a count plain or dotted.
func gridInt(s string) int64 {
	v, _ := strconv.ParseInt(strings.ReplaceAll(s, ".", ""), 10, 64)
	return v
}

// gridMembers walks the rows from line i in direction dir (-1 up to the
// header, 1 down to the table's end), each a figure in every column of
// cols: their sums, the place of each row's name (its first cell holding a
// letter), and the last row's line.
func gridMembers(lines []string, i, dir int, cols map[int]int64) (map[int]int64, []int, int, bool) {
	sums := map[int]int64{}
	var names []int
	k := i + dir
	for ; k >= 0 && k < len(lines); k += dir {
		cells := gridCells(lines[k])
		if len(cells) < 2 || strings.TrimSpace(lines[k]) == "" {
			if dir < 0 {
				return nil, nil, 0, false // no header above the rows
			}
			break
		}
		figs := 0
		for c := range cols {
			if c < len(cells) && csproFigure.MatchString(cells[c]) {
				figs++
			}
		}
		if figs == 0 {
			break // the header above, the end below
		}
		if figs != len(cols) {
			return nil, nil, 0, false
		}
		for c := range cols {
			sums[c] += gridInt(cells[c])
		}
		n := -1
		for c, cell := range cells {
			if hasLetter(cell) {
				n = c
				break
			}
		}
		if n < 0 || len(names) > 0 && n != names[0] {
			return nil, nil, 0, false // no one name column: a figures-only table ends here, cheaply
		}
		names = append(names, n)
	}
	if k < 0 {
		return nil, nil, 0, false
	}
	return sums, names, k - dir, true
}

// queryTablesGrid reads the query results of a session (queryTables) and
// then their TAB rows' totals again: a psql ROLLUP's total named NULL is a
// TAB row only once queryTables has written it. A text queryTables leaves
// as it was is not looked at twice.
func queryTablesGrid(doc *facts.Document, text []byte, g *textMarks) []byte {
	if q := queryTables(doc, text, g); !sameText(q, text) {
		return gridSummaryBars(doc, q)
	}
	return text
}

// sameText: b is a (the very same bytes), as a reader returns the text it
// was handed when it rewrote nothing.
func sameText(a, b []byte) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}
