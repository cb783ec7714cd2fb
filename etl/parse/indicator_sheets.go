package parse

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Capaian as indicator sheets. e-SAKIP's Manual IKU, an indicator's
// profile card or a form's printout describe ONE indicator per record, a
// line per field, its label before the value (a TAB or a colon between):
//
//	MANUAL IKU 2 dari 4
//	Nama IKU	Persentase …
//	Definisi	Ukuran keberhasilan …
//	Target 2023	85,00
//	Realisasi 2023	81,40
//	Capaian (%)	95,76
//
// repeated per indicator, a title line or a blank line between. Read as
// it stands each record is a two-column table (or a key-value paragraph)
// whose "Nama IKU" no reader takes for an indicator. indicatorSheets turns
// a run of such records into one TAB table through the vertical-record
// writer (vertWrite: line numbers never change, the notation as there):
// the indicator, its unit, target, realisasi and capaian, so the capaian
// table reader proves each row as it does any other (capaian against
// realisasi/target). Definitions, formulas and sources are left out: they
// are no measure. A record stating targets of several years takes the one
// of its realisasi's year; when that year is not stated the record is
// reported and left as written.

// ikuField is one "label<TAB>value" or "label : value" line of a record.
type ikuField struct{ name, val string }

// ikuRec is one record: its field lines [from, to) and the line of its
// title above them, -1 when none.
type ikuRec struct {
	from, to, title int
	fields          []ikuField
}

// Kinds of the fields a capaian row needs, in the order they are written.
const (
	ikuName = iota
	ikuSatuan
	ikuTarget
	ikuReal
	ikuCapaian
	ikuOther
)

