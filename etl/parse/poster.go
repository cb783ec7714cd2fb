package parse

import (
	"bytes"
	"regexp"
	"strings"
)

// A table printed as a poster and copied as text: every row is a paragraph
// of its own, its name on the first line, then each figure on a line with
// its label under it (or the label first, the figure under it):
//
//	3. Persentase Pemilih Disabilitas yang Terdaftar
//	92,00
//	target (%)
//	95,10
//	realisasi (%)
//
// Read as prose, no figure has a column. Paragraphs that repeat the same
// labels in the same order, one after another, are one table: the labels
// are its header, each paragraph a row, the name line its first cells (a
// row number "3." or a budget code "3355" a cell of their own, a word every
// name opens with, "Kecamatan", the name column's header). A label whose
// unit in parentheses changes from row to row ("target (%)", "target
// (Predikat)") heads its column without the unit, and the unit goes to a
// Satuan column. The table is written back as TAB rows inside the lines the
// paragraphs took (exportPlace: line numbers never change), for the readers
// of TAB tables. A paragraph with any other line, two paragraphs of
// different labels, or a lone paragraph stay as written.

// posterMinPairs is how many figure/label alternations a text needs before
// its lines are split at all (two rows of two figures each).
const posterMinPairs = 4

// posterTables rewrites the poster tables of a text; data itself when it
// holds none.
func posterTables(data []byte) []byte {
	if !posterGate(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); {
		rows, end := posterRun(lines, i)
		if len(rows) < 2 || !posterFigures(rows) {
			i = end
			continue
		}
		header, cells, ok := posterTable(rows)
		if ok && exportPlace(lines, rows[0].start, rows[len(rows)-1].end, rows[0].start, "", header, cells) {
			changed = true
		}
		i = rows[len(rows)-1].end
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// posterFigures: most rows of a run hold a figure: grades alone make no
// table of this kind.
func posterFigures(rows []posterRow) bool {
	n := 0
	for _, r := range rows {
		if r.fig {
			n++
		}
	}
	return n*2 > len(rows)
}

// posterGate counts, without splitting the text, lines holding a figure
// alone next to a line opening with a letter: a poster table has two per
// row and figure; prose and TAB tables next to none.
func posterGate(data []byte) bool {
	n, prevFig, prevLabel := 0, false, false
	for rest := data; len(rest) > 0; {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		line = bytes.TrimSpace(line)
		fig := len(line) > 0 && len(line) <= 24 && posterFigure(string(line))
		label := !fig && len(line) > 0 && len(line) <= 60 && (line[0]|0x20 >= 'a' && line[0]|0x20 <= 'z')
		if fig && prevLabel || label && prevFig {
			n++
			if n >= 2*posterMinPairs {
				return true
			}
		}
		prevFig, prevLabel = fig, label
	}
	return false
}

// posterRow is one paragraph read as a row: its lines [start, end), its
// name line, and its labels and values in order.
type posterRow struct {
	start, end int
	name       string
	labels     []string
	values     []string
	valueFirst bool
	fig        bool // a value is a figure
}

// posterRun reads the run of poster paragraphs starting at or after line i
// that share their labels; it returns them and the line to go on from.
func posterRun(lines []string, i int) ([]posterRow, int) {
	var rows []posterRow
	for i < len(lines) {
		for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
			if len(rows) > 0 && i > rows[len(rows)-1].end+1 {
				return rows, i // more than two blank lines end the run
			}
			i++
		}
		j := i
		for j < len(lines) && strings.TrimSpace(lines[j]) != "" {
			j++
		}
		r, ok := posterParagraph(lines, i, j)
		if !ok {
			if len(rows) > 0 {
				return rows, i
			}
			return nil, max(j, i+1)
		}
		if len(rows) > 0 && !sameLabels(rows[0], r) {
			return rows, i
		}
		rows = append(rows, r)
		i = j
	}
	return rows, i
}

// posterParagraph reads lines [i, j) as a name line and figure/label pairs,
// in the one order that puts a figure on every value line and none on a
// label line.
func posterParagraph(lines []string, i, j int) (posterRow, bool) {
	n := j - i - 1
	if n < 4 || n%2 != 0 {
		return posterRow{}, false
	}
	name := strings.TrimSpace(lines[i])
	if name == "" || posterFigure(name) {
		return posterRow{}, false
	}
	var found []posterRow
	for _, vf := range []bool{true, false} {
		r := posterRow{start: i, end: j, name: name, valueFirst: vf}
		ok := true
		for k := i + 1; k+1 < j && ok; k += 2 {
			v, l := strings.TrimSpace(lines[k]), strings.TrimSpace(lines[k+1])
			if !vf {
				v, l = l, v
			}
			ok = posterValue(v) && posterLabel(l)
			r.fig = r.fig || posterFigure(v)
			r.values = append(r.values, v)
			r.labels = append(r.labels, l)
		}
		if ok {
			found = append(found, r)
		}
	}
	// one order only fits; a row of grades alone ("B", "CC", "-") fits one
	// order as well as a row of figures does
	if len(found) != 1 {
		return posterRow{}, false
	}
	return found[0], true
}

// posterFigure: a number alone ("77,50", "1.328.700.000", "21", "-3,5",
// "95%").
func posterFigure(s string) bool {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "-"), "%")
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9' || c == '.' || c == ',') {
			return false
		}
	}
	return true
}

// posterValue: a figure, a dash for none, or a grade or an opinion ("BB",
// "WTP"): one short word of capitals.
func posterValue(s string) bool {
	return posterFigure(s) || s == "-" || s == "–" || upperWord(s) // a grade or an opinion (name_note.go)
}

