package parse

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Tables copied from an Excel PivotTable: a header of label fields (`Row
// Labels`, `Label Baris`, or the fields' own names in tabular form) and
// aggregated value fields (`Sum of Pagu`, `Count of Desa/Kel`, `Average of
// Capaian`, Indonesian `Jumlah dari …`, `Hitung dari …`), rows sorted by
// label, groups opened by a label alone and closed by `<label> Total`, the
// table closed by `Grand Total` (`Total Keseluruhan`).
//
// The pivot is written back as the plain table it summarizes, line for
// line: the aggregate words leave the value titles, the label column takes
// the title its family reads, a group's figures move from its `Total` row
// to its own row (whose line then holds them) and the `Total` row's line
// is emptied. What the group rows mean depends on the family: a budget's
// programs are rows of their own, a voter roll's or a SAKIP component
// table's top level is the fact level (the rows under it, villages or
// sub-components, are no facts), a capaian table's groups only head their
// indicators. `Grand Total` is the table's total row, except in a capaian
// pivot, where summed targets and percentages mean nothing.
//
// Every figure a group or the grand total states must be the sum of its
// rows' (a `Sum of`/`Count of` column); a column of averages or percentages
// is not summed, and a group's cell of it is no figure unless it is the
// row's own ratio. A pivot whose sums do not prove its groups is left as
// written, its label lines joined to the table, and reported by pivotLeft
// (pivot_write.go). pivot_tree.go nests the rows, pivot_columns.go reads a
// column field's header and report filters.

var (
	// pivotAggRe splits a value field's title: the aggregate and the field.
	pivotAggRe = regexp.MustCompile(`(?i)^\s*(sum|count|average|avg|max|min|product|jumlah|hitung|rata-rata|rata rata|rerata|maks|maksimum|minimum)\s+(of|dari)\s+(.+?)\s*$`)
	// pivotRowLabelsRe: the compact form's title over the label column.
	pivotRowLabelsRe = regexp.MustCompile(`(?i)^\s*(row labels|label baris|baris label)\s*$`)
	pivotSpacedRe    = regexp.MustCompile(`\s{2,}`)
	pivotGrandRe     = regexp.MustCompile(`(?i)^\s*(grand total|total keseluruhan|jumlah keseluruhan|total umum|total akhir)\s*$`)
)

// pivotField is one value column: the field's title without its aggregate
// and whether its group cells are sums of its rows'.
type pivotField struct {
	title  string
	summed bool
	drop   bool // a Grand Total column over years: no fact (pivot_columns.go)
}

// pivotRow is one line of a pivot's body.
type pivotRow struct {
	line   int      // index into the text's lines
	labels []string // the label cells, trimmed
	vals   []string // the value cells, trimmed
	indent int      // leading spaces of the first label cell
	gap    bool     // a line between a page's rows and the next's: a label alone, or a running header
}

// pivotNode is a row of the table a pivot summarizes: a leaf, or a group
// of rows with its own figures (from its Total row or its own line).
type pivotNode struct {
	label string
	home  int // the line of the node's own label; -1 when it shares none (tabular form)
	close int // the line of its Total row, -1 when none
	vals  []string
	kids  []*pivotNode
	level int
}

// pivotTables rewrites the pivots of a text; data itself when it holds
// none.
func pivotTables(data []byte, g *textMarks) []byte {
	if !mayHoldPivot(data, g) {
		return data
	}
	may := pivotLines(data) // the lines that may head a pivot (scan_pivot.go)
	if !pivotHeadIn(data, may) {
		return data
	}
	return pivotRead(data, may)
}

// pivotRead rewrites the pivots headed on the lines of may; data itself
// when it reads none.
func pivotRead(data []byte, may []int) []byte {
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		for len(may) > 0 && may[0] < i {
			may = may[1:]
		}
		if len(may) == 0 {
			break
		}
		i = may[0]
		if columnHeader(lines, i) {
			i++ // the header is now on the next line
		}
		pv, ok := readPivot(lines, i)
		if !ok {
			continue
		}
		changed = true
		pv.filters(lines)
		if !pv.rewrite(lines) {
			pv.keepWhole(lines)
		}
		i = pv.end - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// mayHoldPivot: some line may be a pivot's header: an aggregated field's
// title joins the aggregate and the field by "of" or "dari". Asked of the
// bytes, without a copy of the text.
func mayHoldPivot(data []byte, g *textMarks) bool {
	// " of ", " dari ", " OF ", " DARI ", " Of ", " Dari "
	return g.has(data, mkOf|mkDari|mkOF|mkDARI|mkOfCap|mkDariCap)
}

// pivot is one pivot table found in the text.
type pivot struct {
	head     int // the header line
	end      int // the line after the body
	nl       int // label columns
	fields   []pivotField
	rows     []pivotRow
	grand    int // body index of the Grand Total row, -1 when none
	fam      string
	caption  string
	labelHdr []string
	repeats  []int // the header written again after a page break
}

// readPivot reads the pivot whose header is line i.
func readPivot(lines []string, i int) (*pivot, bool) {
	if !containsFoldASCII(lines[i], " of ") && !containsFoldASCII(lines[i], " dari ") {
		return nil, false // no aggregated field's title
	}
	cells := tabCells(lines[i])
	if cells == nil {
		// a -layout header line the aligner left spaced (its titles are no
		// column words it knows) over rows it made TAB rows
		cells = pivotSpacedRe.Split(strings.TrimSpace(lines[i]), -1)
	}
	nl, fields := pivotHeader(cells)
	if nl < 1 {
		return nil, false
	}
	pv := &pivot{head: i, grand: -1, fields: fields}
	pv.nl = nl
	pv.labelHdr = cells[:nl]
	compact := nl == 1 && pivotRowLabelsRe.MatchString(cells[0])
	// the body: the lines up to the Grand Total row, or a blank line or a
	// page break the pivot does not go on after
	firstGap := -1
	for k := i + 1; k < len(lines); k++ {
		ln := strings.TrimRight(lines[k], " \r")
		if strings.TrimSpace(ln) == "" || strings.ContainsRune(ln, '\f') {
			next, gap, rep := pivotResume(lines, k, cells)
			if next < 0 {
				break
			}
			if firstGap < 0 {
				firstGap = len(pv.rows)
			}
			pv.rows = append(pv.rows, gap...)
			if rep >= 0 {
				pv.repeats = append(pv.repeats, rep)
			}
			k = next - 1
			continue
		}
		r := pivotRow{line: k}
		parts := strings.Split(ln, "\t")
		first := parts[0]
		r.indent = len(first) - len(strings.TrimLeftFunc(first, unicode.IsSpace))
		for j, c := range parts {
			c = strings.TrimSpace(c)
			if j < nl {
				r.labels = append(r.labels, c)
			} else {
				r.vals = append(r.vals, c)
			}
		}
		if len(r.vals) > len(pv.fields) {
			break // wider than the header: not this table's row
		}
		pv.rows = append(pv.rows, r)
		if pivotGrandRe.MatchString(r.label()) {
			pv.grand = len(pv.rows) - 1
			break
		}
	}
	if firstGap >= 0 {
		if pv.grand < 0 {
			pv.rows, pv.repeats = pv.rows[:firstGap], nil // no Grand Total after the break: it may be another table
		} else {
			pv.rows = openersOnly(pv.rows)
			pv.grand = len(pv.rows) - 1
		}
	}
	// label lines after the last row with figures (a source note) are no rows
	for pv.grand < 0 && len(pv.rows) > 0 && !pv.rows[len(pv.rows)-1].valued() {
		pv.rows = pv.rows[:len(pv.rows)-1]
	}
	if len(pv.rows) < 2 || !compact && pv.grand < 0 {
		return nil, false
	}
	pv.end = pv.rows[len(pv.rows)-1].line + 1
	pv.caption = captionAbove(lines, i)
	pv.fam = pivotFamily(pv.fields, pv.caption)
	return pv, true
}

// pivotHeader reads a pivot's header cells: the number of label cells
// before the first aggregated field's (-1 when the row is no pivot's
// header: no such field, or a plain title after one) and the fields.
func pivotHeader(cells []string) (int, []pivotField) {
	nl := -1
	var fields []pivotField
	for j, c := range cells {
		var m []string
		// the pattern needs its "of"/"dari" (ASCII letters that fold to no
		// other rune), so a cell without either in any case is no field's
		// title: asked of every header cell of every table (pivotLeft), the
		// regexp ran on cells that could not match (issue 13)
		if containsFoldASCII(c, "of") || containsFoldASCII(c, "dari") {
			m = pivotAggRe.FindStringSubmatch(c)
		}
		if m == nil {
			if nl >= 0 && strings.TrimSpace(c) != "" {
				return -1, nil
			}
			continue
		}
		if nl < 0 {
			nl = j
		}
		agg := strings.ToLower(m[1])
		summed := (agg == "sum" || agg == "count" || agg == "jumlah" || agg == "hitung") && !ratioTitle(m[3])
		fields = append(fields, pivotField{title: m[3], summed: summed, drop: strings.HasSuffix(m[3], pivotAcross)})
	}
	return nl, fields
}

// ratioTitle: a field whose values are ratios, never summed (a sum of
// percentages is no percentage).
func ratioTitle(t string) bool {
	k := normalize.SpacedKey(t)
	return strings.Contains(t, "%") || has(k, "persen", "persentase", "serapan", "capaian", "rata", "rerata")
}

func (r *pivotRow) label() string {
	for _, l := range r.labels {
		if l != "" {
			return l
		}
	}
	return ""
}

func (r *pivotRow) valued() bool {
	for _, v := range r.vals {
		if v != "" {
			return true
		}
	}
	return false
}

// captionAbove is the nearest non-blank line above line i, within three.
func captionAbove(lines []string, i int) string {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if t := strings.TrimSpace(lines[k]); t != "" {
			return t
		}
	}
	return ""
}

// pivotFamily names the family the value fields (and caption) speak of.
func pivotFamily(fields []pivotField, caption string) string {
	var b strings.Builder
	for _, f := range fields {
		b.WriteString(" " + normalize.Key(f.title))
	}
	h := b.String() + " "
	raw := strings.ToUpper(strings.ReplaceAll(h, " ", ""))
	switch {
	case has(h, "pagu", "anggaran", "belanja", "budget"):
		return "anggaran"
	case has(h, "l", "p", "lp", "pemilih", "dpt", "tps") || hasPrefix(h, "laki", "perempuan") || strings.Contains(raw, "L+P"):
		return "dpt"
	case has(h, "bobot") && has(h, "nilai", "skor"):
		return "komponen"
	case hasPrefix(h, "target", "realisa", "capaian"):
		return "capaian"
	}
	return ""
}

// pivotResume looks past a blank line or page break at line k for the
// pivot's next rows: blank lines, form feeds, up to three lines of text
// (a running header, a page number, or groups' labels alone) and the
// header written again may stand between. next is the first row's line
// (-1: the pivot ends at k), gap the lines of text (rows only if a later
// Total row closes them), rep the repeated header's line or -1.
func pivotResume(lines []string, k int, head []string) (next int, gap []pivotRow, rep int) {
	rep = -1
	text := 0
	for j := k; j < len(lines) && j < k+10; j++ {
		t := strings.TrimSpace(strings.ReplaceAll(lines[j], "\f", ""))
		switch {
		case t == "":
		case !strings.Contains(lines[j], "\t"):
			if text++; text > 3 {
				return -1, nil, -1
			}
			gap = append(gap, pivotRow{line: j, labels: []string{t}, gap: true})
		case rep < 0 && sameCells(tabCells(lines[j]), head):
			rep = j
		case strings.Contains(lines[j], "\t") && pivotHeaderLine(lines[j]):
			return -1, nil, -1 // another pivot
		default:
			return j, gap, rep
		}
	}
	return -1, nil, -1
}

// openersOnly drops the lines of text found between pages that open no
// group: no later row is their Total row.
func openersOnly(rows []pivotRow) []pivotRow {
	out := rows[:0]
	for i, r := range rows {
		if r.gap {
			closed := false
			for _, later := range rows[i+1:] {
				closed = closed || strings.EqualFold(pivotTotalOf(later.label()), r.label())
			}
			if !closed {
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

func pivotHeaderLine(l string) bool {
	nl, _ := pivotHeader(tabCells(l))
	return nl >= 1
}
