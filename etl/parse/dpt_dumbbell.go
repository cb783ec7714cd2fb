package parse

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT printed as a dumbbell chart (grafik halter) typed again: a key
// naming which point is which sex, an axis with its scale over it, then one
// line a kecamatan, the two sexes' figures either side of the axis, the two
// points on the axis joined by a bar, and the line's total after a Σ:
//
//	Keterangan: ● laki-laki   ○ perempuan   ━ selisih
//	                         0        2.000        4.000
//	KECAMATAN             L  ┼──────────┼──────────┼  P      JUMLAH
//	LEWA (16 desa/kel, 29 TPS)   4.648      ○━●        4.379   Σ 9.027
//	…
//	Catatan: Kabupaten X seluruhnya 156 desa/kelurahan, 531 TPS; laki-laki 95.113, perempuan 92.311, jumlah 187.424 pemilih.
//
// Read block by block it is no table. dumbbellCharts rewrites such a chart
// in place (line for line) as the TAB DPT table it stands for, which the
// table readers then read under the caption above it.
//
// Which figure is L and which P is never assumed. It is the header's sex
// labels beside the axis, and the points' order: on an axis rising to the
// right the larger figure's point stands right, so a line whose figures
// differ and whose two points are printed apart, a bar between them, says
// which sex is which side through the key. The two must agree on every line that says; with
// no header, the lines must all say the same and one must say it. A line is
// a row only when its two figures sum to its Σ. The note under the chart
// gives the kabupaten's row only when it names its figures by sex and
// total, they add up, and the lines sum to them.

// dumbbellPoints are the glyphs a chart's key may give its points.
const dumbbellPoints = "●○◆◇■□▲△◉◎"

