package pdftext

import (
	"math"
	"sort"
	"strings"
)

// dropMarginScale removes the scale labels printed round a page whose
// ground is a map, a chart or a drawing sheet: a map's graticule
// coordinates (9°30' LS, 123°20' BT, 10°S), a plot's angle ticks (15°,
// 30°, 45°), a sky chart's hours (2h 30′). Left in, a column of them down the
// left margin sits level with the body's lines, between them, and glues
// lines of the body into one: the page's paragraphs come out as a
// borderless table of word heaps and its tables lose their rows.
//
// A run of labels is trusted only as a whole: three or more short labels,
// each with a digit and a sign that is no digit, all of one shape once
// their digits are set aside (9°#' LS), in a face smaller than the page's
// text, at one pitch, set as a column (one left or right edge) or a row
// (one baseline), and standing clear of everything beside it by two of
// its ems. A table's No column fails on each count (bare numbers, the
// text's own size, its header over it); a column of percentages in the
// text's size fails on the size.
func dropMarginScale(p *pageData) {
	gs := p.glyphs
	if len(gs) < 40 || !someScaleSign(gs) {
		return
	}
	labels := scaleLabels(gs)
	if len(labels) < 3 {
		return
	}
	// The text's size is taken without the labels: on a cover of a few
	// large words they may be most of the page's glyphs.
	inLabel := make([]bool, len(gs))
	for _, l := range labels {
		for i := l.a; i < l.b; i++ {
			inLabel[i] = true
		}
	}
	var rest []glyph
	for i := range gs {
		if !inLabel[i] {
			rest = append(rest, gs[i])
		}
	}
	body := medianSize(rest)
	small := labels[:0]
	for _, l := range labels {
		if l.size <= 0.9*body {
			small = append(small, l)
		}
	}
	labels = small
	if len(labels) < 3 {
		return
	}
	drop := make([]bool, len(gs))
	dropped := false
	// Rows first: a map's top row of labels is no obstacle to its left
	// column once gone, and each run is judged against what is left.
	for _, asRow := range []bool{true, false} {
		for _, run := range scaleRuns(labels, asRow) {
			if scaleClear(gs, drop, run, asRow) {
				for _, l := range run {
					for i := l.a; i < l.b; i++ {
						drop[i] = true
					}
				}
				dropped = true
			}
		}
	}
	if !dropped {
		return
	}
	p.keepGlyphs(drop)
}

// someScaleSign is the cheap gate: a degree, minute or second sign (or
// the quotes typed for them) right after a digit somewhere on the page.
func someScaleSign(gs []glyph) bool {
	for i := 1; i < len(gs); i++ {
		switch gs[i].r {
		case '°', '\'', '′', '″', '"':
			if isASCIIDigit(gs[i-1].r) {
				return true
			}
		}
	}
	return false
}

// scaleLabel is a run of glyphs a..b-1 on one baseline, close together.
type scaleLabel struct {
	a, b                  int
	shape                 string
	x0, x1, top, bot, mid float64
	size                  float64
}

// scaleLabels cuts the page's glyphs into runs (in drawing order, on one
// baseline, no gap wider than an em) and keeps the short ones, with a
// digit and a scale sign.
func scaleLabels(gs []glyph) []scaleLabel {
	var out []scaleLabel
	for i := 0; i < len(gs); {
		if gs[i].space || gs[i].text != "" {
			i++
			continue
		}
		l := scaleLabel{a: i, x0: gs[i].x0, x1: gs[i].x1, top: gs[i].top, bot: gs[i].bottom, size: gs[i].size}
		j := i + 1
		for j < len(gs) && gs[j].text == "" && math.Abs(gs[j].base-gs[i].base) < gs[i].size/3 {
			if !gs[j].space {
				if gs[j].x0-l.x1 > gs[i].size || gs[j].x0 < l.x1-gs[i].size/2 {
					break
				}
				l.x1 = gs[j].x1
				l.size = math.Max(l.size, gs[j].size)
			}
			j++
		}
		l.b = j
		i = j
		if shape, ok := labelShape(gs[l.a:l.b]); ok {
			l.shape, l.mid = shape, gs[l.a].base
			out = append(out, l)
		}
	}
	return out
}

