package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// Narrow Word columns: a figure wider than its cell breaks inside it, its
// tail on the next line ("2.715.422" over ".000", "11.43" over "7"), and
// that line is a TAB row of its own with the other cells empty or holding
// the rest of a wrapped name. The extractor keeps such a line as a row
// (it holds values), so the figure above reads short: a wrong number that
// looks right, or a column whose "11.43" makes its "5.149" look decimal.
//
// The line is the rest of the row above when it has no key of its own
// (its first cell empty) and each of its cells sits under a cell of that
// row: a figure fragment under a figure, words under words. The pieces
// are joined only when the join is proven: the fragment cannot stand alone
// (".000", a tail under a figure whose last group is short, "112.001.6"),
// or the joined figure takes part in the row's own sum (pagu = realisasi
// + sisa, L + P = total). A join nothing proves keeps both pieces in the
// cell, which no reader takes for a number: NULL, with a finding.

// joinBrokenFigures folds into the row above each row of b that holds the
// broken tail of its figures.
func (p *parser) joinBrokenFigures(b *extract.Block) {
	var out []extract.Row // nil until a row is joined: most tables have none
	var widths []int      // the longest cell of each column, once a row may be a tail
	for i := 1; i < len(b.Rows); i++ {
		r := &b.Rows[i]
		above := &b.Rows[i-1]
		if out != nil {
			above = &out[len(out)-1]
		}
		if len(r.Cells) < 2 || r.Cells[0] != "" || !mayBeTail(above.Cells, r.Cells) {
			if out != nil {
				out = append(out, *r)
			}
			continue
		}
		if widths == nil {
			widths = columnWidths(b.Rows)
		}
		joined, ok := p.joinTail(above, r, b, widths)
		if !ok {
			if out != nil {
				out = append(out, *r)
			}
			continue
		}
		if out == nil {
			out = append(make([]extract.Row, 0, len(b.Rows)), b.Rows[:i]...)
		}
		out[len(out)-1] = joined
	}
	if out != nil {
		b.Rows = out
	}
}

// joinTail is row above with the tail row r folded in, or false when r is
// no tail of it (a cell over nothing, a figure under words).
func (p *parser) joinTail(above, r *extract.Row, b *extract.Block, widths []int) (extract.Row, bool) {
	n := max(len(above.Cells), len(r.Cells))
	cells := make([]string, n)
	copy(cells, above.Cells)
	var glued [8]int
	ng := 0
	for i, c := range r.Cells {
		if c == "" {
			continue
		}
		a := cells[i]
		if a == "" {
			return extract.Row{}, false // a cell of its own: another row's
		}
		if figureTail(c) {
			if ng == len(glued) || r.FragmentCount(i) != 1 || above.FragmentCount(i) != 1 || !cutAtWidth(a, widths[i]) || !separated(a, c) || !groupedFigure(a+c) {
				return extract.Row{}, false
			}
			cells[i] = a + c
			glued[ng] = i
			ng++
			continue
		}
		if !hasLetter(c) || !hasLetter(a) || totalText(c) {
			return extract.Row{}, false
		}
		cells[i] = a + " " + c
	}
	if ng == 0 {
		return extract.Row{}, false
	}
	proven := glued[:0:0]
	for _, i := range glued[:ng] {
		if tail := r.Cells[i]; tail[0] == '.' || tail[0] == ',' || !figureAlone(above.Cells[i]) {
			proven = append(proven, i) // the tail or the head cannot be read alone
			continue
		}
		if v, ok := intFigure(cells[i]); ok && inRowSum(cells, i, v) {
			proven = append(proven, i)
			continue
		}
		p.find("nilai.terpotong", facts.Warning, above.Start, r.End, above.Cells[i]+" "+r.Cells[i],
			"%s: angka %q terpotong di dalam selnya (lanjutannya %q di baris berikut) dan sambungannya tidak terbukti oleh hitungan baris; dimuat NULL",
			tableName(b), above.Cells[i], r.Cells[i])
		cells[i] = above.Cells[i] + " " + r.Cells[i]
	}
	return extract.RowOfLines(above.Start, r.End, cells, tailLines(above, r, proven, cells)), true
}

// tailLines are the lines of the joined row: above's, then r's, a joined
// figure whole on the line of its head and gone from the line of its tail,
// so a reader of a cell's fragments sees one figure; an unproven one keeps
// its two pieces there too.
func tailLines(above, r *extract.Row, glued []int, cells []string) [][]string {
	var lines [][]string
	for _, l := range above.Lines() {
		lines = append(lines, append([]string(nil), l...))
	}
	for _, l := range r.Lines() {
		lines = append(lines, append([]string(nil), l...))
	}
	for _, i := range glued {
		for k := len(above.Lines()) - 1; k >= 0; k-- {
			if i < len(lines[k]) && lines[k][i] != "" {
				lines[k][i] = cells[i]
				break
			}
		}
		for k := len(above.Lines()); k < len(lines); k++ {
			if i < len(lines[k]) {
				lines[k][i] = ""
			}
		}
	}
	return lines
}

// columnWidths is the length of the longest cell of each column; a cell
// joined from lines counts whole, which only makes a join less likely.
func columnWidths(rows []extract.Row) []int {
	var w []int
	for k := range rows {
		cells := rows[k].Cells
		for len(w) < len(cells) {
			w = append(w, 0)
		}
		for i, c := range cells {
			w[i] = max(w[i], len(c))
		}
	}
	return w
}

