package parse

import (
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
// A fund-raising campaign page is the same class (dev43's Flores Timur):
//
//	#02  Persentase kesesuaian Kompetensi Pegawai … penugasannya
//	     Terkumpul 77,00  dari target 80,00   (Satuan: %)
//	     (||||||||||||||||||||||| ) 96,25 % tercapai
//	     Status: MASIH BERJALAN
//
// the figures over two or three lines (figures alone on a line go on
// until target and realisasi are read; a line adding only what the panel
// lacks, or a note with no figure, may follow), a lead word before a label
// (`dari target`) or before a figure whose label follows (`of 80 goal`),
// the unit in brackets, the word after the capaian's `%` naming it.
// A run of panels becomes one TAB table (No, indicator, unit, target,
// realisasi, capaian) written over their lines; the head, the key and the
// update time stay as text and are no facts.

var (
	// qcHead: a panel's numbered name line: `[nn]`, `(nn)`, `nn.`, `nn)`.
	qcHead = regexp.MustCompile(`^\s*(?:\[(\d{1,2})\]|\((\d{1,2})\)|(\d{1,2})[.)]|#(\d{1,2}))\s+(\S.*)$`)
	// qcHeadAt: where bracketed heads stand on a line (two or more abreast).
	qcHeadAt = regexp.MustCompile(`(?:^|\s\s)\s*[\[(]\d{1,2}[\])]\s`)
	// qcBarRe: a progress bar, bracketed (fill and empty marks) or a run of
	// block characters.
	// qcKey: a key's entry, `Word = target`, `Word adalah realisasi`.
	qcKey   = regexp.MustCompile(`(?i)(\pL+)\s*(?:=|:|\badalah\b|\bialah\b|\byaitu\b|\bberarti\b)\s*(target|realisasi|capaian)\b`)
	qcBarRe = regexp.MustCompile(`\([|#=█▓▒░■□.·:_ -]{5,}\)|[\[|][#=█▓▒░■□▇▆▅▄▃▂▁.·:_ -]{5,}[\]|]|[█▓▒░■□▇▆▅▄▃▂▁]{5,}`)
	// qcUnitParen: the unit in brackets after the figures, `(Satuan: %)`.
	qcUnitParen = regexp.MustCompile(`\(\s*(\pL+)\s*:\s*([^()\s]{1,16})\s*\)`)
	// qcNote: a panel's note under its figures, `Status: TARGET TERPENUHI`:
	// a label and words, no figure, so no number is passed over.
	qcNote = regexp.MustCompile(`^\s*\pL[\pL ]{0,20}:\s*[\pL][\pL ]*$`)
	// qcTailKey: a key naming the capaian by the word after its `%`
	// (`angka sebelum `+"`% tercapai`"+` = capaian`).
	qcTailKey = regexp.MustCompile(`(?i)%\s*(\pL+)` + "`?" + `\s*(?:=|\badalah\b|\bialah\b|\byaitu\b|\bberarti\b)\s*capaian\b`)
)

// qcBarTok stands for a bar among a line's fields.
const qcBarTok = "\x01"

// qcWords: the labels' meaning from their words when no key names them.
var qcWords = map[string]byte{
	"sasaran": 't', "target": 't', "tgt": 't', "trgt": 't',
	"perolehan": 'r', "realisasi": 'r', "real": 'r', "hasil": 'r', "capai": 'r',
	"capaian": 'c',
	"satuan":  'u', "sat": 'u', "unit": 'u',
	// the word after the bar's figure and its `%` naming it the capaian
	// (a fund-raising page: `96,25 % tercapai`, `85 % funded`)
	"tercapai": 'C', "funded": 'C', "achieved": 'C',
}

// qcLead: a value's lead word before its label or figure (`dari target
// 80,00`, `of 80,00 goal`); never a unit word.
var qcLead = map[string]bool{"dari": true, "of": true, "from": true, "dana": true}

// qcMarks: a bracketed bar's edge; the gate.
var qcMarks = []string{"#]", "[#", "█]", "[█", "▓]", "█|", "|█", "(||||"}

// qcGate: some bracketed bar in the text.
func qcGate(doc *facts.Document, data []byte) bool {
	return docHasAny(doc, data, qcMarks...)
}

// qcPanel is one panel as read.
type qcPanel struct {
	rec     frRecord
	name    []string
	figures bool
	part    bool // figures begun on a line of their own, not yet both
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
func qcFigures(p *qcPanel, f []string, roles map[string]byte, part bool) bool {
	rec := p.rec
	var tu, ru string
	bar, read := false, false
	cEnd := -2 // the last field of the bar's figure (with its `%`)
	for i := 0; i < len(f); i++ {
		role := qcRole(f[i], roles)
		if i == cEnd+1 && (role == 'C' || role == 'c' && i+1 == len(f)) {
			continue // `96,25 % tercapai`: the word naming the figure before it
		}
		if role == 'C' {
			return false
		}
		if role == 0 && qcLead[strings.ToLower(f[i])] && i+1 < len(f) {
			if qcRole(f[i+1], roles) != 0 {
				continue // `dari target 80,00`: the label follows its lead word
			}
			// `of 80,00 goal`: the figure, then its label
			k := i + 2
			if k < len(f) && f[k] == "%" {
				k++
			}
			lr := byte(0)
			if k < len(f) {
				lr = qcRole(f[k], roles)
			}
			v, pct, ok := qcFig(f[i+1])
			if !ok || lr != 't' && lr != 'r' {
				return false
			}
			unit := ""
			if pct || k > i+2 {
				unit = "%"
			}
			if lr == 't' {
				if rec.hasT {
					return false
				}
				rec.t, rec.hasT, tu = v, true, unit
			} else {
				if rec.hasR {
					return false
				}
				rec.r, rec.hasR, ru = v, true, unit
			}
			read, i = true, k
			continue
		}
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
				cEnd = i
			}
			read = true
			continue
		}
		if role == 0 {
			// the bar's figure right before it, the bar ending the line or
			// a label after it
			v, _, ok := qcFig(f[i])
			if i+1 < len(f) && f[i+1] == "%" {
				i++
			}
			tail := i+1 < len(f) && qcRole(f[i+1], roles) == 'C' && i+2 == len(f)
			if !ok || rec.hasC || tpGrade.MatchString(v) || !tail && (i+1 >= len(f) || f[i+1] != qcBarTok ||
				i+2 < len(f) && qcRole(f[i+2], roles) == 0) {
				return false
			}
			rec.c, rec.hasC, read, cEnd = v, true, true, i
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
			rec.unit, i, read = u, j, true
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
		} else if j+1 < len(f) && role != 'c' && qcUnitWord(f[j+1], roles) && !qcLead[strings.ToLower(f[j+1])] {
			unit, j = f[j+1], j+1 // `SASARAN 1.200 orang`
		}
		i, read = j, true
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
			rec.c, rec.hasC, cEnd = v, true, i
		}
	}
	if part && !read || !part && (!rec.hasT || !rec.hasR) {
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
	f := qcFields(s, roles)
	tries := 0
	for k := 0; k < len(f) && tries < 8; k++ {
		if f[k] != qcBarTok && qcRole(f[k], roles) == 0 && !qcBarFigure(f, k) &&
			!(qcLead[strings.ToLower(f[k])] && k+1 < len(f) && qcRole(f[k+1], roles) != 0) {
			continue
		}
		tries++
		if qcFigures(p, f[k:], roles, false) {
			return strings.Join(f[:k], " "), true
		}
	}
	return strings.Join(f, " "), false
}

