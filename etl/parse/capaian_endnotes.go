package parse

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A capaian table that points to notes: the table names the indicators
// and their units, and a column (Catatan, Ket., "lihat catatan 3") or a
// mark after the name (a superscript ¹, [a], *) points to a note under the
// table, an endnote or a footnote, which holds the figures as labelled
// values:
//
//	No	Indikator Kinerja	Satuan	Catatan
//	2	Persentase Partisipasi Pemilih	%	ii
//	...
//	Catatan Akhir
//	ii  Target 77,50; realisasi 81,37; capaian 104,99 persen.
//
// Read as it stands the table has no figure and the notes no indicator.
// endnoteTables joins each row to its note by the mark and writes the
// table again whole (No, indicator, unit, target, realisasi, capaian)
// through tkEmit (capaian_train.go), so each row is proven as any drawn
// record: the capaian must be realisasi/target to its printed digits (or a
// lower-is-better form), grades and opinions (B, WTP) with their capaian as
// stated. What it trusts:
//   - the marks: one a row, no two rows alike, every cell of the note
//     column a mark (a legal reference `Pasal 3` or a source is no mark);
//   - the notes: the first run of marked lines after the table holding a
//     labelled target or realisasi; no two notes alike, and every note
//     with figures points to a row of the table (notes giving figures for
//     no row refuse the whole table: the join is not the one meant);
//   - the labels: target, realisasi and capaian each once in a note, in
//     any order; a note without them (`¹ Sumber: BPS`) loads nothing.
// A table already holding target, realisasi or capaian columns is an
// ordinary table with footnotes and is left to the table readers.

// enLabel is a note's label and the words that may stand before its value.
// ("Target 2024: 77,50", "capaian (%) 98,00", "realisasi sebesar 81,37").
var enLabel = regexp.MustCompile(`(?i)\b(target|rencana|realisasi|capaian)\b(?:\s+kinerja)?(?:\s+(?:tahun\s+)?(?:19|20)\d\d\s*[:=])?(?:\s*\(%\))?(?:\s+(?:sebesar|adalah|yaitu|ialah))?\s*[:=]?\s*`)

// enNumber and enGrade are a labelled value: a figure (its unit after it)
// or a grade/opinion.
var (
	enNumber = regexp.MustCompile(`^[-+]?\d+(?:[.,]\d+)*(\s*(?:%|persen\b))?`)
	enGrade  = regexp.MustCompile(`^(?:AA|A|BB|B|CC|C|D|WTP|WDP|TW|TMP)(?:[^\pL\d]|$)`)
)

// enFillers are the words a "see note" cell wraps its mark in.
var enFillers = map[string]bool{"lihat": true, "lih.": true, "lih": true, "catatan": true, "cat.": true, "cat": true,
	"akhir": true, "kaki": true, "note": true, "notes": true, "see": true, "no.": true, "nomor": true, "endnote": true,
	"footnote": true, "ket.": true, "ket": true, "keterangan": true, "ref.": true, "ref": true, "rujukan": true}

// enSuper maps superscript digits to digits.
var enSuper = strings.NewReplacer("⁰", "0", "¹", "1", "²", "2", "³", "3", "⁴", "4", "⁵", "5", "⁶", "6", "⁷", "7", "⁸", "8", "⁹", "9")

func enIsSuper(r rune) bool { return strings.ContainsRune("⁰¹²³⁴⁵⁶⁷⁸⁹", r) }

// enMarkKey: the key of a reference mark (`ii`, `1)`, `[3]`, `(a)`, `*)`,
// `¹`, `†`), the same for the mark in the table and in its note; "" when
// tok is no mark.
func enMarkKey(tok string) string {
	s := strings.TrimRight(strings.TrimSpace(tok), ".:")
	s = enSuper.Replace(s)
	switch {
	case len(s) >= 3 && (s[0] == '[' && s[len(s)-1] == ']' || s[0] == '(' && s[len(s)-1] == ')'):
		s = s[1 : len(s)-1]
	case len(s) >= 2 && s[len(s)-1] == ')':
		s = s[:len(s)-1]
	}
	if s == "" {
		return ""
	}
	if s == "†" || s == "‡" {
		return s
	}
	if strings.Trim(s, "*") == "" && len(s) <= 4 {
		return s
	}
	if len(s) <= 3 && strings.Trim(s, "0123456789") == "" {
		return strings.TrimLeft(s, "0")
	}
	if len(s) == 1 && s[0] >= 'a' && s[0] <= 'z' {
		return s
	}
	if len(s) <= 6 && (strings.Trim(s, "ivx") == "" || strings.Trim(s, "IVX") == "") {
		return strings.ToLower(s)
	}
	return ""
}

