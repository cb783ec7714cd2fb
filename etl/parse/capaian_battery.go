package parse

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The capaian as a lobby screen's battery icons typed again, one battery
// an indicator: a heading `IKU n` and the name (wrapped) over it, the
// battery's body drawn with box or bar characters and filled up to the
// capaian, the capaian after the terminal, the labelled figures under it;
// batteries may stand one under another or two abreast:
//
//	  IKU 1  Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan
//	    ┌──────────────────────────────┐
//	    │████████████████████████      │▌  104,44 %
//	    └──────────────────────────────┘
//	    Satuan: %   Target: 77,50   Realisasi: 80,94
//
// or plainer: `[■■■■□] 98,73 %`, `|####    |= 60 %`. What batteries
// rewrites trusts:
//   - the bar: a side rule, a body of fill and blank only (at least four
//     cells), a side rule, the terminal, then a figure with `%` (a dash,
//     or a grade equal to the realisasi: no capaian stated) and nothing
//     else up to the next battery abreast; an empty body needs the
//     terminal drawn. The fill is drawing only: no value is read from it;
//   - the labels: under the bar (after its bottom rule) lines of labelled
//     figures, Target and Realisasi each exactly once (Satuan and a
//     Capaian equal to the bar's optional): a bar without them (a
//     download's progress, a legend) is no battery;
//   - the name: the lines between the heading (`IKU n`, or the blank line
//     or caption above when unnumbered) and the bar;
//   - abreast: each line is cut at gutters of two spaces, a piece going to
//     the battery whose bar starts at or left of it (less the heading's
//     indent);
//   - arithmetic: tkEmit proves realisasi/target against the capaian as
//     the other drawn readers do; a battery failing is reported.
// A run of batteries (a blank line or a few between) becomes one TAB table
// written over its lines.

// btGate: a block element or geometric square (U+2580..U+25BF, UTF-8
// E2 96 xx: fill, shade, terminal, ■ □) or a hash bar after a side rule,
// in a text that labels a realisasi.
func btGate(data []byte) bool {
	if !bytes.Contains(data, []byte("\xe2\x96")) && !bytes.Contains(data, []byte("|#")) && !bytes.Contains(data, []byte("[#")) {
		return false
	}
	return bytes.Contains(data, []byte("Real")) || bytes.Contains(data, []byte("REAL")) || bytes.Contains(data, []byte("real"))
}

const (
	btOpen  = "│┃║|[▕"
	btClose = "│┃║|]▏"
	btFill  = "█▇▆▅▓▒░■□▪▫▮▯#=● "
	btTerm  = "▌▐▶>=)"
	btEdge  = "─━═┌┐└┘╭╮╰╯┏┓┗┛╔╗╚╝+-_=▔▁ "
)

var (
	btFigure = regexp.MustCompile(`^\s*(\d{1,3}(?:[.,]\d{1,2})?\s*%|[-–—]|[A-Za-z]{1,4}[+-]?)(?:\s{2,}|\s*$)`)
	btHead   = regexp.MustCompile(`(?i)^(?:IKU|IKSS|IKS|IK|indikator)\s*[-.#]?\s*(\d{1,2})\b[.:)]?\s*(.*)$`)
	btLabel  = regexp.MustCompile(`(?i)(?:^|\s)(satuan|sat\.|unit|target|tgt\.?|trgt\.?|realisasi|real\.?|capaian|cap\.)(\s*[:=]\s*|\s+)`)
	btStop   = regexp.MustCompile(`(?i)^(?:\[|tabel|table|gambar|grafik|sumber)`)
)

// btBar is one battery's bar on a line: the rune column of its opening
// side, the column after its figure, the figure as printed.
type btBar struct {
	l, e int
	fig  string
}

// btBarsOn: the bars of line r, left to right; nil when the line holds
// anything besides bars and their figures.
func btBarsOn(r []rune) []btBar {
	var out []btBar
	c := 0
	for c < len(r) && r[c] == ' ' {
		c++
	}
	for c < len(r) {
		if !strings.ContainsRune(btOpen, r[c]) {
			return nil
		}
		b := c + 1
		fill := 0
		for b < len(r) && strings.ContainsRune(btFill, r[b]) {
			if r[b] != ' ' {
				fill++
			}
			b++
		}
		if b >= len(r) || !strings.ContainsRune(btClose, r[b]) || b-c-1 < 4 {
			return nil
		}
		b++
		term := b
		for b < len(r) && b-term < 2 && strings.ContainsRune(btTerm, r[b]) {
			b++
		}
		if fill == 0 && b == term {
			return nil // an empty box with no terminal: a table's cell, no battery
		}
		m := btFigure.FindStringSubmatchIndex(string(r[b:]))
		if m == nil {
			return nil
		}
		rest := string(r[b:])
		fig := strings.TrimSpace(rest[m[2]:m[3]])
		e := b + len([]rune(rest[:m[3]]))
		out = append(out, btBar{l: c, e: e, fig: fig})
		c = b + len([]rune(rest[:m[1]]))
	}
	return out
}

