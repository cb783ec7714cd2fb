package parse

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A table typed again as the source of a drawing: a plotter file, an SVG,
// a PDF content stream, a gnuplot script places every cell's text at a
// coordinate, and the table is only in the positions:
//
//	DT*;
//	PU400,8600;LBKECAMATAN*PU3200,8600;LBDESA/KEL*PU5600,8600;LBLAKI-LAKI* ...
//	PU400,8200;LBBORONG*PU3200,8200;LB25*PU5600,8200;LB11612* ...
//
// Read as prose the pen positions pass for figures and no row is seen.
// coordTables collects the placed texts (x, y, text) of a run of lines in
// one of the languages — HP-GL `PU x,y;LB text<terminator>` (`DT` sets the
// terminator), SVG `<text x=".." y="..">text</text>`, a PDF content stream
// `BT x y Td (text) Tj ET`, gnuplot `set label "text" at x,y`, DXF TEXT
// entities (group codes 10, 20 and 1 on lines of their own) — groups
// them by y into rows (the y axis may point up, as on a plotter, or down,
// as in SVG), and takes the row of most texts holding no figure as the
// header: its x positions are the columns, every other row's text goes to
// the nearest one (a right-aligned figure may stand a little off). Rows on
// the header's far side are the title, written as the caption; rows after
// it holding a figure are the table. It is written as a TAB table in the
// lines the run took, so the DPT, budget and capaian readers take the
// columns by their meaning and prove each row as usual: nothing is loaded
// here. A drawing whose labels make no header over figure rows — a floor
// plan's dimensions, a chart's axis ticks — stays as written.

// coordItem is one text placed at (x, y).
type coordItem struct {
	x, y float64
	text string
}

// coordTables rewrites the coordinate-text runs of a text; data itself
// when it holds none.
func coordTables(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, ";LB", "<text", "Tj", "set label", "TEXT") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		items, end := coordRun(lines, i)
		if end <= i+1 || len(items) < 6 {
			continue
		}
		if caption, header, rows, ok := coordTable(items); ok &&
			exportPlace(lines, i, end, i, caption, header, rows) {
			changed = true
		}
		i = end - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// coordRun reads the run of lines from i that one language parses, and
// returns its placed texts and the line after the run (i when line i is
// in none). A blank line inside a run is kept when the next one goes on.
func coordRun(lines []string, i int) ([]coordItem, int) {
	for _, lang := range []func(string, *coordPen) ([]coordItem, bool){coordHPGL, coordSVG, coordPDF, coordGnuplot, coordDXF} {
		pen := &coordPen{term: "\x03"}
		var items []coordItem
		end := i
		for j := i; j < len(lines); j++ {
			if strings.TrimSpace(lines[j]) == "" {
				if j+1 < len(lines) && strings.TrimSpace(lines[j+1]) != "" {
					if _, ok := lang(lines[j+1], &coordPen{term: pen.term, x: pen.x, y: pen.y}); ok && end > i {
						continue
					}
				}
				break
			}
			got, ok := lang(lines[j], pen)
			if !ok {
				break
			}
			items = append(items, got...)
			end = j + 1
		}
		if end > i {
			return items, end
		}
	}
	return nil, i
}

// coordPen is a language's state across lines: the pen's position, the
// label terminator (HP-GL), whether a text object is open (PDF).
type coordPen struct {
	x, y float64
	term string
	open bool
	// DXF: a value line is due for code; inside a TEXT or MTEXT entity
	due     bool
	code    int
	dxfText bool
}

// coordDXF parses a line of a DXF file's code/value pairs: code 0 opens an
// entity, in a TEXT or MTEXT entity 10 and 20 are x and y and 1 the text.
func coordDXF(line string, pen *coordPen) ([]coordItem, bool) {
	s := strings.TrimSpace(line)
	if !pen.due {
		c, err := strconv.Atoi(s)
		if err != nil || c < 0 || c > 1071 {
			return nil, false
		}
		pen.due, pen.code = true, c
		return nil, true
	}
	pen.due = false
	switch pen.code {
	case 0:
		pen.dxfText = s == "TEXT" || s == "MTEXT"
	case 10, 20:
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return nil, false
		}
		if pen.code == 10 {
			pen.x = v
		} else {
			pen.y = v
		}
	case 1:
		if pen.dxfText && s != "" {
			return []coordItem{{pen.x, pen.y, s}}, true
		}
	}
	return nil, true
}

