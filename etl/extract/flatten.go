package extract

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
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
	for i := 0; i < len(lines); i++ {
		if lines[i].blank || len(lines[i].text) > 200 {
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
		j := i
		for j < len(lines) && !lines[j].blank && j-i < 14 && flatHeaderCell(lines[j].text) {
			j++
		}
		if j-i >= 2 {
			if end, ok := perLineTable(lines, i, j); ok {
				return end, true
			}
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
	if countValues(lines, j, end) < 2 {
		return 0, false
	}
	for s := i; s <= i+2 && s < j; s++ {
		for e := j; e-s >= 2; e-- {
			var cells []string
			for _, l := range lines[s:e] {
				cells = append(cells, l.text)
			}
			h := newFlatHead(cells)
			if !h.usable() {
				continue
			}
			rows, ok := perLineRows(h, lines, e, end)
			if ok && h.proven(rows) {
				markProven(lines, h, s, e, rows)
				return end, true
			}
		}
	}
	markUnproven(lines, i, end)
	return end, true
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
	valued := 0
	for k := first; k < end; k++ {
		toks := flatTokens(lines[k].text)
		if len(toks) > 0 && flatValue(toks[len(toks)-1]) {
			valued++
		}
	}
	if valued < 2 {
		return 0, false
	}
	rows, ok := spacedRows(h, lines, first, end)
	if ok && h.proven(rows) {
		markProven(lines, h, i, i+1, rows)
		return end, true
	}
	from := i
	if tail {
		from = first // the line is prose that ends with the header: it stays text
	}
	markUnproven(lines, from, end)
	return end, true
}

// regionEnd: a flattened table runs to the next blank line.
func regionEnd(lines []line, from int) int {
	k := from
	for k < len(lines) && !lines[k].blank && !lines[k].tab && k-from < 800 {
		k++
	}
	return k
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

func markProven(lines []line, h *flatHead, hs, he int, rows []flatRow) {
	lines[hs].tab, lines[hs].cells, lines[hs].flat = true, h.cells, flatProven
	for k := hs + 1; k < he; k++ {
		lines[k].skip = true
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

// flatHeaderCell: a short line made only of column words ("Indikator
// Kinerja", "Desa/Kel", "L+P", "%").
func flatHeaderCell(t string) bool {
	if t == "" || len(t) > 40 || isTabelLabel(t) || strings.HasSuffix(t, ":") || strings.HasSuffix(t, ".") {
		return false
	}
	if flatValue(t) && !isYear(t) {
		return false
	}
	words, known := 0, 0
	eachWord(t, func(w []byte) {
		words++
		if headerVocab[string(w)] || flatExtraVocab[string(w)] || neutralWords[string(w)] || isYear(string(w)) {
			known++
		}
	})
	if words == 0 {
		return strings.Trim(t, "()") == "%"
	}
	return words <= 5 && known == words
}

// splitHeader splits a header written on one line into column names:
// known phrases first, then single column words; "(%)" and "(Rp)" stay
// with the name before them. It fails on any unknown word.
func splitHeader(t string) ([]string, bool) {
	toks := strings.Fields(t)
	if len(toks) < 3 || len(toks) > 16 {
		return nil, false
	}
	low := make([]string, len(toks))
	for k, w := range toks {
		low[k] = strings.ToLower(w)
	}
	var cells []string
	for k := 0; k < len(toks); {
		n := 0
		for m := min(4, len(toks)-k); m >= 2; m-- {
			if flatPhrases[strings.Join(low[k:k+m], " ")] {
				n = m
				break
			}
		}
		if n == 0 {
			if strings.HasPrefix(toks[k], "(") && strings.HasSuffix(toks[k], ")") && len(cells) > 0 {
				cells[len(cells)-1] += " " + toks[k]
				k++
				continue
			}
			if !flatHeaderCell(toks[k]) {
				return nil, false
			}
			n = 1
		}
		cells = append(cells, strings.Join(toks[k:k+n], " "))
		k += n
	}
	return cells, true
}

func headWords(h string) []string {
	k := strings.ToLower(h)
	k = strings.ReplaceAll(k, " + ", "+")
	return strings.FieldsFunc(k, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '+' || r == '%' || r >= 0x80)
	})
}

func newFlatHead(cells []string) *flatHead {
	h := &flatHead{cells: cells, kinds: make([]fkind, len(cells)), roles: make([]frole, len(cells))}
	has := map[frole]bool{}
	for c, cell := range cells {
		ws := headWords(cell)
		set := map[string]bool{}
		for _, w := range ws {
			set[w] = true
		}
		joined := strings.Join(ws, " ")
		kind := fText
		switch {
		case joined == "no" || joined == "nomor" || joined == "no urut":
			kind = fNo
		case set["kode"]:
			kind = fKode
		case joined == "tahun" || joined == "ta" || joined == "tahun anggaran":
			kind = fYear
		case joined == "satuan":
			kind = fSatuan
		case set["indikator"] || set["uraian"] || set["kecamatan"] || set["komponen"] || set["sasaran"] || set["program"] ||
			set["kegiatan"] || set["kabupaten"] || set["kota"] || set["wilayah"] || set["satker"] || set["keterangan"] ||
			set["nama"] || set["jenis"] || set["ket"] || set["program/kegiatan"]:
			kind = fText
		case len(ws) == 1 && isYear(ws[0]):
			kind = fValue
		default:
			for _, w := range ws {
				switch w {
				case "target", "realisasi", "capaian", "pagu", "anggaran", "sisa", "bobot", "nilai", "skor", "predikat",
					"tps", "desa", "kel", "kelurahan", "l", "p", "l+p", "lk", "pr", "laki", "perempuan", "jumlah", "jml", "total",
					"pemilih", "persentase", "persen", "serapan", "dpt", "dptb", "dpk", "dps", "dpshp", "alokasi", "%", "lp":
					kind = fValue
				}
			}
		}
		h.kinds[c] = kind
		if kind != fValue {
			continue
		}
		role := rNone
		switch {
		case joined == "l" || joined == "lk" || set["laki"]:
			role = rL
		case joined == "p" || joined == "pr" || set["perempuan"]:
			role = rP
		case joined == "l+p" || joined == "lp" || joined == "jumlah" || joined == "total" || joined == "jml" ||
			joined == "jumlah pemilih" || joined == "total pemilih" || joined == "dpt":
			role = rLP
		case set["sisa"]:
			role = rSisa
		case set["%"] || set["persentase"] || set["persen"] || set["serapan"]:
			role = rPct
		case set["capaian"]:
			role = rCap
		case set["realisasi"]:
			role = rReal
		case set["pagu"] || set["anggaran"] || set["alokasi"]:
			role = rPagu
		case set["target"]:
			role = rTarget
		case set["bobot"]:
			role = rBobot
		case set["nilai"] || set["skor"]:
			role = rNilai
		}
		if has[role] {
			role = rNone // a second column of the same meaning: checks would be a guess
		}
		has[role] = true
		h.roles[c] = role
	}
	// a percentage beside target and realisasi (no pagu) is the capaian;
	// capaian beside pagu and realisasi is the serapan
	for c, r := range h.roles {
		switch {
		case r == rPct && !has[rPagu] && has[rTarget] && !has[rCap]:
			h.roles[c] = rCap
		case r == rCap && has[rPagu] && !has[rPct]:
			h.roles[c] = rPct
		}
	}
	return h
}

// usable: a header names at least one value column and something that
// tells the rows apart (a label, a number, a code or a year).
func (h *flatHead) usable() bool {
	values, keys := 0, 0
	for _, k := range h.kinds {
		switch k {
		case fValue:
			values++
		case fText, fNo, fKode, fYear:
			keys++
		}
	}
	return values > 0 && keys > 0
}

// keyed: the rows are told apart by a row number, a code or a year.
func (h *flatHead) keyed() bool { return h.has(fNo) || h.has(fKode) || h.has(fYear) }

func startsLower(t string) bool { return t != "" && t[0] >= 'a' && t[0] <= 'z' }

func (h *flatHead) has(k fkind) bool {
	for _, x := range h.kinds {
		if x == k {
			return true
		}
	}
	return false
}

// flatValue: a cell that states one value: a number, a percentage, money,
// a grade, an audit opinion or a dash.
func flatValue(t string) bool {
	if t == "-" || t == "–" || t == "—" {
		return true
	}
	if !hasDigit(t) {
		v := normalize.ParseValue(t, normalize.Unknown)
		return v.Grade != "" || v.Unit == "opini"
	}
	v := normalize.ParseValue(t, normalize.Unknown)
	return v.Status == normalize.OK && (v.Unit == "" || v.Unit == "persen" || v.Unit == "rupiah")
}

func flatNumeric(t string) bool {
	return hasDigit(t) && flatValue(t)
}

// flatCode: a budget code ("WA", "WA.3355", "3355", "6639.BDB.001",
// "(3355)", "076.01.WA").
func flatCode(t string) bool {
	t = strings.TrimSuffix(strings.TrimPrefix(t, "("), ")")
	if len(t) < 2 || len(t) > 24 || isTotalLabel(t) {
		return false
	}
	letters, digits := 0, 0
	for k := 0; k < len(t); k++ {
		c := t[k]
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
		default:
			return false
		}
	}
	return letters > 0 || digits == 4 || strings.IndexByte(t, '.') > 0 && digits > 0
}

// codeLevel: 1 program (WA, 076.01.WA), 2 kegiatan (3355, WA.3355), 3
// output (6639.BDB.001).
func codeLevel(c string) int {
	c = strings.Trim(c, "()")
	parts := strings.Split(c, ".")
	for k, p := range parts {
		if len(p) == 4 && onlyDigits(p) {
			if k+1 < len(parts) {
				return 3
			}
			return 2
		}
	}
	return 1
}

func onlyDigits(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return s != ""
}

func isTotalLabel(t string) bool {
	if len(t) > 40 {
		return false
	}
	k := strings.ToLower(t)
	for _, p := range []string{"jumlah", "total", "grand total", "sub total", "subtotal"} {
		if k == p || strings.HasPrefix(k, p+" ") {
			return true
		}
	}
	return false
}

func unitWord(t string) bool { return flatUnits[strings.ToLower(strings.Trim(t, ".,()"))] }

func rowNo(t string) int {
	t = strings.TrimRight(t, ".)")
	if !onlyDigits(t) || len(t) > 3 {
		return -1
	}
	n := 0
	for k := 0; k < len(t); k++ {
		n = n*10 + int(t[k]-'0')
	}
	return n
}

// perLineRows cuts lines[from:to], one cell per line, into rows.
func perLineRows(h *flatHead, lines []line, from, to int) ([]flatRow, bool) {
	var rows []flatRow
	expect := 1
	pos := from
	text := func(k int) string {
		if k < to {
			return lines[k].text
		}
		return ""
	}
	n := len(h.kinds)
	for pos < to {
		if len(rows) > 0 && rows[len(rows)-1].total {
			return nil, false // a total row closes the table
		}
		r := flatRow{cells: make([]string, n), first: pos}
		r.total = isTotalLabel(text(pos))
		for c := 0; c < n; c++ {
			switch h.kinds[c] {
			case fNo:
				if r.total {
					continue
				}
				if rowNo(text(pos)) != expect {
					return nil, false
				}
				r.cells[c] = text(pos)
				pos++
				expect++
			case fKode:
				if r.total {
					continue
				}
				if !flatCode(text(pos)) {
					return nil, false
				}
				r.cells[c] = text(pos)
				pos++
			case fYear:
				if r.total {
					continue
				}
				if !isYear(text(pos)) {
					return nil, false
				}
				r.cells[c] = text(pos)
				pos++
			case fValue:
				if pos >= to || !flatValue(text(pos)) {
					return nil, false
				}
				r.cells[c] = text(pos)
				pos++
			case fSatuan:
				if !unitWord(text(pos)) {
					return nil, false
				}
				r.cells[c] = text(pos)
				pos++
			case fText:
				// a group of label columns up to the next value column
				g := c
				labels := 0
				for g < n && (h.kinds[g] == fText || h.kinds[g] == fSatuan) {
					if h.kinds[g] == fText {
						labels++
					}
					g++
				}
				run := 0
				for pos+run < to && !flatValue(text(pos+run)) {
					run++
				}
				size := g - c
				if g == n {
					// labels closing a row: only a row number proves where
					// they end, and only one line each
					if !h.has(fNo) || run < size {
						return nil, false
					}
					run = size
				}
				if labels > 1 && run != size || run < size {
					return nil, false
				}
				for k := c; k < g; k++ {
					if h.kinds[k] == fSatuan {
						if !unitWord(text(pos)) {
							return nil, false
						}
						r.cells[k] = text(pos)
						pos++
						continue
					}
					take := 1
					if labels == 1 {
						take = run - (size - 1)
					}
					var parts []string
					for m := 0; m < take; m++ {
						// without a row number, code or year, only a line
						// that goes on in lower case continues the label:
						// another capitalised line may be a group heading
						if m > 0 && !h.keyed() && !startsLower(text(pos)) {
							return nil, false
						}
						parts = append(parts, text(pos))
						pos++
					}
					r.cells[k] = strings.Join(parts, " ")
				}
				run = 0
				c = g - 1
			}
		}
		r.last = pos - 1
		if !r.valid(h) {
			return nil, false
		}
		rows = append(rows, r)
	}
	return rows, len(rows) >= 2
}

// valid: a row states at least one number and names itself.
func (r *flatRow) valid(h *flatHead) bool {
	num, named := false, false
	for c, k := range h.kinds {
		switch {
		case k == fValue && flatNumeric(r.cells[c]):
			num = true
		case k != fValue && r.cells[c] != "":
			named = true
		}
	}
	return num && named
}

// flatTokens splits a line at spaces, keeping "Rp 1.000" and "85 %"
// together.
func flatTokens(t string) []string {
	f := strings.Fields(t)
	out := f[:0:0]
	for k := 0; k < len(f); k++ {
		w := f[k]
		low := strings.ToLower(w)
		if (low == "rp" || low == "rp.") && k+1 < len(f) && hasDigit(f[k+1]) {
			w += " " + f[k+1]
			k++
		} else if k+1 < len(f) && f[k+1] == "%" && hasDigit(w) {
			w += "%"
			k++
		}
		out = append(out, w)
	}
	return out
}

// spacedRows cuts lines[from:to], one row per line (a long label may wrap
// onto the next lines before the values), into rows.
func spacedRows(h *flatHead, lines []line, from, to int) ([]flatRow, bool) {
	n := len(h.kinds)
	// shape: key columns, then one label column, then values and units
	text := -1
	for c, k := range h.kinds {
		switch k {
		case fNo, fKode, fYear:
			if text >= 0 {
				return nil, false
			}
		case fText:
			if text >= 0 {
				return nil, false // two label columns: no way to tell where one ends
			}
			text = c
		}
	}
	if text < 0 {
		return nil, false
	}
	right := n - text - 1
	var rows []flatRow
	expect := 1
	for pos := from; pos < to; {
		if len(rows) > 0 && rows[len(rows)-1].total {
			return nil, false
		}
		var toks []string
		last := pos
		var r flatRow
		for {
			toks = append(toks, flatTokens(lines[last].text)...)
			var ok bool
			r, ok = spacedRow(h, toks, text, right, expect)
			if ok {
				break
			}
			// a wrapped label: a numbered line without values whose
			// values come on a later line that does not start the next
			// row. Without row numbers a line without values may as well
			// be a group heading: not proven.
			nx := last + 1
			if !h.has(fNo) || last-pos >= 2 || nx >= to || flatValue(toks[len(toks)-1]) {
				return nil, false
			}
			if nt := flatTokens(lines[nx].text); len(nt) > 0 && (rowNo(nt[0]) == expect+1 || isTotalLabel(lines[nx].text)) {
				return nil, false
			}
			last = nx
		}
		r.first, r.last = pos, last
		if !r.total && h.has(fNo) {
			expect++
		}
		rows = append(rows, r)
		pos = last + 1
	}
	return rows, len(rows) >= 2
}

func spacedRow(h *flatHead, toks []string, text, right, expect int) (flatRow, bool) {
	n := len(h.kinds)
	r := flatRow{cells: make([]string, n)}
	if len(toks) == 0 {
		return r, false
	}
	r.total = isTotalLabel(toks[0]) || len(toks) > 1 && isTotalLabel(toks[0]+" "+toks[1])
	i := 0
	for c := 0; c < text; c++ {
		if r.total {
			continue
		}
		if i >= len(toks) {
			return r, false
		}
		t := toks[i]
		switch h.kinds[c] {
		case fNo:
			if rowNo(t) != expect {
				return r, false
			}
		case fKode:
			if !flatCode(t) {
				return r, false
			}
		case fYear:
			if !isYear(t) {
				return r, false
			}
		}
		r.cells[c] = t
		i++
	}
	j := len(toks) - right
	if j <= i {
		return r, false
	}
	for c := text + 1; c < n; c++ {
		t := toks[j+c-text-1]
		if h.kinds[c] == fSatuan && !unitWord(t) || h.kinds[c] == fValue && !flatValue(t) {
			return r, false
		}
		r.cells[c] = t
	}
	// the label's last word must not be a value: then the row holds more
	// values than the header has columns, and which ones are meant is a
	// guess
	if flatValue(toks[j-1]) || unitWord(toks[j-1]) && h.has(fSatuan) {
		return r, false
	}
	r.cells[text] = strings.Join(toks[i:j], " ")
	return r, r.valid(h)
}

// proven runs every arithmetic check the rows allow.
func (h *flatHead) proven(rows []flatRow) bool {
	n := len(h.kinds)
	conv := make([]normalize.Convention, n)
	for c := 0; c < n; c++ {
		if h.kinds[c] != fValue {
			continue
		}
		col := make([]string, len(rows))
		for k, r := range rows {
			col[k] = r.cells[c]
		}
		conv[c] = normalize.ColumnConvention(col)
	}
	col := map[frole]int{}
	for c, r := range h.roles {
		if r != rNone {
			col[r] = c
		}
	}
	num := func(r *flatRow, role frole) (normalize.Number, bool) {
		c, ok := col[role]
		if !ok {
			return normalize.Number{}, false
		}
		v := normalize.ParseNumber(r.cells[c], conv[c])
		return v, v.Status == normalize.OK
	}
	for k := range rows {
		r := &rows[k]
		if l, ok := num(r, rL); ok {
			if p, ok := num(r, rP); ok {
				if lp, ok := num(r, rLP); ok && !near(l.Value+p.Value, lp.Value, lp.Decimals) {
					return false
				}
			}
		}
		pagu, okP := num(r, rPagu)
		real, okR := num(r, rReal)
		if okP && okR {
			if s, ok := num(r, rSisa); ok && !near(pagu.Value-real.Value, s.Value, s.Decimals) {
				return false
			}
			if pct, ok := num(r, rPct); ok && pagu.Value != 0 && !near(real.Value/pagu.Value*100, pct.Value, pct.Decimals) {
				return false
			}
		}
		if t, ok := num(r, rTarget); ok && okR && t.Value != 0 && t.Percent == real.Percent {
			if cp, ok := num(r, rCap); ok && !near(real.Value/t.Value*100, cp.Value, cp.Decimals) &&
				!near((2*t.Value-real.Value)/t.Value*100, cp.Value, cp.Decimals) {
				return false
			}
		}
		if b, ok := num(r, rBobot); ok {
			if v, ok := num(r, rNilai); ok && v.Value > b.Value+1e-9 {
				return false
			}
		}
	}
	last := &rows[len(rows)-1]
	if !last.total {
		return true
	}
	body := rows[:len(rows)-1]
	kode := -1
	for c, k := range h.kinds {
		if k == fKode {
			kode = c
		}
	}
	top := 99
	if kode >= 0 {
		for _, r := range body {
			top = min(top, codeLevel(r.cells[kode]))
		}
	}
	checked := 0
	for c, k := range h.kinds {
		if k != fValue || h.roles[c] == rPct || h.roles[c] == rCap {
			continue
		}
		tot := normalize.ParseNumber(last.cells[c], conv[c])
		if tot.Status != normalize.OK || tot.Percent {
			continue
		}
		all, lead := 0.0, 0.0
		ok := true
		for _, r := range body {
			v := normalize.ParseNumber(r.cells[c], conv[c])
			switch v.Status {
			case normalize.OK:
			case normalize.Empty:
				continue
			default:
				ok = false
			}
			if v.Percent {
				ok = false
			}
			all += v.Value
			if kode >= 0 && codeLevel(r.cells[kode]) == top {
				lead += v.Value
			}
		}
		if !ok {
			continue
		}
		if !near(all, tot.Value, tot.Decimals) && !(kode >= 0 && near(lead, tot.Value, tot.Decimals)) {
			return false
		}
		checked++
	}
	return checked > 0
}

// near: a computed value equals a written one up to the rounding of the
// written one's decimals.
func near(computed, written float64, decimals int) bool {
	tol := 0.5*math.Pow(10, -float64(decimals)) + 1e-9*math.Max(1, math.Abs(written))
	return math.Abs(computed-written) <= tol
}