// btEdgeLine: a line of the drawing only (a battery's top or bottom).
func btEdgeLine(l string) bool {
	t := strings.TrimSpace(l)
	return t != "" && strings.Trim(t, btEdge) == "" && strings.ContainsAny(t, "─━═┌┐└┘╭╮╰╯┏┓┗┛╔╗╚╝+▔▁")
}

// btPieces cuts line l at gutters of two spaces and gives each piece to
// the battery whose column starts at or left of it (cols ascending).
func btPieces(l string, cols []int) []string {
	r := []rune(strings.TrimRight(l, "\r"))
	out := make([]string, len(cols))
	for c := 0; c < len(r); {
		if r[c] == ' ' {
			c++
			continue
		}
		s := c
		for c < len(r) && !(r[c] == ' ' && (c+1 >= len(r) || r[c+1] == ' ')) {
			c++
		}
		k := 0
		for k+1 < len(cols) && s >= cols[k+1] {
			k++
		}
		out[k] = strings.TrimSpace(out[k] + "  " + string(r[s:c]))
	}
	return out
}

// btFields reads a battery's labelled figures into rec; false when the
// text is not labels only, or a label repeats.
func btFields(rec *frRecord, s string) bool {
	locs := btLabel.FindAllStringSubmatchIndex(s, -1)
	if len(locs) == 0 || strings.TrimSpace(s[:locs[0][0]]) != "" {
		return false
	}
	orig, got := rec, *rec
	rec = &got // orig is set only when the whole line reads
	for k, m := range locs {
		stop := len(s)
		if k+1 < len(locs) {
			stop = locs[k+1][0]
		}
		v := strings.TrimSpace(strings.Trim(strings.TrimSpace(s[m[1]:stop]), "·|;,"))
		if v == "" || len(strings.Fields(v)) > 2 || len(v) > 24 {
			return false
		}
		switch l := strings.ToLower(s[m[2]:m[3]]); {
		case l[0] == 's' || l[0] == 'u':
			if rec.unit != "" {
				return false
			}
			rec.unit = v
		case l[0] == 't':
			if rec.hasT {
				return false
			}
			rec.t, rec.hasT = v, true
		case l[0] == 'r':
			if rec.hasR {
				return false
			}
			rec.r, rec.hasR = v, true
		default:
			if rec.hasC {
				return false
			}
			rec.c, rec.hasC = strings.TrimSpace(strings.TrimSuffix(v, "%")), true
		}
	}
	*orig = got
	return true
}