// enCellMark: the mark a note column's cell holds ("ii", "lihat catatan
// 3", "Cat. [a]"); "" when the cell holds something else.
func enCellMark(cell string) string {
	var left []string
	for _, f := range strings.Fields(cell) {
		if !enFillers[strings.ToLower(f)] {
			left = append(left, f)
		}
	}
	if len(left) != 1 {
		return ""
	}
	return enMarkKey(left[0])
}

// enTrailMark: the mark after an indicator's name (`… Pemilih²`, `…
// Pemilih [3]`, `… Pemilih*)`) and the name without it.
func enTrailMark(name string) (string, string) {
	s := strings.TrimSpace(name)
	r := []rune(s)
	k := len(r)
	for k > 0 && enIsSuper(r[k-1]) {
		k--
	}
	if k < len(r) && k > 0 {
		return enMarkKey(string(r[k:])), strings.TrimSpace(string(r[:k]))
	}
	if i := strings.LastIndexAny(s, " \t"); i > 0 {
		tok := s[i+1:]
		if strings.HasPrefix(tok, "[") || strings.HasPrefix(tok, "*") {
			if key := enMarkKey(tok); key != "" {
				return key, strings.TrimSpace(s[:i])
			}
		}
	}
	return "", s
}

// enNoteStart reads a note's first line: its mark and the text after it.
func enNoteStart(line string) (string, string, bool) {
	if strings.Count(line, "\t") > 1 {
		return "", "", false // a table's row
	}
	s := strings.TrimLeft(line, " \t")
	if low := strings.ToLower(s); strings.HasPrefix(low, "catatan ") || strings.HasPrefix(low, "cat. ") || strings.HasPrefix(low, "note ") {
		s = strings.TrimLeft(s[strings.IndexByte(s, ' '):], " ")
	}
	r := []rune(s)
	k := 0
	for k < len(r) && enIsSuper(r[k]) {
		k++
	}
	var tok, rest string
	if k > 0 {
		tok, rest = string(r[:k]), string(r[k:])
	} else {
		e := strings.IndexAny(s, " \t")
		if e < 0 {
			return "", "", false
		}
		tok, rest = s[:e], s[e:]
		if p := strings.IndexAny(tok, ")]"); p >= 0 && p < len(tok)-1 {
			tok, rest = s[:p+1], s[p+1:]
		}
	}
	key := enMarkKey(tok)
	rest = strings.TrimLeft(rest, " \t:.-–")
	if key == "" || rest == "" {
		return "", "", false
	}
	return key, rest, true
}

// enFigures reads a note's labelled values by role 't', 'r', 'c'; the
// values without their unit, and whether the target carried a percent.
// ok is false when a role is labelled twice.
func enFigures(s string) (vals map[byte]string, pct, ok bool) {
	vals = map[byte]string{}
	for _, m := range enLabel.FindAllStringSubmatchIndex(s, -1) {
		rest := s[m[1]:]
		v, unit := "", false
		if n := enNumber.FindStringSubmatch(rest); n != nil {
			v, unit = strings.TrimSpace(strings.TrimSuffix(n[0], n[1])), n[1] != ""
		} else if g := enGrade.FindString(rest); g != "" {
			v = strings.TrimRightFunc(g, func(r rune) bool { return !(r >= 'A' && r <= 'Z') })
		} else {
			continue // a label in words: "target dan realisasi"
		}
		role := strings.ToLower(s[m[2]:m[3]])[0]
		if role == 'r' && strings.EqualFold(s[m[2]:m[3]], "rencana") {
			role = 't'
		}
		if _, dup := vals[role]; dup {
			return nil, false, false
		}
		vals[role] = v
		if role == 't' {
			pct = unit
		}
	}
	return vals, pct, true
}

// enNote is one note as read.
type enNote struct {
	key, text  string
	lines      []int
	vals       map[byte]string
	pct, twice bool
}

