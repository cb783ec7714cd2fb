package parse

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// An application's tree view printed as text:
//
//	Anggaran 2021 — pagu Rp5.000; realisasi Rp4.900
//	├── 076.01.WA Program Dukungan — pagu Rp2.000; realisasi Rp1.960
//	│   └── 3355 Pengelolaan Keuangan — pagu Rp2.000; realisasi Rp1.960
//	└── 076.01.CQ Program Penyelenggaraan — pagu Rp3.000; realisasi Rp2.940
//
// (or the ASCII branches "|--", "`--", "+--"). A node is its label and the
// figures after it (after a dash, a colon or in brackets, "key value" or
// "key = value" pairs); its depth is its parent chain. Written in
// pre-order, the nodes are the rows of the table the family readers
// already read, a parent above its children (the budget readers take a
// kegiatan's program from the row above), so the tree becomes that table:
// a column per key, named as the tree names it, a label column named by
// what the keys measure. The root carrying figures is the total row
// ("Jumlah": the whole the branches share); a root without figures is the
// tree's title and stays a line of text. A unit printed after every figure
// of a key ("85,00 %") goes to the header as a table prints it. A tree
// whose keys name no family, or a region tree deeper than kabupaten →
// kecamatan, is reported (tabel.tidak_dikenali) and left as written.

// treeViews rewrites the tree views of a text as TAB tables; data itself
// when it holds none.
func treeViews(doc *facts.Document, data []byte) []byte {
	if !treeGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if _, _, ok := treeBranch(lines[i]); !ok {
			continue
		}
		j, col := i, 0
		for j < len(lines) {
			if _, t, ok := treeBranch(lines[j]); ok {
				col = utf8.RuneCountInString(lines[j][:strings.LastIndex(lines[j], t)])
			} else if !treeCont(lines[j], col) {
				break
			}
			j++
		}
		if j-i >= 2 {
			switch treeTable(doc, lines, i, j) {
			case treeDone:
				changed = true
			case treeUnknown:
				doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: j}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
					Nilai: shorten(strings.TrimSpace(lines[i]), 200),
					Pesan: fmt.Sprintf("pohon baris %d-%d: angka-angkanya tidak dapat ditempatkan pada kolom yang dikenal; tidak dibaca sebagai tabel", i+1, j)})
			}
		}
		i = j - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// treeMarks are the branch marks a tree view draws before its dashes.
var treeMarks = [][]byte{[]byte("├─"), []byte("└─"), []byte("|--"), []byte("`--"), []byte("+--"), []byte("\\--")}

// treeGate: some branch mark, its dashes and a space, found without
// splitting the text (a box table's "├───┼" or an ASCII "+----+" is none).
func treeGate(doc *facts.Document, data []byte) bool {
	x := triIndexOf(doc, data) // a mark absent from the text costs no scan (scan_index.go)
	for _, m := range treeMarks {
		if x != nil && !triMay(x, m) {
			continue
		}
		for d := data; ; {
			k := bytes.Index(d, m)
			if k < 0 {
				break
			}
			d = d[k+len(m):]
			for len(d) > 0 && (d[0] == '-' || bytes.HasPrefix(d, []byte("─"))) {
				if d[0] == '-' {
					d = d[1:]
				} else {
					d = d[len("─"):]
				}
			}
			if len(d) > 0 && d[0] == ' ' {
				return true
			}
		}
	}
	return false
}

// treeBranch reads a branch line "│   ├── text": the rune column of its
// branch mark and the text after it.
func treeBranch(l string) (col int, text string, ok bool) {
	k := 0
	for p := 0; p < len(l); {
		r, n := utf8.DecodeRuneInString(l[p:])
		next, _ := utf8.DecodeRuneInString(l[p+n:])
		dash := next == '─' || next == '-'
		switch {
		case dash && strings.ContainsRune("├└|`+\\", r):
			q, dashes := p+n, 0
			for q < len(l) && (l[q] == '-' || strings.HasPrefix(l[q:], "─")) {
				if l[q] == '-' {
					q++
				} else {
					q += len("─")
				}
				dashes++
			}
			if (r < utf8.RuneSelf && dashes < 2) || q >= len(l) || l[q] != ' ' {
				return 0, "", false
			}
			t := strings.TrimSpace(l[q:])
			return k, t, t != ""
		case r == ' ' || r == '│' || r == '|' || r == '\t':
		default:
			return 0, "", false
		}
		p += n
		k++
	}
	return 0, "", false
}

