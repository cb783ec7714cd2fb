package parse

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// reListFigure: a role word, fillers, then its figure: a number with its
// unit or a grade.
var reListFigure = regexp.MustCompile(`(?i)\b(ditargetkan|target(?:nya)?|terealisasi|direalisasikan|realisasi(?:nya)?|capaian(?:\s+kinerja(?:nya)?)?)` +
	`((?:\s+(?:sebesar|adalah|yaitu|mencapai|hanya|opini|predikat|nilai|tercatat|sebanyak|ialah|minimal|maksimal|paling\s+(?:sedikit|banyak|tinggi|rendah)|(?:yang\s+)?(?:ditetapkan|direncanakan|dicapai|diperoleh)))*)\s*[:=]?\s*` +
	`(?:(\d[\d.,]*\d|\d)\s*(%|persen\b)?|["“]?(?-i:(AA|A|BB|B|CC|C|D|WTP|WDP|TMP|TW))\b)`)

// capaianNarrative reads a capaian told in words from blocks[i]: a run of
// list items (listCapaian), or of years (listSeries), else an indicator heading and its paragraph
// (narrativeCapaian). It returns the last block read and whether any was.
func (p *parser) capaianNarrative(i int) (int, bool) {
	if j, ok := p.ordinalCapaian(i); ok { // "Pertama, …", "Kedua, …" (capaian_ordinal.go)
		return j, true
	}
	if j, ok := p.listCapaian(i); ok {
		return j, true
	}
	if j, ok := p.listSeries(i); ok {
		return j, true // a year an item (seri_list.go)
	}
	if j := p.narrativeCapaian(i); j > i {
		return j, true
	}
	return p.notesCapaian(i) // one indicator a block: notes pages, speeches (capaian_notes.go)
}

// listMarker splits a list item's marker ("1.", "12)", "a.", "(b)", "-",
// "•") from its text; no is the number or letter ("" for a bullet).
func listMarker(t string) (no, rest string, ok bool) {
	k := 0
	for _, b := range listBullets {
		if strings.HasPrefix(t, b) {
			k = len(b)
		}
	}
	switch {
	case k > 0:
	case t != "" && t[0] == '(':
		e := strings.IndexByte(t, ')')
		if e < 2 || e > 3 || !alnumASCII(t[1:e]) {
			return "", "", false
		}
		no, k = t[1:e], e+1
	default:
		e := 0
		for e < len(t) && e < 2 && t[e] >= '0' && t[e] <= '9' {
			e++
		}
		if e == 0 && len(t) > 0 && (t[0]|0x20 >= 'a' && t[0]|0x20 <= 'z') {
			e = 1
		}
		if e == 0 || e >= len(t) || t[e] != '.' && t[e] != ')' {
			return "", "", false
		}
		no, k = t[:e], e+1
	}
	if k >= len(t) || t[k] != ' ' {
		return "", "", false
	}
	return no, strings.TrimLeft(t[k:], " "), true
}

// namedIndicator drops what may stand before an indicator's statement in
// an item: a quote, the word "Indikator" ("Indikator Kinerja Utama:
// Persentase …").
func namedIndicator(s string) string {
	s = strings.TrimLeft(s, "\"“'")
	if len(s) > 10 && strings.EqualFold(s[:9], "indikator") && s[9] == ' ' {
		t := strings.TrimLeft(s[10:], " ")
		for _, w := range [...]string{"kinerja", "utama"} {
			if len(t) > len(w) && strings.EqualFold(t[:len(w)], w) && (t[len(w)] == ' ' || t[len(w)] == ':') {
				t = strings.TrimLeft(t[len(w):], " ")
			}
		}
		s = strings.TrimLeft(t, " :–-")
	}
	return strings.TrimLeft(s, "\"“'")
}

// headWord: s opens with a word an indicator statement starts with
// (startsIndicator's test on the first word alone, without allocating).
func headWord(s string) bool {
	var buf [16]byte
	n := 0
	for ; n < len(s) && s[n]|0x20 >= 'a' && s[n]|0x20 <= 'z'; n++ {
		if n == len(buf) {
			return false
		}
		buf[n] = s[n] | 0x20
	}
	return indicatorHeads[string(buf[:n])]
}

var listBullets = [...]string{"-", "*", "•", "–", "▪", "·"}

func alnumASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; !(c >= 'a' && c <= 'z' || s[i] >= '0' && s[i] <= '9') {
			return false
		}
	}
	return s != ""
}

// listMarkerCheap: t may open with a list marker and names a target (the
// gate before any pattern runs).
func listMarkerCheap(t string) bool {
	if len(t) < 20 || len(t) > 700 {
		return false
	}
	switch c := t[0]; {
	case c >= '0' && c <= '9':
		if t[1] != '.' && t[1] != ')' && (t[1] < '0' || t[1] > '9' || t[2] != '.' && t[2] != ')') {
			return false
		}
	case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		if t[1] != '.' && t[1] != ')' {
			return false
		}
	case c == '(' || c == '-' || c == '*' || c >= 0x80:
	default:
		return false
	}
	return containsFoldASCII(t, "target")
}

