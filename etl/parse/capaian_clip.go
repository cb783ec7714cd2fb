package parse

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/indicator"
)

// An indicator's capaian as one labelled line, inside whatever wrapper
// carried it: an e-reader's `My Clippings.txt`, a notes app's export, a PDF
// annotation summary, a bookmark file, a log line with its timestamp:
//
//	Pengukuran Kinerja 2023 (KPU Kupang)
//	- Your Highlight on page 12 | Location 180-182 | Added on Monday, 10 January 2024 09:31:00
//
//	IKU 1 Persentase …: satuan %, target 100,00, realisasi 100,00, capaian 100,00%
//	==========
//	Highlight [page 3]: Nilai Keterbukaan Informasi Publik; Target: 75 %; Realisasi: 80,15 %; Capaian: 106,87%
//	[2024-01-10 09:31] T 5,00 | R 3,18 | % 136,40 | Persentase Penyelenggara …
//
// What clipLines trusts:
//   - a block of labelled figures, the labels by meaning (clipLabel:
//     satuan/unit; target/tgt/T; realisasi/capaian realisasi/actual/R;
//     capaian/persentase capaian/capaian kinerja/achievement/%), each with
//     one figure (or a grade, an opinion) and its unit after it, the labels
//     in any order, nothing but separators (`,` `;` `|` `–` `=` `:`
//     spaces) between them. Target, realisasi and capaian must all be
//     there, once each: a line without a capaian loads nothing;
//   - the indicator's name: the text before the block, from the first
//     place in it where an indicator's statement starts (startsIndicator)
//     after the wrapper's marks (`]`, `:`, `|`, a bullet, a code `IKU 1`),
//     or the text after the block when nothing before it is a name. The
//     name must be whole: one that stops on a dangling word or on `…`, or
//     whose start the wrapper cut (it no longer reads as an indicator),
//     loads nothing; nor does a line with text after its block when its
//     name came before (a sentence, not a clipping);
//   - the wrapper's own figures (page, location, time, a slide's number)
//     stand outside the block and are never read;
//   - arithmetic: frProve proves realisasi/target against the capaian on
//     the bare figures (the directions capaianQuotient accepts, a grade or
//     an opinion as written); clipEmit writes the proven lines of a run —
//     labelled lines at most clipGap lines apart, the wrapper's lines
//     between blanked — as one TAB table, the figures as written with
//     their units; a line failing is reported and not loaded.
//
// Every name must read as an indicator's statement (startsIndicator), and a
// run loads only when one of its names is an indicator the catalogue knows
// (indicator.Match): a step counter's `Jumlah langkah harian: target 10.000
// langkah, realisasi 8.000 langkah, capaian 80%` reads like one but is no
// LKj's measure. A fitness app's `Langkah: target 10.000, realisasi 8.000`
// has neither name nor capaian; a reading note quoting figures has no
// labelled block.

// clipGap: the most wrapper lines between two labelled lines of one run.
const clipGap = 6

var (
	// clipLabelRe: a label of the block (case folded), longest first.
	clipLabelRe = regexp.MustCompile(`(?i)^(?:persentase\s+capaian|capaian\s+realisasi|capaian\s+kinerja|capaian|realisasi|realization|achievement|actual|target|tgt|satuan|unit)\b|^(?:(?-i:[TR])\b|%)`)
	// clipNumber: a figure, not the start of a longer token.
	clipNumber = regexp.MustCompile(`^[+-]?\d[\d.,]*\d%?|^\d%?`)
	// clipGrade: a grade or an audit opinion written as the value.
	clipGrade = regexp.MustCompile(`^(?:AA|A|BB|B|CC|C|D|WTP|WDP|TMP|TW)\b`)
	// clipCode: an indicator's code before its name, `IKU 1`, `IKK-2.1`, `3.`.
	clipCode = regexp.MustCompile(`^(?:(?:[A-Z]{2,5}|[Ii]ndikator(?:\s+[Kk]inerja)?|[Ii]ndicator)\s*[-.]?\s*\d{1,3}(?:\.\d{1,3})*|\(?\d{1,3}[.)])\s*[-–—:.)]?\s+`)
)

// clipItem is one labelled figure of a block: [from, to) in the line.
type clipItem struct {
	role     byte   // 'u', 't', 'r', 'c'
	val      string // as written, its unit with it
	num      string // the figure alone, for the proof
	unit     string
	from, to int
}

// clipSep: a byte that may stand between two labelled figures.
func clipSep(c byte) bool {
	return c == ' ' || c == ',' || c == ';' || c == '|' || c == ':' || c == '=' || c == '/' || c == '-'
}

