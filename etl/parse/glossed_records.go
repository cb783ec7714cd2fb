package parse

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Labelled field records whose labels a key explains. An office that
// dresses its capaian or its budget in a foreign form (the minutes of an
// auction, a weighbridge's tickets, a cargo manifest, a match card) writes
// one record a row, a field a line `Label : value`, and says in words what
// the foreign labels mean, because a careful reader needs that:
//
//	Harga Limit adalah target Perjanjian Kinerja; Harga Terbentuk adalah realisasi akhir tahun.
//
//	LOT  1   Barang               : Persentase KPU Kabupaten dalam memutakhirkan Data
//	                                Pemilih Tepat Waktu
//	         Satuan               : %
//	         Harga Limit          : 100,00
//	         Harga Terbentuk      : 100,00
//	         Persentase thd Limit : 100,00
//
// or `BRUTO = pagu, TARA = sisa pagu, NETTO = realisasi`, or in prose
// `… pagu sebagai berat bruto, sisa pagu sebagai tara dan realisasi
// sebagai berat netto`. glossedRecords reads the key into label → role,
// then the records by those roles. What it trusts:
//   - the key: clauses `LABEL = role`, `LABEL adalah role` (ialah,
//     berarti, yaitu, merupakan) or `role … sebagai LABEL` / `LABEL
//     sebagai role`, the role word first on its side with at most three
//     words after it (no formula: `dibagi`, `dibandingkan`, `/`), the label
//     one to four words and no role word itself (`Capaian adalah realisasi
//     dibagi target` is a formula, not a key). The roles must name one
//     family: target and realisasi (capaian) or pagu and realisasi
//     (budget); a label given two roles, a role given two labels or roles
//     of both families: no key, nothing;
//   - the records: the first within a few lines after the key (or, a key
//     written under them, the last within a few lines before it) holding a
//     field whose label the key names (all of the field label's words in
//     the key's label: `Harga Terbentuk` in `harga yang terbentuk`,
//     `BRUTO` in `berat bruto`); records parted by blank lines, rules or a
//     box's edges (`+---+`, `|` sides read away), a record opened by a
//     repeated head before its first label (`LOT 1`, a ticket's title);
//     a value wrapped onto the lines under it, indented to it; the run ends
//     at the first record with no keyed field;
//   - the ordinary role words beside the key: `Satuan` the unit, a label
//     starting `Persentase`/`Capaian`/`Serapan`/`%` or a ratio `A/B` of
//     the keyed realisasi over target or pagu the percent; the name is the
//     field labelled `Nama`/`Uraian`/`Indikator`, else the first other
//     field of two or more words (a lone token, `IKU-01`, is a number, no
//     name), a code leading it (`076.01.WA`) its code; a field whose value is the code
//     of a program read above (`Asal : program 076.01.WA`) its parent; a
//     codeless record named `Rekap`/`Jumlah`/`Total` the total;
//   - proof: capaian rows as the drawn readers prove them (tkEmit:
//     capaian from target and realisasi, lower-is-better, grades), budget
//     rows through the whiteboard's prover (wbBoard: sisa = pagu −
//     realisasi and the percent, kegiatan summing to their program,
//     programs to the total). A record failing is reported, not loaded.
//
// Gate: a `realisasi` standing in a key's syntax (after `= `, `adalah `,
// `sebagai `…, or before ` sebagai`/` =`): every key names the realisasi.
// Found by walking that word's occurrences only; nothing is split or
// allocated unless a paragraph around one parses as a key.

// glossKeyWords: the words joining a label to its role.
var glossKeyWords = []string{" = ", " adalah ", " ialah ", " berarti ", " yaitu ", " merupakan ", " sebagai "}

// glossRoles: the role a key's role side names by its first word.
var glossRoles = map[string]string{
	"target": "target", "realisasi": "real", "capaian": "capaian",
	"pagu": "pagu", "alokasi": "pagu", "anggaran": "pagu", "sisa": "sisa", "serapan": "serapan",
	"satuan": "unit", "indikator": "name", "uraian": "name", "nama": "name", "kode": "code",
}