// Capaian written as a list: each item names an indicator and states its
// target, realisasi and capaian by role words, in any order and with any
// marker (a number, a letter, a bullet):
//
//  1. Persentase kesesuaian kompetensi pegawai: target 75,00%,
//     terealisasi 79,46%, sehingga capaian kinerjanya 105,95%.
//     b) Persentase pemutakhiran data pemilih dengan realisasi 98,00 persen
//     dari target 100 persen, capaian 98,00 persen.
//     • Opini BPK atas Laporan Keuangan: target opini WTP, realisasi opini WTP.
//
// An item is read only when its figures prove each other: the stated
// capaian is what the target and realisasi give (realisasi / target, or
// the lower-is-better form), or target and realisasi are grades or audit
// opinions of one kind (compared by rank by the table reader, a stated
// capaian kept beside them). A role stated twice with two values, a
// target without its realisasi, figures that disagree: the item stays
// prose (read or reported there). A run of proven items is read as one
// capaian table through the same reader as any table; the paragraph that
// introduces the list gives its level (kegiatan) and year.
//
// listCapaian reads the run of proven list items that starts at blocks[i];
// it returns the last block read.
func (p *parser) listCapaian(i int) (int, bool) {
	if !listMarkerCheap(p.blocks[i].Text) {
		return i, false
	}
	return p.itemRun(i, func(t string, _ int) (string, bool) { return t, listMarkerCheap(t) })
}

// itemRun reads the run of paragraphs from blocks[i] on that item turns
// into list items (the n-th item's text, or false to end the run), each
// proven by listItem, as one capaian table; it returns the last block read.
func (p *parser) itemRun(i int, item func(t string, n int) (string, bool)) (int, bool) {
	var rows []extract.Row
	j := i
	for ; j < len(p.blocks); j++ {
		b := &p.blocks[j]
		if b.Kind != extract.Paragraph || b.IsCaption {
			break
		}
		t, ok := item(b.Text, len(rows)+1)
		if !ok {
			break
		}
		cells, ok := listItem(t, len(rows)+1)
		if !ok {
			break
		}
		rows = append(rows, extract.Row{Start: b.Start, End: b.End, Cells: cells})
	}
	if len(rows) == 0 || !p.listTable(i, rows) {
		return i, false
	}
	return j - 1, true
}

// listCaption is the caption the list's table is read under: the level
// and the year the paragraph introducing it names. A paragraph naming
// several years other than the report's own leaves the year unproven.
func (p *parser) listCaption(i int) (string, bool) {
	caption := "Capaian Indikator Kinerja"
	if i == 0 || p.blocks[i-1].Kind != extract.Paragraph || len(p.blocks[i-1].Text) > 400 {
		return caption, true
	}
	lead := p.blocks[i-1].Text
	if _, _, ok := listMarker(lead); ok {
		return caption, true // an item that stayed prose: no introduction
	}
	if containsFoldASCII(lead, "kegiatan") && (containsFoldASCII(lead, "sasaran kegiatan") || containsFoldASCII(lead, "kinerja kegiatan")) {
		caption += " Kegiatan"
	}
	year := p.doc.Meta.Tahun
	other := 0
	for _, y := range yearsIn(lead) {
		switch {
		case y == year:
			return caption, true
		case y > year:
		case other == 0 || other == y:
			other = y
		default:
			return "", false // two earlier years: which one the list measures is unproven
		}
	}
	if other > 0 {
		caption += " Tahun " + strconv.Itoa(other)
	}
	return caption, true
}

