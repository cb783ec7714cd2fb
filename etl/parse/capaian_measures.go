package parse

import (
	"sort"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Capaian tables laid out by measure rows. Some reports give each measure
// (Satuan, Target, Realisasi, Capaian) its own row instead of its own
// column: under each indicator (capaian_subrows.go), or across the whole
// table with the indicators as columns (capaian_columns.go). Both are
// turned into the usual one-row-per-indicator table and read by
// capaianTable, so every rule of that table (units, tingkat, group
// headings, findings) holds for them too.

// capaianByMeasureRows reads t when its measures are rows; false when t
// is not laid out so.
func (p *parser) capaianByMeasureRows(t *tableInfo) bool {
	return p.capaianBySubRows(t) || p.capaianByLabelLines(t) || p.capaianByColumns(t)
}

// measureKind is the column role a cell names when it is a measure label
// and nothing else ("Target", "Realisasi 2020", "Capaian (%)", "% Capaian",
// "Satuan", "Keterangan"); roleNone for any other text. Unlike roleOf it
// does not take a label out of a longer text: an indicator statement that
// mentions "target" is no measure label.
func measureKind(cell string) int {
	if len(cell) > 40 {
		return roleNone
	}
	kind, n := roleNone, 0
	word := func(w string) bool {
		k, skip := measureWord(w)
		switch {
		case skip:
			return true
		case k == roleNone:
			kind, n = roleNone, 2
			return false
		}
		kind = k
		n++
		return n < 2
	}
	if !asciiOnly(cell) {
		normalize.KeyWords(cell, word)
	} else {
		// the ASCII words folded in a stack buffer: this runs on every
		// cell of every table, and KeyWords' buffer escapes to its callback
		var buf [40]byte
		for i := 0; i < len(cell); {
			if lowerKeyByte(cell[i]) == 0 {
				i++
				continue
			}
			m := 0
			for ; i < len(cell) && lowerKeyByte(cell[i]) != 0; i++ {
				buf[m] = lowerKeyByte(cell[i])
				m++
			}
			k, skip := measureWord(string(buf[:m]))
			if skip {
				continue
			}
			if k == roleNone {
				kind, n = roleNone, 2
				break
			}
			kind = k
			if n++; n >= 2 {
				break
			}
		}
	}
	if n != 1 {
		return roleNone
	}
	return kind
}

// measureWord is the measure role a word of a measure label names; skip
// for the words a label may carry beside it (a year, "persen", "tahun").
func measureWord(w string) (kind int, skip bool) {
	if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isDigitByte(w[2]) && isDigitByte(w[3]) {
		return roleNone, true // the year of the measure
	}
	switch w {
	case "persen", "tahun", "kinerja", "pk", "nilai":
		return roleNone, true
	case "target", "tgt", "trgt":
		return roleTarget, false
	case "realisasi", "real":
		return roleRealisasi, false
	case "capaian":
		return roleCapaian, false
	case "satuan":
		return roleSatuan, false
	case "keterangan", "ket":
		return roleKeterangan, false
	}
	return roleNone, false
}

func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// lowerKeyByte is the byte of a key word (a-z, 0-9, upper case folded), 0
// for a separator, as normalize.KeyWords reads ASCII.
func lowerKeyByte(c byte) byte {
	switch {
	case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		return c
	case c >= 'A' && c <= 'Z':
		return c + 'a' - 'A'
	}
	return 0
}

// measureRow is one indicator (or year) with its values by measure role.
type measureRow struct {
	start, end int
	no, key    string
	vals       map[int]string
	lines      map[int]int
	bad        bool // two values for one measure: the row is not read
}

// measureBlock builds the one-row-per-indicator table of rows: a header
// of the given key label (and "No" when a row is numbered) followed by
// the measures any row holds, in the order Satuan, Target, Realisasi,
// Capaian, Keterangan; beside an earlier year's measure each column
// names its year (year for the table's own).
func measureBlock(b *extract.Block, keyLabel string, rows []*measureRow, year int) *extract.Block {
	numbered := false
	have := map[int]bool{}
	for _, r := range rows {
		if r.no != "" {
			numbered = true
		}
		for k := range r.vals {
			have[k] = true
		}
	}
	dated := false // some measure is of an earlier year: every column says its year
	for k := range have {
		dated = dated || k%10000 != 0
	}
	var head []string
	var keys []int
	if numbered {
		head = append(head, "No")
	}
	head = append(head, keyLabel)
	for _, m := range []struct {
		role  int
		label string
	}{{roleSatuan, "Satuan"}, {roleTarget, "Target"}, {roleRealisasi, "Realisasi"}, {roleCapaian, "Capaian"}, {roleKeterangan, "Keterangan"}} {
		var ks []int
		for k := range have {
			if k/10000 == m.role {
				ks = append(ks, k)
			}
		}
		sort.Ints(ks) // the table year's (0) first, then earlier years in order
		for _, k := range ks {
			label := m.label
			if y := k % 10000; y != 0 {
				label += " " + itoa(y)
			} else if dated && m.role != roleSatuan && m.role != roleKeterangan {
				label += " " + itoa(year)
			}
			head = append(head, label)
			keys = append(keys, k)
		}
	}
	nb := *b
	hs, he := b.Start, b.Start
	if len(b.Header) > 0 {
		hs, he = b.Header[0].Start, b.Header[0].End
	}
	nb.Header = []extract.Row{{Start: hs, End: he, Cells: head}}
	nb.Rows = nil
	nb.Width = len(head)
	for _, r := range rows {
		var cells []string
		if numbered {
			cells = append(cells, r.no)
		}
		cells = append(cells, r.key)
		for _, k := range keys {
			cells = append(cells, r.vals[k])
		}
		nb.Rows = append(nb.Rows, extract.Row{Start: r.start, End: r.end, Cells: cells})
	}
	return &nb
}

// readMeasureBlock reads the table turned to one row per indicator as the
// usual tables are read: classified by its new header (columns of an
// earlier year beside the table's own make a series beside the capaian,
// as they do in a table written that way), then read by its family.
func (p *parser) readMeasureBlock(t *tableInfo, nb *extract.Block) {
	if !p.readRebuilt(t, nb) {
		p.find("tabel.tidak_dibaca", facts.Info, nb.Start, nb.End, t.label,
			"%s: ukuran per baris dibalik menjadi satu baris per indikator, tetapi kepalanya tidak dikenali; tabel tidak dibaca", t.label)
	}
}

// readRebuilt reads a block rebuilt from t as a capaian or series table,
// by its new header, under t's label and section; false when the new
// header is neither.
func (p *parser) readRebuilt(t *tableInfo, nb *extract.Block) bool {
	nt := p.classify(nb)
	nt.label, nt.section = t.label, t.section
	switch nt.fam {
	case famCapaian:
		p.capaianTable(nt)
	case famSeri:
		p.seriTable(nt)
	default:
		return false
	}
	return true
}

// measureKey is the key of a measure label in a table of year year: its
// kind, and the year the label names when that is an earlier year
// ("Realisasi 2022" in a 2023 table: a series value beside the capaian).
// false for a label that is no measure, or names a later year (a plan).
func measureKey(label string, year int) (int, bool) {
	kind := measureKind(label)
	if kind == roleNone {
		return 0, false
	}
	y := 0
	if ys := yearsIn(label); len(ys) == 1 && ys[0] != year {
		if ys[0] > year {
			return 0, false
		}
		y = ys[0]
	}
	return kind*10000 + y, true
}

// tableYear is the year a table's caption names, else the report's.
func (p *parser) tableYear(t *tableInfo) int {
	if y := captionYear(t.b.Caption); y > 0 {
		return y
	}
	return p.doc.Meta.Tahun
}

// setMeasure records value v under measure label in row r; a second value
// for the same measure makes the row unreadable (which one holds is a
// guess). A label of a later year (a plan) records nothing.
func (p *parser) setMeasure(t *tableInfo, r *measureRow, label, v string, line int) {
	key, ok := measureKey(label, p.tableYear(t))
	if !ok {
		return
	}
	if r.vals == nil {
		r.vals, r.lines = map[int]string{}, map[int]int{}
	}
	if old, ok := r.vals[key]; ok && old != v {
		if !r.bad {
			p.find("capaian.nilai_ganda", facts.Warning, r.start, line, v,
				"%s: %q mempunyai dua nilai %q dan %q untuk ukuran yang sama; baris tidak dimuat", t.label, r.key, old, v)
		}
		r.bad = true
		return
	}
	r.vals[key] = v
	r.lines[key] = line
	r.end = max(r.end, line)
}

// readable keeps the text rows (group headings, vals nil: the table
// reader judges them) and the rows with a target or a realisation that
// are not marked bad.
func readable(rows []*measureRow) []*measureRow {
	var out []*measureRow
	for _, r := range rows {
		switch {
		case r.key == "" || r.bad:
		case r.vals == nil, r.vals[roleTarget*10000] != "" || r.vals[roleRealisasi*10000] != "":
			out = append(out, r) // the table year's target or realisation
		}
	}
	return out
}