// indicatorSheets rewrites the indicator record runs of a text; data itself
// when it holds none. Findings go to doc.
func indicatorSheets(doc *facts.Document, data []byte) []byte {
	if !ikuRealIn(data) { // scan_iku.go
		return data
	}
	data = outlineRecords(doc, data) // a mind map's indicator topics, their fields as leaves (outline_records.go)
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if _, _, ok := ikuLine(lines[i], 0); !ok || i > 0 && ikuFieldLine(lines[i-1]) {
			continue
		}
		t, end, ok := ikuRun(doc, lines, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// ikuRealLine: a line that may be a record's realisasi field
// ("Realisasi 2022<TAB>80,90", "REALISASI : 85%"); only such lines are
// copied.
func ikuRealLine(l []byte) bool {
	t := bytes.TrimLeft(l, " \t")
	if len(t) < 10 || !bytes.EqualFold(t[:9], []byte("realisasi")) {
		return false
	}
	// a label of a few words, then its separator; a TAB field line is not
	// indented (a table's header cell is): most lines end here, uncopied
	if k := bytes.IndexAny(t, "\t:"); k < 0 || k > 80 || t[k] == '\t' && len(t) != len(l) {
		return false
	}
	f, _, ok := ikuLine(string(l), 0)
	return ok && ikuKind(f.name) == ikuReal
}

// ikuLine cuts a field line at sep (0: the TAB, else the first colon):
// its label and value, and the separator used.
func ikuLine(l string, sep byte) (ikuField, byte, bool) {
	l = strings.TrimRight(l, "\r")
	var name, val string
	switch {
	case strings.IndexByte(l, '\t') >= 0 && sep != ':':
		var cells []string
		for _, c := range strings.Split(l, "\t") {
			if c = strings.TrimSpace(c); c != "" {
				cells = append(cells, c)
			}
		}
		if len(cells) != 2 || l[0] == '\t' || l[0] == ' ' {
			return ikuField{}, 0, false
		}
		name, val, sep = cells[0], cells[1], '\t'
	case strings.IndexByte(l, ':') > 0 && sep != '\t' && strings.IndexByte(l, '\t') < 0:
		k := strings.IndexByte(l, ':')
		name, val, sep = strings.TrimRight(strings.TrimSpace(l[:k]), ". "), strings.TrimSpace(l[k+1:]), ':'
	default:
		return ikuField{}, 0, false
	}
	if name == "" || len(name) > 40 || len(strings.Fields(name)) > 6 || !letterStart(name) {
		return ikuField{}, 0, false
	}
	return ikuField{name, val}, sep, true
}

func letterStart(s string) bool {
	c := s[0] | 0x20
	return c >= 'a' && c <= 'z'
}

func ikuFieldLine(l string) bool {
	_, _, ok := ikuLine(l, 0)
	return ok
}

// ikuKind names what a field's label holds, its year and unit set
// aside ("Target 2022", "Capaian (%)", "Nama IKU", "Indikator Kinerja
// Utama").
func ikuKind(label string) int {
	w := ikuWords(label)
	if len(w) > 0 && w[0] == "nama" {
		w = w[1:]
	}
	if len(w) > 0 && w[0] == "%" {
		w = w[1:]
	}
	if len(w) == 0 {
		return ikuOther
	}
	rest := w[1:]
	plain := len(rest) == 0 || len(rest) == 1 && rest[0] == "kinerja"
	switch w[0] {
	case "indikator", "iku":
		for _, r := range rest {
			if r != "kinerja" && r != "utama" {
				return ikuOther
			}
		}
		return ikuName
	case "satuan":
		if len(rest) == 0 {
			return ikuSatuan
		}
	case "target":
		if plain {
			return ikuTarget
		}
	case "realisasi":
		if plain {
			return ikuReal
		}
	case "capaian":
		if plain {
			return ikuCapaian
		}
	}
	return ikuOther
}

// ikuWords are a label's words, lower case, without its year, the word
// "tahun" and a unit in brackets.
func ikuWords(label string) []string {
	var out []string
	for _, f := range strings.Fields(strings.ToLower(label)) {
		if f == "tahun" || ikuYearOf(f) > 0 || strings.HasPrefix(f, "(") && strings.HasSuffix(f, ")") {
			continue
		}
		out = append(out, f)
	}
	return out
}

func ikuYearOf(w string) int {
	if len(w) == 4 && allDigits(w) && (w[:2] == "20" || w[:2] == "19") {
		return atoi(w)
	}
	return 0
}

// ikuYear is the year a label states, 0 when none.
func ikuYear(label string) int {
	for _, f := range strings.Fields(label) {
		if y := ikuYearOf(f); y > 0 {
			return y
		}
	}
	return 0
}

// ikuRecord reads the record whose first field line is lines[i]: its
// fields up to the first line that is none. A long indicator name may
// wrap onto lines of its own before the next field.
func ikuRecord(lines []string, i int) ikuRec {
	r := ikuRec{from: i, title: -1}
	f, sep, _ := ikuLine(lines[i], 0)
	k := i
	for k < len(lines) {
		if k > i {
			var ok bool
			if f, _, ok = ikuLine(lines[k], sep); !ok {
				j := k
				for j < len(lines) && j-k < 3 && strings.TrimSpace(lines[j]) != "" && !ikuFieldLine(lines[j]) {
					j++
				}
				if len(r.fields) == 0 || ikuKind(r.fields[len(r.fields)-1].name) != ikuName || j == k || j >= len(lines) || !ikuFieldLine(lines[j]) {
					break
				}
				last := &r.fields[len(r.fields)-1]
				for ; k < j; k++ {
					last.val += " " + strings.TrimSpace(lines[k])
				}
				continue
			}
		}
		for _, g := range r.fields {
			if g.name == f.name {
				r.to = k
				return r // a label again: the next record, no title between
			}
		}
		r.fields = append(r.fields, f)
		k++
	}
	r.to = k
	return r
}

// ikuColumns picks the fields of a capaian row out of a record: the
// header it writes (the indicator's label as "Indikator") and the field
// index per column; ok false when the record names no indicator, target
// and realisasi, and why not when it does but which target is not stated.
func ikuColumns(r ikuRec) (header []string, idx []int, why string, ok bool) {
	var at [ikuOther][]int
	for i, f := range r.fields {
		if k := ikuKind(f.name); k < ikuOther {
			at[k] = append(at[k], i)
		}
	}
	if len(at[ikuName]) != 1 || len(at[ikuTarget]) == 0 || len(at[ikuReal]) == 0 {
		return nil, nil, "", false
	}
	if len(at[ikuReal]) > 1 || len(at[ikuSatuan]) > 1 || len(at[ikuCapaian]) > 1 {
		return nil, nil, "lebih dari satu realisasi atau capaian", false
	}
	year := ikuYear(r.fields[at[ikuReal][0]].name)
	if len(at[ikuCapaian]) == 1 {
		cy := ikuYear(r.fields[at[ikuCapaian][0]].name)
		if year > 0 && cy > 0 && cy != year {
			return nil, nil, fmt.Sprintf("capaian %d dan realisasi %d", cy, year), false
		}
		year = max(year, cy)
	}
	target := -1
	for _, k := range at[ikuTarget] {
		ty := ikuYear(r.fields[k].name)
		if len(at[ikuTarget]) == 1 && (ty == 0 || year == 0 || ty == year) || year > 0 && ty == year {
			if target >= 0 {
				return nil, nil, "dua target tahun yang sama", false
			}
			target = k
		}
	}
	if target < 0 {
		return nil, nil, "target tahun realisasinya tidak tertulis", false
	}
	at[ikuTarget] = []int{target}
	for kind := ikuName; kind < ikuOther; kind++ {
		for _, k := range at[kind] {
			name := r.fields[k].name
			if kind == ikuName && !strings.Contains(strings.ToLower(name), "indikator") {
				name = "Indikator"
			}
			header = append(header, name)
			idx = append(idx, k)
		}
	}
	return header, idx, "", true
}

// ikuRun reads the records from the one at lines[i], each after the
// previous one with blank lines and at most two title lines between, all
// with the same columns; the table, the line after the run, and whether
// it is one.
func ikuRun(doc *facts.Document, lines []string, i int) (vertTable, int, bool) {
	var t vertTable
	r := ikuRecord(lines, i)
	header, idx, why, ok := ikuColumns(r)
	if !ok {
		if why != "" {
			doc.Add(facts.Finding{Span: facts.Span{Start: r.from + 1, End: r.to}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Nilai: r.fields[0].val, Pesan: fmt.Sprintf("lembar indikator baris %d-%d: %s; tidak dibaca sebagai lembar indikator", r.from+1, r.to, why)})
		}
		return t, r.to, false
	}
	t.header, t.from = header, r.from
	titled := false
	for {
		row := make([]string, len(idx))
		for c, k := range idx {
			row[c] = r.fields[k].val
		}
		t.rows = append(t.rows, row)
		t.at = append(t.at, r.from)
		t.to = r.to
		next, title := ikuNext(lines, r.to)
		if next < 0 {
			break
		}
		nr := ikuRecord(lines, next)
		h, x, _, ok := ikuColumns(nr)
		if !ok || strings.Join(h, "\x00") != strings.Join(header, "\x00") || fmt.Sprint(x) != fmt.Sprint(idx) {
			break
		}
		titled = titled || title
		r = nr
	}
	if titled && t.from > 0 && ikuTitle(lines[t.from-1]) {
		t.from-- // the first record's title, as the others have theirs
	}
	return t, t.to, true
}

// ikuNext is the first field line of the record after line k (blank
// lines and up to two title lines between), -1 when none follows; and
// whether a title stands between.
func ikuNext(lines []string, k int) (int, bool) {
	titles := 0
	for j := k; j < len(lines) && j-k < 8; j++ {
		l := strings.TrimSpace(lines[j])
		switch {
		case l == "":
		case ikuFieldLine(lines[j]):
			if titles > 0 && strings.TrimSpace(lines[j-1]) == "" {
				return -1, false // a heading parted from the record below: no title of its own
			}
			return j, titles > 0
		case ikuTitle(l) && titles < 2:
			titles++
		default:
			return -1, false
		}
	}
	return -1, false
}

// ikuTitle: a short line that may head a record ("MANUAL IKU 3 dari 5",
// "Indikator 2"), no caption of a table.
func ikuTitle(l string) bool {
	l = strings.TrimSpace(l)
	low := strings.ToLower(l)
	return l != "" && len(l) <= 80 && !strings.HasPrefix(low, "tabel") && !strings.HasPrefix(low, "table") &&
		!strings.HasPrefix(low, "sumber") && !strings.ContainsRune(l, '\t')
}
