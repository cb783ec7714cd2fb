package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A fact written inside the row's name cell, the table having no column
// for it:
//
//	Indikator Kinerja (Target)                 Satuan  Realisasi  Capaian
//	Persentase pegawai terlatih (target 80 %)  %       82,10      102,63
//
//	Kecamatan (Jumlah Desa/Kel.)   TPS   L      P      L+P
//	ILE APE (17 desa/kel.)         35    4.139  4.171  8.310
//
// The bracket at the end of the name names its fact with a word that
// names a missing column (target / tgt; desa, kel., kelurahan; TPS): the
// name is what stands before it, the figure that column's cell. Read only
// when every (or nearly every) named row carries the same kind of note —
// one bracketed row is a name's own ("Opini BPK (WTP)", "KOTA KUPANG
// (KOTA)") — and the table has no column of that role. Where it has one,
// the note only leaves the name and the column's cell is the fact, unless
// the two disagree: a document that gives one fact two values proves
// neither, so that cell is emptied (NULL) and the row reported.

// Note kinds: the column a name's note stands for.
const (
	noteNone = iota
	noteTarget
	noteDesa
	noteTPS
)

// nameNoteTitle is the header given to the column a note stands for.
var nameNoteTitle = [...]string{noteTarget: "Target", noteDesa: "Jumlah Desa", noteTPS: "TPS"}

// nameNotes is b with the notes of name column j moved into a column of
// their own after it, or nil when the column carries no such notes. read
// parses a note's inside; roleCol is the other column already holding the
// note's role, or -1. clash lists the rows whose note disagrees with that
// column's cell (the cell emptied in the block returned).
func nameNotes(b *extract.Block, j int, read func(inner string) (int, string, bool), roleCol func(kind int) int) (nb *extract.Block, clash []extract.Row) {
	bracketed := 0
	for i := range b.Rows {
		if endsBracket(b.Rows[i].Cell(j)) {
			bracketed++ // the gate: most tables have no bracket ending a name
		}
	}
	if bracketed < 2 {
		return nil, nil
	}
	names, vals := make([]string, len(b.Rows)), make([]string, len(b.Rows))
	kind, noted, plain := noteNone, 0, 0
	for i := range b.Rows {
		r := &b.Rows[i]
		c := r.Cell(j)
		if !hasLetter(c) || !figuresBeyond(r, j) {
			continue // a heading, a wrapped line, a bare number: no named row
		}
		name, inner, ok := trailingBracket(c)
		k, v := noteNone, ""
		if ok && hasLetter(name) {
			k, v, ok = read(inner)
		}
		if !ok || k == noteNone {
			plain++
			continue
		}
		if kind != noteNone && k != kind {
			return nil, nil // notes of several kinds: no one column they stand for
		}
		kind, noted = k, noted+1
		names[i], vals[i] = name, v
	}
	// nearly every named row: at most one in five without its note
	if noted < 2 || plain*4 > noted {
		return nil, nil
	}
	for i := range b.Rows {
		// a note of the kind the table carries but unreadable ("12 desa,
		// 3"): no figure, yet the name is still the name before it
		if names[i] == "" {
			if name, inner, ok := trailingBracket(b.Rows[i].Cell(j)); ok && hasLetter(name) && noteWord(inner, kind) {
				names[i] = name
			}
		}
	}
	col := roleCol(kind)
	insert := col < 0
	nb = &extract.Block{}
	*nb = *b
	nb.Header = make([]extract.Row, len(b.Header))
	for i, h := range b.Header {
		nb.Header[i] = h
		cells := padded(h.Cells, j)
		if name, inner, ok := trailingBracket(cells[j]); ok && hasLetter(name) && noteWord(inner, kind) {
			cells[j] = name // "Kecamatan (Jumlah Desa/Kel.)": the title of the names alone
		}
		if insert {
			t := ""
			if i == len(b.Header)-1 {
				t = nameNoteTitle[kind]
			}
			cells = insertCell(cells, j+1, t)
		}
		nb.Header[i].Cells = cells
	}
	nb.Rows = make([]extract.Row, len(b.Rows))
	for i, r := range b.Rows {
		nb.Rows[i] = r
		cells := padded(r.Cells, j)
		if names[i] != "" {
			cells[j] = names[i]
		}
		switch {
		case insert:
			cells = insertCell(cells, j+1, vals[i])
		case vals[i] != "" && col < len(cells) && !noteAgrees(vals[i], cells[col]):
			clash = append(clash, r)
			cells[col] = ""
		}
		nb.Rows[i].Cells = cells
	}
	if insert {
		nb.Width = b.Width + 1
	}
	return nb, clash
}

