package parse

import (
	"bytes"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A monitoring sheet's traffic-light report (rapor lampu kinerja) printed
// with its conditional formatting: a legend of the lights' bands above, then
// a status column (the light: `● HIJAU`, `○ ABU-ABU`, `🟢`, `[K]`, `MERAH`)
// beside the indicator's code, name, unit, target, realisasi and capaian,
// one block an indicator between dotted rules, the name wrapped in its
// column over continuation lines, a count of lights at the foot:
//
//	LAMPU      KODE   INDIKATOR KINERJA                SATUAN   TARGET  REALISASI  CAPAIAN
//	··········································································
//	● HIJAU    IKU-1  Persentase kesesuaian Kompetensi  %         96,00      97,50   101,56
//	                  Pegawai terhadap standar
//	··········································································
//	Jumlah lampu: ● HIJAU 4, ● KUNING 1
//
// Read as prose, the wrapped blocks give no row; a PDF's text gives the
// rows as TAB lines but the header's cells run together (`LAMPU KODE`,
// `TARGET REALISASI CAPAIAN`) and the rules part the rows. lampSheets
// rewrites such a sheet as one TAB table (header, then a row an indicator
// with its name joined again; line numbers never change) so the capaian
// table reader proves each row by its header roles as any other. What the
// reader trusts:
//   - the header: every word a column role (light, code, name, unit,
//     target, realisasi, capaian) or a filler (`Kinerja`, a year); light,
//     name, target, realisasi and capaian all named, each once;
//   - a row: its cells fill the header's columns (by count, or for fixed
//     columns by where they stand) and the light column holds a light;
//     the light is a status, never a value: it is dropped;
//   - a continuation line: text only under the name or unit column, of the
//     block still open (no rule since its row);
//   - arithmetic: when rows give numeric target, realisasi and capaian, at
//     least one must give capaian = realisasi/target×100 (or its inverse,
//     lower is better), else the columns are not what the header says and
//     the sheet is left as written, reported.
//
// The legend and the lights' count are no rows (no header role over them),
// nor is a status report with lights but no target or realisasi.

// lampRole is a sheet column's role.
type lampRole uint8

const (
	lampNone lampRole = iota
	lampLight
	lampCode
	lampName
	lampUnit
	lampTarget
	lampReal
	lampCapaian
)

// lampRoleWords name a column; lampFiller words stand beside them.
var (
	lampRoleWords = map[string]lampRole{
		"LAMPU": lampLight, "STATUS": lampLight, "WARNA": lampLight, "TANDA": lampLight, "SINYAL": lampLight,
		"KODE": lampCode, "NO": lampCode, "NOMOR": lampCode,
		"INDIKATOR": lampName, "URAIAN": lampName,
		"SATUAN": lampUnit, "SAT": lampUnit,
		"TARGET": lampTarget, "REALISASI": lampReal, "CAPAIAN": lampCapaian,
	}
	lampFiller = map[string]bool{"KINERJA": true, "UTAMA": true, "IKU": true, "TAHUN": true}
)

// lampColors are the lights' words (Indonesian, the sheet's own).
var lampColors = map[string]bool{
	"HIJAU": true, "KUNING": true, "MERAH": true, "ABU-ABU": true, "ABU": true, "JINGGA": true,
	"ORANYE": true, "BIRU": true, "HITAM": true, "PUTIH": true,
}

// lampLikely is the cheap gate (one pass of bytes.Contains a mark): a
// light's word or emoji or bracket letter somewhere in the text. The merger
// may move these marks into scan_marks.go.
func lampLikely(doc *facts.Document, data []byte) bool {
	x := triIndexOf(doc, data) // absent marks cost no scan (scan_index.go)
	for _, m := range lampMarks {
		if (x == nil || triMay(x, m)) && bytes.Contains(data, m) {
			return true
		}
	}
	return false
}

var lampMarks = [][]byte{
	[]byte("HIJAU"), []byte("Hijau"), []byte("hijau"), []byte("KUNING"), []byte("Kuning"), []byte("kuning"),
	[]byte("MERAH"), []byte("Merah"), []byte("merah"), // not "erah": "serah terima" is everywhere
	[]byte("\xf0\x9f\x9f"), []byte("\xf0\x9f\x94\xb4"), []byte("[H]"), []byte("[K]"), []byte("[M]"),
}

// lampCol is a header column: its role, its header text and (fixed
// columns) where it stands, in runes.
type lampCol struct {
	role       lampRole
	text       string
	start, end int
}

// lampCell is one cell of a line and where it stands (runes; the cell's
// ordinal for TAB lines).
type lampCell struct {
	text       string
	start, end int
}

// lampSheets rewrites the traffic-light reports of a text; data itself when
// it holds none. Findings go to doc.
func lampSheets(doc *facts.Document, data []byte) []byte {
	if !lampLikely(doc, data) || !lampHeaderLine(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !lampHeaderCue(lines[i]) {
			continue
		}
		cols, ok := lampHeader(lines[i])
		if !ok {
			continue
		}
		if end, ok := lampSheet(doc, lines, i, cols); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// lampHeaderLine: some line names target, realisasi and capaian (any
// case), without allocating: only such a text is split into lines.
func lampHeaderLine(data []byte) bool {
	return someLine(data, func(l []byte) bool {
		return len(l) < 400 && foldContains(l, "target") && foldContains(l, "realisasi") && foldContains(l, "capaian")
	})
}

func lampHeaderCue(l string) bool {
	return len(l) < 400 && containsFoldASCII(l, "target") && containsFoldASCII(l, "realisasi") && containsFoldASCII(l, "capaian")
}

// lampHeader reads a sheet's header line: its columns in order, a cell
// naming several roles (a PDF's `TARGET REALISASI CAPAIAN`) parted into
// one column each.
func lampHeader(l string) ([]lampCol, bool) {
	tab := strings.IndexByte(l, '\t') >= 0
	var cols []lampCol
	seen := map[lampRole]bool{}
	for _, c := range lampSplit(l) {
		first := len(cols)
		for _, w := range lampWords(c) {
			key := strings.ToUpper(strings.Trim(w.text, "().:/%"))
			if key == "" || lampFiller[key] || lampYear(key) {
				if len(cols) > first {
					cols[len(cols)-1].text += " " + w.text
					cols[len(cols)-1].end = w.end
				}
				continue
			}
			r := lampRoleWords[key]
			if r != lampNone && len(cols) > first && cols[len(cols)-1].role == r {
				cols[len(cols)-1].text += " " + w.text // "Uraian Indikator": one column
				cols[len(cols)-1].end = w.end
				continue
			}
			if r == lampNone || seen[r] {
				return nil, false // a column the sheet's roles do not name, or one named twice
			}
			seen[r] = true
			cols = append(cols, lampCol{role: r, text: w.text, start: w.start, end: w.end})
		}
		if len(cols) == first+1 {
			cols[first].text = c.text // one role: the header cell as written
		}
		if tab {
			for k := first; k < len(cols); k++ {
				cols[k].start, cols[k].end = -1, -1 // no places on a TAB line
			}
		}
	}
	for _, r := range []lampRole{lampLight, lampName, lampTarget, lampReal, lampCapaian} {
		if !seen[r] {
			return nil, false
		}
	}
	return cols, true
}

func lampYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}

// lampSplit splits a line into its cells: TAB cells (empty ones dropped,
// their ordinal kept as start), or runs parted by two or more spaces.
func lampSplit(l string) []lampCell {
	var out []lampCell
	if strings.IndexByte(l, '\t') >= 0 {
		for k, c := range strings.Split(l, "\t") {
			if c = strings.TrimSpace(c); c != "" {
				out = append(out, lampCell{c, k, k + 1})
			}
		}
		return out
	}
	return spaceRuns(l)
}

// spaceRuns splits a line into the runs parted by two or more spaces (or
// a space at the line's end), each with its rune columns.
func spaceRuns(l string) []lampCell {
	var out []lampCell
	r := []rune(strings.TrimRight(l, " \r"))
	for i := 0; i < len(r); {
		if r[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(r) && !(r[j] == ' ' && (j+1 >= len(r) || r[j+1] == ' ')) {
			j++
		}
		out = append(out, lampCell{string(r[i:j]), i, j})
		i = j
	}
	return out
}

// lampWords splits a header cell into words with their places.
func lampWords(c lampCell) []lampCell {
	var out []lampCell
	r := []rune(c.text)
	for i := 0; i < len(r); {
		if r[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(r) && r[j] != ' ' {
			j++
		}
		out = append(out, lampCell{string(r[i:j]), c.start + i, c.start + j})
		i = j
	}
	return out
}

// lampSymbols are a light's drawn marks: circles and the emoji lights.
func lampSymbol(r rune) bool {
	switch r {
	case '●', '○', '◉', '◯', '⬤', '◍', '⚫', '⚪', '⭕', '🔴', '🟠', '🟡', '🟢', '🔵', '🟥', '🟧', '🟨', '🟩':
		return true
	}
	return false
}

// lampToken: c is a light and nothing else: a mark, a colour word, both,
// or a bracketed letter or word (`[H]`, `[KUNING]`).
func lampToken(c string) bool {
	c = strings.TrimSpace(c)
	if strings.HasPrefix(c, "[") && strings.HasSuffix(c, "]") {
		in := strings.ToUpper(strings.TrimSpace(c[1 : len(c)-1]))
		return len(in) == 1 && strings.Contains("HKMAJB", in) || lampColors[in]
	}
	mark := false
	for c != "" {
		r, n := utf8.DecodeRuneInString(c)
		if !lampSymbol(r) && r != '\ufe0f' {
			break
		}
		mark = true
		c = strings.TrimSpace(c[n:])
	}
	if c == "" {
		return mark
	}
	return lampColors[strings.ToUpper(c)]
}

// lampRule: a dotted or dashed rule between the blocks.
func lampRule(l string) bool {
	n := 0
	for _, r := range l {
		switch r {
		case ' ', '\t', '\r':
		case '·', '.', '-', '─', '━', '═', '=', '_', '…', '•', '∙':
			n++
		default:
			return false
		}
	}
	return n >= 10
}

// lampSheet reads the sheet whose header cols is line h and rewrites it in
// lines; it returns the last line it took.
func lampSheet(doc *facts.Document, lines []string, h int, cols []lampCol) (int, bool) {
	fixed := cols[0].start >= 0
	light := -1
	for k, c := range cols {
		if c.role == lampLight {
			light = k
		}
	}
	var rows [][]string
	open, ruled, blank := false, false, 0
	last := h
	for j := h + 1; j < len(lines); j++ {
		l := lines[j]
		t := strings.TrimSpace(l)
		if t == "" {
			if len(rows) > 0 || blank > 0 {
				break
			}
			blank++
			continue
		}
		if lampRule(l) {
			if len(rows) == 0 {
				ruled = true
			}
			open = false
			last = j
			continue
		}
		cells := lampSplit(l)
		if row, ok := lampPlace(cells, cols, fixed); ok && lampToken(row[light]) && lampValues(row, cols) {
			rows = append(rows, row)
			open = true
			last = j
			continue
		}
		if !open || !lampContinues(l, cells, cols, fixed, ruled) {
			break
		}
		row := rows[len(rows)-1]
		for _, c := range cells {
			k := lampColumnAt(c, cols, fixed)
			if k < 0 || cols[k].role != lampName && cols[k].role != lampUnit {
				doc.Add(facts.Finding{Span: facts.Span{Start: h + 1, End: j + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
					Pesan: "lembar lampu kinerja: baris lanjutan di luar kolom indikator/satuan; tabel dibiarkan"})
				return 0, false
			}
			row[k] = strings.TrimSpace(row[k] + " " + c.text)
		}
		last = j
	}
	if len(rows) < 2 {
		return 0, false
	}
	if !lampArithmetic(rows, cols) {
		doc.Add(facts.Finding{Span: facts.Span{Start: h + 1, End: last + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: "lembar lampu kinerja: capaian tidak sesuai realisasi/target pada baris mana pun; tabel dibiarkan"})
		return 0, false
	}
	header := make([]string, 0, len(cols)-1)
	for k, c := range cols {
		if k != light {
			header = append(header, c.text)
		}
	}
	out := make([][]string, len(rows))
	for r, row := range rows {
		for k, v := range row {
			if k != light {
				out[r] = append(out[r], v)
			}
		}
	}
	// the header one line down: a blank line parts it from a TAB line above
	// (a PDF sets the legend so), which would read as the header's first line
	if !exportPlace(lines, h, last+1, h+1, "", header, out) {
		return 0, false
	}
	return last, true
}

// lampPlace fills the header's columns with a line's cells: one each when
// the counts agree (a mark standing apart from its colour word joined
// first), else, for fixed columns, each cell under the column it overlaps
// most, the columns in order.
func lampPlace(in []lampCell, cols []lampCol, fixed bool) ([]string, bool) {
	cells := make([]lampCell, 0, len(in))
	for i := 0; i < len(in); i++ {
		c := in[i]
		if i+1 < len(in) && lampToken(c.text) && !strings.ContainsFunc(c.text, unicode.IsLetter) && lampToken(c.text+" "+in[i+1].text) {
			c.text += " " + in[i+1].text // "●   HIJAU": the mark apart from its word
			c.end = in[i+1].end
			i++
		}
		cells = append(cells, c)
	}
	row := make([]string, len(cols))
	if len(cells) == len(cols) {
		for k, c := range cells {
			row[k] = c.text
		}
		return row, true
	}
	if len(cells) > len(cols) || len(cells) == 0 {
		return nil, false
	}
	if !fixed {
		// a TAB line with an empty cell: each cell by its ordinal, when the
		// line's cells are one a column
		for _, c := range cells {
			if c.start >= len(cols) {
				return nil, false
			}
			row[c.start] = c.text
		}
		return row, true
	}
	prev := -1
	for _, c := range cells {
		best, most := -1, 0
		for k, h := range cols {
			if o := min(c.end, h.end) - max(c.start, h.start); o > most {
				best, most = k, o
			}
		}
		if best <= prev {
			return nil, false
		}
		row[best] = c.text
		prev = best
	}
	return row, true
}

// lampValues: the row's name holds letters and its target, realisasi and
// capaian are no lights and not empty (the light is never a value).
func lampValues(row []string, cols []lampCol) bool {
	for k, c := range cols {
		switch c.role {
		case lampName:
			if !strings.ContainsFunc(row[k], unicode.IsLetter) {
				return false
			}
		case lampTarget, lampReal, lampCapaian:
			if row[k] == "" || lampToken(row[k]) {
				return false
			}
		}
	}
	return true
}

// lampContinues: line l continues the open block's name (or unit): no
// light on it, and its text stands under those columns (fixed columns:
// indented, or, the name column first, in a sheet whose rules close each
// block; TAB lines: the leading cells empty).
func lampContinues(l string, cells []lampCell, cols []lampCol, fixed, ruled bool) bool {
	if len(cells) == 0 {
		return false
	}
	for _, c := range cells {
		for _, w := range strings.Fields(c.text) {
			if lampToken(w) {
				return false
			}
		}
		k := lampColumnAt(c, cols, fixed)
		if k < 0 || cols[k].role != lampName && cols[k].role != lampUnit {
			return false
		}
	}
	if !fixed {
		return true
	}
	return l[0] == ' ' || ruled
}

// lampColumnAt is the column a continuation cell stands in: fixed columns
// from one column's start to the next's; a TAB cell by its ordinal (the
// header's cells are then taken one a role).
func lampColumnAt(c lampCell, cols []lampCol, fixed bool) int {
	if !fixed {
		if c.start < len(cols) {
			return c.start
		}
		return -1
	}
	at := -1
	for k, h := range cols {
		if c.start >= h.start-1 {
			at = k
		}
	}
	return at
}

// lampArithmetic: when rows give numeric target, realisasi and capaian,
// at least one gives capaian = realisasi/target×100 or its inverse, within
// the capaian's last written decimal.
func lampArithmetic(rows [][]string, cols []lampCol) bool {
	ti, ri, ci := -1, -1, -1
	for k, c := range cols {
		switch c.role {
		case lampTarget:
			ti = k
		case lampReal:
			ri = k
		case lampCapaian:
			ci = k
		}
	}
	var cells []string
	for _, row := range rows {
		cells = append(cells, row[ti], row[ri], row[ci])
	}
	conv := normalize.ColumnConvention(cells)
	numeric, agree := 0, 0
	for _, row := range rows {
		t := normalize.ParseNumber(row[ti], conv)
		r := normalize.ParseNumber(row[ri], conv)
		c := normalize.ParseNumber(row[ci], conv)
		if t.Status != normalize.OK || r.Status != normalize.OK || c.Status != normalize.OK || t.Value <= 0 || r.Value <= 0 {
			continue
		}
		numeric++
		tol := math.Pow(10, -float64(c.Decimals)) + 1e-9
		if math.Abs(c.Value-r.Value/t.Value*100) <= tol || math.Abs(c.Value-t.Value/r.Value*100) <= tol {
			agree++
		}
	}
	return numeric == 0 || agree > 0
}