// clipLabel reads a label at s[i:], its role and the end of the label.
func clipLabel(s string, i int) (byte, int) {
	if !clipLabelMay(s[i:]) {
		return 0, 0
	}
	m := clipLabelRe.FindStringIndex(s[i:])
	if m == nil {
		return 0, 0
	}
	w := strings.ToLower(strings.Join(strings.Fields(s[i:i+m[1]]), " "))
	switch w {
	case "satuan", "unit":
		return 'u', i + m[1]
	case "target", "tgt", "t":
		return 't', i + m[1]
	case "realisasi", "capaian realisasi", "realization", "actual", "r":
		return 'r', i + m[1]
	}
	return 'c', i + m[1]
}

// clipLabelMay: s may open with one of clipLabelRe's labels, tested on its
// first three letters so that a prose line's every word does not run the
// regexp (the real reports spent a seventh of their parse there). A byte
// past ASCII goes to the regexp, whose case folding knows more than ASCII.
func clipLabelMay(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '%', 'T', 'R':
		return true
	}
	if len(s) < 3 {
		return false
	}
	if s[0] >= 0x80 || s[1] >= 0x80 || s[2] >= 0x80 {
		return true
	}
	switch string([]byte{s[0] | 0x20, s[1] | 0x20, s[2] | 0x20}) {
	case "per", "cap", "rea", "ach", "act", "tar", "tgt", "sat", "uni":
		return true
	}
	return false
}

// clipWordUnit: the unit word(s) at s[i:] up to a separator or a label,
// and where they end; "" when none or when it runs longer than a unit.
func clipWordUnit(s string, i int) (string, int) {
	j := i
	for j < len(s) && s[j] == ' ' {
		j++
	}
	k := j
	for k < len(s) && s[k] != ',' && s[k] != ';' && s[k] != '|' && s[k] != '(' && s[k] != ')' {
		if s[k] >= '0' && s[k] <= '9' {
			return "", i
		}
		if s[k] == ' ' && k+1 < len(s) {
			if r, _ := clipLabel(s, k+1); r != 0 || s[k+1] == '-' || strings.HasPrefix(s[k+1:], "–") || strings.HasPrefix(s[k+1:], "—") {
				break
			}
		}
		k++
	}
	u := strings.TrimSpace(s[j:k])
	if u == "" || len(u) > 20 || strings.Count(u, " ") > 1 || !isLetterByte(u[0]) && u[0] != '%' {
		// at most two short words ("%", "Laporan", "orang hari"): more is prose
		return "", i
	}
	return u, k
}

// clipItemAt reads a labelled figure starting at s[i:]; ok false when no
// label with a value stands there.
func clipItemAt(s string, i int) (clipItem, bool) {
	if i > 0 && (isLetterByte(s[i-1]) || isDigitByte(s[i-1]) || s[i-1] == '%') {
		return clipItem{}, false
	}
	role, j := clipLabel(s, i)
	if role == 0 {
		return clipItem{}, false
	}
	for j < len(s) && (s[j] == ' ' || s[j] == ':' || s[j] == '=') {
		j++
	}
	it := clipItem{role: role, from: i}
	if role == 'u' {
		u, k := clipWordUnit(s, j)
		if u == "" {
			return clipItem{}, false
		}
		it.val, it.to = u, k
		return it, true
	}
	rest := s[j:]
	if m := clipNumber.FindString(rest); m != "" {
		k := j + len(m)
		if k < len(s) && (isLetterByte(s[k]) || isDigitByte(s[k])) {
			return clipItem{}, false // "2a", a code
		}
		it.num, it.val, it.to = strings.TrimSuffix(m, "%"), m, k
		if strings.HasSuffix(m, "%") {
			it.unit = "%"
		} else if u, e := clipWordUnit(s, k); u != "" {
			it.unit, it.to = u, e
			it.val = strings.TrimSpace(s[j:e]) // as written: "77,50 persen", "14 Laporan"
		}
	} else if m := clipGrade.FindString(rest); m != "" {
		it.num, it.val, it.to = m, m, j+len(m)
	} else {
		return clipItem{}, false
	}
	if u := strings.ToLower(it.unit); u == "persen" || u == "percent" || u == "%" {
		it.unit = "%"
	}
	return it, true
}

// clipBlock finds the one block of labelled figures in s (two or more
// labels with nothing but separators between); false when there is none,
// or two (figures in two places: prose, two indicators).
func clipBlock(s string) ([]clipItem, bool) {
	var groups [][]clipItem
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("pPcCrRaAtTsSuU%", rune(s[i])) {
			continue
		}
		it, ok := clipItemAt(s, i)
		if !ok {
			continue
		}
		if n := len(groups); n > 0 && clipAdjacent(s[groups[n-1][len(groups[n-1])-1].to:it.from]) {
			groups[n-1] = append(groups[n-1], it)
		} else {
			groups = append(groups, []clipItem{it})
		}
		i = it.to - 1
	}
	var block []clipItem
	for _, g := range groups {
		if len(g) < 2 {
			continue // a lone label ("capaian output") inside a name
		}
		if block != nil {
			return nil, false
		}
		block = g
	}
	return block, len(block) >= 3
}

