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

// The capaian as a quick-count screen (layar hitung cepat) typed again:
// a boxed head with the share of data in, then one panel an indicator, a
// numbered name line (the name running on indented) and one line of
// inline labelled figures with a progress bar, a key under it:
//
//	* HITUNG CEPAT KINERJA KPU KOTA … 2024                     *
//	* DATA MASUK 100,00 %   |   pembaruan terakhir 31-12-2024  *
//	[01] Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan
//	     SATUAN %   SASARAN 80,00   PEROLEHAN 76,61   [###################.] 95,76
//	[05] Nilai Evaluasi atas Akuntabilitas Kinerja
//	     SATUAN Predikat   SASARAN B   PEROLEHAN B   [####################] 100,00
//	SASARAN = target Perjanjian Kinerja; PEROLEHAN = realisasi; angka di ujung batang = capaian (%).
//
// Panels may stand two abreast (each `[nn]` on the head line opens a
// column; every line under it is cut at gutters of two spaces, btPieces),
// the bar may stand before the figures, the figures may follow the name on
// its own line. What quickCounts trusts:
//   - the labels by meaning: a key above or under the panels (`Word =
//     target|realisasi|capaian`, `Word adalah …`; a formula is none) says
//     what each word is; without one
//     the words do (SASARAN/TARGET/TGT the target, PEROLEHAN/REALISASI/
//     HASIL/CAPAI the realisasi, CAPAIAN the capaian, SATUAN/UNIT/SAT the
//     unit). Target and realisasi each once a panel, both needed;
//   - a figure line: labels, each followed by its figure (a number or a
//     grade, `%` allowed after it; the unit a word), the bar (`[###..]` or
//     a run of blocks) drawn once, and at most one unlabelled figure
//     standing right after the bar (or right before it, nothing but a
//     label after the bar):
//     the bar's figure, read as the capaian. Any other word refuses the
//     line, so a name line is never read as figures;
//   - the names: indicators of a performance agreement (startsIndicator),
//     every one unless a key names target, realisasi and capaian, at least
//     one in any case: a vote quick count (parties, votes) gives nothing;
//   - arithmetic: tkEmit proves realisasi/target (or its lower-is-better
//     form) against the bar's figure, a grade pair as written; a panel
//     failing is reported and not loaded. The bar's fill is never read.
// A run of panels becomes one TAB table (No, indicator, unit, target,
// realisasi, capaian) written over their lines; the head, the key and the
// update time stay as text and are no facts.

var (
	// qcHead: a panel's numbered name line: `[nn]`, `(nn)`, `nn.`, `nn)`.
	qcHead = regexp.MustCompile(`^\s*(?:\[(\d{1,2})\]|\((\d{1,2})\)|(\d{1,2})[.)])\s+(\S.*)$`)
	// qcHeadAt: where bracketed heads stand on a line (two or more abreast).
	qcHeadAt = regexp.MustCompile(`(?:^|\s\s)\s*[\[(]\d{1,2}[\])]\s`)
	// qcBarRe: a progress bar, bracketed (fill and empty marks) or a run of
	// block characters.
	// qcKey: a key's entry, `Word = target`, `Word adalah realisasi`.
	qcKey   = regexp.MustCompile(`(?i)(\pL+)\s*(?:=|:|\badalah\b|\bialah\b|\byaitu\b|\bberarti\b)\s*(target|realisasi|capaian)\b`)
	qcBarRe = regexp.MustCompile(`[\[|][#=█▓▒░■□▇▆▅▄▃▂▁.·:_ -]{5,}[\]|]|[█▓▒░■□▇▆▅▄▃▂▁]{5,}`)
)

// qcBarTok stands for a bar among a line's fields.
const qcBarTok = "\x01"

// qcWords: the labels' meaning from their words when no key names them.
var qcWords = map[string]byte{
	"sasaran": 't', "target": 't', "tgt": 't', "trgt": 't',
	"perolehan": 'r', "realisasi": 'r', "real": 'r', "hasil": 'r', "capai": 'r',
	"capaian": 'c',
	"satuan":  'u', "sat": 'u', "unit": 'u',
}

// qcMarks: a bracketed bar's edge; the gate.
var qcMarks = [][]byte{[]byte("#]"), []byte("[#"), []byte("█]"), []byte("[█"), []byte("▓]"), []byte("█|"), []byte("|█")}