// listItem reads one list item into the cells of a capaian row (No,
// Indikator, Satuan, Target, Realisasi, Capaian); false when its figures do
// not prove each other.
func listItem(t string, n int) ([]string, bool) {
	no, rest, ok := listMarker(t)
	if ok {
		rest = namedIndicator(rest)
	}
	if !ok || !headWord(rest) {
		return nil, false // the catalogue's statements all open with such a word
	}
	if no == "" {
		no = strconv.Itoa(n)
	}
	figs := reListFigure.FindAllStringSubmatchIndex(rest, -1)
	if len(figs) == 0 {
		return nil, false
	}
	name, clause := rest[:figs[0][0]], figs[0][0]
	colon := false
	if k := strings.IndexByte(name, ':'); k > 0 {
		name, clause, colon = name[:k], k+1, true
	} else {
		name = trimListName(name)
	}
	name = strings.Trim(strings.TrimSpace(name), "\"“”'")
	if len(name) < 10 || len(name) > 250 || strings.Contains(name, ". ") {
		return nil, false
	}
	body := rest[clause:]
	if ss := sentences(body); len(ss) > 1 {
		body = ss[0] // the item's own sentence: what follows is comment
	}
	var val [3]string // target, realisasi, capaian
	grade := [3]bool{}
	unit := ""   // the unit target and realisasi are written in: the row's Satuan
	bare := true // only bare "target 80" figures: see labelledRow
	for _, f := range reListFigure.FindAllStringSubmatchIndex(body, -1) {
		role := body[f[2]:f[3]]
		r := listRole(role)
		if f[5] > f[4] || !bareRole(role) {
			bare = false
		}
		v, isGrade := span(body, f[6], f[7]), f[10] >= 0
		if isGrade {
			v = body[f[10]:f[11]]
		}
		if !isGrade && f[8] < 0 && yearAlone(v) > 0 {
			return nil, false // "realisasi 2019 sebesar …": a year, not the figure
		}
		if val[r] != "" && val[r] != v {
			return nil, false // a role stated twice, two values: which is meant is unproven
		}
		val[r], grade[r] = v, isGrade
		if r == 2 || isGrade {
			continue
		}
		u := ""
		if f[8] >= 0 {
			u = "%"
		} else if w := nextWord(body[f[1]:]); normalize.UnitOf(w) != "" {
			u = w // "12 dokumen"
		}
		if u != "" && unit != "" && !strings.EqualFold(u, unit) {
			return nil, false // target and realisasi in two units
		}
		if u != "" {
			unit = u
		}
	}
	switch {
	case val[0] == "" || val[1] == "" || bare && labelledRow(body, colon):
		return nil, false
	case grade[0] && grade[1]:
		if isOpinion(val[0]) != isOpinion(val[1]) || grade[2] {
			return nil, false
		}
	case grade[0] || grade[1] || val[2] == "" || grade[2]:
		return nil, false
	default:
		tv, rv, cv := narrNum(val[0]), narrNum(val[1]), narrNum(val[2])
		tol := statedTolerance(val[2])
		if tv <= 0 || rv < 0 || cv < 0 || math.Abs(rv/tv*100-cv) > tol && math.Abs((2*tv-rv)/tv*100-cv) > tol {
			return nil, false // the figures do not prove each other
		}
	}
	return []string{no, name, unit, val[0], val[1], val[2]}, true
}

// nextWord is the word s opens with (after spaces), letters only.
func nextWord(s string) string {
	s = strings.TrimLeft(s, " ")
	k := 0
	for k < len(s) && s[k]|0x20 >= 'a' && s[k]|0x20 <= 'z' {
		k++
	}
	return s[:k]
}

// statedTolerance is half a unit of the last decimal a capaian is stated
// with: 105,625 is stated 105,63 or 105,62, 105,6 or 106.
func statedTolerance(v string) float64 {
	tol := 0.5
	if k := strings.LastIndexAny(v, ",."); k >= 0 && len(v)-k-1 <= 3 {
		tol = 0.5 * math.Pow(10, -float64(len(v)-k-1))
	}
	return tol + 1e-9
}

// labelledRow: figures named by bare role nouns ("Indeks kepuasan:
// target 80, realisasi 84,50, capaian 105,63%", "Target : 77,50%" on
// lines of their own) are a labelled row, the labelled-rows reader's
// (kv_inline.go, kv_records.go), when nothing but separators stands
// between them; and under a label (colon) with a figure no role word
// claims among them ("84,50 (naik 2,1)") that reader's rule holds: a cell
// of two figures is no cell.
func labelledRow(body string, colon bool) bool {
	left := reListFigure.ReplaceAllString(body, " ")
	letters, digits := false, false
	for i := 0; i < len(left); i++ {
		c := left[i] | 0x20
		if left[i] >= '0' && left[i] <= '9' {
			digits = true
		}
		if c >= 'a' && c <= 'z' {
			letters = true
		}
	}
	return !letters && !digits || colon && digits
}

// bareRole: the plain noun of a role, as a labelled row names its cell.
func bareRole(w string) bool {
	switch strings.ToLower(w) {
	case "target", "realisasi", "capaian":
		return true
	}
	return false
}

// listRole: 0 target, 1 realisasi, 2 capaian.
func listRole(w string) int {
	switch c := w[0] | 0x20; {
	case c == 'c':
		return 2
	case (c == 't' || c == 'd') && containsFoldASCII(w, "target"):
		return 0
	}
	return 1
}

// trimListName drops the words that join an indicator's name to its
// first figure ("... dengan target", "..., yang realisasinya").
func trimListName(s string) string {
	for {
		s = strings.TrimRight(s, " ,;.-–—")
		k := strings.LastIndexByte(s, ' ')
		if k < 0 {
			return s
		}
		switch strings.ToLower(s[k+1:]) {
		case "dengan", "yang", "memiliki", "yaitu", "adalah", "mempunyai":
			s = s[:k]
		default:
			return s
		}
	}
}
