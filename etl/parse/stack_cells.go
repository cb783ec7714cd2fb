package parse

import (
	"bytes"
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A table whose cells each hold two (or three) figures stacked one over the
// other, typed again with every cell's second line as a TAB row of its own:
//
//	Kode	Program/Kegiatan	Pagu / Realisasi (Rp)	Sisa (Rp) / Serapan (%)
//	3355	Pengelolaan Keuangan	1.008.564.000	39.066.757
//			969.497.243	96,13
//
// The header names the measures a cell stacks, joined by "/", "atau" or
// "dan" (or typed as a header cell's second line, under the first). Read
// line by line the lower line is a row without a name, and the upper one a
// row whose figures sit under the wrong columns (pagu read as realisasi).
// The class is proven by every record's arithmetic, read with the header's
// order: pagu − realisasi = sisa and realisasi / pagu = serapan % for a
// budget, realisasi / target = capaian % for a capaian table, L + P =
// jumlah for a DPT. Only when every record of the run is proven is the run
// written back as one TAB row a record under a header with one column a
// measure; any other run (notes under the rows, one figure a cell, an
// arithmetic that fails) stays as written.

// stackcell roles of a header half.
const (
	scNone = iota
	scPagu
	scReal
	scSisa
	scPct
	scTarget
	scL
	scP
	scTotal
)

// stackcellRole names the measure one half of a stacked header cell holds.
func stackcellRole(h string) int {
	s := strings.ToLower(strings.TrimSpace(h))
	word := func(ws ...string) bool { // a word of h is one of ws: "L", "Pemilih P"
		for _, f := range strings.Fields(s) {
			for _, w := range ws {
				if strings.Trim(f, "().:") == w {
					return true
				}
			}
		}
		return false
	}
	switch {
	case s == "":
		return scNone
	case strings.Contains(s, "%") || strings.Contains(s, "persen") || strings.Contains(s, "serapan") || strings.Contains(s, "capaian"):
		return scPct
	case strings.Contains(s, "realisasi"):
		return scReal
	case strings.Contains(s, "sisa"):
		return scSisa
	case strings.Contains(s, "pagu") || strings.Contains(s, "alokasi") || strings.HasPrefix(s, "anggaran"):
		return scPagu
	case strings.Contains(s, "target"):
		return scTarget
	case strings.Contains(s, "laki") || strings.Contains(s, "pria") || word("l", "lk"):
		return scL
	case strings.Contains(s, "perempuan") || strings.Contains(s, "wanita") || word("p", "pr"):
		return scP
	case strings.Contains(s, "jumlah") || strings.Contains(s, "total") || word("l+p"):
		return scTotal
	}
	return scNone
}

// stackcellSplit parts a header cell into the measures it stacks: two or
// three halves, each a known measure, no measure twice; nil otherwise.
func stackcellSplit(c string) []string {
	var parts []string
	for _, sep := range []string{"/", " atau ", " dan ", " & "} {
		if p := strings.Split(c, sep); len(p) >= 2 && len(p) <= 3 {
			parts = p
			break
		}
	}
	if parts == nil {
		return nil
	}
	seen := map[int]bool{}
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
		if len(strings.Fields(parts[i])) > 4 {
			return nil // a name with a slash ("… Pemilu/Pemilihan secara tepat jumlah …"), no measure's title
		}
		r := stackcellRole(parts[i])
		if r == scNone || seen[r] {
			return nil
		}
		seen[r] = true
	}
	// a unit the last half names is the others' too: "Pagu / Realisasi (Rp)"
	last := parts[len(parts)-1]
	if k := strings.LastIndexByte(last, '('); k > 0 && strings.HasSuffix(last, ")") && !strings.Contains(last[k:], "%") {
		for i := range parts[:len(parts)-1] {
			if !strings.Contains(parts[i], "(") && stackcellRole(parts[i]) != scPct {
				parts[i] += " " + last[k:]
			}
		}
	}
	return parts
}

// stackcellCells: a TAB line's trimmed cells, trailing empty ones dropped.
func stackcellCells(l string) []string { return gridCells(strings.TrimRight(l, "\r \t")) }