// clipAdjacent: gap holds only separators.
func clipAdjacent(gap string) bool {
	gap = strings.NewReplacer("–", " ", "—", " ").Replace(gap)
	for k := 0; k < len(gap); k++ {
		if !clipSep(gap[k]) {
			return false
		}
	}
	return true
}

// clipMarks: the wrapper's marks after which a name may start.
var clipMarks = []string{":", "]", "|", ")", ">", "\"", "'", "*", "•", "-", "–", "—", "“", "(", "#", "="}

// clipNameStart: the name's text in pre (the text before the block), or
// "" when no indicator statement starts in it: a name starts at the
// text's start, after a wrapper's mark, or after an indicator's code,
// never in the middle of the wrapper's words.
func clipNameStart(pre string) string {
	for i := 0; i < len(pre); i++ {
		if !isLetterByte(pre[i]) && !isDigitByte(pre[i]) && pre[i] != '(' {
			continue
		}
		if i > 0 && (isLetterByte(pre[i-1]) || isDigitByte(pre[i-1]) || pre[i-1] == '.' || pre[i-1] == ',') {
			continue // inside a word or a figure
		}
		before := strings.TrimRight(pre[:i], " \t")
		atMark := before == ""
		for _, m := range clipMarks {
			atMark = atMark || strings.HasSuffix(before, m)
		}
		rest := pre[i:]
		code := clipCode.FindString(rest)
		if !atMark && code == "" {
			continue
		}
		if startsIndicator(rest[len(code):]) {
			return rest[len(code):]
		}
	}
	return ""
}

// clipName: the whole indicator name of a line split around its block;
// "" when the name is missing, cut or followed by prose.
func clipName(pre, post string) string {
	trim := func(s string) string { return strings.Trim(s, " \t,;|:=-–—([") }
	name := clipNameStart(trim(pre))
	if name != "" {
		if strings.Trim(post, " \t.)]\"”") != "" {
			return "" // text after the figures: a sentence
		}
	} else {
		p := strings.TrimRight(pre, " \t")
		if p != "" && isLetterByte(p[len(p)-1]) {
			return "" // words running into the figures: a cut name, a sentence
		}
		post = strings.TrimLeft(post, " \t,;|:=-–—)]")
		if m := clipCode.FindString(post); m != "" {
			post = post[len(m):]
		}
		if !startsIndicator(post) {
			return ""
		}
		name = strings.TrimRight(post, " \t.")
	}
	name = strings.Join(strings.Fields(strings.Trim(name, " \t\"“”'")), " ")
	if name == "" || strings.HasSuffix(name, "…") || strings.HasSuffix(name, "...") || dangling(name) {
		return ""
	}
	return name
}

// clipRec is one labelled line read: the figures as written (the table's
// cells) and bare (the proof's), or why it cannot be loaded.
type clipRec struct {
	rec, bare frRecord
	why       string
	line      int
}

// clipRecord reads one labelled line; nil when it is none.
func clipRecord(l string, line int) *clipRec {
	if len(l) < 20 || len(l) > 1200 || strings.IndexByte(l, '\t') >= 0 {
		return nil
	}
	t := strings.TrimSpace(l)
	if _, rest, item := listMarker(t); item && startsIndicator(rest) || strings.HasPrefix(t, "\u2502") || strings.HasPrefix(t, "\u251c") || strings.HasPrefix(t, "\u2514") {
		// a list's item naming its indicator, a tree's branch: the list and
		// tree readers' (capaian_list.go); an item opening on a code
		// (`• IKU 1 Persentase …`) is read here, its code cut
		return nil
	}
	block, ok := clipBlock(l)
	if !ok {
		return nil
	}
	cr := &clipRec{line: line + 1}
	rec, bare := &cr.rec, &cr.bare
	units := map[byte]string{}
	for _, it := range block {
		if it.role == 'u' {
			if rec.unit != "" {
				return nil
			}
			rec.unit = it.val
			continue
		}
		units[it.role] = it.unit
		v, b, has := &rec.t, &bare.t, &rec.hasT
		if it.role == 'r' {
			v, b, has = &rec.r, &bare.r, &rec.hasR
		} else if it.role == 'c' {
			v, b, has = &rec.c, &bare.c, &rec.hasC
		}
		if *has {
			cr.why = "nilai dua kali"
		}
		*v, *b, *has = it.val, it.num, true
	}
	if !rec.hasT || !rec.hasR || !rec.hasC {
		return nil // no capaian to prove: a goal and its log, not a measure
	}
	rec.name = clipName(l[:block[0].from], l[block[len(block)-1].to:])
	if rec.name == "" {
		return nil
	}
	if rec.unit == "" && units['t'] != "" && (units['t'] == units['r'] || units['r'] == "") {
		rec.unit = units['t']
	}
	if cr.why == "" {
		cr.why = frProve(bare)
	}
	return cr
}