// qcGate: some bracketed bar in the text.
func qcGate(data []byte) bool {
	for _, m := range qcMarks {
		if bytes.Contains(data, m) {
			return true
		}
	}
	return false
}

// qcPanel is one panel as read.
type qcPanel struct {
	rec     frRecord
	name    []string
	figures bool
	why     string
}

// qcRole: a field's role as a label ('t', 'r', 'c', 'u'), 0 when none.
func qcRole(f string, roles map[string]byte) byte {
	w := strings.ToLower(strings.TrimRight(f, ":"))
	if r, ok := roles[w]; ok {
		return r
	}
	return qcWords[w]
}

// qcUnitWord: a unit's word after a figure: letters only, short, no label.
func qcUnitWord(f string, roles map[string]byte) bool {
	n := utf8.RuneCountInString(f)
	return n >= 2 && n <= 16 && f != qcBarTok && qcRole(f, roles) == 0 &&
		strings.IndexFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) < 0
}

// qcFig: a figure (a number, a grade, a dash) and whether a `%` stuck to it.
func qcFig(f string) (string, bool, bool) {
	pct := false
	if len(f) > 1 && strings.HasSuffix(f, "%") {
		f, pct = strings.TrimSuffix(f, "%"), true
	}
	return f, pct, tpNum.MatchString(f) || tpGrade.MatchString(f) || f == "-" || f == "–" || f == "—"
}

// qcFigures reads fields f as a figure line into p's record; false (p
// untouched) unless every field is a label with its value, the bar, or
// the bar's figure, and target and realisasi are both there.
func qcFigures(p *qcPanel, f []string, roles map[string]byte) bool {
	rec := p.rec
	var tu, ru string
	bar := false
	for i := 0; i < len(f); i++ {
		if f[i] == qcBarTok {
			if bar {
				return false
			}
			bar = true
			if i+1 < len(f) && qcRole(f[i+1], roles) == 0 {
				v, _, ok := qcFig(f[i+1])
				if !ok || rec.hasC || tpGrade.MatchString(v) {
					return false
				}
				rec.c, rec.hasC = v, true
				i++
				if i+1 < len(f) && f[i+1] == "%" {
					i++
				}
			}
			continue
		}
		role := qcRole(f[i], roles)
		if role == 0 {
			// the bar's figure right before it, the bar ending the line or
			// a label after it
			v, _, ok := qcFig(f[i])
			if i+1 < len(f) && f[i+1] == "%" {
				i++
			}
			if !ok || rec.hasC || tpGrade.MatchString(v) || i+1 >= len(f) || f[i+1] != qcBarTok ||
				i+2 < len(f) && qcRole(f[i+2], roles) == 0 {
				return false
			}
			rec.c, rec.hasC = v, true
			continue
		}
		j := i + 1
		if j < len(f) && (f[j] == ":" || f[j] == "=") {
			j++
		}
		if j >= len(f) {
			return false
		}
		if role == 'u' {
			u := f[j]
			if _, _, num := qcFig(u); num && u != "%" || utf8.RuneCountInString(u) > 16 || rec.unit != "" || u == qcBarTok || qcRole(u, roles) != 0 {
				return false
			}
			rec.unit, i = u, j
			continue
		}
		v, pct, ok := qcFig(f[j])
		if !ok {
			return false
		}
		unit := ""
		if pct {
			unit = "%"
		}
		if j+1 < len(f) && f[j+1] == "%" {
			unit, j = "%", j+1
		} else if j+1 < len(f) && role != 'c' && qcUnitWord(f[j+1], roles) {
			unit, j = f[j+1], j+1 // `SASARAN 1.200 orang`
		}
		i = j
		switch role {
		case 't':
			if rec.hasT {
				return false
			}
			rec.t, rec.hasT, tu = v, true, unit
		case 'r':
			if rec.hasR {
				return false
			}
			rec.r, rec.hasR, ru = v, true, unit
		default:
			if rec.hasC || tpGrade.MatchString(v) {
				return false
			}
			rec.c, rec.hasC = v, true
		}
	}
	if !rec.hasT || !rec.hasR {
		return false
	}
	if rec.unit == "" {
		rec.unit = tu
		if rec.unit == "" {
			rec.unit = ru
		}
	}
	if tu != "" && ru != "" && !strings.EqualFold(tu, ru) {
		p.why = "satuan sasaran dan perolehan berbeda"
	}
	p.rec = rec
	return true
}

