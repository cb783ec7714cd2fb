package report

import (
	"fmt"
	"html"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Charts are drawn here as inline SVG so an HTML report is one file that
// opens anywhere, offline, with no script library.

var palette = []string{"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
	"#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"}

// dashes tell apart series beyond the tenth colour.
var dashes = []string{"", "6 3", "2 3", "8 3 2 3"}

// maxBars bounds a bar chart; the table under it has every row.
const maxBars = 40

// maxLines is the most series one line chart draws with a legend: each
// gets its own colour. More become small multiples (one panel per series).
const maxLines = 8

// maxLegend bounds a line chart's legend.
const maxLegend = maxLines

// legendStep is the height of one legend entry.
const legendStep = 14.0

const chartWidth = 960

func colIndex(cols []Column, name string) int {
	for i, c := range cols {
		if c.Name == name {
			return i
		}
	}
	return -1
}

// chartSVG draws a section's chart, or "" when it has none or no data.
func chartSVG(res Result) string {
	ch := res.Section.Chart
	if ch == nil || len(res.Rows) == 0 {
		return ""
	}
	if ch.Kind == ChartBar {
		return splitBars(res)
	}
	return lineChart(res)
}

// splitBars draws one bar chart per value of the chart's Split column (in
// row order), each under its own heading, or one chart without a split.
func splitBars(res Result) string {
	ch := res.Section.Chart
	if ch.Split == "" {
		return barChart(res, res.Rows, res.Rows)
	}
	cols := res.Section.Columns
	si := colIndex(cols, ch.Split)
	var keys []string
	groups := map[string][][]any{}
	for _, r := range res.Rows {
		k := cols[si].Format(r[si])
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], r)
	}
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, `<p class="chart-title">%s: %s</p>`, esc(cols[si].Header), esc(k))
		// One scale for every group, so pemilu and pilkada bars compare.
		b.WriteString(barChart(res, groups[k], res.Rows))
	}
	return b.String()
}

// niceRange widens [lo, hi] to round tick steps and returns the ticks.
func niceRange(lo, hi float64, n int) (float64, float64, []float64) {
	if hi == lo {
		if lo == 0 {
			hi = 1
		} else {
			lo, hi = lo-math.Abs(lo)*0.1, hi+math.Abs(hi)*0.1
		}
	}
	raw := (hi - lo) / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := mag
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if raw <= m*mag {
			step = m * mag
			break
		}
	}
	lo = math.Floor(lo/step) * step
	hi = math.Ceil(hi/step) * step
	var ticks []float64
	for v := lo; v <= hi+step/2; v += step {
		ticks = append(ticks, math.Round(v/step)*step)
	}
	return lo, hi, ticks
}

// axisLabel is a short tick label: rupiah in juta/miliar/triliun.
func axisLabel(c Column, v float64) string {
	switch c.Kind {
	case KindRupiah:
		a := math.Abs(v)
		switch {
		case a >= 1e12:
			return FormatNumber(v/1e12, 1, false) + " T"
		case a >= 1e9:
			return FormatNumber(v/1e9, 1, false) + " M"
		case a >= 1e6:
			return FormatNumber(v/1e6, 0, false) + " jt"
		}
		return FormatNumber(v, 0, false)
	case KindPercent:
		return FormatNumber(v, decimalsFor(v), false) + " %"
	}
	return FormatNumber(v, decimalsFor(v), false)
}

func decimalsFor(v float64) int {
	if v == math.Trunc(v) {
		return 0
	}
	if v*10 == math.Trunc(v*10) {
		return 1
	}
	return 2
}

