package parse

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A console that prints each row by itself, no list around them: a Rails
// console's `….each { |c| pp c.attributes }`, a Python loop of pprint, a
// PHP, Elixir or Lua shell echoing its rows. One hash (dict, map, table)
// follows the other, each opening a line, wrapped as the printer likes:
//
//	irb(main):002:0> CapaianIndikator.where(tahun: 2019).each { |c| pp c.attributes }
//	{"nomor"=>1,
//	 "indikator"=>
//	  "Persentase Partisipasi Pemilih",
//	 "target"=>"77,50", …}
//	{"nomor"=>2, …}
//
// The languages' spellings of a record: Ruby `{"k"=>v}`, `{k: v}` and a
// model's inspect `#<CapaianIndikator id: 1, target: 0.1e3>`; Python
// `{'k': v}`; PHP's short array `['k' => v]`; Elixir `%{k: v}`; Lua
// `{k = v}`, `{["k"] = v}`. Strings cut in pieces (`"a " \` / `"b"`, `"a "
// + "b"`, pprint's `('a ' 'b')`) are joined; BigDecimal's `0.975e2` is its
// figure. A run of two or more such records naming the same keys in the
// same order is the records' table (nested_records.go), its keys the
// header: the table readers then prove each row as in any table. A record
// of other keys, a value that is no scalar (a nested hash, a list, a
// timestamp) or a line going on after a record leaves the run as written.

// hashLikely: some line of data opens with a record's bracket; one pass
// over the '{'s (rare in prose) and a look for the other openers.
func hashLikely(doc *facts.Document, data []byte) bool {
	if docHasAny(doc, data, "#<", "['", `["`) {
		return true
	}
	for i := 0; i < len(data); {
		k := bytes.IndexByte(data[i:], '{')
		if k < 0 {
			return false
		}
		k += i
		from, to := lineSpan(data, k)
		if hashOpen(string(data[from:to])) {
			return true
		}
		i = k + 1
	}
	return false
}

// hashOpen: the line opens with one record (not a list of them: reprRun's).
func hashOpen(l string) bool {
	t := strings.TrimLeft(l, " \t")
	t = strings.TrimPrefix(t, "%") // Elixir's map
	if len(t) < 3 {
		return false
	}
	switch t[0] {
	case '{':
		u := strings.TrimLeft(t[1:], " ") // Lua's inspect: "{ k = v }"
		if u == "" {
			return false
		}
		c := u[0]
		return c == '\'' || c == '"' || c == ':' || c == '[' || reprWordByte(c) && !(c >= '0' && c <= '9')
	case '[':
		return t[1] == '\'' || t[1] == '"'
	case '#':
		return t[1] == '<' && t[2] >= 'A' && t[2] <= 'Z'
	}
	return false
}

// reprListOpen: the line opens a list of records, `[{`, `[%{`, `[#<Model`
// or `[['k' =>`.
func reprListOpen(l string) bool {
	t := strings.TrimLeft(l, " \t")
	return strings.HasPrefix(t, "[") && (strings.HasPrefix(t, "[{") || hashOpen(t[1:]) && !strings.HasPrefix(t, "[[{"))
}

// hashRun reads the records one after another from lines[i]; the table,
// the line after the run, and whether it is one table.
func hashRun(lines []string, i int) (vertTable, int, bool) {
	var t vertTable
	r := reprReader{lines: lines, line: i, start: i}
	last := i
	for k := i; k < len(lines) && hashOpen(lines[k]); k = nestedNext(lines, last+1) {
		r.line, r.col, r.start = k, len(lines[k])-len(strings.TrimLeft(lines[k], " \t")), k
		names, vals, ok := r.record()
		if !ok || len(names) < 2 {
			return t, r.line + 1, false
		}
		if len(t.rows) == 0 {
			t.header = names
		} else if strings.Join(names, "\x00") != strings.Join(t.header, "\x00") {
			return t, r.line + 1, false // records of other keys: which column is which is not stated
		}
		r.take(',') // PHP's "],", Lua's "},"
		if strings.TrimSpace(lines[r.line][r.col:]) != "" {
			return t, r.line + 1, false // the line goes on into something else
		}
		t.rows, t.at, last = append(t.rows, vals), append(t.at, k), r.line
	}
	if len(t.rows) < 2 {
		return t, last + 1, false
	}
	t.from, t.to = i, last+1
	if t.to-t.from <= len(t.rows) && i > 0 && (strings.TrimSpace(lines[i-1]) == "" || hashPrompt(lines[i-1])) {
		t.from = i - 1 // one record a line: the header takes the line above
	}
	return t, t.to, true
}

// hashPrompt: a language console's prompt line ("irb(main):002:0> …",
// "pry(main)> ", ">>> ", "iex(1)> ", "php > ", "> ").
func hashPrompt(l string) bool {
	t := strings.TrimSpace(l)
	for _, p := range [...]string{"irb(", "pry(", "iex(", ">>> ", "php > ", "> "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return vertPrompt(t)
}

// record reads one record at the reader: its keys and values.
func (r *reprReader) record() ([]string, []string, bool) {
	r.take('%') // Elixir's map
	switch r.peek() {
	case '{':
		r.col++
		return r.dict('}')
	case '[': // PHP's short array
		r.col++
		return r.dict(']')
	case '#': // Ruby's inspect of a model: #<Name id: 1, …>
		l := r.lines[r.line]
		k := r.col + 2
		if !strings.HasPrefix(l[r.col:], "#<") {
			return nil, nil, false
		}
		for k < len(l) && (reprWordByte(l[k]) || l[k] == ':') {
			k++
		}
		if k == r.col+2 || k >= len(l) || l[k] != ' ' {
			return nil, nil, false
		}
		r.col = k
		return r.dict('>')
	}
	return nil, nil, false
}

// pieces reads a string and the pieces it is cut into after it: `"a "
// "b"`, `"a " \` at a line's end, `"a " + "b"`.
func (r *reprReader) pieces() (string, bool) {
	q := r.peek()
	s, ok := r.quoted()
	for ok {
		line, col := r.line, r.col
		r.space()
		if r.take('\\') || r.take('+') {
			r.space()
		}
		if r.peek() != q {
			r.line, r.col = line, col
			break
		}
		var more string
		if more, ok = r.quoted(); ok {
			s += more
		}
	}
	return s, ok
}

// reprExponent writes a figure in exponent notation ("0.975e2",
// "1.0E2") without it; any other word is returned as it is.
func reprExponent(w string) string {
	k := strings.IndexAny(w, "eE")
	if k < 1 || !strings.ContainsAny(w[:k], "0123456789") || w[0] == 'e' || w[0] == 'E' {
		return w
	}
	f, err := strconv.ParseFloat(w, 64)
	if err != nil {
		return w
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}
