package parse

import (
	"math"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The capaian as a chart typed as text, an indicator a line, its figures
// at the line's end: a performance dashboard's bullet graph, a progress
// bar, a sparkline, a gauge:
//
//	                                   0    25    50    75   100   125 %
//	Persentase kesesuaian Kompetensi …    ██████████████┃░░░░░  82,56 ┃ 80,00 │ 103,20
//	Persentase Laporan … tepat waktu      [########--] 94,44% / 100,00% (94,44%)
//	Indeks kepuasan layanan               ◔◔◔◔◔◔ target 80 | realisasi 82,56 | 103,2 %
//	(kunci: … angka di kanan: realisasi ┃ target │ capaian (%))
//
// The chart's glyphs (block elements, shades, box-drawing marks, geometric
// shapes, a bracketed bar of `#`/`=`) are no figures and are passed over;
// the name is the text before them (it must read as an indicator's
// statement, clipName), the tail after them holds three figures and
// nothing else but separators, `%` and the labels target/realisasi/capaian.
// Which figure is which is named, in this order of trust:
//   - by the tail's labels: two of three named, the third is the rest;
//     one named, the other two by arithmetic (bulletOneLabel);
//   - by a key line near the run listing the three words in the figures'
//     order, only separators between them ("realisasi ┃ target │ capaian");
//   - by arithmetic over the run's columns (trcFits: one reading, and only
//     one, makes capaian = realisasi/target for every line, two lines
//     proving it). Since c = r/t·100 is t = r/c·100, the target and the
//     capaian fit swapped, so unlabelled and unkeyed figures are most often
//     not proven and load nothing.
//
// Every line is then proven on its own (frProve: realisasi/target against
// the capaian); a line failing is reported and not loaded. The run is
// written as one TAB table by clipEmit, which loads it only when one name
// is an indicator the catalogue knows: a DPT growth chart's kecamatan or a
// server's load bars give nothing.

// bulletKeyRe: a key naming the figures' order, separators only between.
var bulletKeyRe = regexp.MustCompile(`(?i)\b(target|realisasi|capaian)[\s┃│|/;,·]{1,6}(target|realisasi|capaian)[\s┃│|/;,·]{1,6}(target|realisasi|capaian)\b`)

// bulletStrong: a glyph that only a chart draws (it opens the chart).
func bulletStrong(r rune) bool {
	return r >= 0x2580 && r <= 0x259F || r >= 0x25A0 && r <= 0x25FF && r != 0x25CB && r != 0x25CF
}

// bulletGlyph: a glyph inside a chart: the strong ones, box-drawing rules
// and markers, a bar's ASCII.
func bulletGlyph(r rune) bool {
	return bulletStrong(r) || r >= 0x2500 && r <= 0x257F || r == 0x25CB || r == 0x25CF || strings.ContainsRune("#=-.>|[]*~_+ ", r)
}

// bulletFig is one figure of a tail: as written and its label role.
type bulletFig struct {
	val  string // as written, its % with it
	role byte   // 't', 'r', 'c' or 0
}

// bulletLine splits a chart line into its name and its tail's figures;
// ok false when it is no chart line.
func bulletLine(l string) (name string, figs []bulletFig, ok bool) {
	if len(l) < 20 || len(l) > 1200 || strings.IndexByte(l, '\t') >= 0 {
		return "", nil, false
	}
	start := -1
	for i, r := range l {
		if bulletStrong(r) || r == '[' && i+1 < len(l) && (l[i+1] == '#' || l[i+1] == '=') {
			start = i
			break
		}
	}
	if start <= 0 {
		return "", nil, false
	}
	end, glyphs := start, 0
	for end < len(l) {
		r, n := utf8.DecodeRuneInString(l[end:])
		if !bulletGlyph(r) {
			break
		}
		if r != ' ' {
			glyphs++
		}
		end += n
	}
	if glyphs < 3 {
		return "", nil, false
	}
	if name = clipName(l[:start], ""); name == "" {
		return "", nil, false
	}
	figs, ok = bulletTail(l[end:])
	return name, figs, ok && len(figs) == 3
}

// bulletTail reads a tail's figures: separators, `%`, labels and figures
// only; a label names the figure after it.
func bulletTail(s string) ([]bulletFig, bool) {
	var figs []bulletFig
	var label byte
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case strings.ContainsRune(" ┃│|/;:=()", r):
			i += n
		case r == '%':
			if len(figs) == 0 || strings.HasSuffix(figs[len(figs)-1].val, "%") {
				return nil, false
			}
			figs[len(figs)-1].val += "%"
			i += n
		case isASCIIDigitByte(s[i]):
			m := clipNumber.FindString(s[i:])
			if m == "" {
				return nil, false
			}
			figs = append(figs, bulletFig{val: m, role: label})
			label = 0
			i += len(m)
		case isLetterByte(s[i]):
			k := i
			for k < len(s) && isLetterByte(s[k]) {
				k++
			}
			switch strings.ToLower(s[i:k]) {
			case "target", "tgt", "t":
				label = 't'
			case "realisasi", "real", "r", "actual":
				label = 'r'
			case "capaian", "c", "achievement":
				label = 'c'
			default:
				return nil, false // words after the figures: a sentence
			}
			i = k
		default:
			return nil, false
		}
	}
	return figs, label == 0
}

