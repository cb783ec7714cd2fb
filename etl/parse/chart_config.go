package parse

import (
	"strings"
	"unicode"
)

// A table left as the chart configuration of a dashboard's page source:
//
//	<!-- Tabel 3.3 Realisasi Anggaran Tahun 2022 -->
//	new Chart(document.getElementById('t33'), {
//	  type: 'bar',
//	  data: {
//	    labels: ['Program Dukungan Manajemen', …, 'JUMLAH'],
//	    datasets: [
//	      { label: 'Kode', hidden: true, data: ['076.01.WA', …, null] },
//	      { label: 'Pagu', data: [3120400000, …] },
//	    ]
//	  }
//	});
//
// Chart.js (data.labels and data.datasets[].label/data), Highcharts
// (xAxis.categories and series[].name/data) and ECharts (the category
// axis's data and series[].name/data) all name every cell: the labels are
// the rows, each dataset a column under its name, so the chart is a table
// proven cell by cell and goes the serialized exports' route (exportPlace,
// line numbers unchanged; a chart whose rows outnumber its lines is
// written on its side, one dataset a row, as the source holds it).
// ECharts' dataset.source, a header row over rows, is read as the JSON
// exports' rows are. The row names' column is headed by the category
// axis's title, else by what the caption says each row is ("… per
// Kecamatan"), else "Uraian"; the caption is the chart's title, else the
// HTML comment over it (or a script comment "// Tabel …" in it), else the
// text above stays the caption.
//
// Figures are the script's, English notation, kept as written (queryNumber
// makes "12.500" read one way only); a number in quotes is one too, unless
// the chart writes quoted figures the report's way ("2.707.073.000"); a
// quoted "12.500" that nothing in the chart reads one way leaves it
// unproven. A hidden dataset (Chart.js hidden, Highcharts not visible) is
// a text column (codes, units) kept as written; null is an empty cell. A
// chart whose datasets do not each give one value a label, or that has a
// dataset without a name, or a value that is no figure or text (a
// callback, a point object without y or value), is reported, not read.