// qcBarFigure: f[k] is a figure standing right before the bar (a `%`
// between allowed).
func qcBarFigure(f []string, k int) bool {
	if _, _, ok := qcFig(f[k]); !ok {
		return false
	}
	if k+1 < len(f) && f[k+1] == "%" {
		k++
	}
	return k+1 < len(f) && f[k+1] == qcBarTok
}

// qcSplit reads a piece of a panel: the name's words before the figures
// and whether figures were read. The figures start at a label or the bar.
func qcSplit(p *qcPanel, s string, roles map[string]byte) (string, bool) {
	s = qcBarRe.ReplaceAllStringFunc(s, func(b string) string {
		if strings.TrimSpace(strings.Trim(b, "[]|")) == "" {
			return b // an empty cell between rules, no bar
		}
		return " " + qcBarTok + " "
	})
	f := strings.Fields(s)
	tries := 0
	for k := 0; k < len(f) && tries < 8; k++ {
		if f[k] != qcBarTok && qcRole(f[k], roles) == 0 && !qcBarFigure(f, k) {
			continue
		}
		tries++
		if qcFigures(p, f[k:], roles) {
			return strings.Join(f[:k], " "), true
		}
	}
	return strings.Join(f, " "), false
}

// qcName reads a piece of a panel before its figures: the name's words,
// then the figures when they start on it. A bar on a line that does not
// read refuses the panel (its figures are unread, never a name's words).
func qcName(p *qcPanel, piece string, roles map[string]byte) {
	name, fig := qcSplit(p, piece, roles)
	if !fig && strings.Contains(name, qcBarTok) {
		if p.why == "" {
			p.why = "baris batang tidak terbaca"
		}
		name = strings.ReplaceAll(name, qcBarTok, "")
	}
	p.name, p.figures = append(p.name, name), fig
}

// qcBand reads the panels whose heads stand on lines[i]; the line after
// the band. A blank line, a new head or the figures of every panel end it.
func qcBand(lines []string, i int, roles map[string]byte) ([]qcPanel, int) {
	head := strings.ReplaceAll(lines[i], "\t", "  ")
	cols := []int{0}
	if locs := qcHeadAt.FindAllStringIndex(head, -1); len(locs) > 1 {
		cols = cols[:0]
		for _, l := range locs {
			at := l[0] + strings.IndexAny(head[l[0]:l[1]], "[(") // the bracket, not the gutter
			cols = append(cols, utf8.RuneCountInString(head[:at]))
		}
	}
	ps := make([]qcPanel, len(cols))
	for k, piece := range btPieces(head, cols) {
		m := qcHead.FindStringSubmatch(piece)
		if m == nil {
			return nil, i + 1
		}
		ps[k].rec.n, _ = strconv.Atoi(m[1] + m[2] + m[3])
		ps[k].rec.line = i + 1
		qcName(&ps[k], m[4], roles)
	}
	j := i + 1
	for ; j < len(lines) && j-i <= 8; j++ {
		done := true
		for k := range ps {
			done = done && ps[k].figures
		}
		if done {
			break
		}
		l := strings.ReplaceAll(lines[j], "\t", "  ")
		if strings.TrimSpace(l) == "" || qcHead.MatchString(l) {
			break
		}
		for k, piece := range btPieces(l, cols) {
			p := &ps[k]
			if piece == "" {
				continue
			}
			if p.figures {
				if p.why == "" {
					p.why = "teks setelah angka panel"
				}
				continue
			}
			qcName(p, piece, roles)
		}
	}
	return ps, j
}

// qcKeyRoles reads the key above the run (tkKeyText) and in the few lines
// under it: label word → role.
func qcKeyRoles(lines []string, from, to int) map[string]byte {
	text := tkKeyText(lines, from) + " " + strings.Join(lines[min(to, len(lines)):min(to+4, len(lines))], " ")
	out := map[string]byte{}
	for _, m := range qcKey.FindAllStringSubmatchIndex(text, -1) {
		if qcFormula(text[m[1]:]) {
			continue // a formula (`Capaian = Realisasi / Target`), not a key
		}
		out[strings.ToLower(text[m[2]:m[3]])] = strings.ToLower(text[m[4]:m[5]])[0]
	}
	return out
}

