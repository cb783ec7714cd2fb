package parse

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT copied from the sheet of logistics labels stuck on the ballot
// boxes: one label an area, two to four labels abreast, each framed (in
// `.` and `:`, `+-|`, `┌─┐│`) or standing apart by a gutter of spaces,
// its area on the first line and a `Field : value` line per count; the
// kabupaten's label last, often alone on its row:
//
//	..........................   ..........................
//	: KEC. A                 :   : KEC. B                 :
//	: DESA/KEL : 10          :   : DESA/KEL : 13          :
//	: TPS      : 54          :   : TPS      : 28          :
//	: L        : 6.503       :   : L        : 3.062       :
//	: P        : 6.997       :   : P        : 3.126       :
//	: JML      : 13.500      :   : JML      : 6.188       :
//	:........................:   :........................:
//
// Read as prose, the labels' lines interleave and no row is seen.
// labelSheets cuts each row of labels (lines between blank lines) into its
// label columns: at the frame's edges where rule lines frame the labels
// (the rules' runs are the columns), else at gutters of spaces blank on
// every line of the row (a gutter inside a label, between a field's name
// and its colon or value, starts no label: a label column opens with a
// field name). Each label is one row: the area its title (the place word
// Kec./Kecamatan/PPK/Distrik no part of the name), its counts named by
// the field labels (desa/kel, TPS, L or Laki-laki, P or Perempuan,
// JML/Jumlah/Total), proven by L + P = JML; a label that does not add up
// is left out, reported. The kabupaten's label (KABUPATEN, KOTA, TOTAL,
// JUMLAH) is kept only when its counts are the sums of the other labels'.
// The rows go as one TAB table through vertWrite (line numbers never
// change), so the DPT reader reads them by the header and the caption
// above, as for any table. A row of labels holding a line that is no
// field (an address sheet) or labels without L, P and a total is left as
// written.