// enNotes reads the run of notes from line i: notes, their wrapped
// lines, a blank line or two between; the line after the run.
func enNotes(lines []string, i int) ([]*enNote, int) {
	var out []*enNote
	var cur *enNote
	blank := 0
	for ; i < len(lines); i++ {
		s := strings.TrimSpace(lines[i])
		if s == "" {
			if blank++; blank > 2 {
				break
			}
			continue
		}
		if key, rest, ok := enNoteStart(lines[i]); ok {
			cur = &enNote{key: key, text: rest, lines: []int{i}}
			out = append(out, cur)
		} else if cur != nil && blank == 0 && strings.Count(lines[i], "\t") == 0 && len(cur.lines) < 4 {
			cur.text += " " + s // a note wrapped
			cur.lines = append(cur.lines, i)
		} else {
			break
		}
		blank = 0
	}
	for _, n := range out {
		v, pct, ok := enFigures(n.text)
		n.vals, n.pct, n.twice = v, pct, !ok
	}
	return out, i
}

// enGate: some line holding "realisasi" is a marked line or follows one.
func enGate(doc *facts.Document, data []byte) bool {
	for _, w := range [...]string{"ealisasi", "EALISASI"} {
		if !docMay(doc, data, w) {
			continue
		}
		wb := []byte(w)
		for i := 0; i < len(data); {
			k := bytes.Index(data[i:], wb)
			if k < 0 {
				break
			}
			from, to := lineSpan(data, k+i)
			if _, _, ok := enNoteStart(string(data[from:to])); ok {
				return true
			}
			if from > 0 {
				if pf, _ := lineSpan(data, from-1); pf < from {
					if _, _, ok := enNoteStart(string(data[pf : from-1])); ok {
						return true
					}
				}
			}
			i = to + 1
		}
	}
	return false
}

