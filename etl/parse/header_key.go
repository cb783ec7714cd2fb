package parse

import (
	"bytes"
	"strings"
)

// A table headed in letters (`No | Uraian | Sat | T | R | C (%)`) whose key
// a note above it gives in words:
//
//	Keterangan kolom tabel capaian: Sat = satuan, T = target, R = realisasi, C = capaian.
//
// The note is what names the columns, so the header cells it explains are
// written out (`Satuan | Target | Realisasi | Capaian (%)`) before the
// tables are read, and every reader sees the titles it knows. Trusted only
// as: a line of two or more `X = word` pairs, each X a short abbreviation
// and each word a column title (a formula line, `Capaian = Realisasi /
// Target x 100%`, is not a key), then within a few lines a TAB header
// holding at least two of the abbreviations as whole cells. The header
// repeated after a page break is the same line and is written out too.

// keyTitles are the column titles a key may name.
var keyTitles = map[string]bool{
	"satuan": true, "target": true, "realisasi": true, "capaian": true, "pagu": true, "sisa": true,
	"serapan": true, "persentase": true, "jumlah": true, "laki-laki": true, "perempuan": true,
	"bobot": true, "nilai": true, "keterangan": true, "indikator": true, "uraian": true, "anggaran": true,
}

// keyedHeaders writes out the header cells a column key explains.
func keyedHeaders(text []byte) []byte {
	if !bytes.Contains(text, []byte(" = ")) {
		return text
	}
	var lines [][]byte
	for i, n := 0, 0; i < len(text); n++ {
		// only a line with two pairs is looked at: most texts holding a
		// formula hold it once a line
		j := bytes.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text) - i
		}
		ln := text[i : i+j]
		if bytes.Count(ln, []byte(" = ")) >= 2 && bytes.IndexByte(ln, '\t') < 0 {
			if key := columnKey(string(ln)); len(key) >= 2 {
				if lines == nil {
					lines = bytes.Split(text, []byte("\n"))
				}
				expandAfter(lines, n, key) // n: this line's index
			}
		}
		i += j + 1
	}
	if lines == nil {
		return text
	}
	return bytes.Join(lines, []byte("\n"))
}

// expandAfter writes out, in the first TAB line within a few lines after
// the key at line i, the cells the key explains, and in every later copy of
// that line (the header repeated after a page break).
func expandAfter(lines [][]byte, i int, key map[string]string) {
	for j := i + 1; j < len(lines) && j <= i+8; j++ {
		if bytes.IndexByte(lines[j], '\t') < 0 {
			continue
		}
		head := lines[j]
		out, n := expandHeader(string(head), key)
		if n < 2 {
			return // the first table after the key is the one it explains
		}
		for k := j; k < len(lines); k++ {
			if bytes.Equal(lines[k], head) {
				lines[k] = []byte(out)
			}
		}
		return
	}
}

// columnKey reads a line of `X = word` pairs separated by commas or
// semicolons; nil unless every pair is an abbreviation naming a column
// title.
func columnKey(ln string) map[string]string {
	ln = strings.TrimRight(strings.TrimSpace(ln), ".")
	key := map[string]string{}
	for _, part := range strings.FieldsFunc(ln, func(r rune) bool { return r == ',' || r == ';' }) {
		eq := strings.Index(part, " = ")
		if eq < 0 {
			continue // a lead-in without a pair ("Keterangan:") before the first comma has none
		}
		if strings.Contains(part[eq+3:], " = ") {
			return nil
		}
		left := strings.Fields(part[:eq])
		if len(left) == 0 {
			return nil
		}
		abbr := strings.TrimSuffix(left[len(left)-1], ".")
		word := strings.ToLower(strings.TrimSpace(part[eq+3:]))
		if !shortAbbrev(abbr) || !keyTitles[word] {
			return nil
		}
		key[strings.ToLower(abbr)] = word
	}
	return key
}