// labelSheets rewrites the DPT label sheets of a text; data itself when it
// holds none. Findings go to doc.
func labelSheets(doc *facts.Document, data []byte) []byte {
	if !labelLikely(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if !strings.Contains(lines[i], "TPS") || labelTPS([]byte(lines[i])) < 2 {
			continue
		}
		from := i
		for from > 0 && strings.TrimSpace(lines[from-1]) != "" {
			from--
		}
		from = labelRowsAbove(lines, from) // a row whose TPS lines stand apart (label_letters.go)
		t, end, ok := labelRun(doc, lines, from)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// labelLikely: a cheap look for labels abreast: a line naming "TPS" as a
// field twice. One pass from "TPS" to "TPS"; texts without the word pay
// one search.
func labelLikely(data []byte) bool {
	for i := 0; i < len(data); {
		k := bytes.Index(data[i:], []byte("TPS"))
		if k < 0 {
			return false
		}
		from, to := lineSpan(data, i+k)
		if labelTPS(data[from:to]) >= 2 {
			return true
		}
		i = to + 1
	}
	return false
}

// labelTPS counts the fields "TPS :" on l (the word, spaces, a colon).
func labelTPS(l []byte) int {
	n := 0
	for i := 0; ; {
		k := bytes.Index(l[i:], []byte("TPS"))
		if k < 0 {
			return n
		}
		k += i
		j := k + 3
		for j < len(l) && l[j] == ' ' {
			j++
		}
		if (k == 0 || !labelLetter(rune(l[k-1]))) && j < len(l) && l[j] == ':' {
			n++
		}
		i = k + 3
	}
}

func labelLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// The roles of a label's counts, in the order the table is written.
const (
	labelDesa = iota
	labelTPSRole
	labelL
	labelP
	labelTotal
	labelRoles
)

var labelHeads = [labelRoles]string{"Desa/Kel", "TPS", "L", "P", "Jumlah"}

// labelRole names what a field's label counts; -1 for none.
func labelRole(name string) int {
	n := strings.ToLower(strings.Trim(strings.TrimSpace(name), ".:"))
	n = strings.Join(strings.Fields(n), " ")
	switch {
	case strings.Contains(n, "desa") || strings.HasPrefix(n, "kel"):
		return labelDesa
	case strings.Contains(n, "tps"):
		return labelTPSRole
	case n == "l" || n == "lk" || n == "pria" || strings.HasPrefix(n, "laki"):
		return labelL
	case n == "p" || n == "pr" || n == "wanita" || strings.HasPrefix(n, "perempuan"):
		return labelP
	case n == "jml" || n == "jumlah" || n == "total" || n == "l+p" || n == "l + p" || n == "dpt" ||
		n == "jml pemilih" || n == "jumlah pemilih" || n == "total pemilih" || n == "jumlah dpt" || n == "jml dpt" || n == "total dpt":
		return labelTotal
	}
	return -1
}

// labelPlace is the place word a label's area opens with; "" for none.
func labelPlace(s string) (string, string) {
	f := strings.Fields(s)
	if len(f) < 2 {
		return "", s
	}
	switch strings.ToLower(strings.TrimSuffix(f[0], ".")) {
	case "kec", "kecamatan", "ppk", "distrik":
		return f[0], strings.Join(f[1:], " ")
	}
	return "", s
}

// labelWhole: a label whose title names the kabupaten's whole.
func labelWhole(title string) bool {
	f := strings.Fields(strings.ToLower(title))
	if len(f) == 0 {
		return false
	}
	switch strings.TrimSuffix(f[0], ".") {
	case "kabupaten", "kab", "kota", "total", "jumlah", "jml":
		return true
	}
	return false
}

// label is one label read: its title, its counts as written and read.
type label struct {
	title string
	heads []string // the lines over the counts, the area among them (label_letters.go)
	vals  [labelRoles]string
	n     [labelRoles]int64
	has   [labelRoles]bool
	line  int
	area  bool // numbered as an area (a map's "17 KOTA BARU"): never the whole
}

// whole: the label names the kabupaten's whole.
func (l label) whole() bool { return !l.area && labelWhole(l.title) }

// labelFrame: a rune of a frame's rule or edge.
func labelFrame(r rune) bool {
	switch r {
	case '.', ':', '-', '=', '+', '|', '_', '*', '#':
		return true
	}
	return r >= 0x2500 && r <= 0x257F // box drawing
}

// labelRuleRuns are the runs of frame runes (six and more) of a rule line
// (a line of frame runes and spaces only); nil for any other line.
func labelRuleRuns(r []rune) [][2]int {
	var runs [][2]int
	for i := 0; i < len(r); i++ {
		if r[i] == ' ' {
			continue
		}
		if !labelFrame(r[i]) {
			return nil
		}
		j := i
		for j < len(r) && r[j] != ' ' && labelFrame(r[j]) {
			j++
		}
		if j < len(r) && r[j] != ' ' {
			return nil
		}
		if j-i < 6 {
			return nil
		}
		runs = append(runs, [2]int{i, j})
		i = j
	}
	return runs
}

// labelCuts are the label columns of the row of lines[from:to], each a
// rune span, and whether the row is framed: the rules' runs when rule
// lines frame it, else the gutters of spaces blank on every line.
func labelCuts(rows [][]rune) ([][2]int, bool) {
	var spans [][2]int
	var ruled []int // how many rule lines each span has
	for _, r := range rows {
		for _, run := range labelRuleRuns(r) {
			merged := false
			for k := range spans {
				if run[0] < spans[k][1] && spans[k][0] < run[1] {
					spans[k] = [2]int{min(spans[k][0], run[0]), max(spans[k][1], run[1])}
					ruled[k]++
					merged = true
				}
			}
			if !merged {
				spans = append(spans, run)
				ruled = append(ruled, 1)
			}
		}
	}
	for _, n := range ruled {
		if n < 2 {
			// a rule under a title (a dashboard's cards, card_grid.go) frames
			// nothing: a label's frame closes above and below
			return nil, true
		}
	}
	if len(spans) > 0 {
		for a := 1; a < len(spans); a++ {
			for b := a; b > 0 && spans[b][0] < spans[b-1][0]; b-- {
				spans[b], spans[b-1] = spans[b-1], spans[b]
			}
		}
		for a := 1; a < len(spans); a++ {
			if spans[a][0] < spans[a-1][1] {
				return nil, true // the frames overlap: no columns
			}
		}
		return spans, true
	}
	w := 0
	for _, r := range rows {
		w = max(w, len(r))
	}
	blank := make([]bool, w)
	for c := range blank {
		blank[c] = true
		for _, r := range rows {
			if c < len(r) && r[c] != ' ' {
				blank[c] = false
				break
			}
		}
	}
	for c := 0; c < w; c++ {
		if blank[c] {
			continue
		}
		e := c
		for e < w && !blank[e] {
			e++
		}
		// a segment opens a label only when a field name opens it on some
		// line and no line has it open with a colon or a figure
		opens, names := true, 0
		for _, r := range rows {
			cell := strings.TrimSpace(string(r[min(c, len(r)):min(e, len(r))]))
			if cell == "" {
				continue
			}
			first, _ := utf8First(cell)
			if !unicode.IsLetter(first) {
				opens = false
				break
			}
			if f, _, ok := ikuLine(cell, ':'); ok && labelRole(f.name) >= 0 {
				names++
			}
		}
		if opens && names > 0 || len(spans) == 0 {
			spans = append(spans, [2]int{c, e})
		} else {
			spans[len(spans)-1][1] = e
		}
		c = e
	}
	return spans, false
}

func utf8First(s string) (rune, int) {
	for i, r := range s {
		return r, i
	}
	return 0, 0
}

// labelReadRow reads the labels of the row lines[from:to]; ok false when
// it holds no label of counts, a line outside the columns or a line that
// is no field.
func labelReadRow(lines []string, from, to int) ([]label, bool) {
	rows := make([][]rune, to-from)
	for i := range rows {
		rows[i] = []rune(strings.TrimRight(lines[from+i], "\r"))
	}
	spans, framed := labelCuts(rows)
	if len(spans) == 0 {
		return nil, false
	}
	labels := make([]label, len(spans))
	for c := range labels {
		labels[c].line = from
	}
	fielded := make([]bool, len(spans))
	for _, r := range rows {
		if framed && labelRuleRuns(r) != nil {
			continue
		}
		prev := 0
		for c, s := range spans {
			if s[0] > prev && s[0] <= len(r) && strings.TrimSpace(string(r[prev:s[0]])) != "" {
				return nil, false // text outside the columns
			}
			prev = s[1]
			cell := []rune{}
			if s[0] < len(r) {
				cell = r[s[0]:min(s[1], len(r))]
			}
			txt := strings.TrimSpace(string(cell))
			if framed && txt != "" {
				t := []rune(txt)
				if labelFrame(t[0]) {
					t = t[1:]
				}
				if len(t) > 0 && labelFrame(t[len(t)-1]) && len(r) >= s[1] {
					t = t[:len(t)-1]
				}
				txt = strings.TrimSpace(string(t))
			}
			if txt == "" {
				continue
			}
			l := &labels[c]
			f, _, ok := ikuLine(txt, ':')
			role := -1
			if ok {
				role = labelRole(f.name)
			}
			switch {
			case role >= 0:
				v := strings.TrimSpace(f.val)
				if !reItemCount.MatchString(v) || l.has[role] {
					return nil, false
				}
				n, err := strconv.ParseInt(strings.NewReplacer(".", "", ",", "").Replace(v), 10, 64)
				if err != nil {
					return nil, false
				}
				l.vals[role], l.n[role], l.has[role] = v, n, true
				fielded[c] = true
			case ok && !fielded[c] && l.title == "" && labelPlaceField(f.name):
				l.title = f.val // "Kecamatan : A"
			case !ok && !fielded[c] && l.title == "":
				// the lines over the counts: one names the area, several are
				// a mail merge's heading and address (label_letters.go)
				l.heads = append(l.heads, txt)
			default:
				return nil, false // a field of another kind, or text under the counts
			}
		}
		if prev < len(r) && strings.TrimSpace(string(r[prev:])) != "" {
			return nil, false
		}
	}
	for c := range labels {
		if !labelTitleOf(&labels[c]) {
			return nil, false
		}
	}
	for _, l := range labels {
		if l.title == "" || !l.has[labelL] || !l.has[labelP] || !l.has[labelTotal] {
			return nil, false
		}
	}
	return labels, true
}

// labelPlaceField: a field naming the label's area.
func labelPlaceField(name string) bool {
	switch strings.ToLower(strings.TrimSuffix(strings.TrimSpace(name), ".")) {
	case "kec", "kecamatan", "ppk", "distrik", "wilayah":
		return true
	}
	return false
}

// labelRun reads the rows of labels from lines[from]: the table, the line
// after the run, and whether it is one.
func labelRun(doc *facts.Document, lines []string, from int) (vertTable, int, bool) {
	t := vertTable{from: from, to: from}
	var all []label
	abreast := 0
	k := from
	for k < len(lines) {
		for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
			k++
		}
		end := k
		for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
			end++
		}
		if end == k {
			break
		}
		ls, ok := labelReadRow(lines, k, end)
		if !ok {
			break
		}
		abreast = max(abreast, len(ls))
		all = append(all, ls...)
		t.to = end
		k = end
	}
	if len(all) < 2 || abreast < 2 {
		return t, max(t.to, from+1), false
	}
	return labelTable(doc, t, all, "label")
}