var (
	glossFormula = regexp.MustCompile(`(?i)\b(?:dibagi|dibandingkan|terhadap|per|x|kali)\b|[/×÷*+]`)
	glossTotal   = regexp.MustCompile(`(?i)^(?:rekap|rekapitulasi|jumlah|total|keseluruhan|grand\s+total)\b`)
	glossPctLbl  = regexp.MustCompile(`(?i)^(?:persentase|persen|capaian|serapan|%)`)
	glossAmount  = regexp.MustCompile(`^(?i:rp\.?)?\s*(\d{1,3}(?:\.\d{3})+|\d+)$`)
)

// glossGate returns the starts of the paragraphs around a `realisasi` in a
// key's syntax (at most a few hundred occurrences looked at).
func glossGate(data []byte) []int {
	var pars []int
	from := 0
	for n := 0; n < 400; n++ {
		k := bytes.Index(data[from:], []byte("ealisasi"))
		if k < 0 {
			break
		}
		k += from - 1 // the r
		from = k + 9
		if k < 0 || data[k]|0x20 != 'r' {
			continue
		}
		before := data[max(0, k-12):k]
		after := data[min(len(data), k+9):min(len(data), k+18)]
		key := bytes.HasPrefix(after, []byte(" sebagai")) || bytes.HasPrefix(after, []byte(" = "))
		if n := len(before); !key && n > 0 && (before[n-1] == ' ' || before[n-1] == '\n') {
			for _, w := range glossKeyWords {
				key = key || bytes.HasSuffix(before[:n-1], []byte(w[:len(w)-1]))
			}
		}
		if !key {
			continue
		}
		ps := k
		for n := 0; n < 6 && ps > 0; n++ {
			ls := bytes.LastIndexByte(data[:ps-1], '\n') + 1
			if ps-1 < ls || !glossKeyLine(data[ls:ps-1]) {
				break
			}
			ps = ls
		}
		ps = bytes.LastIndexByte(data[:ps], '\n') + 1
		if len(pars) == 0 || pars[len(pars)-1] != ps {
			pars = append(pars, ps)
		}
	}
	return pars
}

// glossPar: the paragraph from ps (up to a blank line, at most 800 bytes).
func glossPar(data []byte, ps int) []byte {
	pe := ps
	for n := 0; n < 8 && pe < len(data); n++ {
		e := bytes.IndexByte(data[pe:], '\n')
		if e < 0 {
			e = len(data) - pe
		}
		if n > 0 && !glossKeyLine(data[pe:pe+e]) {
			break
		}
		pe += e + 1
	}
	return data[ps:min(pe, len(data))]
}

// glossKeyLine: a line a key's sentence may go on over: not blank, not a
// rule, no field, no TAB row.
func glossKeyLine(l []byte) bool {
	if len(bytes.TrimSpace(l)) == 0 || bytes.IndexByte(l, '\t') >= 0 || len(l) > 400 {
		return false
	}
	s := string(l)
	if glossRule(s) {
		return false
	}
	// a field: padded before its colon, indented or boxed; a prose line
	// may hold `word: rest` at its start
	if s[0] == ' ' || strings.Contains(s, " :") || strings.HasPrefix(s, "|") {
		_, ok := glossFieldOf(glossUnbox(s))
		return !ok
	}
	return true
}

// glossKey is a key read: label words → role, and the family it names.
type glossKey struct {
	labels [][]string
	roles  []string
	family string // "capaian" or "anggaran"
}

// glossRoleOf: the role a side of a clause names, "" when it names none
// (its first word no role word, a formula, or too long a side).
func glossRoleOf(side string) string {
	if k := strings.IndexByte(side, '('); k >= 0 {
		side = side[:k]
	}
	w := strings.Fields(strings.ToLower(side))
	if len(w) == 0 || len(w) > 4 || glossFormula.MatchString(side) {
		return ""
	}
	r := glossRoles[strings.Trim(w[0], ".,;:")]
	for _, x := range w[1:] {
		if o := glossRoles[x]; o == "target" || o == "real" || o == "capaian" {
			return "" // `realisasi atas target`: two roles, no key
		}
	}
	return r
}

