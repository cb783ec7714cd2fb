package sample

import (
	"regexp"
	"strings"
)

// A TAB block of the text document drawn as a PDF table. One text line is
// one table row, so the rows a PDF-to-text step gives back are the lines
// the truth counts; a cell too wide for its column wraps inside the cell.

type tcell struct {
	text  string
	span  int      // columns this cell covers; 0 inside another cell's span
	lines []string // the text wrapped to the cell's width
}

type ptable struct {
	rows [][]tcell
	ncol int
	hdr  int  // leading header rows, repeated after a page break
	mrg  bool // a header cell spans several columns
}

var (
	ordinalCell = regexp.MustCompile(`^\d+\.?$`)
	numberRow   = regexp.MustCompile(`^\(1\)$`)
	numericCell = regexp.MustCompile(`^[-+Rp.\s\d,%()*]*\d[-+Rp.\s\d,%()*]*$`)
)

// parseTable splits the lines into cells and finds the header: the first
// row, a "(1) (2) …" numbering row, and a second header row under a row
// whose cells span columns (the text writes a merged cell as its text
// followed by empty cells, and so does a PDF-to-text step that sees one
// cell over several columns).
func parseTable(lines []string) *ptable {
	t := &ptable{}
	raw := make([][]string, len(lines))
	for i, l := range lines {
		raw[i] = strings.Split(l, "\t")
		t.ncol = max(t.ncol, len(raw[i]))
	}
	t.rows = make([][]tcell, len(raw))
	for i, cells := range raw {
		row := make([]tcell, t.ncol)
		for c := range row {
			row[c].span = 1
			if c < len(cells) {
				row[c].text = cells[c]
			}
		}
		t.rows[i] = row
	}
	t.hdr = 1
	var merged bool
	if title(raw[0]) && t.ncol > 1 {
		// A caption written as the table's first row spans the table.
		t.rows[0][0].span, merged, t.mrg = t.ncol, true, true
		for c := 1; c < t.ncol; c++ {
			t.rows[0][c].span = 0
		}
	} else {
		merged = t.merge(0)
	}
	for t.hdr < len(t.rows) {
		first := t.rows[t.hdr][0].text
		switch {
		case numberRow.MatchString(first):
		case merged && !ordinalCell.MatchString(strings.TrimSpace(first)):
			merged = t.merge(t.hdr)
		default:
			return t
		}
		t.hdr++
	}
	return t
}

