package extract

import (
	"regexp"
	"strings"
)

// Flattened tables. A converter that lost the layout (pdftotext without
// -layout, a web extractor) writes a table either one cell per line or one
// row per line with single spaces between the cells. In a document without
// TABs, flatten looks for a header (a run of short lines made of column
// words, or one line that splits wholly into column names) and rebuilds
// the rows below it as TAB lines, which the table reader then takes as it
// takes any other table.
//
// A table is rebuilt only when its structure is proven:
//   - every row fills the header's columns exactly: numbers are taken from
//     the right end of a row, and the token before them must not be a
//     number too (else the count is ambiguous); a row number column counts
//     1, 2, 3 …; a code column holds codes;
//   - every value cell reads as one number, percentage, grade or dash;
//   - every check the row allows passes: L + P = L+P, pagu − realisasi =
//     sisa, realisasi / pagu = %, capaian = realisasi / target (or its
//     lower-is-better form), nilai ≤ bobot, and a JUMLAH/Total row equals
//     the sum of the rows (or of the top-level codes).
//
// A flattened table that fails any of this is marked unproven: its lines
// become a Table block with Unproven set, one cell per line, for the
// parser to report. Nothing of it is loaded.
//
// Every rebuilt row keeps its source lines: the row's first line carries
// its cells, the rest of its lines become empty continuation lines that
// the table reader merges into it, so the row spans them all.

const (
	flatNone     uint8 = iota
	flatProven         // a rebuilt TAB line
	flatUnproven       // a line of a flattened table that could not be proven
	flatDelim          // a line of a delimited table (flatten_delim.go)
)

// fkind is what a column of a flattened table holds.
type fkind uint8

const (
	fText   fkind = iota // a label: indicator, uraian, kecamatan, komponen
	fNo                  // a row number
	fKode                // a budget code
	fYear                // a year (multi-year tables)
	fSatuan              // one unit word
	fValue               // one number, percentage, grade or dash
)

// frole is the meaning of a value column, for the arithmetic checks.
type frole uint8

const (
	rNone frole = iota
	rL
	rP
	rLP
	rPagu
	rReal
	rSisa
	rPct
	rTarget
	rCap
	rBobot
	rNilai
)

type flatHead struct {
	cells []string
	kinds []fkind
	roles []frole
}

type flatRow struct {
	cells       []string
	first, last int // line indices
	total       bool
	group       bool // a heading line over a group of rows ("Sasaran Strategis 2: ..."), one cell
}

var reFlatGroup = regexp.MustCompile(`(?i)^(?:sasaran(?:\s+strategis|\s+kegiatan|\s+program)?|program|tujuan|kegiatan)\s*\d{0,2}\s*[:.)-]`)

// groupRow: a line that heads a group of rows and states no value itself.
func groupRow(lines []line, k, to int) (flatRow, bool) {
	t := lines[k].text
	if len(t) > 200 || !reFlatGroup.MatchString(t) {
		return flatRow{}, false
	}
	if f := flatTokens(t); flatValue(f[len(f)-1]) {
		return flatRow{}, false
	}
	return flatRow{cells: []string{t}, first: k, last: k, group: true}, true
}

// flatExtraVocab are column words the TAB header vocabulary lacks.
var flatExtraVocab = map[string]bool{"serapan": true, "alokasi": true, "dpk": true, "dpshp": true, "skor": true,
	"pr": true, "lk": true, "rupiah": true, "kelurahan": true, "utama": true}

// flatPhrases are the multi-word column names of a header written on one
// line; longest match first. A header that does not split wholly into
// known words is not a header.
var flatPhrases = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range []string{"indikator kinerja", "indikator kinerja utama", "indikator kinerja kegiatan",
		"indikator kinerja program", "sasaran strategis", "sasaran kegiatan", "sasaran program", "uraian kegiatan",
		"nama kecamatan", "nama satker", "nama kabupaten/kota", "jenis belanja", "sub komponen", "komponen evaluasi",
		"jumlah desa", "jumlah desa/kel", "jumlah desa/kelurahan", "jml desa/kel", "jml desa", "jumlah tps", "jml tps",
		"jumlah pemilih", "total pemilih", "l + p", "pagu anggaran", "sisa anggaran", "realisasi anggaran",
		"tahun anggaran", "no urut", "target pk", "nilai akhir", "program/kegiatan", "kabupaten/kota",
		"capaian kinerja", "persentase capaian", "persentase realisasi"} {
		m[p] = true
	}
	return m
}()

var flatUnits = map[string]bool{"%": true, "persen": true, "nilai": true, "laporan": true, "dokumen": true, "kali": true,
	"orang": true, "predikat": true, "indeks": true, "bulan": true, "hari": true, "keputusan": true, "kegiatan": true,
	"unit": true, "paket": true, "opini": true, "rupiah": true, "rp": true}