func esc(s string) string { return html.EscapeString(s) }

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func f1(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// barChart draws rows as bars on a scale that fits scale (a superset of rows).
func barChart(res Result, rows, scale [][]any) string {
	cols, ch := res.Section.Columns, res.Section.Chart
	li := colIndex(cols, ch.Label)
	ai := -1
	if ch.Annotate != "" {
		ai = colIndex(cols, ch.Annotate)
	}
	var vi []int
	for _, v := range ch.Values {
		vi = append(vi, colIndex(cols, v))
	}
	note := ""
	if len(rows) > maxBars {
		note = fmt.Sprintf("Grafik menampilkan %d baris pertama dari %d (urutan tabel); semua ada di tabel.", maxBars, len(rows))
		rows = rows[:maxBars]
	}
	lo, hi := 0.0, 0.0
	for _, r := range scale {
		for _, j := range vi {
			if f, ok := toFloat(r[j]); ok {
				lo, hi = math.Min(lo, f), math.Max(hi, f)
			}
		}
	}
	lo, hi, ticks := niceRange(lo, hi, 5)
	const labelW, valueW, top = 240.0, 130.0, 26.0
	barH := 18.0
	if len(vi) > 1 {
		barH = 12
	}
	groupH := barH*float64(len(vi)) + 8
	plotW := chartWidth - labelW - valueW
	legendH := 0.0
	if len(vi) > 1 {
		legendH = 24
	}
	height := top + groupH*float64(len(rows)) + 8 + legendH
	x := func(v float64) float64 { return labelW + (v-lo)/(hi-lo)*plotW }

	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 %d %s" width="%d" height="%s" role="img" aria-label="%s">`,
		chartWidth, f1(height), chartWidth, f1(height), esc(res.Section.Title))
	for _, t := range ticks {
		fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" class="grid"/>`, f1(x(t)), f1(top-4), f1(x(t)), f1(height-legendH-4))
		fmt.Fprintf(&b, `<text x="%s" y="%s" class="tick" text-anchor="middle">%s</text>`, f1(x(t)), f1(top-10), esc(axisLabel(cols[vi[0]], t)))
	}
	for i, r := range rows {
		y := top + float64(i)*groupH
		label := cols[li].Format(r[li])
		fmt.Fprintf(&b, `<text x="%s" y="%s" class="label" text-anchor="end">%s</text>`,
			f1(labelW-8), f1(y+groupH/2), esc(shorten(label, 34)))
		for k, j := range vi {
			f, ok := toFloat(r[j])
			by := y + 4 + float64(k)*barH
			if !ok {
				fmt.Fprintf(&b, `<text x="%s" y="%s" class="value">%s</text>`, f1(x(0)+4), f1(by+barH-4), Null)
				continue
			}
			x0, x1 := x(math.Min(0, f)), x(math.Max(0, f))
			fmt.Fprintf(&b, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s"><title>%s: %s</title></rect>`,
				f1(x0), f1(by), f1(math.Max(x1-x0, 0.5)), f1(barH-2), palette[k%len(palette)],
				esc(label+", "+cols[j].Header), esc(cols[j].Format(r[j])))
			value := cols[j].Format(r[j])
			if ai >= 0 && r[ai] != nil {
				value += " · " + cols[ai].Format(r[ai])
			}
			fmt.Fprintf(&b, `<text x="%s" y="%s" class="value">%s</text>`, f1(x1+4), f1(by+barH-5), esc(value))
		}
	}
	fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" class="axis"/>`, f1(x(0)), f1(top-4), f1(x(0)), f1(height-legendH-4))
	if len(vi) > 1 {
		for k, j := range vi {
			lx := labelW + float64(k)*180
			fmt.Fprintf(&b, `<rect x="%s" y="%s" width="12" height="12" fill="%s"/><text x="%s" y="%s" class="legend">%s</text>`,
				f1(lx), f1(height-18), palette[k%len(palette)], f1(lx+16), f1(height-8), esc(cols[j].Header))
		}
	}
	b.WriteString("</svg>")
	if note != "" {
		b.WriteString(`<p class="note">` + esc(note) + `</p>`)
	}
	return b.String()
}

type series struct {
	name  string
	col   Column
	y     map[string]float64 // by x key
	color string
	dash  string
}