// coordHPGL parses one line of HP-GL: two-letter mnemonics, numeric
// parameters, `;` between them; LB's text runs to the terminator, which
// DT sets. A line with no `;` is no HP-GL (a heading "BAB IV" would parse).
func coordHPGL(line string, pen *coordPen) ([]coordItem, bool) {
	s := strings.TrimSpace(line)
	if !strings.Contains(s, ";") && !strings.HasSuffix(s, pen.term) {
		return nil, false
	}
	var items []coordItem
	for k := 0; k < len(s); {
		if s[k] == ';' || s[k] == ' ' {
			k++
			continue
		}
		if k+1 >= len(s) || !coordUpper(s[k]) || !coordUpper(s[k+1]) {
			return nil, false
		}
		cmd := s[k : k+2]
		k += 2
		switch cmd {
		case "LB":
			e := strings.Index(s[k:], pen.term)
			if e < 0 {
				return nil, false
			}
			if t := strings.TrimSpace(s[k : k+e]); t != "" {
				items = append(items, coordItem{pen.x, pen.y, t})
			}
			k += e + len(pen.term)
		case "DT":
			if k < len(s) && s[k] != ';' {
				pen.term = s[k : k+1]
				k++
			} else {
				pen.term = "\x03"
			}
		default:
			p := k
			for k < len(s) && strings.IndexByte("0123456789.,- ", s[k]) >= 0 {
				k++
			}
			if k < len(s) && s[k] != ';' && !coordUpper(s[k]) {
				return nil, false
			}
			nums := strings.FieldsFunc(s[p:k], func(r rune) bool { return r == ',' || r == ' ' })
			if (cmd == "PU" || cmd == "PD" || cmd == "PA") && len(nums) >= 2 && len(nums)%2 == 0 {
				x, ex := strconv.ParseFloat(nums[len(nums)-2], 64)
				y, ey := strconv.ParseFloat(nums[len(nums)-1], 64)
				if ex != nil || ey != nil {
					return nil, false
				}
				pen.x, pen.y = x, y
			}
		}
	}
	return items, true
}

func coordUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

var (
	coordSVGText = regexp.MustCompile(`<text\b([^>]*)>(.*?)</text>`)
	coordSVGAttr = regexp.MustCompile(`\b(x|y)\s*=\s*["']?(-?[0-9.]+)`)
	coordTags    = regexp.MustCompile(`<[^>]*>`)
)

// coordSVG parses a line of SVG markup: every `<text>` element with its
// x and y attributes; any other line opening with a tag is part of the
// drawing.
func coordSVG(line string, _ *coordPen) ([]coordItem, bool) {
	s := strings.TrimSpace(line)
	if !strings.HasPrefix(s, "<") {
		return nil, false
	}
	var items []coordItem
	for _, m := range coordSVGText.FindAllStringSubmatch(s, -1) {
		var x, y float64
		seen := 0
		for _, a := range coordSVGAttr.FindAllStringSubmatch(m[1], -1) {
			v, err := strconv.ParseFloat(a[2], 64)
			if err != nil {
				continue
			}
			if a[1] == "x" {
				x, seen = v, seen|1
			} else {
				y, seen = v, seen|2
			}
		}
		t := strings.TrimSpace(htmlUnescapeCoord(coordTags.ReplaceAllString(m[2], "")))
		if seen == 3 && t != "" {
			items = append(items, coordItem{x, y, t})
		}
	}
	return items, true
}

func htmlUnescapeCoord(s string) string {
	return strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&#39;", "'").Replace(s)
}

var coordPDFStr = regexp.MustCompile(`\(((?:\\.|[^\\)])*)\)`)

var coordPDFTok = regexp.MustCompile(`\((?:\\.|[^\\)])*\)|\[[^\]]*\]|/[^\s/\[\]()]+|[-0-9.]+|[A-Za-z'"*]+`)