// glossLabel: a side's words as a label, nil when it is none.
func glossLabel(side string) []string {
	w := strings.Fields(strings.ToLower(strings.Trim(side, " .\"'`")))
	if len(w) == 0 || len(w) > 4 || glossRoles[w[0]] != "" {
		return nil
	}
	letters := false
	for _, c := range w[len(w)-1] {
		letters = letters || c >= 'a' && c <= 'z'
	}
	if !letters {
		return nil
	}
	return w
}

// glossParse reads a paragraph as a key; ok false when it is none.
func glossParse(par string) (glossKey, bool) {
	var g glossKey
	s := strings.Join(strings.Fields(par), " ")
	for _, sep := range []string{". ", ";", ",", ":", " - ", " – ", " dan "} {
		s = strings.ReplaceAll(s, sep, "\x00")
	}
	seen := map[string]bool{}
	for _, cl := range strings.Split(s, "\x00") {
		var lab []string
		role := ""
		padded := " " + cl + " "
		for _, kw := range glossKeyWords {
			k := strings.Index(padded, kw)
			if k < 0 {
				continue
			}
			left, right := padded[:k], padded[k+len(kw):]
			if kw == " sebagai " {
				rl, rr := glossRoleOf(left), glossRoleOf(right)
				switch {
				case rl != "" && rr == "":
					role, lab = rl, glossLabel(right)
				case rr != "" && rl == "":
					role, lab = rr, glossLabel(left)
				}
			} else {
				role, lab = glossRoleOf(right), glossLabel(left)
			}
			break
		}
		if role == "" || lab == nil {
			continue
		}
		if seen[role] {
			return g, false // a role given two labels
		}
		for _, l := range g.labels {
			if strings.Join(l, " ") == strings.Join(lab, " ") {
				return g, false // a label given two roles
			}
		}
		seen[role] = true
		g.labels, g.roles = append(g.labels, lab), append(g.roles, role)
	}
	switch {
	case !seen["real"]:
		return g, false
	case seen["target"] && !seen["pagu"] && !seen["sisa"] && !seen["serapan"]:
		g.family = "capaian"
	case seen["pagu"] && !seen["target"] && !seen["capaian"]:
		g.family = "anggaran"
	default:
		return g, false
	}
	return g, true
}

// roleOf: the role the key gives a field label ("" none, "?" two).
func (g *glossKey) roleOf(label string) string {
	w := strings.Fields(strings.ToLower(label))
	if len(w) == 0 {
		return ""
	}
	role := ""
	for k, kl := range g.labels {
		// a key label the field's very words: its role, though the words
		// also stand in a longer label (`Hadir` and `% Hadir`)
		if strings.Join(kl, " ") == strings.Join(w, " ") {
			return g.roles[k]
		}
	}
	for k, kl := range g.labels {
		// the field's words in the key label's, in order, each once
		at := 0
		for _, x := range w {
			for at < len(kl) && kl[at] != x {
				at++
			}
			at++
		}
		all := at <= len(kl)
		if all {
			if role != "" && role != g.roles[k] {
				return "?"
			}
			role = g.roles[k]
		}
	}
	return role
}

// fieldRole: a field label's role by the key, a ratio of keyed labels, or
// the ordinary role words.
func (g *glossKey) fieldRole(label string) string {
	if r := g.roleOf(label); r != "" {
		return r
	}
	if a, b, ok := strings.Cut(label, "/"); ok {
		if g.roleOf(a) == "real" && (g.roleOf(b) == "target" || g.roleOf(b) == "pagu") {
			return "pct"
		}
		return ""
	}
	l := strings.ToLower(label)
	switch {
	case glossPctLbl.MatchString(l):
		return "pct"
	case l == "satuan" || l == "sat" || l == "sat.":
		return "unit"
	}
	w := strings.Fields(l)
	if r := glossRoles[w[0]]; r != "" && r != "unit" {
		return r // an ordinary role word beside the key's labels
	}
	return ""
}

