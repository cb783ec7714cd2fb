package parse

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A grid view printed with its summary (aggregation) bar: Airtable,
// Notion, a Google Sheets grid, SharePoint list totals. The bar is the
// grid's last line, an aggregate under each summed column, the first cell
// a record count:
//
//	\tAa Kecamatan\t# Jumlah TPS\t# Pemilih Laki-laki\t…
//	1\tHAWU MEHARA\t39\t7.206\t…
//	…
//	6 records\t\tSum 198\tSum 32.287\t…
//
// Read as a row it has no name and its cells are no figures, so the
// table's total (the kabupaten) is lost. gridSummaryBars rewrites such a
// line as the table's "Jumlah" row when every aggregate (`Sum n`, `SUM n`,
// `Sum: n`, `Total n`, `Σ n`) equals the sum of its column over the rows
// above it up to the header, two aggregates at least; an aggregate that
// is not the sum (an average, a filtered view) leaves the line as it was.
// The other cells of the bar (a count, an empty field) are emptied and the
// name column gets "Jumlah". Whose table it is the ordinary readers decide
// from the header (a stock grid's sums stay a stock grid's).

var gridAggregate = regexp.MustCompile(`^(?:(?i:sum|total|jumlah)\s*[:=]?|[Σ∑]\s*[:=]?)\s*(\d{1,3}(?:\.\d{3})+|\d+)$`)

// gridSummaryBars rewrites every proven summary bar of a TAB grid.
func gridSummaryBars(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, gridBarMarks[:]...) {
		return data
	}
	if !someLine(data, gridBarMay) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i, l := range lines {
		if !strings.Contains(l, "\t") || !strings.ContainsAny(l, "SsTtΣ∑") {
			continue
		}
		if out, ok := gridBar(lines, i); ok {
			lines[i], changed = out, true
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// gridBarMarks: a cell of a summary bar opens so.
var gridBarMarks = [...]string{"\tSum ", "\tSUM ", "\tSum:", "\tΣ", "\t∑", "\tTotal "}

// gridBarMay: line l has two cells or more gridAggregate may read (a TAB,
// then a sum's word or sign and a digit), tested on the text's bytes so
// that a report with no such line is never split into lines.
func gridBarMay(l []byte) bool {
	marked := false
	for _, w := range gridBarMarks {
		if bytes.Contains(l, []byte(w)) {
			marked = true
			break
		}
	}
	if !marked {
		return false // the common line: no cell opens with a sum's word
	}
	n := 0
	for _, c := range bytes.Split(l, []byte("\t")) {
		c = bytes.TrimSpace(c)
		if len(c) > 0 && c[len(c)-1] >= '0' && c[len(c)-1] <= '9' && gridAggregate.Match(c) {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// gridBar proves line i a summary bar of the TAB rows above it and writes
// it as their total row.
func gridBar(lines []string, i int) (string, bool) {
	bar := strings.Split(strings.TrimRight(lines[i], "\r"), "\t")
	aggs, raw := map[int]int64{}, map[int]string{}
	for c, cell := range bar {
		if m := gridAggregate.FindStringSubmatch(strings.TrimSpace(cell)); m != nil {
			v, err := strconv.ParseInt(strings.ReplaceAll(m[1], ".", ""), 10, 64)
			if err != nil {
				return "", false
			}
			aggs[c], raw[c] = v, m[1]
		}
	}
	if len(aggs) < 2 {
		return "", false
	}
	// the rows above, up to the header: a row whose aggregated cells are
	// no figures
	sums := map[int]int64{}
	var names []int // per row, the first cell holding a letter
	k := i - 1
	for ; k >= 0; k-- {
		cells := strings.Split(strings.TrimRight(lines[k], "\r"), "\t")
		if len(cells) < 2 || strings.TrimSpace(lines[k]) == "" {
			return "", false // no header above the rows
		}
		figs := 0
		for c := range aggs {
			if c < len(cells) && csproFigure.MatchString(strings.TrimSpace(cells[c])) {
				figs++
			}
		}
		if figs == 0 {
			break // the header
		}
		if figs != len(aggs) {
			return "", false
		}
		for c := range aggs {
			v, _ := strconv.ParseInt(strings.ReplaceAll(strings.TrimSpace(cells[c]), ".", ""), 10, 64)
			sums[c] += v
		}
		n := -1
		for c, cell := range cells {
			if hasLetter(cell) {
				n = c
				break
			}
		}
		names = append(names, n)
	}
	if k < 0 || len(names) < 2 {
		return "", false
	}
	for c, v := range aggs {
		if sums[c] != v {
			return "", false
		}
	}
	name := names[0]
	for _, n := range names {
		if n != name || n < 0 {
			return "", false // no one name column
		}
	}
	if _, agg := aggs[name]; agg {
		return "", false
	}
	out := make([]string, max(len(bar), name+1))
	for c := range out {
		out[c] = raw[c] // the figure as printed, its separators the rows'

	}
	out[name] = "Jumlah"
	return strings.Join(out, "\t"), true
}