// labelTable proves the areas read (labels, hexagons: noun names them in
// the findings) and writes the rows proven into t: each area by L + P =
// its total, the whole by the sums of the areas. ok false when fewer than
// two rows stand.
func labelTable(doc *facts.Document, t vertTable, all []label, noun string) (vertTable, int, bool) {
	// each label proves itself: L + P = the total
	var kept []label
	for _, l := range all {
		if l.n[labelL]+l.n[labelP] != l.n[labelTotal] {
			doc.Add(facts.Finding{Span: facts.Span{Start: l.line + 1, End: t.to}, Aturan: "tabel.baris_tidak_dikenali", Tingkat: facts.Warning,
				Pesan: fmt.Sprintf("%s %q baris %d: L %s + P %s ≠ jumlah %s; tidak dibaca", noun, l.title, l.line+1, l.vals[labelL], l.vals[labelP], l.vals[labelTotal])})
			continue
		}
		kept = append(kept, l)
	}
	// the whole's label is kept only as the sums of the areas' labels
	var sum [labelRoles]int64
	var areas [labelRoles]int
	nArea := 0
	for _, l := range kept {
		if l.whole() {
			continue
		}
		nArea++
		for r := range sum {
			if l.has[r] {
				sum[r] += l.n[r]
				areas[r]++
			}
		}
	}
	var rows []label
	for _, l := range kept {
		if l.whole() {
			ok := nArea > 0
			for r := range sum {
				if l.has[r] && (areas[r] != nArea || sum[r] != l.n[r]) {
					ok = false
				}
			}
			if !ok {
				doc.Add(facts.Finding{Span: facts.Span{Start: l.line + 1, End: t.to}, Aturan: "tabel.baris_tidak_dikenali", Tingkat: facts.Warning,
					Pesan: fmt.Sprintf("%s %q baris %d: bukan jumlah %s kecamatan; tidak dibaca", noun, l.title, l.line+1, noun)})
				continue
			}
		}
		rows = append(rows, l)
	}
	if len(rows) < 2 {
		return t, t.to, false
	}
	var used [labelRoles]bool
	for _, l := range rows {
		for r := range used {
			used[r] = used[r] || l.has[r]
		}
	}
	t.header = []string{"Kecamatan"}
	for r, u := range used {
		if u {
			t.header = append(t.header, labelHeads[r])
		}
	}
	for _, l := range rows {
		_, name := labelPlace(l.title)
		row := []string{name}
		for r, u := range used {
			if u {
				row = append(row, l.vals[r])
			}
		}
		t.rows = append(t.rows, row)
		t.at = append(t.at, l.line)
	}
	return t, t.to, true
}