// stackcellNum reads a stacked figure: Indonesian notation, a % sign
// allowed; "-" or empty is no figure.
func stackcellNum(c string) (float64, int, bool) {
	c = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(c), "%"))
	c = strings.TrimSpace(strings.TrimPrefix(c, "Rp"))
	if c == "" || !isDigitByte(c[0]) {
		return 0, 0, false
	}
	v, ok := figureValue(c, true)
	dec := 0
	if k := strings.IndexByte(c, ','); k >= 0 {
		dec = len(c) - k - 1
	}
	return v, dec, ok
}

// stackcellTables rewrites the stacked-cell tables of a text; text itself when
// it holds none.
func stackcellTables(doc *facts.Document, text []byte) []byte {
	// line-first: most reports have no such header, and splitting every
	// report to look was this reader's whole cost
	if !docHas(doc, text, "\n\t") || !stackcellMay(text) {
		return text
	}
	lines := strings.Split(string(text), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !stackcellSepHead([]byte(lines[i])) && (i+1 >= len(lines) || !stackcellTwoLine([]byte(lines[i]), []byte(lines[i+1]))) {
			continue
		}
		if end, ok := stackcellTable(lines, i); ok {
			changed = true
			i = end - 1
		}
	}
	if !changed {
		return text
	}
	return []byte(strings.Join(lines, "\n"))
}

// stackcellSepHead: a TAB line naming a measure with a joiner ("Pagu /
// Realisasi", "L / P", "Target atau Realisasi"): a stacked header may be.
func stackcellSepHead(l []byte) bool {
	if bytes.IndexByte(l, '\t') < 0 || stackcellFigures(l) {
		return false
	}
	if bytes.IndexByte(l, '/') < 0 && bytes.IndexByte(l, '&') < 0 && !foldContains(l, " atau ") && !foldContains(l, " dan ") {
		return false
	}
	for len(l) > 0 { // some cell splits into measures (only cells with a joiner are copied)
		c := l
		if i := bytes.IndexByte(l, '\t'); i >= 0 {
			c, l = l[:i], l[i+1:]
		} else {
			l = nil
		}
		if (bytes.IndexByte(c, '/') >= 0 || bytes.IndexByte(c, '&') >= 0 || foldContains(c, " atau ") || foldContains(c, " dan ")) &&
			(stackcellMeasureWords(c) >= 2 || foldContains(c, "l/p") || foldContains(c, "l / p")) &&
			stackcellSplit(strings.TrimSpace(string(c))) != nil {
			return true
		}
	}
	return false
}

// stackcellMay: some line is a stacked header, or two lines are one typed
// over two (each line handed over in place; a pair's cells are split only
// when the lower line looks like titles).
func stackcellMay(data []byte) bool {
	var prev []byte
	return someLine(data, func(l []byte) bool {
		ok := stackcellSepHead(l) || prev != nil && stackcellTwoLine(prev, l)
		prev = l
		return ok
	})
}

// stackcellTwoLine: up is a header whose measure titles continue on low,
// the lower measure under the upper in one column ("Pagu" over
// "Realisasi"), as stackcellTable reads a header typed over two lines.
func stackcellTwoLine(up, low []byte) bool {
	if !stackcellLowHead(low) || bytes.IndexByte(up, '\t') < 0 || stackcellFigures(up) || !stackcellMeasureWord(up) {
		return false
	}
	head, under := stackcellCells(string(up)), stackcellCells(string(low))
	for j, c := range under {
		// a total over a part ("Jumlah" over "Laki-laki") is a group's title
		if c != "" && j < len(head) && head[j] != "" && stackcellRole(head[j]) != scTotal {
			if p := stackcellSplit(head[j] + "/" + c); len(p) == 2 {
				return true
			}
		}
	}
	return false
}