// coordPDF parses a line of a PDF content stream: BT opens a text object
// at 0,0, Td moves by its operands, Tm sets the position, Tj and TJ show
// their strings there, ET closes it. Only operators of text, graphics
// state and paths are let through.
func coordPDF(line string, pen *coordPen) ([]coordItem, bool) {
	var items []coordItem
	var ops []string
	seenOp := false
	for _, tok := range coordPDFTok.FindAllString(line, -1) {
		switch {
		case tok[0] == '(' || tok[0] == '[' || tok[0] == '/' || tok[0] == '-' || tok[0] == '.' || tok[0] >= '0' && tok[0] <= '9':
			ops = append(ops, tok)
			continue
		}
		seenOp = true
		switch tok {
		case "BT":
			pen.open, pen.x, pen.y = true, 0, 0
		case "ET":
			pen.open = false
		case "Td", "TD":
			if len(ops) >= 2 {
				dx, _ := strconv.ParseFloat(ops[len(ops)-2], 64)
				dy, _ := strconv.ParseFloat(ops[len(ops)-1], 64)
				pen.x, pen.y = pen.x+dx, pen.y+dy
			}
		case "Tm":
			if len(ops) >= 6 {
				pen.x, _ = strconv.ParseFloat(ops[len(ops)-2], 64)
				pen.y, _ = strconv.ParseFloat(ops[len(ops)-1], 64)
			}
		case "Tj", "TJ", "'":
			if !pen.open || len(ops) == 0 {
				return nil, false
			}
			if t := coordPDFString(ops[len(ops)-1]); t != "" {
				items = append(items, coordItem{pen.x, pen.y, t})
			}
		case "Tf", "Tc", "Tw", "Tz", "TL", "Ts", "Tr", "q", "Q", "cm", "rg", "RG", "g", "G", "w", "m", "l", "re", "S", "f", "n", "h", "T*":
		default:
			return nil, false
		}
		ops = ops[:0]
	}
	return items, seenOp
}