// labelShape writes a label with each run of digits as '#': a label of at
// most 16 glyphs with a digit and a sign that is no digit, letter or
// space (° ' ″), so a bare count or a word never qualifies.
func labelShape(gs []glyph) (string, bool) {
	var b strings.Builder
	n, digit, sign := 0, false, false
	for k := range gs {
		r := gs[k].r
		switch {
		case gs[k].space:
			if b.Len() > 0 && !strings.HasSuffix(b.String(), " ") {
				b.WriteByte(' ')
			}
			continue
		case isASCIIDigit(r):
			digit = true
			if !strings.HasSuffix(b.String(), "#") {
				b.WriteByte('#')
			}
		default:
			if strings.ContainsRune("°'′″\"", r) {
				sign = true
			}
			b.WriteRune(r)
		}
		n++
	}
	return strings.TrimSpace(b.String()), digit && sign && n <= 16
}

// scaleRuns groups labels of one shape set as a row (one baseline) or a
// column (one left or one right edge), three or more at one pitch.
func scaleRuns(ls []scaleLabel, asRow bool) [][]scaleLabel {
	var runs [][]scaleLabel
	taken := make([]bool, len(ls))
	for i := range ls {
		if taken[i] {
			continue
		}
		var run []scaleLabel
		var idx []int
		for j := i; j < len(ls); j++ {
			if taken[j] || ls[j].shape != ls[i].shape {
				continue
			}
			tol := ls[i].size / 3
			same := math.Abs(ls[j].mid-ls[i].mid) < tol
			if !asRow {
				same = math.Abs(ls[j].x0-ls[i].x0) <= 1 || math.Abs(ls[j].x1-ls[i].x1) <= 1
			}
			if same {
				run = append(run, ls[j])
				idx = append(idx, j)
			}
		}
		if len(run) < 3 {
			continue
		}
		sort.Slice(run, func(a, b int) bool {
			if asRow {
				return run[a].x0 < run[b].x0
			}
			return run[a].mid < run[b].mid
		})
		if !onePitch(run, asRow) {
			continue
		}
		for _, j := range idx {
			taken[j] = true
		}
		runs = append(runs, run)
	}
	return runs
}

// onePitch: the steps between neighbours are within a sixth of their
// median, and no step is shorter than the labels' size (a stack of lines
// is no scale).
func onePitch(run []scaleLabel, asRow bool) bool {
	steps := make([]float64, 0, len(run)-1)
	for k := 1; k < len(run); k++ {
		d := run[k].mid - run[k-1].mid
		if asRow {
			d = run[k].x0 - run[k-1].x0
		}
		steps = append(steps, d)
	}
	sorted := append([]float64(nil), steps...)
	sort.Float64s(sorted)
	m := sorted[len(sorted)/2]
	if m < 2*run[0].size {
		return false
	}
	for _, d := range steps {
		if math.Abs(d-m) > m/6 {
			return false
		}
	}
	return true
}

// scaleClear: no glyph left on the page (not dropped, not the run's own)
// comes within two ems of the run on its inner side, over the run's span:
// for a column, the band of its height beside it; for a row, the band of
// its width under or over it. The run must lie on the outer side of the
// page's other text in that band: a column left of it (or right), a row
// over it (or under).
func scaleClear(gs []glyph, drop []bool, run []scaleLabel, asRow bool) bool {
	own := map[int]bool{}
	lo0, hi0, lo1, hi1 := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	size := 0.0
	for _, l := range run {
		for i := l.a; i < l.b; i++ {
			own[i] = true
		}
		size = math.Max(size, l.size)
		lo0, hi0 = math.Min(lo0, l.x0), math.Max(hi0, l.x1)
		lo1, hi1 = math.Min(lo1, l.top), math.Max(hi1, l.bot)
	}
	gap := 2 * size
	before, after := true, true // the run lies before (left/over) or after (right/under) all else
	for i := range gs {
		g := &gs[i]
		if own[i] || drop[i] || g.space {
			continue
		}
		if asRow {
			if g.x1 < lo0 || g.x0 > hi0 {
				continue
			}
			if g.top < hi1+gap {
				before = false
			}
			if g.bottom > lo1-gap {
				after = false
			}
		} else {
			if g.bottom < lo1 || g.top > hi1 {
				continue
			}
			if g.x0 < hi0+gap {
				before = false
			}
			if g.x1 > lo0-gap {
				after = false
			}
		}
		if !before && !after {
			return false
		}
	}
	return before || after
}