// clipEmit writes the proven lines of a run over lines [from, to) as one
// TAB table (No, indicator, unit, target, realisasi, capaian) for the
// capaian table reader, the figures as written; a line failing is
// reported and not loaded. False when none was proven.
func clipEmit(doc *facts.Document, lines []string, from, to int, run []clipRec) bool {
	var rows [][]string
	var bad []string
	badAt, known := 0, false
	for _, e := range run {
		_, _, ok := indicator.Match(e.rec.name)
		known = known || ok
		if e.why != "" {
			if badAt == 0 {
				badAt = e.line
			}
			bad = append(bad, e.why)
			continue
		}
		rows = append(rows, []string{strconv.Itoa(len(rows) + 1), e.rec.name, e.rec.unit, e.rec.t, e.rec.r, e.rec.c})
	}
	if len(bad) > 0 && known {
		doc.Add(facts.Finding{Span: facts.Span{Start: badAt, End: badAt + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: "baris berlabel " + strconv.Itoa(badAt) + ": " + strings.Join(bad, "; ") + "; tidak dimuat"})
	}
	if len(rows) == 0 || !known {
		return false // no row, or no indicator an LKj measures: a step counter's goals
	}
	header := []string{"No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"}
	return exportPlace(lines, from, to, from, "", header, rows)
}

// clipGate: the text may hold a labelled capaian line.
func clipGate(doc *facts.Document, data []byte) bool {
	return docHasAny(doc, data, "apaian", "APAIAN", "%", "chievement") && docHasAny(doc, data, "arget", "ARGET", "T ", "T:", "T=", "gt", "GT")
}

// clipLines rewrites each run of labelled capaian lines as one TAB table;
// data itself when it holds none.
func clipLines(doc *facts.Document, data []byte) []byte {
	if !clipGate(doc, data) || !clipAny(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	var recs []clipRec
	from, last := -1, -1
	flush := func() {
		if len(recs) > 0 {
			to := last + 1
			for to-from < len(recs)+1 && to < len(lines) && strings.TrimSpace(strings.Trim(lines[to], "=-_*~")) == "" {
				to++ // the clipping's closing rule, a blank line
			}
			for to-from < len(recs)+1 && from > 0 && strings.TrimSpace(lines[from-1]) == "" {
				from--
			}
			if clipEmit(doc, lines, from, to, recs) {
				changed = true
			}
		}
		recs, from, last = nil, -1, -1
	}
	for i, l := range lines {
		var rd *clipRec
		if clipMay([]byte(l)) {
			rd = clipRecord(l, i)
		}
		if rd == nil {
			if last >= 0 && (i-last > clipGap || strings.IndexByte(l, '\t') >= 0 || len(l) > 200) {
				flush() // far from the last line, or a table or a paragraph between
			}
			continue
		}
		if from < 0 {
			from = i
		}
		recs = append(recs, *rd)
		last = i
	}
	flush()
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// clipAny: some line of data is a labelled capaian line (the common
// report has none: its lines are looked at as bytes, none split).
func clipAny(data []byte) bool {
	for i, rest := 0, data; len(rest) > 0; i++ {
		l := rest
		if k := bytes.IndexByte(rest, '\n'); k >= 0 {
			l, rest = rest[:k], rest[k+1:]
		} else {
			rest = nil
		}
		if clipMay(l) && clipRecord(string(l), i) != nil {
			return true
		}
	}
	return false
}

// clipMay is the cheap test of a line: no TAB, a length clipRecord reads,
// a target's label and a capaian's (or a percent) in it.
func clipMay(l []byte) bool {
	if len(l) < 20 || len(l) > 1200 || bytes.IndexByte(l, '\t') >= 0 {
		return false
	}
	if !bytes.Contains(l, []byte("apaian")) && !bytes.Contains(l, []byte("APAIAN")) && bytes.IndexByte(l, '%') < 0 && !bytes.Contains(l, []byte("chievement")) {
		return false
	}
	if bytes.Contains(l, []byte("arget")) || bytes.Contains(l, []byte("ARGET")) || bytes.Contains(l, []byte("gt")) || bytes.Contains(l, []byte("GT")) || bytes.Contains(l, []byte("Gt")) {
		return true
	}
	for k := 0; k+1 < len(l); k++ { // the label "T" alone: a letter t between no letters, a separator after
		if (l[k] == 't' || l[k] == 'T') && (k == 0 || !isLetterByte(l[k-1])) && clipSep(l[k+1]) {
			return true
		}
	}
	return false
}