// noteAgrees: a name's note and the column's cell state one value (an
// empty cell states none, so nothing to disagree with).
func noteAgrees(note, cell string) bool {
	c := normalize.ParseNumber(cell, normalize.Unknown)
	if c.Status == normalize.Empty || strings.TrimSpace(cell) == "" {
		return true
	}
	if upperWord(note) {
		return strings.EqualFold(strings.TrimSpace(cell), note)
	}
	n := normalize.ParseNumber(note, normalize.Unknown)
	return n.Status == normalize.OK && c.Status == normalize.OK && n.Value == c.Value
}

// padded is a copy of cells at least j+1 long.
func padded(cells []string, j int) []string {
	out := make([]string, max(len(cells), j+1), max(len(cells), j+1)+1)
	copy(out, cells)
	return out
}

// insertCell puts s at position at, shifting the rest right.
func insertCell(cells []string, at int, s string) []string {
	cells = append(cells, "")
	copy(cells[at+1:], cells[at:])
	cells[at] = s
	return cells
}

// figuresBeyond: the row has a non-empty cell right of column j (a named
// row, not a heading or the continuation of a wrapped name).
func figuresBeyond(r *extract.Row, j int) bool {
	for k := j + 1; k < len(r.Cells); k++ {
		if strings.TrimSpace(r.Cells[k]) != "" {
			return true
		}
	}
	return false
}

// trailingBracket splits "NAME (inside)" or "NAME [inside]" at its last
// bracket pair.
func trailingBracket(c string) (name, inner string, ok bool) {
	c = strings.TrimSpace(c)
	if c == "" {
		return "", "", false
	}
	closeB := c[len(c)-1]
	openB := byte('(')
	switch closeB {
	case ')':
	case ']':
		openB = '['
	default:
		return "", "", false
	}
	o := strings.LastIndexByte(c, openB)
	if o <= 0 {
		return "", "", false
	}
	return strings.TrimSpace(c[:o]), strings.TrimSpace(c[o+1 : len(c)-1]), true
}

// noteWord: a header's bracket names the kind's word ("(Target)",
// "(Jumlah Desa/Kel.)", "(TPS)").
func noteWord(inner string, kind int) bool {
	k := " " + normalize.Key(inner) + " "
	switch kind {
	case noteTarget:
		return has(k, "target", "tgt")
	case noteDesa:
		return has(k, "desa", "kel", "kelurahan")
	case noteTPS:
		return has(k, "tps")
	}
	return false
}

// targetNote reads "target 75,00%", "Target: 80 %", "tgt = B": the
// target's figure, or a grade (B, BB) or opinion (WTP) in capitals. A
// note with more words ("target tahun 2020") is no target.
func targetNote(inner string) (int, string, bool) {
	f := strings.Fields(inner)
	if len(f) < 2 {
		return noteNone, "", false
	}
	w := strings.TrimRight(strings.ToLower(f[0]), ":=")
	if w != "target" && w != "tgt" {
		return noteNone, "", false
	}
	rest := f[1:]
	if rest[0] == ":" || rest[0] == "=" {
		rest = rest[1:]
	}
	switch {
	case len(rest) == 2 && rest[1] == "%":
		rest = rest[:1] // "80 %"
	case len(rest) != 1:
		return noteNone, "", false
	}
	v := rest[0]
	if upperWord(v) {
		return noteTarget, v, true
	}
	n := normalize.ParseNumber(v, normalize.Unknown)
	if n.Status != normalize.OK || n.Rest != "" {
		return noteNone, "", false
	}
	// the figure as written, without its percent mark: the row's unit
	// column says the unit (target_teks "75,00")
	return noteTarget, strings.TrimSpace(strings.TrimSuffix(v, "%")), true
}