// posterLabel: a short caption opening with a letter, no sentence.
func posterLabel(s string) bool {
	return s != "" && len(s) <= 60 && (s[0]|0x20 >= 'a' && s[0]|0x20 <= 'z') && !strings.HasSuffix(s, ".")
}

// labelUnit splits "target (%)" into "target" and "%".
func labelUnit(l string) (base, unit string) {
	if strings.HasSuffix(l, ")") {
		if k := strings.LastIndexByte(l, '('); k > 0 {
			return strings.TrimSpace(l[:k]), strings.TrimSpace(l[k+1 : len(l)-1])
		}
	}
	return l, ""
}

func sameLabels(a, b posterRow) bool {
	if a.valueFirst != b.valueFirst || len(a.labels) != len(b.labels) {
		return false
	}
	for k := range a.labels {
		ba, _ := labelUnit(a.labels[k])
		bb, _ := labelUnit(b.labels[k])
		if !strings.EqualFold(ba, bb) {
			return false
		}
	}
	return true
}

var (
	rePosterNo   = regexp.MustCompile(`^(\d{1,3})[.)]\s+(\S.*)$`)
	rePosterCode = regexp.MustCompile(`^(\d{4}|\d{3}\.\d{2}\.[A-Z]{2}(?:\.\d{3})?)\s+(\S.*)$`)
	rePosterWord = regexp.MustCompile(`^(?i)(kecamatan|kelurahan|desa|komponen)\s+(?:(\d{1,2})\s*[:.]\s+)?(\S.*)$`)
)

// posterTable turns a run of rows into a header and TAB cells; false when
// the units of a row's labels disagree (its Satuan unproven).
func posterTable(rows []posterRow) ([]string, [][]string, bool) {
	n := len(rows[0].labels)
	fixed := make([]bool, n) // the label's unit is the same on every row
	for k := 0; k < n; k++ {
		_, u0 := labelUnit(rows[0].labels[k])
		fixed[k] = true
		for _, r := range rows[1:] {
			if _, u := labelUnit(r.labels[k]); !strings.EqualFold(u, u0) {
				fixed[k] = false
			}
		}
	}
	satuan := make([]string, len(rows))
	varying := false
	for i, r := range rows {
		first := true
		for k := 0; k < n; k++ {
			if fixed[k] {
				continue
			}
			varying = true
			_, u := labelUnit(r.labels[k])
			if first {
				satuan[i], first = u, false
			} else if u != satuan[i] {
				return nil, nil, false
			}
		}
	}
	// the name line's parts: a number, a code or a heading word shared by
	// at least two rows becomes a column; rows without it leave it empty
	count := func(re *regexp.Regexp) int {
		c := 0
		for _, r := range rows {
			if re.MatchString(r.name) {
				c++
			}
		}
		return c
	}
	var re *regexp.Regexp
	switch {
	case count(rePosterNo) >= 2:
		re = rePosterNo
	case count(rePosterCode) >= 2:
		re = rePosterCode
	case count(rePosterWord) >= 2:
		re = rePosterWord
	}
	nameHead := posterNameHeader(rows[0].labels)
	var header []string
	switch re {
	case rePosterNo:
		header = append(header, "No")
	case rePosterCode:
		header = append(header, "Kode")
	case rePosterWord:
		word := ""
		for _, r := range rows {
			if m := re.FindStringSubmatch(r.name); m != nil {
				if word != "" && !strings.EqualFold(word, m[1]) {
					return nil, nil, false // two heading words: no one column
				}
				word = m[1]
			}
		}
		header = append(header, "No")
		nameHead = strings.ToUpper(word[:1]) + strings.ToLower(word[1:])
	}
	header = append(header, nameHead)
	if varying {
		header = append(header, "Satuan")
	}
	for k, l := range rows[0].labels {
		if !fixed[k] {
			l, _ = labelUnit(l)
		}
		header = append(header, l)
	}
	var cells [][]string
	for i, r := range rows {
		var row []string
		switch {
		case re == rePosterWord:
			if m := re.FindStringSubmatch(r.name); m != nil {
				row = append(row, m[2], m[3])
			} else {
				row = append(row, "", r.name)
			}
		case re != nil:
			if m := re.FindStringSubmatch(r.name); m != nil {
				row = append(row, m[1], m[2])
			} else {
				row = append(row, "", r.name)
			}
		default:
			row = append(row, r.name)
		}
		if varying {
			row = append(row, satuan[i])
		}
		cells = append(cells, append(row, r.values...))
	}
	return header, cells, true
}

// posterNameHeader names the column of row names by what the labels
// measure, as the titled records of kv_title.go are named; a table of
// voters by its kecamatan.
func posterNameHeader(labels []string) string {
	if h := kvTitleLabel(nil, labels); h != "" {
		return h
	}
	for _, l := range labels {
		if low := strings.ToLower(l); strings.Contains(low, "pemilih") || strings.Contains(low, "tps") {
			return "Kecamatan"
		}
	}
	return "Uraian"
}

// totalSuffix: a total row named with its word in parentheses after the
// region ("KABUPATEN SIKKA (JUMLAH)", "Kota Kupang (Total)"), as a poster
// prints the sum under the rows it adds.
func totalSuffix(name string) bool {
	if !strings.HasSuffix(name, ")") {
		return false
	}
	_, u := labelUnit(name)
	return strings.EqualFold(u, "jumlah") || strings.EqualFold(u, "total")
}