// qcFormula: the words after a key's role continue a formula (a ratio to
// another role), so the entry is no key.
func qcFormula(rest string) bool {
	f := strings.Fields(strings.ToLower(rest))
	if len(f) == 0 {
		return false
	}
	if strings.HasPrefix(f[0], "/") || strings.HasPrefix(f[0], "÷") || strings.HasPrefix(f[0], ":") {
		return true
	}
	switch f[0] {
	case "dibagi", "dibanding", "dibandingkan", "terhadap", "per", "x", "×", "*", "-", "+":
		return true
	}
	return false
}

// quickCounts rewrites each run of quick-count panels of a text as one
// TAB table; data itself when it holds none. Findings go to doc.
func quickCounts(doc *facts.Document, data []byte) []byte {
	if !qcGate(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed, ext := false, -1
	var roles map[string]byte
	for i := 0; i < len(lines); i++ {
		if !qcHead.MatchString(lines[i]) || !strings.ContainsFunc(lines[i], unicode.IsLetter) {
			continue
		}
		from := i
		// the key above the run or in the few lines under its extent; the
		// extent read once a run of heads, so a numbered list is walked once
		if i >= ext {
			ext = qcExtent(lines, i)
			roles = qcKeyRoles(lines, from, ext)
		}
		ps, to := qcRun(lines, i, roles)
		if len(ps) == 0 {
			continue
		}
		i = to - 1
		if qcEmit(doc, lines, from, to, ps, roles) {
			changed = true
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// qcExtent: the line after the panels' lines from the head at lines[i]
// (heads, each with the non-blank lines under it, a blank line or two
// between), read by shape alone so the key under unknown words is found.
func qcExtent(lines []string, i int) int {
	end := i + 1
	for i < len(lines) && qcHead.MatchString(lines[i]) {
		j := i + 1
		for j < len(lines) && j-i <= 8 && strings.TrimSpace(lines[j]) != "" && !qcHead.MatchString(lines[j]) {
			j++
		}
		end, i = j, j
		for i < len(lines) && i-end < 3 && strings.TrimSpace(lines[i]) == "" {
			i++
		}
	}
	return end
}

// qcRun reads the bands of a run from lines[i]: the panels and the line
// after the last band holding figures.
func qcRun(lines []string, i int, roles map[string]byte) ([]qcPanel, int) {
	var ps []qcPanel
	to := i + 1
	for i < len(lines) && qcHead.MatchString(lines[i]) {
		band, end := qcBand(lines, i, roles)
		if band == nil {
			break
		}
		fig := false
		for _, p := range band {
			fig = fig || p.figures || p.why != "" // an unread bar line is reported
		}
		if !fig {
			break
		}
		ps = append(ps, band...)
		to = end
		i = end
		for i < len(lines) && i-end < 3 && strings.TrimSpace(lines[i]) == "" {
			i++
		}
	}
	return ps, to
}

// qcEmit checks a run's panels (names, figures) and hands them to tkEmit;
// false when the run is no indicator screen.
func qcEmit(doc *facts.Document, lines []string, from, to int, ps []qcPanel, roles map[string]byte) bool {
	keyed := map[byte]bool{}
	for _, r := range roles {
		keyed[r] = true
	}
	named, all := 0, true
	for k := range ps {
		p := &ps[k]
		p.rec.name = strings.Join(strings.Fields(strings.Join(p.name, " ")), " ")
		if startsIndicator(p.rec.name) {
			named++
		} else {
			all = false
		}
	}
	if named == 0 || !all && !(keyed['t'] && keyed['r'] && keyed['c']) {
		return false // a vote count: parties and votes
	}
	recs := make([]tkRead, 0, len(ps))
	for k := range ps {
		p := &ps[k]
		why := p.why
		switch {
		case why != "":
		case !p.figures:
			why = "panel tanpa sasaran dan perolehan"
		case p.rec.name == "" || !strings.ContainsFunc(p.rec.name, unicode.IsLetter):
			why = "panel tanpa nama"
		}
		recs = append(recs, tkRead{&p.rec, why, p.rec.line})
	}
	return tkEmit(doc, lines, from, to, recs, "layar hitung cepat")
}