type treeOutcome int

const (
	treeNone    treeOutcome = iota // no tree with figures: left as written
	treeDone                       // rewritten as a table
	treeUnknown                    // figures in no column a family reads
)

// treeNodeRow is one node of a tree: depth, label and figures.
type treeNodeRow struct {
	depth  int
	label  string
	fields []treeField
}

type treeField struct{ key, val string }

// treeTable rewrites the branch lines lines[from:to] (and the root above
// them) as a table in place, line numbers kept: the header takes a blank
// line above the tree (the title moved up into it) or below it.
func treeTable(doc *facts.Document, lines []string, from, to int) treeOutcome {
	var cols []int
	var nodes []treeNodeRow
	var at []int
	for k := from; k < to; k++ {
		c, t, ok := treeBranch(lines[k])
		if !ok { // a label wrapped onto the next line
			nodes[len(nodes)-1].label += " " + strings.TrimSpace(strings.Trim(lines[k], " \t│|"))
			continue
		}
		cols = insertCol(cols, c)
		nodes = append(nodes, treeNodeRow{depth: c, label: t})
		at = append(at, k)
	}
	for n := range nodes {
		for r, c := range cols {
			if nodes[n].depth == c {
				nodes[n].depth = r + 1
				break
			}
		}
		if n == 0 && nodes[n].depth != 1 || n > 0 && nodes[n].depth > nodes[n-1].depth+1 {
			return treeNone // not a tree drawn in order
		}
		nodes[n].label, nodes[n].fields = treeNode(nodes[n].label)
	}
	top := from // the first line the table may use
	rootFigures := false
	if from > 0 && strings.TrimSpace(lines[from-1]) != "" {
		label, fields := treeNode(strings.TrimSpace(lines[from-1]))
		if len(fields) > 0 {
			nodes = append([]treeNodeRow{{label: label, fields: fields}}, nodes...)
			at = append([]int{from - 1}, at...)
			rootFigures = true
			top = from - 1
		}
	}
	figures := false
	deepest := 0
	for _, n := range nodes {
		figures = figures || len(n.fields) > 0
		deepest = max(deepest, n.depth)
	}
	if !figures {
		return treeNone
	}
	keys, units := treeKeys(nodes)
	role := treeRole(keys)
	if role == "" || role == "Kecamatan" && deepest > 1 {
		return treeUnknown
	}
	if role == "Kecamatan" && treeRegencies(nodes) {
		role = "Kabupaten/Kota" // a province's tree: its branches are no kecamatan
	}
	if rootFigures {
		nodes[0].label = "Jumlah" // the root is the whole its branches share
	}
	header, rows := treeCells(nodes, role, keys, units)
	blank := func(k int) bool { return k >= 0 && k < len(lines) && strings.TrimSpace(lines[k]) == "" }
	title := !rootFigures && from > 0 && !blank(from-1)
	head, end := top-1, to
	switch {
	case blank(top - 1):
	case title && blank(from-2):
		head = from - 1
	case blank(to):
		head, end = top, to+1
	default:
		return treeNone // no line for the header: left as written
	}
	if head+len(rows) >= end {
		return treeNone
	}
	if title && head == from-1 {
		lines[from-2] = lines[from-1] // the title stays text, above the table
	}
	for n, nd := range nodes {
		if len(nd.fields) == 0 && treeLostFigures(nd.label) {
			doc.Add(facts.Finding{Span: facts.Span{Start: at[n] + 1, End: at[n] + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Nilai: shorten(nd.label, 200), Pesan: fmt.Sprintf("cabang pohon baris %d: angka-angkanya tidak terbaca sebagai pasangan kunci dan nilai; baris tidak dibaca", at[n]+1)})
		}
	}
	if !exportPlace(lines, head, end, head, "", header, rows) {
		return treeNone
	}
	return treeDone
}

// treeRegencies: every branch is named as a kabupaten or a kota.
func treeRegencies(nodes []treeNodeRow) bool {
	n := 0
	for _, nd := range nodes {
		if nd.depth == 0 {
			continue
		}
		f := strings.Fields(strings.ToUpper(nd.label))
		if len(f) < 2 || f[0] != "KABUPATEN" && f[0] != "KAB." && f[0] != "KOTA" {
			return false
		}
		n++
	}
	return n > 0
}

// treeCont: l continues the label of the node above, its text starting
// at rune column col (a long label wrapped under its own text).
func treeCont(l string, col int) bool {
	k := 0
	for _, r := range l {
		if r != ' ' && r != '│' && r != '|' {
			return k == col && col > 0
		}
		k++
	}
	return false
}

// treeLostFigures: a node's text holds a separator and a figure after it
// that treeNode could not read as fields.
func treeLostFigures(label string) bool {
	for _, sep := range treeSeps {
		if k := strings.Index(label, sep); k > 0 && strings.ContainsAny(label[k:], "0123456789") {
			return true
		}
	}
	return false
}

// insertCol adds c to the sorted set cols.
func insertCol(cols []int, c int) []int {
	for i, x := range cols {
		if x == c {
			return cols
		}
		if x > c {
			return append(cols[:i], append([]int{c}, cols[i:]...)...)
		}
	}
	return append(cols, c)
}

// treeKeys lists the figure keys in their first order (case folded) and
// whether each is a percent: every figure of it printed with "%".
func treeKeys(nodes []treeNodeRow) ([]string, []bool) {
	var keys []string
	var pct, plain []bool
	seen := map[string]int{}
	for _, n := range nodes {
		for _, f := range n.fields {
			k := strings.ToLower(f.key)
			c, ok := seen[k]
			if !ok {
				c = len(keys)
				seen[k] = c
				keys = append(keys, f.key)
				pct, plain = append(pct, false), append(plain, false)
			}
			switch {
			case strings.HasSuffix(f.val, "%"):
				pct[c] = true
			case treeNumber(f.val):
				plain[c] = true
			}
		}
	}
	for c := range pct {
		pct[c] = pct[c] && !plain[c]
	}
	return keys, pct
}

// treeRole names the label column by what the keys measure: the header a
// family reader knows its name column by; "" when they name no family.
func treeRole(keys []string) string {
	has := func(words ...string) bool {
		for _, k := range keys {
			k = strings.ToLower(k)
			for _, w := range words {
				if k == w || strings.HasPrefix(k, w+" ") {
					return true
				}
			}
		}
		return false
	}
	switch {
	case has("target") && has("realisasi", "actual", "realization", "realisation"):
		return "Indikator Kinerja"
	case has("pagu", "alokasi", "budget", "allocation"):
		return "Uraian"
	case has("l", "p", "l+p", "laki-laki", "perempuan", "pemilih", "male", "female", "voters"):
		return "Kecamatan"
	case has("bobot", "weight"):
		return "Komponen"
	}
	return ""
}

var treeEnum = regexp.MustCompile(`^((?:[A-Za-z]{1,4}\.? ?)?\d{1,2}(?:\.\d{1,2})*[.)])\s+(\S.*)$`)

// treeCells builds the header and the rows: a "No" column when every
// node with figures is numbered ("IK 2.", "3)"), the label column, a
// column per key.
func treeCells(nodes []treeNodeRow, role string, keys []string, units []bool) ([]string, [][]string) {
	numbered := true
	for _, nd := range nodes {
		if len(nd.fields) > 0 && nd.depth > 0 && treeEnum.FindStringSubmatch(nd.label) == nil {
			numbered = false
		}
	}
	header := []string{role}
	if numbered {
		header = []string{"No", role}
	}
	for c, k := range keys {
		if units[c] {
			k += " (%)"
		}
		header = append(header, k)
	}
	rows := make([][]string, len(nodes))
	for n, nd := range nodes {
		row := make([]string, 0, len(header))
		if numbered {
			if m := treeEnum.FindStringSubmatch(nd.label); m != nil && nd.depth > 0 {
				row = append(row, m[1], m[2])
			} else {
				row = append(row, "", nd.label)
			}
		} else {
			row = append(row, nd.label)
		}
		for c, k := range keys {
			v := ""
			for _, f := range nd.fields {
				if strings.EqualFold(f.key, k) {
					v = f.val
				}
			}
			if units[c] {
				v = strings.TrimSpace(strings.TrimSuffix(v, "%"))
			}
			row = append(row, v)
		}
		rows[n] = row
	}
	return header, rows
}

// treeSeps part a node's label from its figures.
var treeSeps = []string{" — ", " – ", " -- ", " | ", " → ", " => "}

// treeNode parts a node's text into its label and figures; the whole
// text is the label when no part after a separator reads as figures.
func treeNode(t string) (string, []treeField) {
	// the leftmost separator whose tail reads: a label holding a bar or an
	// arrow of its own never takes a figure into it
	var cuts [][2]int // position and separator length
	for _, sep := range treeSeps {
		for k := 0; ; {
			c := strings.Index(t[k:], sep)
			if c < 0 {
				break
			}
			cuts = append(cuts, [2]int{k + c, len(sep)})
			k += c + len(sep)
		}
	}
	for k := 0; k < len(t); {
		c := strings.IndexByte(t[k:], ':')
		if c < 0 {
			break
		}
		cuts = append(cuts, [2]int{k + c, 1})
		k += c + 1
	}
	slices.SortFunc(cuts, func(a, b [2]int) int { return a[0] - b[0] })
	for _, c := range cuts {
		if f := treeFields(t[c[0]+c[1]:]); f != nil && c[0] > 0 {
			return strings.TrimSpace(t[:c[0]]), f
		}
	}
	if strings.HasSuffix(t, ")") {
		if k := strings.LastIndex(t, "("); k > 0 {
			if f := treeFields(t[k+1 : len(t)-1]); f != nil {
				return strings.TrimSpace(t[:k]), f
			}
		}
	}
	return t, nil
}

// treeFields reads "key value; key = value, key: value"; nil unless every
// part is a short key and a figure, a grade or a dash.
func treeFields(s string) []treeField {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' })
	if len(parts) == 1 {
		parts = strings.Split(s, ", ")
	}
	var out []treeField
	for _, p := range parts {
		p = strings.TrimSpace(p)
		var key, val string
		if k := strings.IndexAny(p, "=:"); k > 0 {
			key, val = p[:k], p[k+1:]
		} else {
			toks := strings.Fields(p)
			v := len(toks) - 1
			for i, tk := range toks {
				if i > 0 && (strings.ContainsAny(tk, "0123456789") || strings.EqualFold(strings.TrimSuffix(tk, "."), "Rp")) {
					v = i
					break
				}
			}
			if v < 1 {
				return nil
			}
			key, val = strings.Join(toks[:v], " "), strings.Join(toks[v:], " ")
		}
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		if v, ok := strings.CutSuffix(val, " persen"); ok && treeNumber(v) {
			val = v + " %" // the unit a table prints in its header, as "%"
		}
		if !treeKey(key) || !treeValue(key, val) {
			return nil
		}
		out = append(out, treeField{key, val})
	}
	return out
}

// treeKey: one to three words of letters ("L+P", "desa/kel" too).
func treeKey(k string) bool {
	n := len(strings.Fields(k))
	bad := strings.IndexFunc(k, func(r rune) bool { return !unicode.IsLetter(r) && !strings.ContainsRune(" +/-().%", r) })
	return n >= 1 && n <= 3 && len(k) <= 30 && bad < 0
}

// treeNumber: a figure, "Rp" before it or "%" after it allowed.
func treeNumber(v string) bool {
	v = strings.TrimSpace(strings.TrimSuffix(v, "%"))
	if len(v) > 2 && strings.EqualFold(v[:2], "Rp") {
		v = strings.TrimSpace(strings.TrimPrefix(v[2:], "."))
	}
	v = strings.TrimPrefix(v, "-")
	if v == "" || !unicode.IsDigit(rune(v[0])) || !unicode.IsDigit(rune(v[len(v)-1])) {
		return false
	}
	for _, r := range v {
		if !unicode.IsDigit(r) && r != '.' && r != ',' {
			return false
		}
	}
	return true
}

// treeValue: a figure, a figure and its unit word ("3,60 poin"), a grade,
// or under a "satuan" key the unit itself.
func treeValue(key, v string) bool {
	if treeNumber(v) || treeGrade(v) {
		return true
	}
	f := strings.Fields(v)
	if strings.EqualFold(key, "satuan") {
		return len(f) >= 1 && len(f) <= 2 && !strings.ContainsAny(v, "0123456789")
	}
	return len(f) == 2 && treeNumber(f[0]) && len(f[1]) <= 10 && strings.IndexFunc(f[1], func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// treeGrade: a grade or opinion ("BB", "A", "WTP") or a dash for none.
func treeGrade(v string) bool {
	if v == "-" {
		return true
	}
	v = strings.TrimRight(v, "+-")
	if v == "" || len(v) > 3 {
		return false
	}
	for _, r := range v {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