// cutAtWidth: head, a figure's first piece, fills its column as a figure
// cut by the column's edge does: three characters at least, and no
// figure of the column longer by more than one (a digit may be wider
// than a separator). "612" over "455" in a column holding "1.368" is two
// counts of two rows, not one figure.
func cutAtWidth(head string, width int) bool {
	return len(head) >= 3 && len(head)+1 >= width
}

// separated: head or tail holds a group or decimal separator. Two runs of
// bare digits ("118" over "119", page numbers of a contents list) are as
// likely two numbers as one cut, so they are left as they stand.
func separated(head, tail string) bool {
	return strings.IndexByte(head, '.') >= 0 || strings.IndexByte(head, ',') >= 0 || tail[0] == '.' || tail[0] == ','
}

func tableName(b *extract.Block) string {
	if b.Caption != "" {
		return b.Caption
	}
	return "tabel baris " + itoa(b.Start)
}

// mayBeTail: a look that allocates nothing for a row that may be the
// tail of the row above: each of its cells under a cell of that row, a
// figure's tail that joins the figure above into one, words under words.
func mayBeTail(above, cells []string) bool {
	tail := false
	var buf [40]byte
	for i, c := range cells {
		if c == "" {
			continue
		}
		if i >= len(above) || above[i] == "" {
			return false
		}
		a := above[i]
		if !figureTail(c) {
			if !hasLetter(c) || !hasLetter(a) {
				return false
			}
			continue
		}
		if len(a) < 3 || len(a)+len(c) > len(buf) || !separated(a, c) || !groupedFigure(append(append(buf[:0], a...), c...)) {
			return false
		}
		tail = true
	}
	return tail
}

// figureTail: one to three digits, after a group or decimal separator or
// not ("000", ".345", "7").
func figureTail(c string) bool {
	if c != "" && (c[0] == '.' || c[0] == ',') {
		c = c[1:]
	}
	if c == "" || len(c) > 3 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if c[i] < '0' || c[i] > '9' {
			return false
		}
	}
	return true
}

// figureShape splits c into its runs of digits and the separators between
// them; false for any other byte.
func figureShape[S string | []byte](c S, runs []int, seps []byte) ([]int, []byte, bool) {
	run := 0
	for i := 0; i < len(c); i++ {
		switch ch := c[i]; {
		case ch >= '0' && ch <= '9':
			run++
		case ch == '.' || ch == ',':
			if run == 0 {
				return nil, nil, false
			}
			runs, seps, run = append(runs, run), append(seps, ch), 0
		default:
			return nil, nil, false
		}
	}
	if run == 0 {
		return nil, nil, false
	}
	return append(runs, run), seps, true
}

// groupedFigure: a figure as a report prints one: digits, grouped by
// threes with one separator ("2.715.422.000"), perhaps with decimals
// after the other ("1.250,50"), or a plain decimal ("96,5").
func groupedFigure[S string | []byte](c S) bool {
	var rb [12]int
	var sb [12]byte
	runs, seps, ok := figureShape(c, rb[:0], sb[:0])
	if !ok || len(seps) == 0 {
		return ok
	}
	last := len(seps)
	if seps[last-1] != seps[0] || len(seps) == 1 && runs[1] != 3 {
		last-- // the last separator starts the decimals
		if runs[last+1] > 2 {
			return false
		}
	}
	if last == 0 {
		return runs[0] <= 3 || len(seps) == 1 // "96,5", "1.250,50"
	}
	if runs[0] > 3 {
		return false
	}
	for k := 1; k <= last; k++ {
		if seps[k-1] != seps[0] || runs[k] != 3 {
			return false
		}
	}
	return true
}

// figureAlone: the head of a broken figure could be a figure by itself
// ("2.715.422", "11.43"), so its tail needs the row's sum to be proven;
// "112.001.6" cannot.
func figureAlone(c string) bool {
	var rb [12]int
	var sb [12]byte
	_, seps, ok := figureShape(c, rb[:0], sb[:0])
	if !ok {
		return false
	}
	return len(seps) <= 1 || groupedFigure(c)
}

// intFigure is a whole figure's value: digits, or digits grouped by
// threes with one separator.
func intFigure(c string) (int64, bool) {
	var rb [12]int
	var sb [12]byte
	runs, seps, ok := figureShape(c, rb[:0], sb[:0])
	if !ok || len(c) > 18 {
		return 0, false
	}
	for k, s := range seps {
		if s != seps[0] || runs[k+1] != 3 || runs[0] > 3 {
			return 0, false
		}
	}
	var v int64
	for i := 0; i < len(c); i++ {
		if c[i] >= '0' && c[i] <= '9' {
			v = v*10 + int64(c[i]-'0')
		}
	}
	return v, true
}

// inRowSum: v, the figure of cell i, is the sum of two other figures of
// the row, or one of two that sum to a third (pagu = realisasi + sisa,
// L + P = total). The first cell (the row's number or code) and zeros take
// no part: "0" would prove any figure equal to another.
func inRowSum(cells []string, i int, v int64) bool {
	var vals [16]int64
	n := min(len(cells), len(vals))
	for j := 1; j < n; j++ {
		if j != i {
			vals[j], _ = intFigure(cells[j])
		}
	}
	for j := 1; j < n; j++ {
		for k := 1; k < n; k++ {
			if j == k || j == i || k == i || vals[j] <= 0 || vals[k] <= 0 {
				continue
			}
			if vals[j]+vals[k] == v || v+vals[k] == vals[j] {
				return true
			}
		}
	}
	return false
}