// coordPDFString is the text of a Tj string "(…)" or a TJ array "[(…) -20 (…)]".
func coordPDFString(op string) string {
	var b strings.Builder
	for _, m := range coordPDFStr.FindAllStringSubmatch(op, -1) {
		b.WriteString(strings.NewReplacer(`\(`, "(", `\)`, ")", `\\`, `\`).Replace(m[1]))
	}
	return strings.TrimSpace(b.String())
}

var coordGnuLabel = regexp.MustCompile(`^\s*set\s+label\s+(?:\d+\s+)?["'](.*?)["']\s+at\s+(?:(?:first|second|graph|screen|character)\s+)?(-?[0-9.]+)\s*,\s*(?:(?:first|second|graph|screen|character)\s+)?(-?[0-9.]+)`)

// coordGnuplot parses a gnuplot script's line: `set label "text" at x,y`
// places a text; any other `set`, `unset`, comment or plot line is part of
// the script.
func coordGnuplot(line string, _ *coordPen) ([]coordItem, bool) {
	if m := coordGnuLabel.FindStringSubmatch(line); m != nil {
		x, _ := strconv.ParseFloat(m[2], 64)
		y, _ := strconv.ParseFloat(m[3], 64)
		return []coordItem{{x, y, strings.TrimSpace(m[1])}}, true
	}
	f := strings.Fields(line)
	if len(f) > 0 && (f[0] == "set" || f[0] == "unset" || f[0] == "plot" || f[0] == "replot" || strings.HasPrefix(f[0], "#")) {
		return nil, true
	}
	return nil, false
}

// coordTable rebuilds the table of placed texts: rows by y, the header
// the row of most texts without a figure, columns at its x positions.
func coordTable(items []coordItem) (caption string, header []string, rows [][]string, ok bool) {
	// rows: texts whose y differ by less than a third of the usual gap
	ys := make([]float64, 0, len(items))
	for _, it := range items {
		ys = append(ys, it.y)
	}
	sort.Float64s(ys)
	var gaps []float64
	for k := 1; k < len(ys); k++ {
		if d := ys[k] - ys[k-1]; d > 0 {
			gaps = append(gaps, d)
		}
	}
	if len(gaps) < 2 {
		return "", nil, nil, false
	}
	sort.Float64s(gaps)
	tol := gaps[len(gaps)/2] / 3
	type crow struct {
		y     float64
		items []coordItem
	}
	sorted := append([]coordItem(nil), items...)
	sort.SliceStable(sorted, func(a, b int) bool { return sorted[a].y < sorted[b].y })
	var crows []crow
	for _, it := range sorted {
		if len(crows) == 0 || it.y-crows[len(crows)-1].y > tol {
			crows = append(crows, crow{y: it.y})
		}
		crows[len(crows)-1].items = append(crows[len(crows)-1].items, it)
	}
	// the header: most texts, none a figure, at least three
	h := -1
	for r, cr := range crows {
		if len(cr.items) < 3 || coordFigures(cr.items) > 0 {
			continue
		}
		if h < 0 || len(cr.items) > len(crows[h].items) {
			h = r
		}
	}
	if h < 0 {
		return "", nil, nil, false
	}
	// reading order: the header before most figure rows
	below, above := 0, 0
	for r, cr := range crows {
		if coordFigures(cr.items) > 0 {
			if r < h {
				below++
			} else if r > h {
				above++
			}
		}
	}
	if below > above { // y points up: read from the top, the largest y
		for a, b := 0, len(crows)-1; a < b; a, b = a+1, b-1 {
			crows[a], crows[b] = crows[b], crows[a]
		}
		h = len(crows) - 1 - h
	}
	hdr := crows[h].items
	sort.Slice(hdr, func(a, b int) bool { return hdr[a].x < hdr[b].x })
	minGap := math.Inf(1)
	for k := 1; k < len(hdr); k++ {
		minGap = math.Min(minGap, hdr[k].x-hdr[k-1].x)
	}
	if minGap <= 0 {
		return "", nil, nil, false
	}
	for _, it := range hdr {
		header = append(header, it.text)
	}
	var title []string
	for _, cr := range crows[:h] {
		sort.Slice(cr.items, func(a, b int) bool { return cr.items[a].x < cr.items[b].x })
		for _, it := range cr.items {
			title = append(title, it.text)
		}
	}
	for _, cr := range crows[h+1:] {
		if coordFigures(cr.items) == 0 {
			continue // a key or a note under the table
		}
		row := make([]string, len(hdr))
		fits := true
		for _, it := range cr.items {
			c := sort.Search(len(hdr), func(k int) bool { return hdr[k].x >= it.x })
			best := -1
			for _, k := range []int{c - 1, c} {
				if k >= 0 && k < len(hdr) && math.Abs(hdr[k].x-it.x) < minGap/2 && (best < 0 || math.Abs(hdr[k].x-it.x) < math.Abs(hdr[best].x-it.x)) {
					best = k
				}
			}
			if best < 0 || row[best] != "" {
				fits = false
				break
			}
			row[best] = it.text
		}
		if fits {
			rows = append(rows, row)
		}
	}
	n := 0
	for _, row := range rows {
		if coordFigureCells(row) >= 2 {
			n++
		}
	}
	if n < 2 {
		return "", nil, nil, false
	}
	coordWhole(rows)
	return strings.Join(title, " "), header, rows, true
}

// coordWhole names the last row the table's total when each of its
// figures is the sum of its column above (the kabupaten drawn in another
// pen under its kecamatan, by its own name): "Jumlah " before the name, so
// the readers take it as the whole and prove it as they prove a total row.
func coordWhole(rows [][]string) {
	if len(rows) < 3 {
		return
	}
	last := rows[len(rows)-1]
	name, sums := -1, 0
	for c, v := range last {
		if v == "" {
			continue
		}
		if !coordFigure(v) {
			if name >= 0 {
				return
			}
			name = c
			continue
		}
		var sum int64
		for _, row := range rows[:len(rows)-1] {
			n, ok := coordInt(row[c])
			if !ok {
				return
			}
			sum += n
		}
		if n, ok := coordInt(v); !ok || n != sum {
			return
		}
		sums++
	}
	if name >= 0 && sums >= 2 && !totalText(last[name]) {
		last[name] = "Jumlah " + last[name]
	}
}

// coordInt reads a figure's digits, its separators dropped; false for a
// sign, a percent or an empty cell.
func coordInt(s string) (int64, bool) {
	s = strings.NewReplacer(".", "", ",", "", " ", "").Replace(s)
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil && n >= 0
}

// coordFigures counts the texts that are figures: digits, separators, a
// sign or a percent, nothing else.
func coordFigures(items []coordItem) int {
	n := 0
	for _, it := range items {
		if coordFigure(it.text) {
			n++
		}
	}
	return n
}

func coordFigureCells(row []string) int {
	n := 0
	for _, c := range row {
		if coordFigure(c) {
			n++
		}
	}
	return n
}

func coordFigure(s string) bool {
	digit := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case strings.IndexByte(".,-+% ", c) >= 0:
		default:
			return false
		}
	}
	return digit
}