// btBand reads the batteries whose bars stand on lines[i]: their records,
// the band's first line and the line after it; ok false when it is no
// band of batteries (no labels under, no name over).
func btBand(lines []string, i int, bars []btBar) ([]tkRead, int, int, bool) {
	// the name's lines over the bar: up to the heading, a blank line or a
	// caption, the battery's top rule skipped.
	j := i - 1
	if j >= 0 && btEdgeLine(lines[j]) {
		j--
	}
	top, closed := j+1, j < 0
	for ; j >= 0 && !closed; j-- {
		t := strings.TrimSpace(lines[j])
		var lab frRecord
		if t == "" || btStop.MatchString(t) || btEdgeLine(lines[j]) || btBarsOn([]rune(lines[j])) != nil || btFields(&lab, t) {
			closed = true
			break
		}
		if i-j > 8 {
			break // no heading, blank line or caption over the name
		}
		top = j
		closed = btHead.MatchString(t) || j == 0
	}
	if !closed {
		return nil, 0, 0, false
	}
	nameTo := i
	if i > 0 && btEdgeLine(lines[i-1]) {
		nameTo = i - 1
	}
	if top >= nameTo {
		return nil, 0, 0, false
	}
	// the columns: each bar's start less the heading's indent.
	lead := bars[0].l - (len(lines[top]) - len(strings.TrimLeft(lines[top], " ")))
	cols := make([]int, len(bars))
	for k := 1; k < len(bars); k++ {
		cols[k] = max(bars[k].l-max(lead, 0), bars[k-1].e+1)
	}
	recs := make([]frRecord, len(bars))
	for j := top; j < nameTo; j++ {
		for k, p := range btPieces(lines[j], cols) {
			if p != "" {
				recs[k].name += " " + p
			}
		}
	}
	// the labels under the bar, its bottom rule skipped.
	j = i + 1
	if j < len(lines) && btEdgeLine(lines[j]) {
		j++
	}
	end := j
	for ; j < len(lines) && j-i <= 6 && strings.TrimSpace(lines[j]) != ""; j++ {
		next := append([]frRecord(nil), recs...)
		ok := true
		for k, p := range btPieces(lines[j], cols) {
			if p != "" && !btFields(&next[k], p) {
				ok = false
				break
			}
		}
		if !ok {
			break // the labels ended (the next heading, a note); checked below
		}
		recs = next
		end = j + 1
	}
	out := make([]tkRead, len(bars))
	for k := range recs {
		rec := &recs[k]
		rec.line = i + 1
		rec.name = strings.Join(strings.Fields(rec.name), " ")
		if m := btHead.FindStringSubmatch(rec.name); m != nil {
			rec.n, _ = strconv.Atoi(m[1])
			rec.name = m[2]
		}
		if !rec.hasT || !rec.hasR {
			return nil, 0, 0, false // a bar with no figures under it
		}
		why := ""
		fig := strings.TrimSpace(strings.TrimSuffix(bars[k].fig, "%"))
		switch {
		case rec.name == "" || !strings.ContainsFunc(rec.name, unicode.IsLetter):
			why = "baterai tanpa nama"
		case rec.hasC && rec.c != fig:
			why = "capaian di bawah baterai berbeda dengan capaian di ujungnya"
		case strings.ContainsFunc(fig, unicode.IsLetter):
			// a grade after the bar: no capaian stated, the grade must be the realisasi
			if !strings.EqualFold(fig, rec.r) {
				why = "nilai di ujung baterai bukan realisasi"
			}
			fig = "-"
		}
		rec.c, rec.hasC = fig, true
		out[k] = tkRead{rec, why, i + 1}
	}
	return out, top, end, true
}

// btMaybeBar: line l may hold a bar: it opens with a battery's side and
// holds a fill, a terminal or a hash (no allocation).
func btMaybeBar(l string) bool {
	f, _ := utf8.DecodeRuneInString(strings.TrimLeft(l, " "))
	return strings.ContainsRune(btOpen, f) && (strings.Contains(l, "\xe2\x96") || strings.ContainsAny(l, "#=>)"))
}

// btAnyBar: some line of data holds a bar; texts that pass the gate with
// a bullet or a shade and no bar are left without splitting them (the
// test is btMaybeBar's, on bytes, so no line is copied).
func btAnyBar(data []byte) bool {
	for i := 0; i < len(data); {
		e := bytes.IndexByte(data[i:], '\n')
		if e < 0 {
			e = len(data)
		} else {
			e += i
		}
		l := data[i:e]
		f, _ := utf8.DecodeRune(bytes.TrimLeft(l, " "))
		if strings.ContainsRune(btOpen, f) && (bytes.Contains(l, []byte("\xe2\x96")) || bytes.ContainsAny(l, "#=>)")) &&
			btBarsOn([]rune(strings.TrimRight(string(l), "\r"))) != nil {
			return true
		}
		i = e + 1
	}
	return false
}

// batteries rewrites each run of batteries of a text as one TAB table;
// data itself when it holds none. Findings go to doc.
func batteries(doc *facts.Document, data []byte) []byte {
	if !btGate(data) || !btAnyBar(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	var run []tkRead
	from, to := -1, -1
	flush := func() {
		if len(run) > 0 && tkEmit(doc, lines, from, to, run, "baterai capaian") {
			changed = true
		}
		run, from, to = nil, -1, -1
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if !btMaybeBar(l) {
			continue
		}
		bars := btBarsOn([]rune(strings.TrimRight(l, "\r")))
		if bars == nil {
			continue
		}
		recs, top, end, ok := btBand(lines, i, bars)
		if !ok {
			flush()
			continue
		}
		if run != nil && top-to > 3 {
			flush()
		}
		if run == nil {
			from = top
		}
		run = append(run, recs...)
		to = end
		i = end - 1
	}
	flush()
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}
