package parse

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT drawn as a sheet of postage stamps (lembar prangko) of a voters'
// infographic typed again: one stamp an area inside a perforated edge (a
// rune such as `o`, `·` or `:` repeated), at its top the election and the
// face value (the area's L + P) at the right, then the area's number, its
// name, `n desa · n TPS`, `L n`, `P n`; several stamps a row, rows of
// stamps one under the other; the kabupaten's stamp (the souvenir sheet,
// `BLOK KAB. …`) apart under its own label:
//
//	 o o o o o o o o o o o o    o o o o o o o o o o o o
//	o PEMILU 2024    43.847 o  o PEMILU 2024    13.904 o
//	o 01                   o   o 02                   o
//	o KOMODO               o   o BOLENG               o
//	o 19 desa · 166 TPS    o   o 13 desa · 50 TPS     o
//	o L             21.390 o   o L              6.803 o
//	o P             22.457 o   o P              7.101 o
//	 o o o o o o o o o o o o    o o o o o o o o o o o o
//
// Read as prose, the stamps' lines interleave and no row is seen.
// stampSheets cuts the sheet by its perforation: a perforation row (the
// perforation rune only, several single-spaced) opens and closes each
// row of stamps; between them each line is cut at the stamps' edges (an
// edge rune opens a stamp; within a stamp it closes it when it stands at
// the line's end, before another edge or before a wide gap, so a `·`
// between `19 desa` and `166 TPS` stays text). A PDF's text keeps the
// edges but not the columns (a TAB between them), which is why the cells
// are cut at the edges rather than at columns. Every line of a row must
// hold the same number of stamps, else the row is none. Each stamp is
// read: the face line (words, a year, the face value at the right: the
// total), the area's number (dropped; an area, never the whole), the name
// joined over its lines (a souvenir sheet's `BLOK` dropped), then the
// counts by the roles of the ballot-box labels (labelRole), `n desa · n
// TPS` read part by part. Rows of stamps standing at most a few blank
// lines and one label line apart make one sheet; the stamps' face lines
// must name the same election. The rows are proven as the labels are
// (labelTable): each stamp by L + P = its face value (else left out,
// reported), the kabupaten's by the sums of the others. They go as one
// TAB table through vertWrite (line numbers never change) so the DPT
// reader reads them under the caption above, as any table. The numbers
// on the stamps are no facts; stamps without L and P (a philatelic
// sheet with prices) give no row.

// stampRunes are the perforation runes a stamp's edge is drawn with.
const stampRunes = "o·:•"