// shortAbbrev: one to four letters.
func shortAbbrev(s string) bool {
	if len(s) == 0 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// expandHeader writes out the cells of a TAB header line that are an
// abbreviation of key (a unit suffix such as " (%)" kept), and says how
// many it wrote.
func expandHeader(head string, key map[string]string) (string, int) {
	cells := strings.Split(head, "\t")
	n := 0
	for i, c := range cells {
		base, suffix := strings.TrimSpace(c), ""
		if k := strings.Index(base, " ("); k > 0 {
			base, suffix = base[:k], base[k:]
		}
		w, ok := key[strings.ToLower(strings.TrimSuffix(base, "."))]
		if !ok {
			continue
		}
		cells[i] = strings.ToUpper(w[:1]) + w[1:] + suffix
		n++
	}
	return strings.Join(cells, "\t"), n
}

// A boxed table whose column titles are foreign words, explained by a key
// in words above or under it (a calibration certificate's result table):
//
//	| Titik | Besaran Ukur             | Satuan |  Nominal |  Terbaca |   Terbaca/ | Keterangan |
//	|       |                          |        |          |          | Nominal(%) |            |
//	-----------------------------------------------------------------------------------------
//	| 1     | Persentase kesesuaian    | %      |    85,00 |    82,61 |      97,19 | LUAR ...   |
//	|       | Kompetensi Pegawai       |        |          |          |            |            |
//	-----------------------------------------------------------------------------------------
//	Nilai Nominal = target Perjanjian Kinerja; Nilai Terbaca = realisasi; Terbaca/Nominal = capaian (%).
//
// The key is read as glossed_records.go reads one (glossParse: `X =
// role`, `X adalah role`, `role sebagai X`; one family, the realisasi
// named); a header cell takes the role of the key label holding its words
// (`Nominal` in `Nilai Nominal`), a ratio `A/B` of the keyed realisasi
// over target (or pagu) is the percent. The table is rewritten as TAB
// lines with the role titles (`Target`, `Realisasi`, `Capaian (%)`), so the
// ordinary table readers prove its rows (capaian = realisasi / target,
// sisa = pagu − realisasi). What it trusts: a block of `|`-boxed lines
// (rules between them allowed) with the same number of cells on every
// line, the first within a few lines after the key or the last within a
// few lines before it; the header its lines up to the first inner rule
// (one line when there is none), each column's words joined; a line whose
// first cell and every keyed cell are empty continues the row above (a
// name wrapped in its column). The key must explain two header cells of
// its family (target and realisasi, or pagu and realisasi): a box no key
// explains, a real instrument's certificate, changes nothing. Line
// numbers are kept: a row stands on its first line, the lines it takes
// over are left blank.
//
// Gate: a `|` opening a line right under another `|` line (`|\n|`), then
// glossGate's key words around a `realisasi`.
func keyedBoxes(text []byte) []byte {
	if !bytes.Contains(text, []byte("|\n|")) {
		return text
	}
	return glossEach(text, func(g *glossKey, lines []string, top, bottom int) bool {
		// bottom is the line after the key
		if s, e := boxAfter(lines, bottom); s >= 0 && rewriteBox(lines, s, e, g) {
			return true
		}
		s, e := boxBefore(lines, top)
		return s >= 0 && rewriteBox(lines, s, e, g)
	})
}

// boxLine: a line boxed by `|` on both sides.
func boxLine(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) >= 3 && t[0] == '|' && t[len(t)-1] == '|' && !glossRule(t)
}

// boxPart: a line a box is made of: a boxed line, a rule, or a page break
// (a PDF's box running over a page).
func boxPart(l string) bool {
	return boxLine(l) || glossRule(l) || strings.TrimSpace(l) == "" && strings.IndexByte(l, '\f') >= 0
}

// boxSpan: the box's lines from s, rules and boxed lines, up to e
// (exclusive); s itself must be one of them.
func boxSpan(lines []string, s int) int {
	e := s
	for e < len(lines) && e-s < 400 && boxPart(lines[e]) {
		e++
	}
	return e
}

// boxAfter: the box within a few lines after line i.
func boxAfter(lines []string, i int) (int, int) {
	for j := i; j < len(lines) && j < i+6; j++ {
		if boxLine(lines[j]) || glossRule(lines[j]) {
			return j, boxSpan(lines, j)
		}
		if strings.TrimSpace(lines[j]) != "" && j > i+2 {
			break
		}
	}
	return -1, -1
}