// stackcellLowHead: a header's second line under its first: a TAB first,
// no figure, every cell a measure's short title (or a letter or unit such
// as L, P, Rp), not a wrapped name's words.
func stackcellLowHead(l []byte) bool {
	if len(l) == 0 || l[0] != '\t' {
		return false
	}
	for _, c := range l {
		if c >= '0' && c <= '9' {
			return false
		}
	}
	measure := false
	for len(l) > 0 {
		c := l
		if i := bytes.IndexByte(l, '\t'); i >= 0 {
			c, l = l[:i], l[i+1:]
		} else {
			l = nil
		}
		c = bytes.TrimSpace(c)
		switch {
		case len(c) == 0:
		case len(c) > 24 || bytes.IndexByte(c, ',') >= 0:
			return false // a wrapped name or a note, no title
		case stackcellMeasureWords(c) > 0:
			measure = true
		case len(c) > 3:
			return false
		}
	}
	return measure
}

// stackcellFigures: the line holds more digits than a header's years and
// units would (a data row), the cheapest way past most TAB lines.
func stackcellFigures(l []byte) bool {
	n := 0
	for _, c := range l {
		if c >= '0' && c <= '9' {
			if n++; n > 8 {
				return true
			}
		}
	}
	return false
}

var stackcellWords = []string{"pagu", "realisasi", "sisa", "serapan", "capaian", "persen", "target", "laki", "perempuan", "pria", "wanita", "jumlah", "total", "alokasi", "anggaran", "%"}

// stackcellMeasureWord: the line names a measure stackcellRole knows by a
// word (the one-letter L and P are asked by the callers).
func stackcellMeasureWord(l []byte) bool { return stackcellMeasureWords(l) > 0 }

// stackcellMeasureWords counts the measure words l names (foldContains of
// each). It runs on the cells of every TAB line with a joiner and on every
// lower line a two-line header may have, so the words are found in one
// pass over l by folded first byte (stackcellAt) rather than a pass per
// word (issue 13); a word matches where foldIndex would (b|0x20 == w[j]
// for every byte) and is counted once.
func stackcellMeasureWords(l []byte) int {
	if len(stackcellWords) > 64 { // more than seen can mark: a pass per word
		n := 0
		for _, w := range stackcellWords {
			if foldContains(l, w) {
				n++
			}
		}
		return n
	}
	var seen uint64
	n := 0
	for i, c := range l {
		for _, k := range stackcellAt[c|0x20] {
			if seen&(1<<k) != 0 {
				continue
			}
			w := stackcellWords[k]
			j := 0
			for j < len(w) && i+j < len(l) && l[i+j]|0x20 == w[j] {
				j++
			}
			if j == len(w) {
				seen |= 1 << k
				n++
			}
		}
	}
	return n
}

// stackcellAt: the indexes of stackcellWords by first byte.
var stackcellAt = func() (at [256][]uint8) {
	for k, w := range stackcellWords {
		if k < 64 && w != "" {
			at[w[0]] = append(at[w[0]], uint8(k))
		}
	}
	return at
}()

// stackcellTable reads the table whose header is lines[h] (and maybe its
// second line) and rewrites it in place when every record is proven.
func stackcellTable(lines []string, h int) (int, bool) {
	head := stackcellCells(lines[h])
	halves := make([][]string, len(head))
	k, first := 0, h+1
	for j, c := range head {
		if p := stackcellSplit(c); p != nil {
			halves[j] = p
			k = max(k, len(p))
		}
	}
	if k == 0 && h+1 < len(lines) && strings.HasPrefix(lines[h+1], "\t") {
		// the header's cells typed over two lines, the lower measure under the upper
		low := stackcellCells(lines[h+1])
		if len(low) > len(head) {
			return 0, false
		}
		for j, c := range low {
			if _, _, num := stackcellNum(c); num {
				return 0, false
			}
			if p := stackcellSplit(head[j] + "/" + c); c != "" && p != nil && len(p) == 2 {
				halves[j], k = p, 2
			} else if c != "" {
				head[j] += " " + c
			}
		}
		first = h + 2
	}
	if k == 0 {
		return 0, false
	}
	var rows [][]string
	var roles []int
	for j := range head {
		if halves[j] == nil {
			roles = append(roles, stackcellRole(head[j]))
			continue
		}
		for _, p := range halves[j] {
			roles = append(roles, stackcellRole(p))
		}
	}
	end := first
	for end+k <= len(lines) {
		row, ok := stackcellRecord(lines[end:end+k], head, halves)
		if !ok {
			break
		}
		if !stackcellProve(row, roles) {
			return 0, false // a record the arithmetic does not prove: the run stays as typed
		}
		rows = append(rows, row)
		end += k
	}
	if len(rows) < 2 {
		return 0, false
	}
	var header []string
	for j, c := range head {
		if halves[j] == nil {
			header = append(header, c)
		} else {
			header = append(header, halves[j]...)
		}
	}
	return end, exportPlace(lines, h, end, h, "", header, rows)
}