// bulletLabelled: the order the tail's labels name, two at least.
func bulletLabelled(figs []bulletFig) (order [3]int, ok bool) {
	order = [3]int{-1, -1, -1} // index of t, r, c
	named := 0
	for i, f := range figs {
		k := strings.IndexByte("trc", f.role)
		if k < 0 {
			continue
		}
		if order[k] >= 0 {
			return order, false
		}
		order[k] = i
		named++
	}
	if named == 1 {
		return bulletOneLabel(figs, order)
	}
	if named < 2 {
		return order, false
	}
	for k := range order {
		if order[k] < 0 {
			for i := range figs {
				if i != order[0] && i != order[1] && i != order[2] {
					order[k] = i
				}
			}
		}
	}
	return order, true
}

// bulletOneLabel: one figure named, the other two placed by arithmetic:
// the one reading of them where capaian = realisasi/target·100 (or, less
// being better, (2·target − realisasi)/target·100), or two readings giving
// the same figures.
func bulletOneLabel(figs []bulletFig, order [3]int) ([3]int, bool) {
	var free []int
	for i := range figs {
		if i != order[0] && i != order[1] && i != order[2] {
			free = append(free, i)
		}
	}
	var fits [][3]int
	for _, p := range [][2]int{{free[0], free[1]}, {free[1], free[0]}} {
		o, k := order, 0
		for j := range o {
			if o[j] < 0 {
				o[j], k = p[k], k+1
			}
		}
		conv := normalize.ColumnConvention([]string{figs[o[0]].val, figs[o[1]].val, figs[o[2]].val})
		t := normalize.ParseNumber(strings.TrimSuffix(figs[o[0]].val, "%"), conv)
		r := normalize.ParseNumber(strings.TrimSuffix(figs[o[1]].val, "%"), conv)
		c := normalize.ParseNumber(strings.TrimSuffix(figs[o[2]].val, "%"), conv)
		if t.Status != normalize.OK || r.Status != normalize.OK || c.Status != normalize.OK || t.Value <= 0 {
			continue
		}
		tol := 0.5*math.Pow(10, -float64(c.Decimals)) + 1e-9
		if math.Abs(c.Value-r.Value/t.Value*100) <= tol || math.Abs(c.Value-(2*t.Value-r.Value)/t.Value*100) <= tol {
			fits = append(fits, o)
		}
	}
	switch {
	case len(fits) == 1:
		return fits[0], true
	case len(fits) == 2 && figs[free[0]].val == figs[free[1]].val:
		return fits[0], true // the same figures either way
	}
	return order, false
}

