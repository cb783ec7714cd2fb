package parse

import (
	"bytes"
	"math"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A table's rows as positional tuples of a program's data file, one tuple
// a line, the column order declared apart (in a comment above or a key
// line near the run):
//
//	%% {Tingkat, Kode, KodeInduk, Uraian, Pagu, Realisasi, Sisa, Serapan}.
//	{program, "076.01.WA", "", "Program Dukungan", 1164574000, 1137682462, 26891538, "97,69"}.   Erlang file:consult/1
//	# (kode, uraian, pagu, realisasi, sisa)
//	("3355", "Pengelolaan Keuangan", 880_000_000, 879000000, 1000000),                           Python / Julia
//	, ("3358", "SDM", 400930000, 389038044, 11891956)                                             Haskell / OCaml list
//	;; (tingkat kode uraian pagu realisasi sisa)
//	(kegiatan "3355" "Pengelolaan Keuangan" 880000000 879000000 1000000)                         Lisp s-expression
//
// It is recgen.go's sibling: the record there names its fields, a tuple
// only places them, so the names come from the declaration, which must
// list exactly as many names as every tuple of the run has values. The
// cells are read with recgen's value lexer (quoted strings, Erlang
// binaries, numbers with `_` and type suffixes). A run of at least two
// tuples of one arity (three or more) becomes a TAB table under the caption
// above, and nothing is proven here: the ordinary table readers load the
// rows with their own proofs (sisa = pagu − realisasi, the percent, the
// sums of children to their parent, L + P = total). A parent-code column
// (KodeInduk, parent) gives the hierarchy: the rows are set in tree order,
// each parent followed by its children, and the column is dropped, the
// order and the level tag then speaking for it as in a printed table. An
// app config (`{port, 8080}.`) has no declaration of its arity and a list
// of coordinates no text column, so neither becomes a table.

// tuplesTables rewrites the declared runs of positional tuples of a text
// as TAB tables; data itself when it holds none.
func tuplesTables(doc *facts.Document, data []byte) []byte {
	if !tuplesGate(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		first, ok := tuplesAt(lines[i])
		if !ok || len(first) < 3 {
			continue
		}
		rows := [][]string{first}
		end := i + 1
		for k := i + 1; k < len(lines); k++ {
			r, ok := tuplesAt(lines[k])
			if !ok {
				if tuplesFiller(lines[k]) || tuplesComment(lines[k]) != "" {
					continue
				}
				break
			}
			if len(r) != len(first) {
				break
			}
			rows = append(rows, r)
			end = k + 1
		}
		if len(rows) < 2 {
			continue
		}
		// the code and comments around the run (`anggaran = [`, `%% …`, `]`) go with it
		from := i
		for from > 0 && strings.TrimSpace(lines[from-1]) != "" && (tuplesFiller(lines[from-1]) || tuplesComment(lines[from-1]) != "" && !tuplesCaption(lines[from-1])) {
			from--
		}
		for end < len(lines) && strings.TrimSpace(lines[end]) != "" && tuplesFiller(lines[end]) {
			end++
		}
		names, typed := tableLitNames(lines, from, len(first)), true // a query language's typed declaration (tuples_typed.go)
		if names == nil {
			names, typed = tuplesNames(lines, from, end, len(first)), false
		}
		if names == nil {
			continue
		}
		if !tuplesProve(names, rows) || typed && !tableLitSakipProve(lines, from, end, names, rows) {
			continue // the budget's arithmetic fails: nothing is written, nothing guessed
		}
		header, rows := tuplesTree(names, rows)
		if !recgenShape(rows) || !(typed && tableLitPlace(lines, from, end, header, rows) || logPlace(lines, from, end, header, rows)) {
			continue
		}
		changed = true
		i = end - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// tuplesGate: two lines that read as tuples, found with a byte scan of
// the lines that open with a bracket.
func tuplesGate(data []byte) bool {
	n := 0
	for i := 0; i < len(data); {
		j := i
		for j < len(data) && data[j] != '\n' {
			j++
		}
		k := i
		for k < j && strings.IndexByte(" \t[,'", data[k]) >= 0 {
			k++
		}
		if k < j && (data[k] == '{' || data[k] == '(' || isLetterByte(data[k]) && bytes.Contains(data[k:j], []byte("= ["))) {
			if _, ok := tuplesAt(string(data[i:j])); ok {
				if n++; n >= 2 {
					return true
				}
			}
		}
		i = j + 1
	}
	return false
}

// tuplesAt reads a line as one tuple: `{…}` or `(…)` after an optional
// list's `[`, `,` or `'`, its values parted by commas (or, in an
// s-expression without commas, by spaces), after it nothing but `.`, `,`,
// `;` or closing brackets. No nested value, no `name: value` pair (that is
// a record, recgen.go). The cells as the report would write them.
func tuplesAt(l string) ([]string, bool) {
	t := strings.TrimLeft(l, " \t[,'")
	if k := strings.Index(t, "= ["); k > 0 && tuplesIdent(strings.TrimSpace(t[:k])) {
		t = strings.TrimLeft(t[k+3:], " ") // the list bound on the first tuple's line: `dpt = [("ALOK", …),`
	}
	if t == "" || (t[0] != '{' && t[0] != '(') {
		return nil, false
	}
	closer := byte('}')
	if t[0] == '(' {
		closer = ')'
	}
	s := t[1:]
	var cells []string
	commas := false
	for i := 0; ; {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i >= len(s) {
			return nil, false
		}
		if s[i] == closer {
			if strings.Trim(s[i+1:], " \t.,;])}") != "" || len(cells) == 0 {
				return nil, false
			}
			break
		}
		if len(cells) > 0 {
			if s[i] == ',' {
				if len(cells) == 1 {
					commas = true
				} else if !commas {
					return nil, false
				}
				i++
				for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
					i++
				}
			} else if commas {
				return nil, false
			}
		}
		v, n, ok := tuplesValue(s[i:], closer)
		if !ok {
			return nil, false
		}
		cells = append(cells, v)
		i += n
	}
	return cells, true
}

// tuplesIdent: s is a variable's name (`dpt`, `self.rows`, `anggaran_2021`).
func tuplesIdent(s string) bool {
	if s == "" || !isLetterByte(s[0]) {
		return false
	}
	for j := 0; j < len(s); j++ {
		if c := s[j]; !(isLetterByte(c) || c >= '0' && c <= '9' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

// tuplesValue reads one value at the start of s: a quoted string or an
// Erlang binary through recgenValue, else a bare atom or number up to a
// comma, a space or the closing bracket (an Elixir/Lisp `:atom` without
// its colon).
func tuplesValue(s string, closer byte) (string, int, bool) {
	if strings.HasPrefix(s, `"`) || strings.HasPrefix(s, `<<"`) {
		return recgenValue(s)
	}
	j := 0
	for j < len(s) && s[j] != ',' && s[j] != ' ' && s[j] != '\t' && s[j] != closer {
		j++
	}
	v := s[:j]
	if v == "" || strings.ContainsAny(v, "\"'{}[]()<>=") || strings.HasSuffix(v, ":") {
		return "", 0, false // a nested value, a pair's name: not a tuple's cell
	}
	return recgenCell(strings.TrimPrefix(v, ":")), j, true
}

// tuplesComment is a comment line's text without its marker (`%`, `#`,
// `;`, `--`, `//`, `(*`…`*)`, `{-`…`-}`); "" for any other line.
func tuplesComment(l string) string {
	t := strings.TrimSpace(l)
	for _, m := range [][2]string{{"(*", "*)"}, {"{-", "-}"}, {"/*", "*/"}, {"--", ""}, {"//", ""}, {"%", ""}, {"#", ""}, {";", ""}} {
		if strings.HasPrefix(t, m[0]) {
			t = strings.TrimSuffix(strings.TrimLeft(t, m[0]), m[1])
			return strings.TrimSpace(t)
		}
	}
	return ""
}

// tuplesCaption: a Markdown heading naming the table (`# Tabel 3.3 …`), kept
// above the run as its caption, not blanked as a comment of the code.
func tuplesCaption(l string) bool {
	c := strings.ToLower(tuplesComment(l))
	return strings.HasPrefix(c, "tabel") || strings.HasPrefix(c, "table")
}

// tuplesFiller: a line of the code around a run of tuples: brackets and
// commas alone (`]`, `))`), or a short name bound to a list opening
// (`anggaran = [`, `(defparameter *anggaran* '(`, `let rows =`).
func tuplesFiller(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" {
		return false
	}
	if strings.Trim(t, "[](){},;.") == "" {
		return true
	}
	if recgenFiller(l) {
		return true
	}
	open := strings.HasSuffix(t, "[") || strings.HasSuffix(t, "(") || strings.HasSuffix(t, "=")
	return open && len(strings.Fields(t)) <= 5 && !strings.ContainsAny(t, `"`)
}

// tuplesNames finds the run's declared column order: a comment inside or
// just above the run, else a line at most six lines above or below it,
// that lists exactly n names. The names as header cells.
func tuplesNames(lines []string, from, end, n int) []string {
	for k := from; k < end; k++ {
		if c := tuplesComment(lines[k]); c != "" {
			if names := tuplesList(c, n); names != nil {
				return names
			}
		}
	}
	for d := 1; d <= 6; d++ {
		for _, k := range []int{from - d, end + d - 1} {
			if k < 0 || k >= len(lines) {
				continue
			}
			t := strings.TrimSpace(lines[k])
			if c := tuplesComment(t); c != "" {
				t = c
			}
			if names := tuplesList(t, n); names != nil {
				return names
			}
		}
	}
	return nil
}

// tuplesList reads s as a list of exactly n names: the brackets' inside
// when s holds a bracketed group, else what follows its last colon (a
// key: "urutan kolom: kode, uraian, …"); parted by commas, or by spaces
// in an s-expression. A name is one to three words of letters (digits,
// `_`, `-` inside), quotes taken off.
func tuplesList(s string, n int) []string {
	if o := strings.IndexAny(s, "{(["); o >= 0 {
		c := strings.LastIndexAny(s, "})]")
		if c <= o {
			return nil
		}
		s = s[o+1 : c]
	} else if k := strings.LastIndexByte(s, ':'); k >= 0 {
		s = s[k+1:]
	}
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	var parts []string
	if strings.Contains(s, ",") {
		parts = strings.Split(s, ",")
	} else {
		parts = strings.Fields(s)
	}
	if len(parts) != n {
		return nil
	}
	out := make([]string, n)
	for c, p := range parts {
		p = strings.Trim(strings.TrimSpace(p), `"'`)
		w := strings.Fields(p)
		if len(w) == 0 || len(w) > 3 || !isLetterByte(p[0]) {
			return nil
		}
		for j := 0; j < len(p); j++ {
			if b := p[j]; !(isLetterByte(b) || b >= '0' && b <= '9' || b == '_' || b == '-' || b == ' ') {
				return nil
			}
		}
		out[c] = exportHeader(p)
	}
	return out
}

// tuplesTree drops a parent-code column (induk, parent) and sets the rows
// in tree order: each row whose parent is blank or unknown in its place,
// followed by its children, theirs after each. The code column is the one
// holding every parent named.
func tuplesTree(header []string, rows [][]string) ([]string, [][]string) {
	par := -1
	for c, h := range header {
		l := strings.ToLower(h)
		if strings.Contains(l, "induk") || strings.Contains(l, "parent") {
			par = c
		}
	}
	if par < 0 {
		return header, rows
	}
	code := -1
	for c := range header {
		if c == par {
			continue
		}
		all := true
		seen := map[string]bool{}
		for _, r := range rows {
			seen[r[c]] = true
		}
		for _, r := range rows {
			all = all && (r[par] == "" || seen[r[par]])
		}
		if all {
			code = c
			break
		}
	}
	if code < 0 {
		return header, rows // parents named by no row: the column stays, read as it is
	}
	done := make([]bool, len(rows))
	var order [][]string
	var walk func(r int)
	walk = func(r int) {
		done[r] = true
		order = append(order, tuplesDrop(rows[r], par))
		for k, c := range rows {
			if !done[k] && c[par] != "" && c[par] == rows[r][code] {
				walk(k)
			}
		}
	}
	for r := range rows {
		if !done[r] && (rows[r][par] == "" || rows[r][par] == rows[r][code]) {
			walk(r)
		}
	}
	for r := range rows {
		if !done[r] {
			walk(r) // a cycle of parents: kept in place
		}
	}
	return tuplesDrop(header, par), order
}

// tuplesDrop is row without its cell c.
func tuplesDrop(row []string, c int) []string {
	return append(append([]string{}, row[:c]...), row[c+1:]...)
}

// tuplesProve checks a budget's arithmetic before the run is written, so a
// mistyped tuple loads nothing: in every row sisa = pagu − realisasi and
// the percent is realisasi / pagu to its own decimals; the pagu and the
// realisasi of a parent are the sums of its children's, a total row's
// (its level or code "total", "jumlah") the sums of the other top rows'
// when a parent column tells which rows are top.
// A run that is no budget (no pagu column) passes: its readers prove it.
func tuplesProve(header []string, rows [][]string) bool {
	col := func(words ...string) int {
		for c, h := range header {
			l := strings.ToLower(h)
			for _, w := range words {
				if strings.Contains(l, w) {
					return c
				}
			}
		}
		return -1
	}
	pagu, real, sisa, pct, par := col("pagu"), col("realisasi"), col("sisa"), col("serapan", "persen"), col("induk", "parent")
	if pagu < 0 || real < 0 {
		return true
	}
	num := func(v string) (float64, bool) {
		f, err := strconv.ParseFloat(strings.Replace(v, ",", ".", 1), 64)
		return f, err == nil
	}
	type sums struct{ p, r float64 }
	kids := map[string]*sums{}
	var top sums
	total := -1
	for k, r := range rows {
		p, ok1 := num(r[pagu])
		re, ok2 := num(r[real])
		if !ok1 || !ok2 {
			return false
		}
		if sisa >= 0 && r[sisa] != "" {
			if s, ok := num(r[sisa]); !ok || s != p-re {
				return false
			}
		}
		if pct >= 0 && r[pct] != "" && p > 0 {
			v, ok := num(r[pct])
			dec := 0
			if d := strings.IndexAny(r[pct], ",."); d >= 0 {
				dec = len(r[pct]) - d - 1
			}
			if !ok || math.Abs(re/p*100-v) > 0.5*math.Pow10(-dec)+1e-9 {
				return false
			}
		}
		isTotal := false
		for _, c := range r {
			if l := strings.ToLower(c); l == "total" || l == "jumlah" {
				isTotal = true
			}
		}
		switch {
		case isTotal && total < 0:
			total = k
		case par >= 0 && r[par] != "":
			s := kids[r[par]]
			if s == nil {
				s = &sums{}
				kids[r[par]] = s
			}
			s.p, s.r = s.p+p, s.r+re
		default:
			top.p, top.r = top.p+p, top.r+re
		}
	}
	for k, r := range rows {
		p, _ := num(r[pagu])
		re, _ := num(r[real])
		if k == total && par >= 0 && (p != top.p || re != top.r) { // without parents the levels' sums are the table reader's
			return false
		}
		for c := range r {
			if s := kids[r[c]]; s != nil && c != par && r[c] != "" && (s.p != p || s.r != re) {
				return false
			}
		}
	}
	return true
}
