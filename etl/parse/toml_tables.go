package parse

import (
	"strings"
)

// A web site's TOML data file pasted into a report: the rows a page
// template renders, one array-of-tables entry a row, nested entries the
// rows under it, a named table beside them the total:
//
//	[anggaran.total]
//	label = "Jumlah"
//	pagu = 3000000000
//
//	[[anggaran.program]]
//	kode = "076.01.WA"
//	pagu = 2000000000
//
//	  [[anggaran.program.kegiatan]]
//	  kode = "3355"
//	  pagu = 1200000000
//
// Every value is delimited by its key, so every row is proven: tomlTables
// writes the entries of one array (and the arrays nested in it) as one TAB
// table in the order written, their keys its header, the total table last.
// A bare TOML number is written in the report's notation (TOML's decimal
// point is a decimal comma there); a quoted value as it stands. Inline
// tables ("kegiatan = [ { kode = "3355", … }, … ]", "total = { … }") are
// entries like the others. Line numbers never change. A run holding a line
// that is no TOML, a value of another kind (a date, an exponent), or a
// total of keys its rows do not name, stays as written.

// tomlNameKeys name a row; the first a record holds is its name column.
var tomlNameKeys = map[string]bool{"nama": true, "name": true, "uraian": true, "label": true, "judul": true, "title": true, "keterangan": true}

// tomlTotalNames: the last path segment of a table that is a total row.
var tomlTotalNames = map[string]bool{"total": true, "jumlah": true, "jumlah_total": true, "grand_total": true, "total_keseluruhan": true}

// tomlRec is one table entry: its dotted path, whether it is an
// array-of-tables entry, its keys and values, and its line.
type tomlRec struct {
	path       string
	array      bool
	keys, vals []string
	at         int
}