// glossField is one `Label : value` line read.
type glossField struct {
	head         string // what stood before the label (`LOT 1`): the record opens
	label, value string
	vcol         int
}

// glossUnbox reads a box's side edges away, columns kept.
func glossUnbox(l string) string {
	t := strings.TrimSpace(l)
	if len(t) < 2 || t[0] != '|' && t[0] != '¦' {
		return l
	}
	b := []byte(l)
	if k := bytes.IndexAny(b, "|¦"); k >= 0 && b[k] == '|' {
		b[k] = ' '
	}
	if k := bytes.LastIndexByte(b, '|'); k >= 0 {
		b[k] = ' '
	}
	return strings.TrimRight(string(b), " ")
}

// glossRule: a line drawn only (a box's top or bottom, a rule).
func glossRule(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) >= 5 && strings.Trim(t, "+-=_~*#.─═━|") == ""
}

// glossFieldOf reads a field line; ok false when the line is none.
func glossFieldOf(l string) (f glossField, ok bool) {
	if len(l) > 400 {
		return f, false
	}
	c := -1
	for k := 1; k < len(l); k++ {
		if l[k] == ':' && (k+1 == len(l) || l[k+1] == ' ') && l[k-1] != ':' {
			c = k
			break
		}
	}
	if c < 0 {
		return f, false
	}
	before := strings.TrimSpace(l[:c])
	label := before
	if k := strings.LastIndex(before, "  "); k >= 0 {
		label, f.head = strings.TrimSpace(before[k:]), strings.Join(strings.Fields(before[:k]), " ")
	}
	if label == "" || len(label) > 40 || len(strings.Fields(label)) > 4 {
		return f, false
	}
	if r := label[0] | 0x20; r < 'a' || r > 'z' {
		if label[0] != '%' {
			return f, false
		}
	}
	f.label = label
	f.vcol = c + 1
	for f.vcol < len(l) && l[f.vcol] == ' ' {
		f.vcol++
	}
	f.value = strings.TrimSpace(l[c+1:])
	return f, true
}

// glossRec is one record: its fields (values joined over their wrapped
// lines) and its lines.
type glossRec struct {
	fields      []glossField
	top, bottom int
	keyed       bool
	sub         int // lines of a sub-table inside a boxed record (glossed_boxed.go)
}