// stackcellRecord joins a record's k lines: a stacked column takes one
// figure from each line, a single measure's column one from the upper line
// only, a text column (the name) its words from every line.
func stackcellRecord(group []string, head []string, halves [][]string) ([]string, bool) {
	cells := make([][]string, len(group))
	for i, l := range group {
		if strings.TrimSpace(l) == "" || strings.IndexByte(l, '\t') < 0 {
			return nil, false
		}
		cells[i] = stackcellCells(l)
		if len(cells[i]) > len(head) {
			return nil, false
		}
		if i > 0 && strings.TrimSpace(l) == strings.TrimSpace(group[0]) {
			return nil, false
		}
	}
	at := func(i, j int) string {
		if j < len(cells[i]) {
			return cells[i][j]
		}
		return ""
	}
	var row []string
	figs := 0
	for j := range head {
		if halves[j] != nil {
			for i := range halves[j] {
				c := ""
				if i < len(group) {
					c = at(i, j)
				}
				if _, _, ok := stackcellNum(c); ok {
					figs++
				} else if c != "" && c != "-" {
					return nil, false // notes under the figures, not a stacked figure
				}
				row = append(row, c)
			}
			continue
		}
		c := at(0, j)
		for i := 1; i < len(group); i++ {
			x := at(i, j)
			if _, _, num := stackcellNum(x); num && stackcellRole(head[j]) != scNone {
				return nil, false // a single measure's column has one figure
			}
			if x != "" {
				c = strings.TrimSpace(c + " " + x)
			}
		}
		row = append(row, c)
	}
	// the lower lines hold a figure of a stacked column, else they are not its second lines
	for i := 1; i < len(group); i++ {
		ok := false
		for j := range head {
			if _, _, num := stackcellNum(at(i, j)); num && halves[j] != nil {
				ok = true
			}
		}
		if !ok {
			return nil, false
		}
	}
	return row, figs > 0
}

// stackcellProve checks a joined record's arithmetic under the roles: at
// least one check holds and none fails.
func stackcellProve(row []string, roles []int) bool {
	val := map[int]float64{}
	dec := map[int]int{}
	for j, r := range roles {
		if r == scNone || j >= len(row) {
			continue
		}
		if v, d, ok := stackcellNum(row[j]); ok {
			if _, dup := val[r]; dup {
				return false
			}
			val[r], dec[r] = v, d
		}
	}
	has := func(rs ...int) bool {
		for _, r := range rs {
			if _, ok := val[r]; !ok {
				return false
			}
		}
		return true
	}
	pctOK := func(num, den float64) bool {
		if den == 0 {
			return false
		}
		tol := 0.5*math.Pow(10, -float64(dec[scPct])) + 1e-9
		return math.Abs(num/den*100-val[scPct]) <= tol
	}
	checks := 0
	switch {
	case has(scL, scP, scTotal):
		if val[scL]+val[scP] != val[scTotal] {
			return false
		}
		checks++
	case has(scTarget, scReal):
		if !has(scPct) || !pctOK(val[scReal], val[scTarget]) {
			return false
		}
		checks++
	case has(scPagu, scReal):
		if has(scSisa) {
			if math.Abs(val[scPagu]-val[scReal]-val[scSisa]) > 0.5 {
				return false
			}
			checks++
		}
		if has(scPct) {
			if !pctOK(val[scReal], val[scPagu]) {
				return false
			}
			checks++
		}
	}
	return checks > 0
}