// stampSheets rewrites the stamp sheets of a text; data itself when it
// holds none. Findings go to doc.
func stampSheets(doc *facts.Document, data []byte) []byte {
	if !stampLikely(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if _, ok := stampPerf(lines[i]); !ok {
			continue
		}
		t, end, ok := stampRun(doc, lines, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// stampLikely: the gate, a count's mark "TPS" and four perforation runes
// single-spaced ("o o o o") on a line stampPerf reads as a perforation row
// (only lines holding the four are looked at: a dotted fill "· · · ·" in
// a table's cell is none).
func stampLikely(doc *facts.Document, data []byte) bool {
	if !bytes.Contains(data, []byte("TPS")) {
		return false
	}
	perf := func(l []byte) bool {
		for _, r := range string(l) { // no copy: a line of other words is none
			if r != ' ' && r != '\t' && r != '\r' && !strings.ContainsRune(stampRunes, r) {
				return false
			}
		}
		_, ok := stampPerf(string(l))
		return ok
	}
	for _, m := range stampMarks {
		if docMay(doc, data, m) && lineHolds(data, m, perf) { // the index answers for an absent mark
			return true
		}
	}
	return false
}

// stampMarks are four perforation runes single-spaced, one per rune of
// stampRunes.
var stampMarks = [...]string{"o o o o", "· · · ·", ": : : :", "• • • •"}

// stampPerf reads a perforation row: the perforation rune only, five and
// more, three of them at least single-spaced; the rune.
func stampPerf(l string) (rune, bool) {
	r, n := stampPerfRunes(l)
	if n < 5 {
		return 0, false
	}
	p := string(r)
	return r, strings.Contains(l, p+" "+p+" "+p)
}

// stampPerfRunes: a line of one perforation rune only (a PDF's text may
// part them by TABs), the rune and how many; 0 for any other line.
func stampPerfRunes(l string) (rune, int) {
	f := strings.Fields(l)
	if len(f) == 0 {
		return 0, 0
	}
	r := []rune(f[0])
	if len(r) != 1 || !strings.ContainsRune(stampRunes, r[0]) {
		return 0, 0
	}
	for _, w := range f[1:] {
		if w != f[0] {
			return 0, 0
		}
	}
	return r[0], len(f)
}

// stampToken is one word of a line and whether a wide gap (a TAB, two
// spaces or more, the line's end) follows it.
type stampToken struct {
	w    string
	wide bool
}

func stampTokens(l string) []stampToken {
	var out []stampToken
	r := []rune(strings.TrimRight(l, "\r"))
	for i := 0; i < len(r); {
		if r[i] == ' ' || r[i] == '\t' {
			i++
			continue
		}
		j := i
		for j < len(r) && r[j] != ' ' && r[j] != '\t' {
			j++
		}
		k := j
		for k < len(r) && (r[k] == ' ' || r[k] == '\t') {
			k++
		}
		gap := string(r[j:k])
		out = append(out, stampToken{string(r[i:j]), k == len(r) || len(gap) > 1 || strings.Contains(gap, "\t")})
		i = k
	}
	return out
}

// stampCells cuts a line of a row of stamps at the edges drawn with perf:
// each stamp's text; ok false when a word stands outside every stamp or a
// stamp is left open.
func stampCells(l string, perf rune) ([]string, bool) {
	p := string(perf)
	toks := stampTokens(l)
	var cells []string
	var cur []string
	open := false
	for i, t := range toks {
		switch {
		case !open && t.w == p:
			open, cur = true, nil
		case !open:
			return nil, false
		case t.w == p && (t.wide || i+1 == len(toks) || toks[i+1].w == p):
			cells = append(cells, strings.Join(cur, " "))
			open = false
		default:
			cur = append(cur, t.w)
		}
	}
	return cells, !open && len(cells) > 0
}

// stampBand reads the row of stamps under the perforation row lines[k]:
// each stamp's lines, the line of the closing perforation row, ok. A line
// of the perforation rune only closes the row when it is single-spaced or
// holds other than the two edges a stamp (an empty line of n stamps).
func stampBand(lines []string, k int, perf rune) ([][]string, int, bool) {
	var stamps [][]string
	i := k + 1
	for ; i < len(lines); i++ {
		r, n := stampPerfRunes(lines[i])
		_, strict := stampPerf(lines[i])
		if n > 0 && (strict || stamps != nil && n != 2*len(stamps)) {
			if r != perf || len(stamps) == 0 {
				return nil, i, false
			}
			return stamps, i, len(stamps[0]) >= 3
		}
		cells, ok := stampCells(lines[i], perf)
		if !ok || stamps != nil && len(cells) != len(stamps) {
			return nil, i, false
		}
		if stamps == nil {
			stamps = make([][]string, len(cells))
		}
		for c, s := range cells {
			stamps[c] = append(stamps[c], s)
		}
	}
	return nil, i, false
}

// stampRun reads the rows of stamps from the perforation row lines[from]:
// the table, the line after the run, and whether it is one.
func stampRun(doc *facts.Document, lines []string, from int) (vertTable, int, bool) {
	perf, _ := stampPerf(lines[from])
	t := vertTable{from: from, to: from + 1}
	var all []label
	election := ""
	mixed := false
	k := from
	for k < len(lines) {
		stamps, end, ok := stampBand(lines, k, perf)
		if !ok {
			break
		}
		for _, s := range stamps {
			l, elect, ok := stampRead(s, k+1)
			if !ok {
				continue
			}
			if election != "" && elect != election {
				mixed = true
			}
			election = elect
			all = append(all, l)
		}
		t.to = end + 1
		// the next row of stamps: its own perforation row right under
		// this one (a PDF's text parts its runes by TABs); a stamp's
		// line right under it (a shared perforation); or a perforation
		// row under a few blank lines and at most one label line
		if end+1 < len(lines) {
			if r, n := stampPerfRunes(lines[end+1]); r == perf && n >= 5 {
				k = end + 1
				continue
			}
			if _, ok := stampCells(lines[end+1], perf); ok {
				k = end
				continue
			}
		}
		next, labels := end+1, 0
		for next < len(lines) && next-end <= 4 {
			if _, ok := stampPerf(lines[next]); ok {
				break
			}
			if txt := strings.TrimSpace(lines[next]); txt != "" {
				if labels > 0 || len([]rune(txt)) > 80 || strings.ContainsFunc(txt, unicode.IsDigit) {
					break
				}
				labels++
			}
			next++
		}
		if next >= len(lines) || next-end > 4 {
			break
		}
		if r, ok := stampPerf(lines[next]); !ok || r != perf {
			break
		}
		k = next
	}
	if len(all) < 2 {
		return t, t.to, false
	}
	if mixed {
		doc.Add(facts.Finding{Span: facts.Span{Start: from + 1, End: t.to}, Aturan: "tabel.baris_tidak_dikenali", Tingkat: facts.Warning,
			Pesan: fmt.Sprintf("lembar prangko baris %d: prangko menyebut pemilihan yang berbeda; tidak dibaca", from+1)})
		return t, t.to, false
	}
	t, _, ok := labelTable(doc, t, all, "prangko")
	return t, t.to, ok
}

// stampRead reads one stamp's lines (its row on line k): the label, the
// election its face line names, ok false when it holds no face value, L
// and P, or a line under the counts that is no count.
func stampRead(cell []string, k int) (label, string, bool) {
	l := label{line: k}
	var body []string
	for _, s := range cell {
		if s = strings.TrimSpace(s); s != "" {
			body = append(body, s)
		}
	}
	if len(body) < 4 {
		return l, "", false
	}
	election, face, n, ok := stampFace(body[0])
	if !ok {
		return l, "", false
	}
	body = body[1:]
	if hexNumber(body[0]) && len(strings.Fields(body[0])) == 1 {
		l.area = true // the area's number on the sheet: an area, never the whole
		body = body[1:]
	}
	var name []string
	counted := false
	for _, txt := range body {
		roles, vals, ns, ok := stampCounts(txt)
		switch {
		case ok:
			for j, role := range roles {
				if l.has[role] {
					return l, "", false
				}
				l.vals[role], l.n[role], l.has[role] = vals[j], ns[j], true
			}
			counted = true
		case counted:
			return l, "", false
		default:
			name = append(name, txt)
		}
	}
	if len(name) == 0 || !l.has[labelL] || !l.has[labelP] {
		return l, "", false
	}
	if l.has[labelTotal] && l.n[labelTotal] != n {
		return l, "", false // a total written under the face value, another one
	}
	l.vals[labelTotal], l.n[labelTotal], l.has[labelTotal] = face, n, true
	f := strings.Fields(strings.Join(name, " "))
	if len(f) > 1 && strings.EqualFold(f[0], "blok") && labelWhole(strings.Join(f[1:], " ")) {
		f = f[1:] // the souvenir sheet's word: the kabupaten's own stamp
	}
	// numbered or not, the kabupaten's stamp names itself (never "KOTA
	// …", a kecamatan's name as often)
	switch strings.ToLower(strings.TrimSuffix(f[0], ".")) {
	case "kab", "kabupaten", "total", "jumlah", "jml":
		l.area = false
	}
	l.title = strings.Join(f, " ")
	return l, election, true
}

// stampFace reads a stamp's face line "PEMILU 2024 43.847": the words and
// year before the value (the election), the value as written and read.
func stampFace(s string) (string, string, int64, bool) {
	f := strings.Fields(s)
	if len(f) < 3 || !reItemCount.MatchString(f[len(f)-1]) {
		return "", "", 0, false
	}
	year, word := false, false
	for _, w := range f[:len(f)-1] {
		if y, err := strconv.Atoi(w); err == nil && y >= 1999 && y <= 2099 {
			year = true
		} else if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			word = true
		}
	}
	if !year || !word {
		return "", "", 0, false
	}
	v := f[len(f)-1]
	n, err := strconv.ParseInt(strings.NewReplacer(".", "", ",", "").Replace(v), 10, 64)
	if err != nil {
		return "", "", 0, false
	}
	return strings.ToUpper(strings.Join(f[:len(f)-1], " ")), v, n, true
}

// stampCounts reads a count line: one count ("L 21.390", "Laki-laki :
// 21.390") or several parted by `·`, `•`, `|`, `;` or `,` ("19 desa · 166
// TPS"), each label before or after its figure.
func stampCounts(txt string) ([]int, []string, []int64, bool) {
	if !strings.ContainsAny(txt, "·•|;") {
		if role, v, n, ok := hexCount(txt); ok {
			return []int{role}, []string{v}, []int64{n}, true
		}
	}
	parts := strings.FieldsFunc(txt, func(r rune) bool { return strings.ContainsRune("·•|;", r) })
	var roles []int
	var vals []string
	var ns []int64
	for _, p := range parts {
		role, v, n, ok := hexCount(p)
		if !ok {
			f := strings.Fields(p)
			if len(f) < 2 {
				return nil, nil, nil, false
			}
			// the figure before its label: "19 desa"
			role, v, n, ok = hexCount(strings.Join(f[1:], " ") + " " + f[0])
			if !ok {
				return nil, nil, nil, false
			}
		}
		roles, vals, ns = append(roles, role), append(vals, v), append(ns, n)
	}
	return roles, vals, ns, len(roles) > 0
}