// glossRecords reads the records from line i on: the run of records with
// a keyed field, the first within lead lines (lead < 0: any). Work is
// bounded by the run and lead.
func glossRecords(g *glossKey, lines []string, i, lead int) []*glossRec {
	var recs []*glossRec
	var cur *glossRec
	decided, outer, sealed := false, rune(0), false // boxes with inner rules, an inner rule under the last field
	closeRec := func() bool {
		if cur == nil {
			return true
		}
		r := cur
		cur = nil
		if len(r.fields) == 0 {
			return true
		}
		if !r.keyed {
			// before the run: look on; after: the run ended, unless the
			// record is a stray field pushed off its record by a page or
			// column break (words only, no figure)
			return len(recs) == 0 || glossStray(r)
		}
		recs = append(recs, r)
		return true
	}
	for j := i; j < len(lines); j++ {
		if len(recs) == 0 && lead >= 0 && j-i > lead && (cur == nil || !cur.keyed) {
			return nil
		}
		l := glossUnbox(lines[j])
		if rule := glossRule(l); rule && !decided {
			// the first rule: are the records boxes with inner rules
			// (glossed_boxed.go)?
			decided, outer = true, glossOuterRule(g, lines, j)
		}
		if glossRule(l) && outer != 0 && glossRuleChar(l) != outer {
			sealed = true // an inner rule parts nothing
			if cur != nil {
				cur.bottom = j
			}
			continue
		}
		if strings.TrimSpace(l) == "" || glossRule(l) {
			box := glossRule(l) && outer != 0 // a box's edge
			if box && cur != nil && len(cur.fields) > 0 {
				cur.bottom = j // the card's closing edge is the card's
			}
			if !closeRec() {
				return recs
			}
			sealed = false
			if box {
				cur = &glossRec{top: j} // the card opens at its edge
			}
			continue
		}
		if head, fs, ok := glossUnfold(g, l); ok {
			// a record folded onto one line by a PDF's columns
			if head != "" && !closeRec() {
				return recs
			}
			if cur == nil {
				cur = &glossRec{top: j}
			}
			cur.bottom = j
			for _, f := range fs {
				cur.keyed = cur.keyed || g.roleOf(f.label) != ""
			}
			cur.fields = append(cur.fields, fs...)
			continue
		}
		f, ok := glossFieldOf(l)
		if ok && (f.head != "" && cur != nil && len(cur.fields) > 0) {
			if !closeRec() {
				return recs
			}
		}
		if cur == nil {
			cur = &glossRec{top: j}
		}
		cur.bottom = j
		if !ok {
			if n := len(cur.fields); n > 0 && !sealed && wbIndent(l) >= cur.fields[n-1].vcol-2 {
				cur.fields[n-1].value += " " + strings.TrimSpace(l)
				continue
			}
			if outer != 0 && sealed && cur.sub < 40 {
				cur.sub++ // a sub-table inside the box (instalments): no field
				continue
			}
			if len(cur.fields) > 0 {
				// prose after the fields: the record (and the run) ends
				if !closeRec() || len(recs) > 0 {
					return recs
				}
			}
			continue // a title over the fields
		}
		if r := g.roleOf(f.label); r != "" {
			cur.keyed = true // a label the key names
		}
		cur.fields = append(cur.fields, f)
		sealed = false // lines may wrap onto this field
	}
	closeRec()
	return recs
}

// glossEach calls read with every key in data (glossGate, glossPar,
// glossParse) and the text's lines, split once the first key is found;
// top is the key's first line, bottom the line after it. read says
// whether it rewrote lines; glossEach returns the rewritten text, or data
// itself when nothing was.
func glossEach(data []byte, read func(g *glossKey, lines []string, top, bottom int) bool) []byte {
	pars := glossGate(data)
	if len(pars) == 0 {
		return data
	}
	var lines []string
	changed := false
	for _, ps := range pars {
		par := glossPar(data, ps)
		g, ok := glossParse(string(par))
		if !ok {
			continue
		}
		if lines == nil {
			lines = strings.Split(string(data), "\n")
		}
		top := bytes.Count(data[:ps], []byte("\n"))
		if read(&g, lines, top, top+bytes.Count(par, []byte("\n"))) {
			changed = true
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// glossedRecords rewrites the keyed records of a text as TAB tables; data
// itself when it holds none. Findings go to doc.
func glossedRecords(doc *facts.Document, data []byte) []byte {
	return glossEach(data, func(g *glossKey, lines []string, top, bottom int) bool {
		recs := glossRecords(g, lines, bottom+1, 16)
		if len(recs) == 0 {
			// a key under its records: the run ending right above it
			from := top - 1
			for from > 0 && top-from < 400 {
				l := glossUnbox(lines[from-1])
				boxed := strings.HasPrefix(strings.TrimSpace(lines[from-1]), "|")
				if _, ok := glossFieldOf(l); !ok && !boxed && strings.TrimSpace(l) != "" && !glossRule(l) && wbIndent(l) < 2 {
					break
				}
				from--
			}
			recs = glossRecords(g, lines, from, -1)
			if len(recs) == 0 || top-recs[len(recs)-1].bottom > 16 {
				return false
			}
		}
		return g.family == "capaian" && glossCapaian(doc, g, lines, recs) ||
			g.family == "anggaran" && glossBudget(doc, g, lines, recs)
	})
}