func lineChart(res Result) string {
	cols, ch := res.Section.Columns, res.Section.Chart
	xi := colIndex(cols, ch.X)
	xs := map[string]float64{} // x key -> sort value
	var xkeys []string
	var all []*series
	bySeries := map[string]*series{}
	get := func(name string, col Column) *series {
		if s, ok := bySeries[name]; ok {
			return s
		}
		n := len(all)
		s := &series{name: name, col: col, y: map[string]float64{}, color: palette[n%len(palette)],
			dash: dashes[(n/len(palette))%len(dashes)]}
		bySeries[name] = s
		all = append(all, s)
		return s
	}
	for _, r := range res.Rows {
		key := cols[xi].Format(r[xi])
		if _, ok := xs[key]; !ok {
			f, ok := toFloat(r[xi])
			if !ok {
				f = float64(len(xkeys))
			}
			xs[key] = f
			xkeys = append(xkeys, key)
		}
		if ch.Series != "" {
			si, vi := colIndex(cols, ch.Series), colIndex(cols, ch.Values[0])
			s := get(cols[si].Format(r[si]), cols[vi])
			if f, ok := toFloat(r[vi]); ok {
				s.y[key] = f
			}
			continue
		}
		for _, v := range ch.Values {
			vi := colIndex(cols, v)
			s := get(cols[vi].Header, cols[vi])
			if f, ok := toFloat(r[vi]); ok {
				s.y[key] = f
			}
		}
	}
	sort.SliceStable(xkeys, func(i, j int) bool { return xs[xkeys[i]] < xs[xkeys[j]] })
	lo, hi, first := 0.0, 0.0, true
	for _, s := range all {
		for _, v := range s.y {
			if first {
				lo, hi, first = v, v, false
			}
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
	}
	if first {
		return ""
	}
	pad := (hi - lo) * 0.05
	lo, hi, ticks := niceRange(lo-pad, hi+pad, 5)
	if len(all) > maxLines {
		return smallMultiples(res, all, xkeys, lo, hi, ticks)
	}
	const left, right, top, bottom = 90.0, 200.0, 16.0, 40.0
	height := math.Max(340, top+legendStep*float64(min(len(all), maxLegend+1))+bottom)
	plotW, plotH := chartWidth-left-right, height-top-bottom
	x := func(i int) float64 {
		if len(xkeys) == 1 {
			return left + plotW/2
		}
		return left + float64(i)*plotW/float64(len(xkeys)-1)
	}
	y := func(v float64) float64 { return top + (hi-v)/(hi-lo)*plotH }

	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-label="%s">`,
		chartWidth, int(height), chartWidth, int(height), esc(res.Section.Title))
	for _, t := range ticks {
		fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" class="grid"/>`, f1(left), f1(y(t)), f1(left+plotW), f1(y(t)))
		fmt.Fprintf(&b, `<text x="%s" y="%s" class="tick" text-anchor="end">%s</text>`, f1(left-8), f1(y(t)+4), esc(axisLabel(all[0].col, t)))
	}
	for i, k := range xkeys {
		fmt.Fprintf(&b, `<text x="%s" y="%s" class="tick" text-anchor="middle">%s</text>`, f1(x(i)), f1(height-bottom+20), esc(k))
	}
	fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" class="axis"/>`, f1(left), f1(top+plotH), f1(left+plotW), f1(top+plotH))
	for _, s := range all {
		polylines(&b, s, xkeys, x, y, s.color, s.dash, 3.5)
	}
	for i, s := range all {
		if i == maxLegend {
			fmt.Fprintf(&b, `<text x="%s" y="%s" class="legend">+%d lainnya</text>`, f1(left+plotW+16), f1(top+float64(i)*legendStep+9), len(all)-maxLegend)
			break
		}
		ly := top + float64(i)*legendStep
		fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="3"/>`,
			f1(left+plotW+16), f1(ly+5), f1(left+plotW+34), f1(ly+5), s.color)
		fmt.Fprintf(&b, `<text x="%s" y="%s" class="legend">%s</text>`, f1(left+plotW+40), f1(ly+9), esc(shorten(s.name, 24)))
	}
	b.WriteString("</svg>")
	return b.String()
}

// smallMultiples draws one small panel per series on a shared scale, in
// order of each series' last value (highest first): 23 satkers stay
// readable where 23 coloured lines and their legend would not.
func smallMultiples(res Result, all []*series, xkeys []string, lo, hi float64, ticks []float64) string {
	const perRow, panelH, gap, titleH, axisH, left = 4, 120.0, 14.0, 18.0, 16.0, 44.0
	last := func(s *series) (float64, bool) {
		for i := len(xkeys) - 1; i >= 0; i-- {
			if v, ok := s.y[xkeys[i]]; ok {
				return v, true
			}
		}
		return 0, false
	}
	sorted := append([]*series(nil), all...)
	sort.SliceStable(sorted, func(i, j int) bool {
		vi, oki := last(sorted[i])
		vj, okj := last(sorted[j])
		if oki != okj {
			return oki
		}
		return vi > vj
	})
	panelW := float64(chartWidth) / perRow
	rowsN := (len(sorted) + perRow - 1) / perRow
	cellH := titleH + panelH + axisH + gap
	height := cellH * float64(rowsN)
	plotW, plotH := panelW-left-12, panelH
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 %d %s" width="%d" height="%s" role="img" aria-label="%s">`,
		chartWidth, f1(height), chartWidth, f1(height), esc(res.Section.Title))
	for n, s := range sorted {
		ox := float64(n%perRow) * panelW
		oy := float64(n/perRow) * cellH
		x := func(i int) float64 {
			if len(xkeys) == 1 {
				return ox + left + plotW/2
			}
			return ox + left + float64(i)*plotW/float64(len(xkeys)-1)
		}
		y := func(v float64) float64 { return oy + titleH + (hi-v)/(hi-lo)*plotH }
		title := s.name
		if v, ok := last(s); ok {
			title = shorten(s.name, 22) + " · " + s.col.Format(v)
		}
		fmt.Fprintf(&b, `<text x="%s" y="%s" class="label">%s</text>`, f1(ox+left), f1(oy+titleH/2), esc(title))
		// Every grid line, but only the ends labelled: enough on a small panel.
		for i, t := range ticks {
			fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" class="grid"/>`, f1(ox+left), f1(y(t)), f1(ox+left+plotW), f1(y(t)))
			if i == 0 || i == len(ticks)-1 {
				fmt.Fprintf(&b, `<text x="%s" y="%s" class="tick" text-anchor="end">%s</text>`, f1(ox+left-4), f1(y(t)+4), esc(axisLabel(s.col, t)))
			}
		}
		fmt.Fprintf(&b, `<text x="%s" y="%s" class="tick" text-anchor="start">%s</text>`, f1(x(0)), f1(oy+titleH+panelH+axisH-3), esc(xkeys[0]))
		if len(xkeys) > 1 {
			fmt.Fprintf(&b, `<text x="%s" y="%s" class="tick" text-anchor="end">%s</text>`, f1(x(len(xkeys)-1)), f1(oy+titleH+panelH+axisH-3), esc(xkeys[len(xkeys)-1]))
		}
		polylines(&b, s, xkeys, x, y, palette[0], "", 2.5)
	}
	b.WriteString("</svg>")
	return b.String()
}

// polylines draws one series: a line per run of consecutive x keys that
// have a value (a missing year breaks the line rather than bridging it),
// then a dot with a tooltip per value, so the dots sit above the lines.
func polylines(b *strings.Builder, s *series, xkeys []string, x func(int) float64, y func(float64) float64, color, dash string, r float64) {
	if dash != "" {
		dash = ` stroke-dasharray="` + dash + `"`
	}
	var seg []string
	flush := func() {
		if len(seg) > 1 {
			fmt.Fprintf(b, `<polyline points="%s" fill="none" stroke="%s" stroke-width="2"%s/>`, strings.Join(seg, " "), color, dash)
		}
		seg = nil
	}
	for i, k := range xkeys {
		v, ok := s.y[k]
		if !ok {
			flush()
			continue
		}
		seg = append(seg, f1(x(i))+","+f1(y(v)))
	}
	flush()
	for i, k := range xkeys {
		if v, ok := s.y[k]; ok {
			fmt.Fprintf(b, `<circle cx="%s" cy="%s" r="%s" fill="%s"><title>%s, %s: %s</title></circle>`,
				f1(x(i)), f1(y(v)), f1(r), color, esc(s.name), esc(k), esc(s.col.Format(v)))
		}
	}
}
