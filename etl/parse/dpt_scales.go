package parse

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT drawn as balance scales (a gender-balance poster's timbangan)
// typed again: one scale an area, a heading naming it (with its village
// and TPS counts), the beam on its fulcrum, a pan hanging at either end
// holding one sex's figure (the heavier lower), the stand and the total
// under it; the kabupaten's scale last. Scales stand one under another
// (one a paragraph) or abreast (several in one paragraph):
//
//	01 ALAK · 12 desa/kel · 130 TPS
//	                    △
//	       ┌────────────┴────────────┐
//	       │                  ╲ P    22.094 ╱
//	╲ L    22.735 ╱            ▔▔▔▔▔▔▔▔▔▔▔▔▔
//	                   ═╧═
//	            jumlah pemilih 44.829
//
// Read block by block it is drawing. dptScales rewrites a run of such
// scales in place (line for line) as the TAB DPT table it stands for, which
// the table readers then read under the caption above it, as for
// dpt_dumbbell.go's charts.
//
// What the reader trusts: a scale is the drawing under one heading: its
// fulcrum (`┴` on the beam, or `△`) says where it stands; every pan
// (`╲ … ╱`) and every total (a total's word, `jumlah pemilih`, `jumlah`,
// `total`, `L+P`, then a figure) belongs to the fulcrum nearest it, so
// scales abreast are cut by their beams' columns; the headings abreast are
// the heading line's pieces parted by wide gaps, one a fulcrum, in order.
// A scale is a record only with exactly one pan labelled for each sex
// (its word on the pan, never its side), one pan each side of its fulcrum,
// exactly one total and no other figure; L + P = total proves it, a scale
// whose pans disagree with its total is reported and gives no row. The
// kabupaten's scale is the one its heading names as the whole (dpt_items.go's
// dptItemWhole) or, unnamed, the last when it is the sum of all the others;
// it is a row only when the areas' L, P, total (and village and TPS
// counts, when stated) sum to it, else it is reported. The tilt is no
// fact; a pan holding a percentage, a year or any other label makes the
// drawing no scale of the roll.

// scaleGate is the cheap look: a pan's left and right rims.
func scaleGate(data []byte) bool {
	return bytes.Contains(data, []byte("╲")) && bytes.Contains(data, []byte("╱"))
}

type scaleRec struct {
	line           int // the heading's line (0-based)
	name           string
	desa, tps      string
	dv, tv         int
	ls, ps, ts     string
	l, p, t        int
	whole, wrong   bool
	hasDesa, hasTP bool
}

// dptScales rewrites every run of balance scales of data as a TAB table.
func dptScales(doc *facts.Document, data []byte) []byte {
	if !scaleGate(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		e := i
		for e < len(lines) && strings.TrimSpace(lines[e]) != "" {
			e++
		}
		recs, ok := scalePara(lines, i, e)
		if !ok {
			i = e
			continue
		}
		// the run: the next paragraphs of scales, blank lines between
		from, to := i, e
		for {
			n := to
			for n < len(lines) && strings.TrimSpace(lines[n]) == "" {
				n++
			}
			m := n
			for m < len(lines) && strings.TrimSpace(lines[m]) != "" {
				m++
			}
			more, ok := scalePara(lines, n, m)
			if n == m || !ok {
				break
			}
			recs, to = append(recs, more...), m
		}
		if scaleWrite(doc, lines, from, to, recs) {
			changed = true
		}
		i = to
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// scalePan is one pan `╲ label figure ╱`: its sex, figure and column.
type scalePan struct {
	sex  byte
	fig  string
	v    int
	col  int
	line int
}

// reScaleTotal is a scale's total: its word, then the figure.
var reScaleTotal = regexp.MustCompile(`(?i)(?:^|[\s:])(jumlah pemilih|total pemilih|jumlah|total|l\s*\+\s*p|σ)\s*[:=]?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:\s|$)`)

// scalePara reads the scales of paragraph lines[from:to]; ok when it is a
// paragraph of scales, every one read (a wrong one marked).
func scalePara(lines []string, from, to int) ([]scaleRec, bool) {
	if to-from < 4 {
		return nil, false
	}
	pans := false
	for k := from; k < to; k++ {
		if strings.Contains(lines[k], "╲") {
			pans = true
			break
		}
	}
	if !pans {
		return nil, false
	}
	// the drawing opens at the first line of fulcrum, beam or pan; one
	// heading line above it
	d := from
	for d < to && !strings.ContainsAny(lines[d], "△┴┌┐╲") {
		d++
	}
	if d != from+1 {
		return nil, false
	}
	// the fulcrums: ┴ on a beam, else △
	var fulc []int
	for k := d; k < to; k++ {
		if !strings.Contains(lines[k], "─") {
			continue
		}
		for c, r := range []rune(lines[k]) {
			if r == '┴' {
				fulc = append(fulc, c)
			}
		}
		if len(fulc) > 0 {
			break
		}
	}
	if len(fulc) == 0 {
		for c, r := range []rune(lines[d]) {
			if r == '△' {
				fulc = append(fulc, c)
			}
		}
	}
	if len(fulc) == 0 {
		return nil, false
	}
	heads := scaleHeadPieces(lines[from])
	if len(heads) != len(fulc) {
		return nil, false
	}
	recs := make([]scaleRec, len(fulc))
	for k, h := range heads {
		r, ok := scaleHead(h)
		if !ok {
			return nil, false
		}
		r.line = from
		r.l, r.p, r.t = -1, -1, -1
		recs[k] = r
	}
	nearest := func(col int) int {
		best := 0
		for k, f := range fulc {
			if abs2(col-f) < abs2(col-fulc[best]) {
				best = k
			}
		}
		return best
	}
	left := make([]int, len(fulc))
	right := make([]int, len(fulc))
	for k := d; k < to; k++ {
		rs := []rune(lines[k])
		rest := lines[k]
		// the pans
		if strings.Contains(rest, "╲") {
			var keep []rune
			for a := 0; a < len(rs); a++ {
				if rs[a] != '╲' {
					keep = append(keep, rs[a])
					continue
				}
				b := a + 1
				for b < len(rs) && rs[b] != '╱' {
					b++
				}
				if b == len(rs) {
					return nil, false
				}
				in := strings.TrimSpace(string(rs[a+1 : b]))
				if in == "" || !strings.ContainsAny(in, "0123456789") {
					a = b
					keep = append(keep, ' ')
					continue
				}
				f := strings.Fields(in)
				if len(f) != 2 || !reItemCount.MatchString(f[1]) {
					return nil, false // a percentage, a year, a word more: no pan of the roll
				}
				sex := sexWord(f[0])
				v, ok := dptFigure(f[1])
				if sex == 0 || !ok {
					return nil, false
				}
				s := nearest((a + b) / 2)
				r := &recs[s]
				if (a+b)/2 < fulc[s] {
					left[s]++
				} else {
					right[s]++
				}
				if sex == 'L' {
					if r.l >= 0 {
						return nil, false
					}
					r.l, r.ls = v, f[1]
				} else {
					if r.p >= 0 {
						return nil, false
					}
					r.p, r.ps = v, f[1]
				}
				for ; a < b; a++ {
					keep = append(keep, ' ')
				}
				keep = append(keep, ' ')
			}
			rs = keep
			rest = string(rs)
		}
		// the totals
		for _, m := range reScaleTotal.FindAllStringSubmatchIndex(rest, -1) {
			col := len([]rune(rest[:m[2]]))
			end := len([]rune(rest[:m[5]]))
			s := nearest((col + end) / 2)
			if recs[s].t >= 0 {
				return nil, false
			}
			v, ok := dptFigure(rest[m[4]:m[5]])
			if !ok {
				return nil, false
			}
			recs[s].t, recs[s].ts = v, rest[m[4]:m[5]]
			rest = rest[:m[2]] + strings.Repeat(" ", m[5]-m[2]) + rest[m[5]:]
		}
		// no other figure in the drawing
		if strings.ContainsAny(rest, "0123456789") {
			return nil, false
		}
	}
	for k := range recs {
		r := &recs[k]
		if r.l < 0 || r.p < 0 || r.t < 0 || left[k] != 1 || right[k] != 1 {
			return nil, false
		}
		r.wrong = r.l+r.p != r.t
		r.whole = dptItemWhole(r.name)
	}
	return recs, true
}

// reScaleGap parts headings abreast.
var reScaleGap = regexp.MustCompile(`\t|  +`)

// scaleHeadPieces parts a heading line into the headings abreast: pieces
// between gaps of two spaces or more (or a TAB).
func scaleHeadPieces(l string) []string {
	var out []string
	for _, s := range reScaleGap.Split(strings.TrimSpace(l), -1) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// scaleHead reads one heading: an optional number, the area's name, then
// its counts parted by a mark ("01 ALAK · 12 desa/kel · 130 TPS").
func scaleHead(h string) (scaleRec, bool) {
	var r scaleRec
	parts := strings.FieldsFunc(h, func(c rune) bool { return c == '·' || c == '•' || c == '|' })
	if len(parts) == 0 || len(parts) > 3 {
		return r, false
	}
	f := strings.Fields(parts[0])
	if len(f) > 1 && strings.TrimRight(f[0], ".)") != "" && strings.Trim(strings.TrimRight(f[0], ".)"), "0123456789") == "" {
		f = f[1:] // the scale's number
	}
	name := strings.Join(f, " ")
	if name == "" || len(f) > 6 || strings.ContainsAny(name, "0123456789:") || !hasLetter(name) {
		return r, false
	}
	for _, c := range name {
		if !unicode.IsLetter(c) && !strings.ContainsRune(" .-'/()", c) {
			return r, false
		}
	}
	r.name = name
	for _, part := range parts[1:] {
		g := strings.Fields(part)
		if len(g) != 2 {
			return r, false
		}
		num, word := g[0], g[1]
		if _, ok := dptFigure(num); !ok {
			num, word = g[1], g[0]
		}
		v, ok := dptFigure(num)
		if !ok {
			return r, false
		}
		w := strings.ToLower(word)
		switch {
		case (strings.HasPrefix(w, "desa") || strings.HasPrefix(w, "kel")) && !r.hasDesa:
			r.desa, r.dv, r.hasDesa = num, v, true
		case w == "tps" && !r.hasTP:
			r.tps, r.tv, r.hasTP = num, v, true
		default:
			return r, false
		}
	}
	return r, true
}

// scaleRuns rewrites, line by line, each run that starts at a line marked
// by starts and that at reads (its lines [from, to) and records) as the
// TAB table scaleWrite proves; data itself when nothing is written.
func scaleRuns(doc *facts.Document, data []byte, starts func(string) bool, at func([]string, int) (int, int, []scaleRec, bool)) []byte {
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !starts(lines[i]) {
			continue
		}
		from, to, recs, ok := at(lines, i)
		if !ok {
			continue
		}
		if scaleWrite(doc, lines, from, to, recs) {
			changed = true
		}
		i = to - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// scaleWrite proves the run's records and writes them over lines[from:to]
// as a TAB table; false when nothing is written.
func scaleWrite(doc *facts.Document, lines []string, from, to int, recs []scaleRec) bool {
	// the whole: the one named so, else the last when it sums the others
	whole := -1
	for k, r := range recs {
		if r.whole {
			if whole >= 0 {
				return false // two wholes: a province's scales, not one roll
			}
			whole = k
		}
	}
	seen := map[string]bool{}
	for k, r := range recs {
		if k == whole {
			continue
		}
		u := strings.ToUpper(r.name)
		if seen[u] {
			return false // an area twice: which scale counts is not stated
		}
		seen[u] = true
	}
	if whole < 0 && len(recs) >= 4 {
		last := len(recs) - 1
		var l, p, t int
		for _, r := range recs[:last] {
			l, p, t = l+r.l, p+r.p, t+r.t
		}
		if w := recs[last]; !w.wrong && l == w.l && p == w.p && t == w.t {
			// proven by its sums, named by no whole's word: the table's
			// total word says what it is (a table reader takes a bare
			// "KOTA KUPANG" for one more area)
			whole = last
			recs[last].name = "Jumlah"
		}
	}
	var rows []string
	var l, p, t, dv, tv int
	desaAll, tpsAll := true, true
	for k, r := range recs {
		if r.wrong {
			doc.Add(facts.Finding{Span: facts.Span{Start: r.line + 1, End: r.line + 1}, Aturan: "dpt.lp_tidak_sama_total",
				Tingkat: facts.Warning, Nilai: shorten(strings.TrimSpace(lines[r.line]), 200),
				Pesan: fmt.Sprintf("timbangan DPT baris %d: L %s + P %s tidak sama dengan jumlah %s; tidak dimuat", r.line+1, r.ls, r.ps, r.ts)})
		}
		if k == whole || r.wrong {
			continue
		}
		rows = append(rows, r.name+"\t"+r.desa+"\t"+r.tps+"\t"+r.ls+"\t"+r.ps+"\t"+r.ts)
		l, p, t, dv, tv = l+r.l, p+r.p, t+r.t, dv+r.dv, tv+r.tv
		desaAll, tpsAll = desaAll && r.hasDesa, tpsAll && r.hasTP
	}
	wrong := 0
	for _, r := range recs {
		if r.wrong {
			wrong++
		}
	}
	if len(rows) < 2 {
		return false
	}
	if whole >= 0 {
		w := recs[whole]
		switch {
		case w.wrong:
		case w.l != l || w.p != p || w.t != t ||
			w.hasDesa && (!desaAll || w.dv != dv) || w.hasTP && (!tpsAll || w.tv != tv):
			doc.Add(facts.Finding{Span: facts.Span{Start: w.line + 1, End: w.line + 1}, Aturan: "dpt.jumlah_tidak_sama",
				Tingkat: facts.Warning, Nilai: shorten(strings.TrimSpace(lines[w.line]), 200),
				Pesan: fmt.Sprintf("timbangan DPT baris %d: angka %s bukan jumlah timbangan wilayahnya (%d timbangan tidak dimuat); tidak dimuat", w.line+1, w.name, wrong)})
		default:
			rows = append(rows, w.name+"\t"+w.desa+"\t"+w.tps+"\t"+w.ls+"\t"+w.ps+"\t"+w.ts)
		}
	}
	if len(rows)+1 > to-from {
		return false
	}
	for k := from; k < to; k++ {
		lines[k] = ""
	}
	lines[from] = "Kecamatan\tDesa/Kel\tTPS\tL\tP\tJumlah"
	for k, row := range rows {
		lines[from+1+k] = row
	}
	return true
}