// flatten finds flattened tables among the lines of a document without
// TABs and rewrites them in place (see the comment at the top).
func flatten(lines []line) {
	delim := boxes(lines) // drawn boxes first: their bar lines are delimited lines too
	if delimited(lines) {
		delim = true
	}
	if leadered(lines, true) {
		delim = true
	}
	for i := 0; i < len(lines); i++ {
		if lines[i].blank || len(lines[i].text) > 200 || delim && lines[i].tab {
			continue
		}
		if end, ok := flatAt(lines, i); ok {
			i = end - 1
		}
	}
}

// flatAt tries a flattened table whose header starts at line i; it
// returns the index after the table when one was found (proven or not).
func flatAt(lines []line, i int) (int, bool) {
	if flatHeaderCell(lines[i].text) {
		if i+2 < len(lines) && !lines[i+1].blank && !lines[i+1].tab {
			if end, ok := columnTable(lines, i); ok {
				return end, true // read column after column (flatten_columns.go)
			}
		}
		j := i
		for j < len(lines) && !lines[j].blank && j-i < 14 && flatHeaderCell(lines[j].text) {
			j++
		}
		if j-i >= 2 {
			if end, ok := perLineTable(lines, i, j); ok {
				return end, true
			}
		}
		if end, ok := headerOverBreak(lines, i, j); ok {
			return end, true
		}
	}
	t := lines[i].text
	hdrText, tail := t, false
	if k := strings.LastIndex(t, ": "); k >= 0 {
		hdrText, tail = t[k+2:], true
	}
	cells, ok := splitHeader(hdrText)
	if !ok || !tail && len(cells) < 3 || tail && len(cells) < 4 {
		return 0, false
	}
	return spacedTable(lines, i, newFlatHead(cells), tail)
}

// perLineTable reads a table written one cell per line whose header run is
// lines[i:j]. The run may have swallowed a title above the header or the
// first row's label below it ("Perencanaan Kinerja" reads like a column
// name): shorter runs are tried as well.
func perLineTable(lines []line, i, j int) (int, bool) {
	end := regionEnd(lines, j)
	if v := countValues(lines, j, end); v < 2 || 4*v < end-j {
		// too few lines are values: text, not a table, unless a page
		// break cut the first record and the rows read over it prove one
		return perLineRead(lines, i, j, end, false)
	}
	if end2, ok := perLineRead(lines, i, j, end, true); ok {
		return end2, true
	}
	if end2, ok := perLineGrouped(lines, i, j, end); ok {
		return end2, true
	}
	markUnproven(lines, i, end)
	return end, true
}

// perLineRead tries the header runs of perLineTable; report: rows that
// went on after a page break and failed there mark the table unproven.
func perLineRead(lines []line, i, j, end int, report bool) (int, bool) {
	for s := i; s <= i+2 && s < j; s++ {
		for e := j; e-s >= 2; e-- {
			h := newFlatHead(headCells(lines[s:e]))
			if !h.usable() {
				continue
			}
			var hdr []string
			for _, l := range lines[s:e] {
				hdr = append(hdr, l.text)
			}
			rows, repeats, end2, ok := readTable(h, hdr, lines, e, end, perLineRows)
			if ok && h.proven(rows) {
				markProven(lines, h, s, e, rows, repeats)
				return end2, true
			}
			if report && end2 > end {
				// the rows went on after a page break and failed there
				markUnproven(lines, i, end2)
				return end2, true
			}
		}
	}
	return 0, false
}

// headCells are the column names of a header written one per line; a
// unit on a line of its own ("(%)", "(Rp)") is the unit of the column
// above it ("Capaian" over "(%)"), not a column.
func headCells(ls []line) []string {
	var cells []string
	for _, l := range ls {
		if u := strings.Trim(l.text, "()"); len(cells) > 0 && strings.HasPrefix(l.text, "(") && (u == "%" || strings.EqualFold(u, "rp")) {
			cells[len(cells)-1] += " " + l.text
			continue
		}
		cells = append(cells, l.text)
	}
	return cells
}

// cutter cuts lines[from:to] into rows numbered from expect.
type cutter func(h *flatHead, lines []line, from, to, expect int) ([]flatRow, bool)