// endnoteTables rewrites each capaian table whose figures sit in notes as
// a whole TAB table; data itself when it holds none. Findings go to doc.
func endnoteTables(doc *facts.Document, data []byte) []byte {
	if !enGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if to, ok := enTable(doc, lines, i); ok {
			changed = true
			i = to - 1
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// enTable reads a marked table whose header is lines[h] and its notes;
// the line after the table and true when rows were written.
func enTable(doc *facts.Document, lines []string, h int) (int, bool) {
	var head []string
	var starts []int // a space-aligned header's columns
	if strings.Contains(lines[h], "\t") {
		head = strings.Split(lines[h], "\t")
	} else if strings.Contains(lines[h], "  ") && strings.Contains(strings.ToLower(lines[h]), "indikator") {
		head, starts = enSpaced(lines[h])
	}
	if len(head) < 2 {
		return 0, false
	}
	noCol, nameCol, unitCol, noteCol := -1, -1, -1, -1
	for k, c := range head {
		low := strings.ToLower(strings.TrimSpace(c))
		switch {
		case strings.Contains(low, "target") || strings.Contains(low, "realisasi") || strings.Contains(low, "capaian"):
			return 0, false // figures in the table: an ordinary table
		case strings.Contains(low, "indikator") && nameCol < 0:
			nameCol = k
		case strings.HasPrefix(low, "satuan") && unitCol < 0:
			unitCol = k
		case (low == "no" || low == "no." || low == "nomor") && noCol < 0:
			noCol = k
		case low != "" && noteCol < 0 && enNoteHead(low):
			noteCol = k
		}
	}
	if nameCol < 0 {
		return 0, false
	}
	type row struct {
		line      int
		n         int
		key, name string
		unit      string
	}
	var rows []row
	seen := map[string]bool{}
	to := h + 1
	for ; to < len(lines); to++ {
		var cells []string
		if starts == nil {
			if !strings.Contains(lines[to], "\t") {
				break
			}
			cells = strings.Split(lines[to], "\t")
		} else if cells = enPlace(lines[to], starts); cells == nil {
			break
		}
		cell := func(k int) string {
			if k < 0 || k >= len(cells) {
				return ""
			}
			return strings.TrimSpace(cells[k])
		}
		key, name := "", cell(nameCol)
		if noteCol >= 0 {
			if c := cell(noteCol); c != "" {
				if key = enCellMark(c); key == "" {
					return 0, false // a note column holding other things: a legal reference, a source
				}
			}
		} else {
			key, name = enTrailMark(name)
		}
		if key == "" && starts != nil && len(rows) > 0 && cell(noCol) == "" && name != "" && len(strings.Fields(strings.Join(cells, " "))) == len(strings.Fields(name)) {
			rows[len(rows)-1].name += " " + name // a name wrapped in a space-aligned table
			continue
		}
		if key == "" {
			continue // a group's row, no indicator
		}
		if seen[key] || name == "" {
			return 0, false
		}
		seen[key] = true
		n := len(rows) + 1
		if v, err := strconv.Atoi(strings.TrimRight(cell(noCol), ".")); err == nil && v > 0 {
			n = v
		}
		rows = append(rows, row{to, n, key, name, cell(unitCol)})
	}
	if len(rows) == 0 {
		return 0, false
	}
	// the notes: the first run after the table holding a labelled figure
	var notes []*enNote
	for j := to; j < len(lines) && j < to+400 && notes == nil; j++ {
		if _, _, ok := enNoteStart(lines[j]); !ok {
			continue
		}
		run, end := enNotes(lines, j)
		for _, n := range run {
			if n.vals['t'] != "" || n.vals['r'] != "" {
				notes = run
				break
			}
		}
		j = max(j, end-1)
	}
	byKey := map[string]*enNote{}
	for _, n := range notes {
		if byKey[n.key] != nil {
			return 0, false // two notes alike: no join
		}
		byKey[n.key] = n
		if !seen[n.key] && (n.vals['t'] != "" || n.vals['r'] != "") {
			doc.Add(facts.Finding{Span: facts.Span{Start: n.lines[0] + 1, End: n.lines[0] + 2}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Pesan: "catatan tabel " + n.key + " memuat angka untuk baris yang tidak ada; tabel baris " + strconv.Itoa(h+1) + " tidak dimuat"})
			return 0, false
		}
	}
	recs := make([]tkRead, 0, len(rows))
	for _, r := range rows {
		n := byKey[r.key]
		switch {
		case n == nil:
			recs = append(recs, tkRead{nil, "tanpa catatan " + r.key, r.line + 1})
		case n.twice || n.vals['t'] == "" || n.vals['r'] == "" || n.vals['c'] == "":
			recs = append(recs, tkRead{nil, "catatan " + r.key + " tanpa target, realisasi dan capaian", r.line + 1})
		default:
			unit := r.unit
			if unit == "" && n.pct {
				unit = "%"
			}
			recs = append(recs, tkRead{&frRecord{n: r.n, line: r.line + 1, name: r.name, unit: unit,
				t: n.vals['t'], r: n.vals['r'], c: n.vals['c'], hasT: true, hasR: true, hasC: true}, "", r.line + 1})
		}
	}
	if !tkEmit(doc, lines, h, to, recs, "tabel bercatatan") {
		return 0, false
	}
	for _, r := range rows { // the notes read are the table's now
		if n := byKey[r.key]; n != nil {
			for _, l := range n.lines {
				lines[l] = ""
			}
		}
	}
	return to, true
}

// enNoteHead: a header cell naming a note column (Catatan, Ket., Lihat,
// Catatan Akhir, Ref.).
func enNoteHead(low string) bool {
	for _, f := range strings.Fields(low) {
		if !enFillers[f] {
			return false
		}
	}
	return true
}

// enSpaced: a space-aligned line's cells (runs parted by two spaces or
// more) and the rune column each starts at.
func enSpaced(line string) ([]string, []int) {
	var cells []string
	var starts []int
	r := []rune(line)
	for i := 0; i < len(r); {
		if r[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(r) && !(r[j] == ' ' && (j+1 >= len(r) || r[j+1] == ' ')) {
			j++
		}
		cells, starts = append(cells, string(r[i:j])), append(starts, i)
		i = j
	}
	return cells, starts
}

// enPlace puts a space-aligned row's cells under the header's columns:
// each under the last column starting at most two places right of it;
// nil at a blank line, a TAB line or two cells under one column.
func enPlace(line string, starts []int) []string {
	if strings.TrimSpace(line) == "" || strings.Contains(line, "\t") {
		return nil
	}
	cells, at := enSpaced(line)
	out := make([]string, len(starts))
	for k, c := range cells {
		col := -1
		for j, s := range starts {
			if s <= at[k]+2 {
				col = j
			}
		}
		if col < 0 || out[col] != "" {
			return nil
		}
		out[col] = c
	}
	return out
}