// tomlTables rewrites a text's TOML table arrays; data itself when it
// holds none.
func tomlTables(data []byte) []byte {
	if !lineHolds(data, "[[", func(l []byte) bool { _, arr, ok := tomlHeader(string(l)); return ok && arr }) {
		return data // most texts: no line is a TOML "[[array]]" header
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if _, _, ok := tomlHeader(lines[i]); !ok {
			continue
		}
		recs, end, ok := tomlRun(lines, i)
		if ok {
			for _, t := range tomlGroups(recs) {
				if exportPlace(lines, i, end, i, "", t.header, t.rows) {
					changed = true
					break // one table a run: the span holds no second
				}
			}
		}
		i = max(i, end-1)
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// tomlHeader reads a table header line: "[a.b]" or "[[a.b]]", bare keys
// only; the path and whether it names an array entry.
func tomlHeader(l string) (string, bool, bool) {
	t := strings.TrimSpace(l)
	arr := strings.HasPrefix(t, "[[") && strings.HasSuffix(t, "]]")
	var p string
	switch {
	case arr:
		p = t[2 : len(t)-2]
	case len(t) > 2 && t[0] == '[' && t[len(t)-1] == ']':
		p = t[1 : len(t)-1]
	default:
		return "", false, false
	}
	p = strings.TrimSpace(p)
	if p == "" || len(p) > 80 {
		return "", false, false
	}
	for _, seg := range strings.Split(p, ".") {
		if !tomlBare(strings.TrimSpace(seg)) {
			return "", false, false
		}
	}
	return strings.ReplaceAll(p, " ", ""), arr, true
}

// tomlBare: a bare TOML key (letters, digits, '_' and '-').
func tomlBare(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// tomlRun reads the TOML opening at lines[i] through its last key line:
// its entries, the line after it, and whether it is TOML throughout up to
// the first line of prose.
func tomlRun(lines []string, i int) ([]tomlRec, int, bool) {
	var recs []tomlRec
	cur, end := -1, i
	for j := i; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" || t[0] == '#' {
			continue
		}
		if p, arr, ok := tomlHeader(t); ok {
			recs = append(recs, tomlRec{path: p, array: arr, at: j})
			cur, end = len(recs)-1, j+1
			continue
		}
		k, v, ok := tomlKey(t)
		if !ok {
			break
		}
		switch {
		case v == "[" || strings.HasPrefix(v, "[{") || strings.HasPrefix(v, "[ {"):
			// an array of inline tables: one entry a brace pair, over
			// one line or many up to its closing bracket
			body, last, ok := tomlBracket(lines, j, v)
			if !ok {
				return nil, j, false
			}
			for _, it := range body {
				r, ok := tomlInline(it.s, recs[cur].path+"."+k, true, it.at)
				if !ok {
					return nil, j, false
				}
				recs = append(recs, r)
			}
			j, end = last, last+1
		case strings.HasPrefix(v, "{"):
			r, ok := tomlInline(v, recs[cur].path+"."+k, false, j)
			if !ok {
				return nil, j, false
			}
			recs = append(recs, r)
			end = j + 1
		default:
			v, j = tomlWrapped(lines, j, v)
			val, ok := tomlValue(v)
			if !ok {
				return nil, j, false
			}
			recs[cur].keys = append(recs[cur].keys, k)
			recs[cur].vals = append(recs[cur].vals, val)
			end = j + 1
		}
	}
	return recs, end, len(recs) > 1
}

// tomlWrapped joins a quoted value a narrow print wrapped onto the next
// lines ("nama = "Program … dalam Proses" / "Demokrasi""), up to its
// closing quote; the value and its last line. A value that closes, or
// does not within three lines, is as it was.
func tomlWrapped(lines []string, j int, v string) (string, int) {
	if v == "" || v[0] != '"' || strings.IndexByte(v[1:], '"') >= 0 {
		return v, j
	}
	w := v
	for k := j + 1; k < len(lines) && k <= j+3; k++ {
		t := strings.TrimSpace(lines[k])
		if t == "" || strings.IndexByte(t, '=') >= 0 {
			break
		}
		w += " " + t
		if strings.IndexByte(t, '"') >= 0 {
			return w, k
		}
	}
	return v, j
}

// tomlKey cuts "key = value" at the first '=' (a bare key, or a quoted
// one), the value's trailing comment dropped.
func tomlKey(t string) (string, string, bool) {
	k := strings.IndexByte(t, '=')
	if k <= 0 {
		return "", "", false
	}
	key := strings.Trim(strings.TrimSpace(t[:k]), `"`)
	if !tomlBare(key) {
		return "", "", false
	}
	return key, strings.TrimSpace(t[k+1:]), true
}

// tomlItem is an inline table's text and its line.
type tomlItem struct {
	s  string
	at int
}

// tomlBracket collects an array's inline tables from v on lines[j] to its
// closing bracket; the tables and the line of the bracket.
func tomlBracket(lines []string, j int, v string) ([]tomlItem, int, bool) {
	var items []tomlItem
	rest, at := strings.TrimSpace(v[1:]), j
	for n := 0; n < 200; n++ {
		for rest != "" {
			switch {
			case rest[0] == ']':
				return items, at, len(items) > 0
			case rest[0] == ',' || rest[0] == ' ' || rest[0] == '\t':
				rest = rest[1:]
			case rest[0] == '#':
				rest = ""
			case rest[0] == '{':
				c := tomlClose(rest)
				if c < 0 {
					return nil, at, false // an inline table over lines is not TOML
				}
				items = append(items, tomlItem{rest[:c+1], at})
				rest = strings.TrimSpace(rest[c+1:])
			default:
				return nil, at, false // an array of plain values: no rows
			}
		}
		if at++; at >= len(lines) {
			break
		}
		rest = strings.TrimSpace(lines[at])
	}
	return nil, at, false
}

// tomlClose is the index of the brace closing the inline table s opens,
// quotes skipped; -1 when it does not close on this line.
func tomlClose(s string) int {
	at := -1
	tomlUnquoted(s, 1, func(i int, c byte) bool {
		switch c {
		case '{': // a table nested inline: not one row
			return true
		case '}':
			at = i
			return true
		}
		return false
	})
	return at
}

// tomlUnquoted calls visit for every byte of s from from on that stands
// outside a quoted string, until visit returns true.
func tomlUnquoted(s string, from int, visit func(i int, c byte) bool) {
	var q byte
	for i := from; i < len(s); i++ {
		c := s[i]
		switch {
		case q != 0:
			if c == '\\' && q == '"' {
				i++
			} else if c == q {
				q = 0
			}
		case c == '"' || c == '\'':
			q = c
		default:
			if visit(i, c) {
				return
			}
		}
	}
}

// tomlInline reads an inline table "{ a = 1, b = "x" }" as an entry at
// path.
func tomlInline(s, path string, arr bool, at int) (tomlRec, bool) {
	r := tomlRec{path: path, array: arr, at: at}
	c := tomlClose(s)
	if c < 0 {
		return r, false
	}
	for _, part := range tomlSplit(s[1:c]) {
		if strings.TrimSpace(part) == "" {
			continue
		}
		k, v, ok := tomlKey(strings.TrimSpace(part))
		if !ok {
			return r, false
		}
		val, ok := tomlValue(v)
		if !ok {
			return r, false
		}
		r.keys, r.vals = append(r.keys, k), append(r.vals, val)
	}
	return r, len(r.keys) > 0
}

// tomlSplit parts an inline table's body at its commas outside quotes.
func tomlSplit(s string) []string {
	var out []string
	from := 0
	tomlUnquoted(s, 0, func(i int, c byte) bool {
		if c == ',' {
			out = append(out, s[from:i])
			from = i + 1
		}
		return false
	})
	return append(out, s[from:])
}

// tomlValue reads a scalar: a quoted string as written, a bare integer
// ("3_000_000" too) as its digits, a float with its point made a decimal
// comma, a boolean as written; false for anything else.
func tomlValue(v string) (string, bool) {
	if v == "" {
		return "", false
	}
	if q := v[0]; q == '"' || q == '\'' {
		e := strings.IndexByte(v[1:], q)
		if e < 0 {
			return "", false
		}
		rest := strings.TrimSpace(v[e+2:])
		if rest != "" && rest[0] != '#' {
			return "", false
		}
		return strings.TrimSpace(v[1 : e+1]), true
	}
	if h := strings.Index(v, " #"); h >= 0 {
		v = strings.TrimSpace(v[:h])
	}
	if v == "true" || v == "false" {
		return v, true
	}
	n := strings.ReplaceAll(v, "_", "")
	neg := strings.HasPrefix(n, "-")
	n = strings.TrimPrefix(strings.TrimPrefix(n, "-"), "+")
	k := strings.IndexByte(n, '.')
	ok := allDigits(n) || k > 0 && allDigits(n[:k]) && allDigits(n[k+1:])
	if !ok {
		return "", false // a date, an exponent, an array: no cell of a row
	}
	n = strings.Replace(n, ".", ",", 1)
	if neg {
		n = "-" + n
	}
	return n, true
}

// tomlTable is one table built from a run's entries.
type tomlTable struct {
	header []string
	rows   [][]string
}

// tomlGroups builds the run's tables: the entries of each top array (the
// shallowest array path, and the arrays nested under it) in order, the
// total table beside the top array last.
func tomlGroups(recs []tomlRec) []tomlTable {
	var tops []string
	for _, r := range recs {
		if r.array && !tomlUnder(r.path, tops) {
			tops = append(tops, r.path)
		}
	}
	var out []tomlTable
	for _, top := range tops {
		var rows []tomlRec
		var total *tomlRec
		for k, r := range recs {
			switch {
			case r.array && (r.path == top || strings.HasPrefix(r.path, top+".")):
				rows = append(rows, r)
			case !r.array && tomlTotalNames[strings.ToLower(tomlLast(r.path))] && tomlParent(r.path) == tomlParent(top) && tomlSoleTop(tops, top):
				total = &recs[k]
			}
		}
		if len(rows) < 2 {
			continue
		}
		if t, ok := tomlBuild(rows, total); ok {
			out = append(out, t)
		}
	}
	return out
}

// tomlUnder: path is one of tops or nested in one.
func tomlUnder(path string, tops []string) bool {
	for _, t := range tops {
		if path == t || strings.HasPrefix(path, t+".") {
			return true
		}
	}
	return false
}

// tomlSoleTop: no other top array shares top's parent, so a total beside
// them is top's alone.
func tomlSoleTop(tops []string, top string) bool {
	for _, t := range tops {
		if t != top && tomlParent(t) == tomlParent(top) {
			return false
		}
	}
	return true
}

func tomlLast(p string) string   { return p[strings.LastIndexByte(p, '.')+1:] }
func tomlParent(p string) string { return p[:max(strings.LastIndexByte(p, '.'), 0)] }

// tomlBuild lays the rows out under the union of their keys, a record's
// first name key in one name column; the total last, its name its label
// or its table's name. False when the rows share no amount.
func tomlBuild(rows []tomlRec, total *tomlRec) (tomlTable, bool) {
	var cols []string
	at := map[string]int{}
	col := func(r tomlRec, c int) string {
		k := strings.ToLower(r.keys[c])
		if tomlNameKeys[k] && slicesIndexFold(r.keys, tomlNameKeys) == c {
			return "uraian"
		}
		return k
	}
	for _, r := range rows {
		for c := range r.keys {
			if k := col(r, c); k != "" {
				if _, ok := at[k]; !ok {
					at[k] = len(cols)
					cols = append(cols, k)
				}
			}
		}
	}
	if len(cols) < 2 {
		return tomlTable{}, false
	}
	put := func(r tomlRec) ([]string, bool) {
		row := make([]string, len(cols))
		for c, v := range r.vals {
			i, ok := at[col(r, c)]
			if !ok {
				return nil, false
			}
			row[i] = v
		}
		return row, true
	}
	var t tomlTable
	for _, c := range cols {
		t.header = append(t.header, exportHeader(c))
	}
	for _, r := range rows {
		row, ok := put(r)
		if !ok {
			return tomlTable{}, false
		}
		t.rows = append(t.rows, row)
	}
	if total != nil {
		if row, ok := put(*total); ok {
			if n, has := at["uraian"]; has && row[n] == "" {
				row[n] = tomlLast(total.path)
			}
			t.rows = append(t.rows, row)
		}
	}
	return t, true
}

// slicesIndexFold is the index of the first of keys that set names,
// case aside; -1 when none.
func slicesIndexFold(keys []string, set map[string]bool) int {
	for i, k := range keys {
		if set[strings.ToLower(k)] {
			return i
		}
	}
	return -1
}