// readTable cuts the rows below a header and follows them across page
// breaks (flatten_break.go). It returns the rows, the line spans to drop
// (repeated headers, running headers and footers) and the end of the last
// part read.
func readTable(h *flatHead, hdr []string, lines []line, from, end int, cut cutter) ([]flatRow, [][2]int, int, bool) {
	rows, drops, e, reach, ok := cutPart(h, hdr, lines, from, end, 1, cut)
	if !ok {
		return nil, nil, end, false
	}
	end = e
	for !rows[len(rows)-1].total {
		more, drop, e2, r2, st := nextPart(h, hdr, lines, rows, end, cut)
		if st == partFailed {
			return nil, nil, e2, false
		}
		if st == partNone {
			break
		}
		rows = append(rows, more...)
		drops = append(drops, drop...)
		end, reach = e2, max(reach, r2)
	}
	if reach > end {
		// a part was cut at a page line inside its lines, and what
		// followed did not go on with it: report the whole
		return nil, nil, reach, false
	}
	if len(rows) > 0 && rows[len(rows)-1].group {
		return nil, nil, end, false // a heading with no rows under it
	}
	return rows, drops, end, len(rows) >= 2
}

// sameLines: lines[k:] start with the texts of hdr (case aside).
func sameLines(lines []line, k int, hdr []string) bool {
	if k+len(hdr) > len(lines) {
		return false
	}
	for m, t := range hdr {
		if lines[k+m].tab || !strings.EqualFold(lines[k+m].text, t) {
			return false
		}
	}
	return true
}

// spacedTable reads a table written one row per line, cells separated by
// single spaces, under the header on line i (tail: the header ends a line
// of prose, after a colon).
func spacedTable(lines []line, i int, h *flatHead, tail bool) (int, bool) {
	first := i + 1
	if first < len(lines) && lines[first].blank {
		first++ // one blank line may part the header from its rows
	}
	if first >= len(lines) || lines[first].blank || !h.usable() {
		return 0, false
	}
	end := regionEnd(lines, first)
	valued, rowish, labelled := 0, 0, 0
	for k := first; k < end; k++ {
		if labelledItem(lines[k].text) {
			labelled++
		}
		toks := flatTokens(lines[k].text)
		switch {
		case len(toks) > 0 && flatValue(toks[len(toks)-1]):
			valued++
			rowish++
		case len(toks) > 0 && rowNo(toks[0]) > 0:
			rowish++ // a numbered row whose label wraps
		}
	}
	if valued < 2 || 3*rowish < 2*(end-first) {
		return 0, false // lines that neither end in a value nor start a row: prose
	}
	if 2*labelled > end-first {
		return 0, false // a list of labelled items, read by the parser (kv_inline.go)
	}
	rows, repeats, end2, ok := readTable(h, []string{lines[i].text}, lines, first, end, spacedRows)
	if ok && h.proven(rows) {
		markProven(lines, h, i, i+1, rows, repeats)
		return end2, true
	}
	end = end2
	from := i
	if tail {
		from = first // the line is prose that ends with the header: it stays text
	}
	markUnproven(lines, from, end)
	return end, true
}

// regionEnd: a flattened table runs to the next blank line, or to the
// note under it ("Sumber: …", "Keterangan: …"), which is no row.
func regionEnd(lines []line, from int) int {
	k := from
	for k < len(lines) && !lines[k].blank && !lines[k].tab && k-from < 800 && !(k > from && noteLine(lines[k].text)) {
		k++
	}
	return k
}

// noteLine: a line that opens with a note word and a colon, as the source
// or remark under a table does. A cell on its own line never reads so.
func noteLine(t string) bool {
	c := strings.IndexByte(t, ':')
	if c < 0 || c > 12 {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(strings.TrimRight(t[:c], ". "))) {
	case "sumber", "sumber data", "keterangan", "ket", "catatan":
		return true
	}
	return false
}

func countValues(lines []line, from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if flatValue(lines[k].text) {
			n++
		}
	}
	return n
}

func markProven(lines []line, h *flatHead, hs, he int, rows []flatRow, repeats [][2]int) {
	lines[hs].tab, lines[hs].cells, lines[hs].flat = true, h.cells, flatProven
	for k := hs + 1; k < he; k++ {
		lines[k].skip = true
	}
	for _, r := range repeats {
		for k := r[0]; k < r[1]; k++ {
			lines[k].skip = true // a header repeated after a page break
		}
	}
	for _, r := range rows {
		lines[r.first].tab, lines[r.first].cells, lines[r.first].flat = true, r.cells, flatProven
		for k := r.first + 1; k <= r.last; k++ {
			// an empty continuation line: the table reader merges it
			// into the row above, which then spans it
			lines[k].tab, lines[k].cells, lines[k].flat = true, []string{""}, flatProven
		}
	}
}

func markUnproven(lines []line, from, to int) {
	for k := from; k < to; k++ {
		if !lines[k].blank {
			lines[k].tab, lines[k].cells, lines[k].flat = true, []string{lines[k].text}, flatUnproven
		}
	}
}