// bulletKey: the order a key line within lines [from, to) names.
func bulletKey(lines []string, from, to int) (order [3]int, ok bool) {
	for j := max(from, 0); j < min(to, len(lines)); j++ {
		m := bulletKeyRe.FindStringSubmatch(lines[j])
		if m == nil {
			continue
		}
		o := [3]int{-1, -1, -1}
		for i := 1; i <= 3; i++ {
			k := strings.Index("trc", strings.ToLower(m[i])[:1])
			if o[k] >= 0 {
				return o, false
			}
			o[k] = i - 1
		}
		if ok {
			return o, false // two keys
		}
		order, ok = o, true
	}
	return order, ok
}

// bulletArith: the one column order that makes capaian = realisasi/target
// on the run's lines (trcFits).
func bulletArith(run [][]bulletFig) (order [3]int, ok bool) {
	rows := make([][]string, len(run))
	for i, figs := range run {
		for _, f := range figs {
			rows[i] = append(rows[i], strings.TrimSuffix(f.val, "%"))
		}
	}
	conv := map[int]normalize.Convention{}
	for j := 0; j < 3; j++ {
		conv[j] = cellsConvention(rows, j)
	}
	found := false
	for _, p := range [][3]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		if trcFits(rows, conv, p[0], p[1], p[2]) {
			if found {
				return order, false
			}
			order, found = p, true
		}
	}
	return order, found
}

// bulletAxis: a chart's scale or rule line ("0 25 50 75 100 %", "|---+---|").
func bulletAxis(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" {
		return false
	}
	for _, r := range t {
		if !(r >= '0' && r <= '9' || r == '%' || bulletGlyph(r)) {
			return false
		}
	}
	return true
}

// bulletCharts rewrites each run of chart lines as one TAB table; data
// itself when it holds none.
func bulletCharts(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, "█", "▓", "▒", "░", "■", "▇", "▆", "▅", "◔", "◑", "◕", "[#", "[=") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	type item struct {
		line int
		name string
		figs []bulletFig
	}
	var run []item
	flush := func() {
		if len(run) == 0 {
			return
		}
		from, to := run[0].line, run[len(run)-1].line+1
		keyOrder, keyed := bulletKey(lines, from-8, to+4)
		var cols [][]bulletFig
		for _, it := range run {
			cols = append(cols, it.figs)
		}
		arOrder, arith := bulletArith(cols)
		var recs []clipRec
		for _, it := range run {
			order, ok := bulletLabelled(it.figs)
			if !ok && keyed {
				order, ok = keyOrder, true
			}
			if !ok && arith {
				order, ok = arOrder, true
			}
			cr := clipRec{line: it.line + 1}
			if !ok {
				order = [3]int{0, 1, 2} // as written, only to report the line
			}
			t, r, c := it.figs[order[0]].val, it.figs[order[1]].val, it.figs[order[2]].val
			cr.rec = frRecord{name: it.name, t: t, r: r, c: c, hasT: true, hasR: true, hasC: true}
			if strings.HasSuffix(t, "%") && strings.HasSuffix(r, "%") {
				cr.rec.unit = "%"
			}
			if !ok {
				cr.why = "urutan target/realisasi/capaian tidak pasti"
			} else {
				cr.why = frProve(&frRecord{t: strings.TrimSuffix(t, "%"), r: strings.TrimSuffix(r, "%"), c: strings.TrimSuffix(c, "%")})
			}
			recs = append(recs, cr)
		}
		for k := 0; k < 4 && from > 0 && (strings.TrimSpace(lines[from-1]) == "" || bulletAxis(lines[from-1])); k++ {
			from-- // the scale above the bars
		}
		for to-from < len(recs)+1 && to < len(lines) && strings.TrimSpace(lines[to]) == "" {
			to++
		}
		if clipEmit(doc, lines, from, to, recs) {
			changed = true
		}
		run = nil
	}
	last := -1
	for i, l := range lines {
		name, figs, ok := bulletLine(l)
		if !ok {
			if last >= 0 && i-last > 2 || strings.TrimSpace(l) != "" && !bulletAxis(l) {
				flush()
				last = -1
			}
			continue
		}
		run = append(run, item{i, name, figs})
		last = i
	}
	flush()
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}
