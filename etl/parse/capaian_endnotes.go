package parse

import (
	"bytes"
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

// enGate: some line holding "realisasi" (a DPT's "perempuan", "L+P") is a
// marked line or follows one.
func enGate(doc *facts.Document, data []byte) bool {
	for _, w := range [...]string{"ealisasi", "EALISASI", "erempuan", "L+P"} {
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
			if !enFigureLabels(data[from:to]) {
				i = to + 1
				continue // a note of figures holds two figures
			}
			if w[0] == 'e' || w[0] == 'E' {
				// a realisasi note names a second figure (target, pagu, sisa,
				// capaian): a numbered sentence about realisation is none
				if l := data[from:to]; !bytes.Contains(l, []byte("arget")) && !bytes.Contains(l, []byte("ARGET")) && !bytes.Contains(l, []byte("agu")) &&
					!bytes.Contains(l, []byte("AGU")) && !bytes.Contains(l, []byte("apaian")) && !bytes.Contains(l, []byte("APAIAN")) && !bytes.Contains(l, []byte("isa")) {
					i = to + 1
					continue
				}
			}
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
	if !enHeadMay(lines[h]) {
		return 0, false // the common line: no indicator nor note column named
	}
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
		if noteCol < 0 || starts != nil {
			return 0, false
		}
		return enFigTable(lines, h, head, noteCol) // a budget or DPT table (endnotes_rows.go)
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

// enHeadMay: a line that may head a marked table names an indicator column
// or a note column.
func enHeadMay(l string) bool {
	for _, w := range [...]string{"ndikator", "NDIKATOR", "atatan", "ATATAN", "Ket", "KET", "ket", "ihat", "IHAT", "ujukan", "UJUKAN", "Note", "NOTE", "note"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// enFigureLabels: a note's line carries two figures at least (`Target
// 77,50; realisasi 81,37`, `Target 100; realisasi 98`, `L 4.397; P 4.501`);
// a year (19xx, 20xx) is no figure, so a numbered sentence about a year's
// realisation does not open the reader.
func enFigureLabels(l []byte) bool {
	n := 0
	for k := 0; k < len(l); k++ {
		if !isASCIIDigitByte(l[k]) || k > 0 && isASCIIDigitByte(l[k-1]) {
			continue
		}
		e := k
		for e < len(l) && (isASCIIDigitByte(l[e]) || (l[e] == '.' || l[e] == ',') && e+1 < len(l) && isASCIIDigitByte(l[e+1])) {
			e++
		}
		if run := l[k:e]; !(len(run) == 4 && (run[0] == '1' && run[1] == '9' || run[0] == '2' && run[1] == '0')) {
			n++
		}
		k = e
	}
	return n >= 2
}