// qcFields: a piece's fields, the bar one field, a bracketed unit
// `(Satuan: %)` its label and value.
func qcFields(s string, roles map[string]byte) []string {
	s = qcBarRe.ReplaceAllStringFunc(s, func(b string) string {
		if b[0] == '(' && strings.TrimSpace(b[1:len(b)-1]) == "" ||
			b[0] != '(' && strings.TrimSpace(strings.Trim(b, "[]|")) == "" {
			return b // an empty cell between rules, no bar ((|||) is one: `|` its fill)
		}
		return " " + qcBarTok + " "
	})
	if strings.Contains(s, "(") {
		s = qcUnitParen.ReplaceAllStringFunc(s, func(u string) string {
			m := qcUnitParen.FindStringSubmatch(u)
			if qcRole(m[1], roles) != 'u' {
				return u
			}
			return " " + m[1] + " " + m[2] + " "
		})
	}
	return strings.Fields(s)
}

// qcMore reads a line under a panel's figures: figures it lacks (a
// campaign's bar and capaian) or a note with no figure; else false.
func qcMore(p *qcPanel, piece string, roles map[string]byte) bool {
	return qcNote.MatchString(piece) || qcFigures(p, qcFields(piece, roles), roles, true)
}

// qcName reads a piece of a panel before its figures: the name's words,
// then the figures when they start on it. A bar on a line that does not
// read refuses the panel (its figures are unread, never a name's words).
func qcName(p *qcPanel, piece string, roles map[string]byte) {
	if p.part {
		// figures begun on a line of their own: every line now is figures
		if !qcFigures(p, qcFields(piece, roles), roles, true) {
			if p.why == "" {
				p.why = "baris angka tidak terbaca"
			}
			return
		}
		p.figures = p.rec.hasT && p.rec.hasR
		return
	}
	name, fig := qcSplit(p, piece, roles)
	if !fig && len(p.name) > 0 && qcFigures(p, qcFields(piece, roles), roles, true) {
		// a line of figures only, the rest of them on the lines under it
		// (`Terkumpul 77,00` / `dari target 80,00` / the bar)
		p.part = true
		p.figures = p.rec.hasT && p.rec.hasR
		return
	}
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
		ps[k].rec.n, _ = strconv.Atoi(m[1] + m[2] + m[3] + m[4])
		ps[k].rec.line = i + 1
		qcName(&ps[k], m[5], roles)
	}
	j := i + 1
	for ; j < len(lines) && j-i <= 8; j++ {
		l := strings.ReplaceAll(lines[j], "\t", "  ")
		if strings.TrimSpace(l) == "" || qcHead.MatchString(l) {
			break
		}
		pieces := btPieces(l, cols)
		done := true
		for k := range ps {
			done = done && ps[k].figures
		}
		if done {
			// every panel read: a line under them is theirs only when it
			// holds more of their figures or a note, else the band ends
			for k, piece := range pieces {
				if q := ps[k]; piece != "" && !qcMore(&q, piece, roles) {
					return ps, j
				}
			}
		}
		for k, piece := range pieces {
			p := &ps[k]
			if piece == "" {
				continue
			}
			if p.figures {
				if !qcMore(p, piece, roles) && p.why == "" {
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
	for _, m := range qcTailKey.FindAllStringSubmatch(text, -1) {
		out[strings.ToLower(m[1])] = 'C' // the word after the capaian's `%`
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
	if !qcGate(doc, data) {
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
			fig = fig || p.figures || p.part || p.why != "" // an unread bar line is reported
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
		case !p.figures && p.part:
			why = "baris angka/batang tidak terbaca lengkap: sasaran dan perolehan tidak keduanya"
		case !p.figures:
			why = "panel tanpa sasaran dan perolehan"
		case p.rec.name == "" || !strings.ContainsFunc(p.rec.name, unicode.IsLetter):
			why = "panel tanpa nama"
		}
		recs = append(recs, tkRead{&p.rec, why, p.rec.line})
	}
	return tkEmit(doc, lines, from, to, recs, "layar hitung cepat")
}