// chartTables rewrites the chart configs of a text as TAB tables; data
// itself when it holds none. The lines of a chart that is no proven table
// go to miss (first and last line, from 1), when given.
func chartTables(data []byte, miss *[][2]int, g *textMarks) []byte {
	if !chartMayHold(data, g) {
		return data
	}
	text := string(data)
	lines, starts, lineOf := textLines(text)
	changed := false
	fails := 0
	for i := 0; i < len(lines) && fails < 64; i++ {
		at := chartOpen(text, lines[i], starts[i])
		if at < 0 {
			continue
		}
		v, end, err := jsObjectAt(text, at)
		if err != nil {
			fails++ // each try may read to the end: a text of unclosed braces stops them
			continue
		}
		labels, sets, ok := chartShape(v)
		src := jsGet(jsGet(v, "dataset"), "source") // ECharts: the table itself
		if !ok && src == nil {
			continue
		}
		last := lineOf(int64(end - 1))
		from, to := chartSpan(lines, i, last)
		caption := chartCaption(v, lines, from, to)
		if src != nil {
			header, rows, proven := chartSource(src)
			if proven && exportPlace(lines, from, to, from, caption, header, rows) {
				changed = true
			} else if miss != nil {
				*miss = append(*miss, [2]int{from + 1, to})
			}
			i = to - 1
			continue
		}
		header, rows, proven := chartGrid(labels, sets)
		if proven {
			header[0] = chartRowHead(v, caption, lines, from)
			if exportPlace(lines, from, to, from, caption, header, rows) ||
				chartSideways(lines, from, to, caption, header, rows) {
				changed = true
				i = to - 1
				continue
			}
		}
		if miss != nil {
			*miss = append(*miss, [2]int{from + 1, to})
		}
		i = to - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// chartSideways places a chart too long for its lines as the page source
// holds it, one dataset a line: the labels across, each dataset a row
// under its name (a DPT turned on its side, which its reader proves by
// L + P in every column); false when that does not fit either.
func chartSideways(lines []string, from, to int, caption string, header []string, rows [][]string) bool {
	side := make([][]string, len(header)-1)
	head := make([]string, 0, len(rows)+1)
	head = append(head, header[0])
	for _, r := range rows {
		head = append(head, r[0])
	}
	for c := range side {
		side[c] = append(make([]string, 0, len(rows)+1), header[c+1])
		for _, r := range rows {
			side[c] = append(side[c], r[c+1])
		}
	}
	return exportPlace(lines, from, to, from, caption, head, side)
}

// chartMayHold: the text names a chart's datasets and labels, or its
// series and an axis (most texts name neither and are returned uncopied).
func chartMayHold(data []byte, g *textMarks) bool {
	if g.has(data, mkDatasets) && g.has(data, mkLabels) {
		return true
	}
	return g.has(data, mkSeries) && g.has(data, mkAxis)
}

// chartCalls open a chart with its config object as an argument.
var chartCalls = []string{"new Chart(", "Highcharts.chart(", "Highcharts.Chart(", ".highcharts(", ".setOption("}

// chartOpen is the offset of the object literal a chart config opens on
// line l (at offset start): the argument of a chart call, or the object a
// line assigns ("var option = {") or opens with; -1 when none.
func chartOpen(text, l string, start int) int {
	t := strings.TrimSpace(l)
	if t == "" {
		return -1
	}
	for _, c := range chartCalls {
		k := strings.Index(l, c)
		if k < 0 {
			continue
		}
		p := &jsLit{s: text, i: start + k + len(c)}
		p.space()
		if p.i < len(text) && text[p.i] == '{' {
			return p.i
		}
		// the canvas or container first, the config second
		if p.skip() != nil || p.i >= len(text) || text[p.i] != ',' {
			return -1
		}
		p.i++
		p.space()
		if p.i < len(text) && text[p.i] == '{' {
			return p.i
		}
		return -1
	}
	if t[0] == '{' {
		return start + strings.IndexByte(l, '{')
	}
	if k := strings.Index(l, "= {"); k > 0 && strings.TrimSpace(l[k+3:]) == "" {
		return start + k + 2
	}
	return -1
}

// chartShape finds a config's row labels and its datasets: Chart.js's
// data (or the object itself when it is the data), Highcharts' or
// ECharts' category axis and series.
func chartShape(v *jsonVal) (*jsonVal, []*jsonVal, bool) {
	d := jsGet(v, "data")
	if d == nil || d.kind != '{' {
		d = v
	}
	if ds := jsGet(d, "datasets"); ds != nil {
		return jsGet(d, "labels"), ds.items, ds.kind == '['
	}
	se := jsGet(v, "series")
	if se == nil || se.kind != '[' {
		return nil, nil, false
	}
	if ax := chartAxis(v); ax != nil {
		if c := jsGet(ax, "categories"); c != nil {
			return c, se.items, true
		}
		return jsGet(ax, "data"), se.items, true
	}
	if jsGet(v, "xAxis") != nil || jsGet(v, "yAxis") != nil {
		return nil, se.items, true // a chart, its rows unnamed (points as pairs): reported
	}
	return nil, nil, false
}

// chartAxis is the category axis: Highcharts' xAxis with categories, or
// the ECharts axis (x or y) that holds the categories' data; an array of
// axes gives its first.
func chartAxis(v *jsonVal) *jsonVal {
	var found *jsonVal
	for _, name := range []string{"xAxis", "yAxis"} {
		ax := jsGet(v, name)
		if ax != nil && ax.kind == '[' && len(ax.items) > 0 {
			ax = ax.items[0]
		}
		if ax == nil || ax.kind != '{' {
			continue
		}
		if jsGet(ax, "categories") != nil || jsGet(ax, "data") != nil {
			if found != nil {
				return nil // both axes hold categories: which are the rows is unsaid
			}
			found = ax
		}
	}
	return found
}

// chartGrid reads the labels and datasets as a table: one value per label
// in every dataset, each dataset named; false when the chart is no proven
// table.
func chartGrid(labels *jsonVal, sets []*jsonVal) ([]string, [][]string, bool) {
	if labels == nil || labels.kind != '[' || len(labels.items) == 0 || len(sets) == 0 {
		return nil, nil, false
	}
	rows := make([][]string, len(labels.items))
	for r, l := range labels.items {
		name, ok := chartLabel(l)
		if !ok {
			return nil, nil, false
		}
		rows[r] = append(make([]string, 0, len(sets)+1), name)
	}
	quoted, ok := chartQuoted(sets)
	if !ok {
		return nil, nil, false
	}
	header := []string{""}
	for _, s := range sets {
		name := jsText(jsGet(s, "label"))
		if name == "" {
			name = jsText(jsGet(s, "name"))
		}
		d := jsGet(s, "data")
		if name == "" || d == nil || d.kind != '[' || len(d.items) != len(rows) {
			return nil, nil, false
		}
		cells, ok := chartCells(d.items, chartHidden(s), quoted)
		if !ok {
			return nil, nil, false
		}
		header = append(header, name)
		for r := range rows {
			rows[r] = append(rows[r], cells[r])
		}
	}
	return header, rows, true
}

// chartSource reads an ECharts dataset's source, a header row over rows of
// its width or records of the same keys, as the JSON exports are read; a
// number that is no decimal (hex, exponent) makes it no table.
func chartSource(src *jsonVal) ([]string, [][]string, bool) {
	for _, r := range src.items {
		for _, c := range r.items {
			if c.kind == 'n' && !jsNumber(c.s) {
				return nil, nil, false
			}
		}
	}
	return jsonTable(src, nil)
}

// chartLabel is a row's name: a string, a number, or the lines of a
// label Chart.js breaks over several.
func chartLabel(l *jsonVal) (string, bool) {
	switch l.kind {
	case 's', '[':
		t := jsText(l)
		return t, t != "" || l.kind == 's'
	case 'n':
		return l.s, true
	case '0':
		return "", true
	}
	return "", false
}

// chartHidden: a dataset the chart does not draw (Chart.js hidden,
// Highcharts not visible), a text column.
func chartHidden(s *jsonVal) bool {
	h, vis := jsGet(s, "hidden"), jsGet(s, "visible")
	return h != nil && h.kind == 'b' && h.s == "true" || vis != nil && vis.kind == 'b' && vis.s == "false"
}

// chartQuoted says how the quoted figures of a chart's drawn datasets are
// written: 'r' the report's way (one is no script number: "2.707.073.000",
// "77,50"), else 's' the script's (one has other than three digits after
// its point: "80.00"), else 0. False when a quoted figure is "12.500"
// and nothing says which it is: the chart is no proven table.
func chartQuoted(sets []*jsonVal) (byte, bool) {
	var mode byte
	odd := false // "12.500": thousands the report's way, a decimal the script's
	for _, s := range sets {
		d := jsGet(s, "data")
		if d == nil || chartHidden(s) {
			continue
		}
		for _, it := range d.items {
			it = chartDatum(it)
			if it == nil || it.kind != 's' || !strings.ContainsAny(it.s, "0123456789") {
				continue
			}
			t := strings.TrimSpace(it.s)
			k := strings.IndexByte(t, '.')
			switch {
			case !jsNumber(t):
				mode = 'r'
			case k >= 0 && len(t)-k-1 == 3:
				odd = true
			case k >= 0 && mode == 0:
				mode = 's'
			}
		}
	}
	return mode, mode != 0 || !odd
}

// chartDatum is a value, or the figure of a point object (Highcharts' y,
// ECharts' value); nil when a point holds neither.
func chartDatum(it *jsonVal) *jsonVal {
	if it.kind != '{' {
		return it
	}
	if y := jsGet(it, "y"); y != nil {
		return y
	}
	return jsGet(it, "value")
}

// chartCells writes a dataset's values as cells: a text column's as
// written; a figure column's numbers in the script's notation, quoted ones
// too unless the chart writes them the report's way (quoted 'r').
func chartCells(items []*jsonVal, text bool, quoted byte) ([]string, bool) {
	out := make([]string, len(items))
	for r, it := range items {
		if it = chartDatum(it); it == nil {
			return nil, false
		}
		switch it.kind {
		case '0':
		case 's':
			s := strings.TrimSpace(it.s)
			if !text && quoted != 'r' && jsNumber(s) {
				s = chartNumber(s)
			}
			out[r] = s
		case 'n':
			if !jsNumber(it.s) {
				return nil, false // hex, exponent, Infinity: no figure as written
			}
			out[r] = chartNumber(it.s)
		default:
			return nil, false
		}
	}
	return out, true
}

// jsNumber: a decimal number as a script writes it ("-12", "77.50", ".5").
func jsNumber(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	k := strings.IndexByte(s, '.')
	if k < 0 {
		return s != "" && allDigits(s)
	}
	return (k > 0 || len(s) > 1) && (k == 0 || allDigits(s[:k])) && (k == len(s)-1 || allDigits(s[k+1:]))
}

// chartNumber writes a script's number so the readers take it one way:
// no sign or point left bare, and no "12.500" read as thousands.
func chartNumber(s string) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	if strings.HasPrefix(s, ".") {
		s = "0" + s
	}
	s = strings.TrimSuffix(s, ".")
	if neg {
		s = "-" + s
	}
	return queryNumber(s)
}

// chartSpan widens a chart's statement lines [i, last] to the markup and
// script lines around it (<script>, <canvas …>, a comment, "});"), so no
// code is left beside the table; the span [from, to).
func chartSpan(lines []string, i, last int) (int, int) {
	from, to := i, last+1
	for from > 0 && i-from < 6 && chartCode(lines[from-1]) {
		from--
	}
	for to < len(lines) && to-last < 6 && chartCode(lines[to]) {
		to++
	}
	if from > 1 && strings.TrimSpace(lines[from-1]) == "" && chartComment(lines[from-2]) != "" {
		from -= 2 // the HTML comment naming the chart, a blank line over it
	}
	return from, to
}

// chartCode: a line of page source around a chart, no text of the report.
func chartCode(l string) bool {
	t := strings.TrimSpace(l)
	switch {
	case t == "":
		return false
	case t[0] == '<' && t[len(t)-1] == '>':
		return true
	case strings.Trim(t, "})];,") == "":
		return true
	case strings.HasSuffix(t, ";") && (strings.HasPrefix(t, "var ") || strings.HasPrefix(t, "let ") || strings.HasPrefix(t, "const ")):
		return true
	case strings.HasSuffix(t, ");") && !strings.ContainsAny(t, " \t"):
		return true // chart.setOption(option);
	}
	return strings.HasPrefix(t, "//") || strings.HasPrefix(t, "/*") && strings.HasSuffix(t, "*/")
}

// chartCaption is the chart's own title, else the text of an HTML comment
// among the page lines over it; "" when neither.
func chartCaption(v *jsonVal, lines []string, from, to int) string {
	opt := jsGet(v, "options")
	for _, t := range []*jsonVal{jsGet(jsGet(opt, "plugins"), "title"), jsGet(opt, "title"), jsGet(v, "title")} {
		if t != nil && t.kind == '[' && len(t.items) > 0 {
			t = t.items[0]
		}
		if s := jsText(jsGet(t, "text")); s != "" {
			return s
		}
	}
	for k := from; k < to; k++ {
		if s := chartComment(lines[k]); s != "" {
			return s
		}
	}
	return ""
}

// chartComment is the text of a comment line that names a table: an HTML
// comment, or a script comment opening with "Tabel"/"Table"; "" else.
func chartComment(l string) string {
	t := strings.TrimSpace(l)
	switch {
	case strings.HasPrefix(t, "<!--") && strings.HasSuffix(t, "-->") && len(t) >= 7:
		return strings.TrimSpace(t[4 : len(t)-3])
	case strings.HasPrefix(t, "/*") && strings.HasSuffix(t, "*/") && len(t) >= 4:
		t = strings.TrimSpace(t[2 : len(t)-2])
	case strings.HasPrefix(t, "//"):
		t = strings.TrimSpace(t[2:])
	default:
		return ""
	}
	if w := strings.ToLower(strings.SplitN(t, " ", 2)[0]); w == "tabel" || w == "table" {
		return t
	}
	return ""
}

// chartRowHead heads the row names' column: the category axis's title,
// else what the caption (or the line over the chart) says each row is,
// else "Uraian".
func chartRowHead(v *jsonVal, caption string, lines []string, from int) string {
	opt := jsGet(v, "options")
	scales := jsGet(opt, "scales")
	axis := jsGet(scales, "x")
	if a := jsGet(opt, "indexAxis"); a != nil && a.kind == 's' && a.s == "y" {
		axis = jsGet(scales, "y")
	}
	if s := jsText(jsGet(jsGet(axis, "title"), "text")); s != "" {
		return s
	}
	// Chart.js 2: scales.xAxes[0].scaleLabel.labelString
	if ax := jsGet(scales, "xAxes"); ax != nil && ax.kind == '[' && len(ax.items) > 0 {
		if s := jsText(jsGet(jsGet(ax.items[0], "scaleLabel"), "labelString")); s != "" {
			return s
		}
	}
	if ax := chartAxis(v); ax != nil {
		if s := jsText(jsGet(jsGet(ax, "title"), "text")); s != "" {
			return s
		}
		if s := jsText(jsGet(ax, "name")); s != "" {
			return s
		}
	}
	if caption == "" {
		for k := from - 1; k >= 0 && k >= from-3; k-- {
			if t := strings.TrimSpace(lines[k]); t != "" {
				caption = t
				break
			}
		}
	}
	if s := chartPer(caption); s != "" {
		return s
	}
	return "Uraian"
}

// chartPer is what a caption says each row is: the words after its last
// "per" or "menurut" ("… per Kecamatan" → "Kecamatan"), when they are one
// to four words of letters (not "per 31 Desember").
func chartPer(caption string) string {
	low := strings.ToLower(caption)
	k := -1
	for _, w := range []string{" per ", " menurut "} {
		if j := strings.LastIndex(low, w); j >= 0 && j+len(w) > k {
			k = j + len(w)
		}
	}
	if k < 0 {
		return ""
	}
	rest := strings.TrimRight(strings.TrimSpace(caption[k:]), ".:")
	words := strings.Fields(rest)
	if len(words) == 0 || len(words) > 4 {
		return ""
	}
	for _, r := range rest {
		if !unicode.IsLetter(r) && r != ' ' && r != '/' {
			return ""
		}
	}
	return rest
}