// dumbbellCharts rewrites every dumbbell chart of data as a TAB table.
func dumbbellCharts(doc *facts.Document, data []byte) []byte {
	// the cheap look: a line's total after a Σ and a filled point
	if !docHas(doc, data, "Σ") || !bytes.ContainsAny(data, dumbbellPoints) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		key, ok := dumbbellKey(lines[i])
		if !ok {
			continue
		}
		if j, ok := dumbbellChart(lines, i, key); ok {
			changed = true
			i = j
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// dumbbellKey reads a key line: each point glyph followed by its sex's
// word; ok only when two glyphs name the two sexes.
func dumbbellKey(l string) (map[rune]byte, bool) {
	if !strings.ContainsAny(l, dumbbellPoints) {
		return nil, false
	}
	key := map[rune]byte{}
	rs := []rune(l)
	for k, r := range rs {
		if !strings.ContainsRune(dumbbellPoints, r) {
			continue
		}
		w := dumbbellWord(rs[k+1:])
		if s := sexWord(w); s != 0 {
			key[r] = s
		}
	}
	var l1, p1 int
	for _, s := range key {
		if s == 'L' {
			l1++
		} else {
			p1++
		}
	}
	return key, l1 == 1 && p1 == 1
}

// dumbbellWord is the first word of rs (letters and hyphens), lower-cased.
func dumbbellWord(rs []rune) string {
	k := 0
	for k < len(rs) && rs[k] == ' ' {
		k++
	}
	e := k
	for e < len(rs) && (unicode.IsLetter(rs[e]) || rs[e] == '-') {
		e++
	}
	return strings.ToLower(string(rs[k:e]))
}

// sexWord: 'L' for a word naming men, 'P' for women, 0 otherwise.
func sexWord(w string) byte {
	w = strings.Trim(strings.ToLower(w), ".:()")
	switch {
	case w == "l" || w == "lk" || w == "laki" || strings.HasPrefix(w, "laki-") || w == "pria":
		return 'L'
	case w == "p" || w == "pr" || w == "perempuan" || w == "wanita":
		return 'P'
	}
	return 0
}

// dumbbellAxis: the axis token of a header line (ticks joined by rules)
// and its field index; -1 when the line has none.
func dumbbellAxis(f []string) int {
	for k, t := range f {
		ticks, rule := 0, 0
		for _, r := range t {
			switch r {
			case '┼', '┬', '┴', '├', '┤', '+', '|':
				ticks++
			case '─', '━', '-', '═':
				rule++
			default:
				ticks = -100
			}
		}
		if ticks >= 2 && rule >= 2 {
			return k
		}
	}
	return -1
}

// dumbbellChart reads the chart whose key is line i and rewrites it; it
// returns the last line read.
func dumbbellChart(lines []string, i int, key map[rune]byte) (int, bool) {
	ax := -1
	var head []string
	var scale []int
	for k := i + 1; k < len(lines) && k <= i+6; k++ {
		f := strings.Fields(lines[k])
		if a := dumbbellAxis(f); a >= 0 {
			ax, head = k, f
			break
		}
		if len(f) > 0 {
			if !allFigures(f) {
				return i, false // prose between the key and the axis: not this chart
			}
			scale = append(scale, k)
		}
	}
	if ax < 0 {
		return i, false
	}
	a := dumbbellAxis(head)
	// the header's sides: the word just left of the axis and just right of it
	side := byte(0) // 'L' when the left figure is L, 'P' when it is P
	if a > 0 {
		if s := sexWord(head[a-1]); s != 0 {
			side = s
			if a+1 < len(head) {
				if r := sexWord(head[a+1]); r == s {
					return i, false
				}
			}
		}
	}
	rising := true
	if len(scale) == 1 {
		f := strings.Fields(lines[scale[0]])
		x, ok1 := dptFigure(f[0])
		y, ok2 := dptFigure(f[len(f)-1])
		if ok1 && ok2 && x > y {
			rising = false
		}
	}
	var rows []dumbbellRow
	vote := byte(0)
	end := ax
	for k := ax + 1; k < len(lines); k++ {
		r, ok := dumbbellLine(lines[k], key, rising)
		if !ok {
			break
		}
		end = k
		if r.vote != 0 {
			if vote != 0 && vote != r.vote || side != 0 && side != r.vote {
				return i, false // the points contradict the header or each other
			}
			vote = r.vote
		}
		if r.lv+r.rv != r.tv {
			continue // the line does not prove its figures
		}
		rows = append(rows, r)
	}
	if side == 0 {
		side = vote
	}
	if side == 0 || len(rows) == 0 {
		return i, false
	}
	label := "Kecamatan" // the lines' areas: the header's word when it names a level
	if a > 0 {
		if w := strings.ToLower(head[0]); strings.HasPrefix(w, "desa") || strings.HasPrefix(w, "kelurahan") || w == "distrik" {
			label = head[0]
		}
	}
	for _, k := range scale {
		lines[k] = ""
	}
	lines[i] = ""
	lines[ax] = label + "\tDesa/Kel\tTPS\tL\tP\tJumlah"
	var sl, sp, st, sd, stps int
	counts := true
	for k := ax + 1; k <= end; k++ {
		lines[k] = ""
	}
	// the rows close up under the header: a line that did not prove leaves no gap in the table
	at := ax + 1
	for _, r := range rows {
		l, p := r.left, r.right
		lv, pv := r.lv, r.rv
		if side == 'P' {
			l, p, lv, pv = p, l, pv, lv
		}
		lines[at] = r.name + "\t" + r.desa + "\t" + r.tps + "\t" + l + "\t" + p + "\t" + r.total
		at++
		sl, sp, st = sl+lv, sp+pv, st+r.tv
		sd, stps = sd+r.dv, stps+r.pv
		counts = counts && r.desa != "" && r.tps != ""
	}
	// the kabupaten's row from the note under the chart, when the lines sum to it
	for k := end + 1; k < len(lines) && k <= end+2; k++ {
		if strings.TrimSpace(lines[k]) == "" {
			continue
		}
		n, ok := dumbbellNote(lines[k])
		if !ok || n.l+n.p != n.t || n.l != sl || n.p != sp || n.t != st ||
			n.desa >= 0 && (!counts || n.desa != sd) || n.tps >= 0 && (!counts || n.tps != stps) {
			break
		}
		d, t := "", ""
		if n.desa >= 0 {
			d = strconv.Itoa(n.desa)
		}
		if n.tps >= 0 {
			t = strconv.Itoa(n.tps)
		}
		lines[at] = strings.ToUpper(n.name) + "\t" + d + "\t" + t + "\t" + n.ls + "\t" + n.ps + "\t" + n.ts
		if at < k {
			lines[k] = "" // the note now stands in the table's last row
		}
		break
	}
	return end, true
}

// allFigures: every field is a figure (a chart's scale line).
func allFigures(f []string) bool {
	for _, t := range f {
		if _, ok := dptFigure(t); !ok {
			return false
		}
	}
	return true
}

// isWordy: t is a word of letters (a header's first column).
func isWordy(t string) bool {
	for _, r := range t {
		if !unicode.IsLetter(r) && r != '/' && r != '.' {
			return false
		}
	}
	return t != ""
}

// dptFigure reads a voter count: bare digits or thousands groups by points
// (control_cards.go's cardAmount, without the ",00" an amount may carry).
func dptFigure(s string) (int, bool) {
	if strings.HasSuffix(s, ",00") || strings.TrimSpace(s) != s {
		return 0, false
	}
	v, ok := cardAmount(s)
	return int(v), ok
}

type dumbbellRow struct {
	name, desa, tps    string
	left, right, total string
	lv, rv, tv, dv, pv int
	vote               byte // the side the points say is L's ('L' left, 'P' right), 0 when they do not say
}

// dumbbellLine reads one chart line: the name (with its desa and TPS
// counts in brackets), a figure, the points, a figure, Σ and the total.
func dumbbellLine(l string, key map[rune]byte, rising bool) (dumbbellRow, bool) {
	var r dumbbellRow
	sig := strings.Index(l, "Σ")
	if sig < 0 {
		return r, false
	}
	tf := strings.Fields(l[sig+len("Σ"):])
	if len(tf) != 1 {
		return r, false
	}
	tv, ok := dptFigure(tf[0])
	if !ok {
		return r, false
	}
	r.total, r.tv = tf[0], tv
	body := l[:sig]
	if o := strings.IndexByte(body, '('); o > 0 {
		c := strings.IndexByte(body[o:], ')')
		if c < 0 {
			return r, false
		}
		r.name = strings.TrimSpace(body[:o])
		if !dumbbellCounts(body[o+1:o+c], &r) {
			return r, false
		}
		body = body[o+c+1:]
	}
	f := strings.Fields(body)
	// without brackets the name is the words before the first figure
	k := 0
	if r.name == "" {
		for k < len(f) {
			if _, ok := dptFigure(f[k]); ok {
				break
			}
			k++
		}
		r.name = strings.Join(f[:k], " ")
	}
	f = f[k:]
	if r.name == "" || len(f) < 2 {
		return r, false
	}
	lv, ok1 := dptFigure(f[0])
	rv, ok2 := dptFigure(f[len(f)-1])
	if !ok1 || !ok2 {
		return r, false
	}
	r.left, r.right, r.lv, r.rv = f[0], f[len(f)-1], lv, rv
	var pts []rune
	bar := false // a bar between the two points: they stand in cells of their own
	for _, t := range f[1 : len(f)-1] {
		for _, c := range t {
			switch {
			case key[c] != 0:
				pts = append(pts, c)
			case c == '━' || c == '─' || c == '-' || c == '=' || c == '═':
				bar = bar || len(pts) == 1
			case strings.ContainsRune(dumbbellPoints, c):
			default:
				return r, false // another figure or a word between: not a chart line
			}
		}
	}
	// Two points side by side ("●○") share a cell or two: their order is the
	// typist's, not the figures' (a chart prints ●○ for 3.369 and 3.255 as for
	// 5.146 and 5.162); only points a bar parts say which stands right.
	if len(pts) == 2 && bar && key[pts[0]] != key[pts[1]] && lv != rv {
		right := key[pts[1]] // the sex of the point standing right: the larger figure's on a rising axis
		if !rising {
			right = key[pts[0]]
		}
		if (lv > rv) == (right == 'L') {
			r.vote = 'L'
		} else {
			r.vote = 'P'
		}
	}
	return r, true
}

// dumbbellCounts reads "16 desa/kel, 29 TPS" into r.
func dumbbellCounts(s string, r *dumbbellRow) bool {
	r.dv, r.pv = -1, -1
	for _, part := range strings.Split(s, ",") {
		f := strings.Fields(part)
		if len(f) < 2 {
			return false
		}
		v, ok := dptFigure(f[0])
		if !ok {
			return false
		}
		w := strings.ToLower(f[1])
		switch {
		case strings.HasPrefix(w, "desa") || strings.HasPrefix(w, "kel"):
			r.desa, r.dv = f[0], v
		case w == "tps":
			r.tps, r.pv = f[0], v
		default:
			return false
		}
	}
	return r.dv >= 0 && r.pv >= 0
}

type dumbbellTotal struct {
	name       string
	ls, ps, ts string
	l, p, t    int
	desa, tps  int
}

// dumbbellNote reads the note under a chart: the area's name, its desa
// and TPS counts, and the figures each word names (laki-laki n,
// perempuan n, jumlah n).
func dumbbellNote(l string) (dumbbellTotal, bool) {
	n := dumbbellTotal{l: -1, p: -1, t: -1, desa: -1, tps: -1}
	f := strings.Fields(strings.NewReplacer(",", " , ", ";", " ; ", ":", " : ").Replace(l))
	for k, w := range f {
		lw := strings.ToLower(w)
		if (lw == "kabupaten" || lw == "kota") && n.name == "" {
			e := k + 1
			for e < len(f) && len(f[e]) > 0 && unicode.IsUpper([]rune(f[e])[0]) {
				e++
			}
			if e > k+1 {
				n.name = strings.Join(f[k:e], " ")
			}
		}
		if k+1 < len(f) {
			if v, ok := dptFigure(f[k+1]); ok {
				switch s := sexWord(lw); {
				case s == 'L' && n.l < 0:
					n.l, n.ls = v, f[k+1]
				case s == 'P' && n.p < 0 && lw != "p":
					n.p, n.ps = v, f[k+1]
				case (lw == "jumlah" || lw == "total") && n.t < 0:
					n.t, n.ts = v, f[k+1]
				}
			}
		}
		if k > 0 {
			if v, ok := dptFigure(f[k-1]); ok {
				switch {
				case strings.HasPrefix(lw, "desa") && n.desa < 0:
					n.desa = v
				case lw == "tps" && n.tps < 0:
					n.tps = v
				}
			}
		}
	}
	return n, n.name != "" && n.l >= 0 && n.p >= 0 && n.t >= 0
}