// title says whether only a row's first cell has text.
func title(cells []string) bool {
	for _, c := range cells[1:] {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return strings.TrimSpace(cells[0]) != ""
}

// merge lets each text cell of header row i span the empty cells after it
// while the row below has text in those columns: "Realisasi 2020-2023"
// over the four year columns.
func (t *ptable) merge(i int) bool {
	if i+1 >= len(t.rows) {
		return false
	}
	row, below := t.rows[i], t.rows[i+1]
	if numberRow.MatchString(below[0].text) {
		return false // "(1) (2) …" numbers every column, merged or not
	}
	spans := false
	for c := 0; c < t.ncol; c++ {
		if row[c].text == "" || row[c].span == 0 {
			continue
		}
		end := t.ncol
		if i > 0 { // a sub-header cell stays under its group's cell
			p := c
			for p > 0 && t.rows[i-1][p].span == 0 {
				p--
			}
			end = p + t.rows[i-1][p].span
		}
		k := c + 1
		for k < end && row[k].text == "" && below[k].text != "" {
			row[k].span = 0
			k++
		}
		if row[c].span = k - c; row[c].span > 1 {
			spans, t.mrg = true, true
		}
	}
	return spans
}

const (
	cellPadH = 3.0
	cellPadV = 2.0
	colGap   = 24.0 // between borderless columns: the whitespace a reader splits on
)

// tableLayout is how a table is drawn; a table that goes on after a page
// break keeps it, as a word processor keeps a table's columns.
type tableLayout struct {
	style  string
	size   float64
	widths []float64
}

func (l *tableLayout) fits(lines []string) bool {
	return l != nil && len(lines) > 0 && len(strings.Split(lines[0], "\t")) <= len(l.widths)
}

// layout chooses borders, font size and column widths for a table from
// its lines and those of its continuation on the next page.
func (p *pdfDoc) layout(lines, more []string) *tableLayout {
	t := parseTable(append(append([]string{}, lines...), more...))
	l := &tableLayout{style: p.st.borders[p.r.IntN(len(p.st.borders))]}
	if l.style == "none" {
		if l.size, l.widths = p.fitBorderless(t); l.widths == nil {
			l.style = "grid"
		}
	}
	if l.widths == nil {
		l.size, l.widths = p.fitRuled(t)
	}
	return l
}

// table draws one TAB block in the layout l.
func (p *pdfDoc) table(lines []string, l *tableLayout) {
	t := parseTable(lines)
	t.ncol = len(l.widths)
	for ri := range t.rows {
		for len(t.rows[ri]) < t.ncol {
			t.rows[ri] = append(t.rows[ri], tcell{span: 1})
		}
	}
	style, size, widths := l.style, l.size, l.widths
	p.bordersUsed[style]++
	lh := size * 1.25
	heights := make([]float64, len(t.rows))
	for ri, row := range t.rows {
		n := 1
		for c := range row {
			if row[c].span == 0 {
				continue
			}
			w := sum(widths[c:c+row[c].span]) - 2*cellPadH
			row[c].lines = p.wrap(row[c].text, w)
			n = max(n, len(row[c].lines))
		}
		heights[ri] = float64(n)*lh + 2*cellPadV
	}
	first := sum(heights[:t.hdr])
	// After a page break the column headings come again, as the
	// generator's own page-break noise writes them: not a title row
	// spanning the whole table, not the "(1) (2) …" numbering.
	var again []int
	for ri := 0; ri < t.hdr; ri++ {
		if numberRow.MatchString(t.rows[ri][0].text) || (ri == 0 && t.rows[0][0].span == t.ncol && t.ncol > 1) {
			continue
		}
		again = append(again, ri)
	}
	headerH := 0.0
	for _, ri := range again {
		headerH += heights[ri]
	}
	drawHeader := func() {
		for _, ri := range again {
			p.drawRow(t, ri, widths, heights[ri], lh, size, style)
		}
	}
	// Keep a row with the rows under it whose first cell is empty (a
	// second indicator of the same sasaran, a wrapped continuation).
	group := func(a int) int {
		b := a + 1
		for b < len(t.rows) && strings.TrimSpace(t.rows[b][0].text) == "" {
			b++
		}
		return b
	}
	if t.hdr < len(t.rows) {
		first += sum(heights[t.hdr:group(t.hdr)])
	}
	if p.y+first > p.bottom && p.pageHasContent {
		p.newPage()
	}
	for ri := 0; ri < t.hdr; ri++ {
		p.drawRow(t, ri, widths, heights[ri], lh, size, style)
	}
	room := p.bottom - p.top - headerH
	for a := t.hdr; a < len(t.rows); {
		b := group(a)
		if gh := sum(heights[a:b]); p.y+gh > p.bottom && gh <= room {
			p.newPage()
			p.tableBreaks++
			drawHeader()
		}
		for ri := a; ri < b; ri++ {
			if p.y+heights[ri] > p.bottom {
				p.newPage()
				p.tableBreaks++
				drawHeader()
			}
			p.drawRow(t, ri, widths, heights[ri], lh, size, style)
		}
		a = b
	}
	p.pageHasContent = true
}

// drawRow draws one row at the cursor and moves the cursor below it.
func (p *pdfDoc) drawRow(t *ptable, ri int, widths []float64, h, lh, size float64, style string) {
	f := p.f
	f.SetFont(pdfFont, "", size)
	f.SetFillColor(0, 0, 0)
	f.SetDrawColor(0, 0, 0)
	x := p.left
	for c, cell := range t.rows[ri] {
		if cell.span == 0 {
			continue
		}
		w := sum(widths[c : c+cell.span])
		switch style {
		case "grid":
			f.SetLineWidth(0.6)
			f.Rect(x, p.y, w, h, "D")
		case "word":
			const b = 0.5
			f.Rect(x, p.y, w, b, "F")
			f.Rect(x, p.y+h-b, w, b, "F")
			f.Rect(x, p.y, b, h, "F")
			f.Rect(x+w-b, p.y, b, h, "F")
		}
		y := p.y + cellPadV
		if style == "word" { // Word centres cells vertically
			y += (h - 2*cellPadV - float64(len(cell.lines))*lh) / 2
		}
		for k, s := range cell.lines {
			tx := x + cellPadH
			switch {
			case style == "none":
			case ri < t.hdr:
				tx = x + (w-f.GetStringWidth(s))/2
			case numericCell.MatchString(cell.text):
				tx = x + w - cellPadH - f.GetStringWidth(s)
			}
			f.Text(tx, y+float64(k+1)*lh-lh*0.25, s)
		}
		x += w
		if style == "none" {
			x += colGap
		}
	}
	p.y += h
	p.pageHasContent = true
}

// fitBorderless gives column widths at which no cell wraps, or nil: a
// borderless table with a wrapped cell or a merged header cannot be read
// back row for row, so such a table gets borders instead.
func (p *pdfDoc) fitBorderless(t *ptable) (float64, []float64) {
	if t.mrg {
		return 0, nil
	}
	for size := 9.0; size >= 7; size -= 0.5 {
		p.f.SetFont(pdfFont, "", size)
		_, nat := p.colWidths(t)
		if sum(nat)+colGap*float64(t.ncol-1) <= p.width {
			return size, nat
		}
	}
	return 0, nil
}

// fitRuled gives column widths filling the page width at the largest font
// size at which every word fits its column: a cell may wrap, but never
// inside a word, so joining a wrapped cell's lines gives its text back.
func (p *pdfDoc) fitRuled(t *ptable) (float64, []float64) {
	size := 9.0
	var minW, nat []float64
	for ; ; size -= 0.5 {
		p.f.SetFont(pdfFont, "", size)
		minW, nat = p.colWidths(t)
		if sum(minW) <= p.width || size <= 4 {
			break
		}
	}
	sm, sn := sum(minW), sum(nat)
	w := make([]float64, t.ncol)
	for c := range w {
		if sn <= p.width {
			w[c] = nat[c] * p.width / sn
		} else {
			w[c] = minW[c] + (p.width-sm)*(nat[c]-minW[c])/(sn-sm)
		}
	}
	return size, w
}

// colWidths measures each column at the current font: the widest word and
// the widest whole cell, padding included. Cells spanning several columns
// do not count.
func (p *pdfDoc) colWidths(t *ptable) (minW, nat []float64) {
	minW, nat = make([]float64, t.ncol), make([]float64, t.ncol)
	for c := range minW {
		minW[c], nat[c] = 12, 12
	}
	for _, row := range t.rows {
		for c, cell := range row {
			if cell.span != 1 {
				continue
			}
			nat[c] = max(nat[c], p.f.GetStringWidth(cell.text)+2*cellPadH)
			for _, wd := range strings.Fields(cell.text) {
				minW[c] = max(minW[c], p.f.GetStringWidth(wd)+2*cellPadH+1)
			}
		}
	}
	return minW, nat
}

// wrap breaks s at spaces into lines no wider than w; a single word wider
// than w stays whole.
func (p *pdfDoc) wrap(s string, w float64) []string {
	if p.f.GetStringWidth(s) <= w {
		return []string{s}
	}
	words := strings.Fields(s)
	if len(words) == 0 {
		return []string{""}
	}
	out := []string{}
	cur := words[0]
	for _, wd := range words[1:] {
		if p.f.GetStringWidth(cur+" "+wd) > w {
			out = append(out, cur)
			cur = wd
			continue
		}
		cur += " " + wd
	}
	return append(out, cur)
}

func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}