// boxBefore: the box ending within a few lines before line i.
func boxBefore(lines []string, i int) (int, int) {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if !boxLine(lines[j]) && !glossRule(lines[j]) {
			continue
		}
		s := j
		for s > 0 && j-s < 400 && boxPart(lines[s-1]) {
			s--
		}
		return s, j + 1
	}
	return -1, -1
}

// boxCells splits a boxed line into its trimmed cells.
func boxCells(l string) []string {
	t := strings.TrimSpace(l)
	cells := strings.Split(t[1:len(t)-1], "|")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}

// boxTitles: the titles a key's roles give header cells.
var boxTitles = map[string]map[string]string{
	"capaian": {"target": "Target", "real": "Realisasi", "pct": "Capaian (%)", "capaian": "Capaian (%)", "unit": "Satuan", "name": "Indikator"},
	"anggaran": {"pagu": "Pagu", "real": "Realisasi", "sisa": "Sisa", "pct": "Serapan (%)", "serapan": "Serapan (%)",
		"name": "Uraian", "code": "Kode"},
}

// rewriteBox writes the box of lines[s:e] as TAB lines titled by the key;
// false (nothing changed) when it is no table the key explains.
func rewriteBox(lines []string, s, e int, g *glossKey) bool {
	var head []string
	var headAt, n int
	inner := false // a rule seen after the header's first line
	type row struct {
		at    int
		cells []string
	}
	var rows []row
	keyed := map[int]bool{}
	// a box with no rule between its boxed lines has a one-line header
	first, last := -1, -1
	for i := s; i < e; i++ {
		if boxLine(lines[i]) && first < 0 {
			first = i
		}
		if boxLine(lines[i]) {
			last = i
		}
	}
	ruled := false
	for i := first + 1; first >= 0 && i < last; i++ {
		ruled = ruled || glossRule(lines[i])
	}
	for i := s; i < e; i++ {
		if glossRule(lines[i]) {
			inner = inner || head != nil
			continue
		}
		if !boxLine(lines[i]) {
			continue // a page break
		}
		c := boxCells(lines[i])
		switch {
		case head == nil:
			head, headAt, n = c, i, len(c)
			if n < 3 {
				return false
			}
		case len(c) != n:
			return false
		case ruled && !inner && rows == nil && i > headAt:
			for k := range c {
				head[k] = strings.TrimSpace(head[k] + " " + c[k])
			}
		default:
			inner = true
			rows = append(rows, row{i, c})
		}
	}
	if head == nil || len(rows) == 0 {
		return false
	}
	// the header's roles: two of the key's family at least, keyed
	has := map[string]bool{}
	title := boxTitles[g.family]
	out := append([]string(nil), head...)
	for k, h := range head {
		base := strings.ReplaceAll(h, "/ ", "/")
		if p := strings.IndexByte(base, '('); p > 0 {
			base = strings.TrimSpace(base[:p])
		}
		if base == "" {
			continue
		}
		r := g.fieldRole(base)
		if r == "" || r == "?" || title[r] == "" {
			continue
		}
		if has[r] {
			return false // two columns of one role: no reading
		}
		has[r] = true
		out[k] = title[r]
		if r != "unit" && r != "name" && r != "code" {
			keyed[k] = true
		}
	}
	if !has["real"] || !has["target"] && !has["pagu"] {
		return false
	}
	// the rows: a line whose first cell and keyed cells are empty continues the row above
	var kept []row
	for _, r := range rows {
		cont := len(kept) > 0 && r.cells[0] == ""
		for k := range keyed {
			cont = cont && r.cells[k] == ""
		}
		if !cont {
			kept = append(kept, r)
			continue
		}
		last := kept[len(kept)-1].cells
		for k, c := range r.cells {
			if c != "" {
				last[k] = strings.TrimSpace(last[k] + " " + c)
			}
		}
	}
	for i := s; i < e; i++ {
		if boxLine(lines[i]) || glossRule(lines[i]) {
			lines[i] = "" // a page break is kept
		}
	}
	lines[headAt] = strings.Join(out, "\t")
	for _, r := range kept {
		lines[r.at] = strings.Join(r.cells, "\t")
	}
	return true
}