// upperWord: 1-4 capital letters, a grade or an opinion ("B", "WTP").
func upperWord(s string) bool {
	if len(s) == 0 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// villageNote reads a count of villages or polling stations: "19 desa",
// "17 desa/kel.", "9 kelurahan", "35 TPS", and "12 desa, 3 kel." when
// every part names its kind (a desa part and a kelurahan part, each once):
// their sum. A part without its word ("12 desa, 3") is refused.
func villageNote(inner string) (int, string, bool) {
	parts := strings.FieldsFunc(inner, func(r rune) bool { return r == ',' || r == ';' || r == '+' || r == '&' })
	if len(parts) == 1 {
		parts = strings.Split(inner, " dan ")
	}
	if len(parts) > 2 {
		return noteNone, "", false
	}
	kind, sum := noteNone, 0
	seen := [2]bool{} // a desa part, a kelurahan part
	for _, pt := range parts {
		f := strings.Fields(pt)
		if len(f) < 2 || len(f) > 3 {
			return noteNone, "", false
		}
		n, ok := smallCount(f[0])
		if !ok {
			return noteNone, "", false
		}
		k, part := villageWord(strings.Join(f[1:], " "))
		if k == noteNone || kind != noteNone && k != kind {
			return noteNone, "", false
		}
		if len(parts) > 1 {
			// the parts of a sum: desa and kelurahan, each once, each named
			if k != noteDesa || part < 0 || seen[part] {
				return noteNone, "", false
			}
			seen[part] = true
		}
		kind, sum = k, sum+n
	}
	return kind, itoa(sum), true
}

// smallCount reads a count written in digits alone.
func smallCount(s string) (int, bool) {
	if s == "" || len(s) > 5 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// villageWord names a count's kind: villages (part 0 desa, 1 kelurahan,
// -1 both, "desa/kel.") or polling stations.
func villageWord(w string) (kind, part int) {
	switch k := normalize.Key(w); k {
	case "desa":
		return noteDesa, 0
	case "kel", "kelurahan":
		return noteDesa, 1
	case "desa kel", "desa kelurahan", "desa dan kelurahan":
		return noteDesa, -1
	case "tps":
		return noteTPS, -1
	}
	return noteNone, -1
}

// nameColumn is the first column whose header (its bracket aside) gets
// the role want from role, or -1.
func nameColumn(cols [][]string, role func(string) int, want int) int {
	for j, cs := range cols {
		for _, c := range cs {
			if role(c) == want {
				return j
			}
			if name, _, ok := trailingBracket(c); ok && name != "" && role(name) == want {
				return j
			}
		}
	}
	return -1
}

// otherRole is the first column other than j with the role want, or -1.
func otherRole(cols [][]string, role func(string) int, j, want int) int {
	for k, cs := range cols {
		if k == j {
			continue
		}
		for _, c := range cs {
			if role(c) == want {
				return k
			}
		}
	}
	return -1
}

// dptNameNotes: a voter roll's village (or TPS) count in its area's name
// cell (see nameNotes).
func dptNameNotes(b *extract.Block, cols [][]string) (*extract.Block, []extract.Row) {
	j := nameColumn(cols, dptRole, roleNama)
	if j < 0 {
		return nil, nil
	}
	return nameNotes(b, j, villageNote, func(kind int) int {
		if kind == noteTPS {
			return otherRole(cols, dptRole, j, roleTPS)
		}
		return otherRole(cols, dptRole, j, roleDesa)
	})
}

// capaianNameNotes: an indicator's target in its name cell (see nameNotes).
func capaianNameNotes(b *extract.Block, cols [][]string) (*extract.Block, []extract.Row) {
	j := nameColumn(cols, roleOf, roleIndikator)
	if j < 0 {
		return nil, nil
	}
	return nameNotes(b, j, targetNote, func(int) int { return otherRole(cols, roleOf, j, roleTarget) })
}
