package parse

import (
	"strings"
)

// The same dump written by a Python or Ruby console: the list of rows as
// the language prints it, a dict (hash) a row, over as many lines as the
// pretty-printer breaks it into:
//
//	[{'kecamatan': 'AESESA', 'tps': 64, 'l': 9081},
//	 {'kecamatan': 'GOLEWA', 'tps': 38, 'l': 7415}]
//
//	[{"kecamatan"=>"AESESA", :tps=>64, l: 9081}, …]
//
// reprRun reads such a literal into the records' table (nested_records.go):
// every element a dict of scalars, naming the same keys in the same order.
// Keys in double quotes before ':' are JSON's, which its own reader reads
// (pipes_json.go). pprint's strings cut over lines ('…' '…' in
// parentheses) are joined; None, nil and null are empty cells; Decimal('…')
// is its text.

// reprMaxLines bounds how far a literal is followed: a '[{' in prose
// whose bracket never closes must not make the reader walk the text.
const reprMaxLines = 2000

// reprRun reads the literal opening at lines[i]; the table, the line after
// it, and whether it is one table of records.
func reprRun(lines []string, i int) (vertTable, int, bool) {
	var t vertTable
	if !reprListOpen(lines[i]) {
		return t, i + 1, false
	}
	r := reprReader{lines: lines, line: i, col: strings.IndexByte(lines[i], '[') + 1, start: i}
	for n := 0; ; n++ {
		r.space()
		at := r.line
		names, vals, ok := r.record()
		if !ok || len(names) < 2 {
			return t, r.line + 1, false
		}
		if n == 0 {
			t.header = names
		} else if strings.Join(names, "\x00") != strings.Join(t.header, "\x00") {
			return t, r.line + 1, false
		}
		t.rows = append(t.rows, vals)
		t.at = append(t.at, at)
		r.space()
		if r.take(']') {
			break
		}
		if !r.take(',') {
			return t, r.line + 1, false
		}
	}
	if rest := strings.TrimSpace(lines[r.line][r.col:]); rest != "" {
		return t, r.line + 1, false // the literal goes on into something else
	}
	t.from, t.to = i, r.line+1
	if t.to-t.from <= len(t.rows) && i > 0 && strings.TrimSpace(lines[i-1]) == "" {
		t.from = i - 1 // one dict a line: the header takes the blank line above
	}
	return t, t.to, true
}

// reprReader walks a literal over lines, at lines[line][col].
type reprReader struct {
	lines     []string
	line, col int
	start     int // the literal's first line
}

// space moves past blanks and line ends; at the end of the text, or past
// reprMaxLines, it stays on the last line's end.
func (r *reprReader) space() {
	for r.line < len(r.lines) {
		l := r.lines[r.line]
		for r.col < len(l) && (l[r.col] == ' ' || l[r.col] == '\t' || l[r.col] == '\r') {
			r.col++
		}
		if r.col < len(l) || r.line+1 >= len(r.lines) || r.line-r.start >= reprMaxLines {
			return
		}
		r.line, r.col = r.line+1, 0
	}
}

// peek is the byte at the reader, 0 past the end of a line.
func (r *reprReader) peek() byte {
	if r.line >= len(r.lines) || r.col >= len(r.lines[r.line]) {
		return 0
	}
	return r.lines[r.line][r.col]
}

// take moves past s when the reader is at it.
func (r *reprReader) take(c byte) bool {
	if r.peek() != c {
		return false
	}
	r.col++
	return true
}

// dict reads the pairs of a dict after its opening, through its closing
// byte end ('}'; ']' for PHP's short array, '>' for Ruby's inspect).
func (r *reprReader) dict(end byte) ([]string, []string, bool) {
	var names, vals []string
	for {
		r.space()
		if r.take(end) {
			return names, vals, true
		}
		if len(names) > 0 {
			if !r.take(',') {
				return nil, nil, false
			}
			if r.space(); r.take(end) {
				return names, vals, true // a trailing comma
			}
		}
		name, ok := r.key()
		if !ok {
			return nil, nil, false
		}
		r.space()
		v, ok := r.value()
		if !ok {
			return nil, nil, false
		}
		names, vals = append(names, name), append(vals, v)
	}
}

// key reads a key and its separator: 'k': (Python), "k"=> or :k=> or k:
// (Ruby). A double-quoted key before ':' is JSON's: not read here.
func (r *reprReader) key() (string, bool) {
	l := r.lines[r.line]
	switch c := r.peek(); {
	case c == '\'' || c == '"':
		s, ok := r.quoted()
		if !ok {
			return "", false
		}
		r.space()
		if c == '\'' && r.take(':') {
			return s, s != ""
		}
		if r.take('=') && r.take('>') {
			return s, s != ""
		}
		return "", false
	case c == '[': // Lua's ["k"] = v
		r.col++
		if c := r.peek(); c != '\'' && c != '"' {
			return "", false
		}
		s, ok := r.quoted()
		if !ok || !r.take(']') {
			return "", false
		}
		r.space()
		return s, s != "" && r.luaEquals()
	case c == ':' || reprWordByte(c):
		sym := c == ':'
		if sym {
			r.col++
		}
		from := r.col
		for r.col < len(l) && reprWordByte(l[r.col]) {
			r.col++
		}
		k := l[from:r.col]
		if k == "" {
			return "", false
		}
		if sym {
			r.space()
			return k, r.take('=') && r.take('>')
		}
		if r.take(':') {
			return k, true // Ruby's and Elixir's "k: v"
		}
		r.space()
		return k, r.luaEquals()
	}
	return "", false
}

// luaEquals moves past Lua's '=' between key and value (not a '=>' nor '==').
func (r *reprReader) luaEquals() bool {
	l := r.lines[r.line]
	if r.peek() != '=' || r.col+1 < len(l) && (l[r.col+1] == '>' || l[r.col+1] == '=') {
		return false
	}
	r.col++
	return true
}

// reprWordByte: a byte of a bare key or word.
func reprWordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// quoted reads a string in the quote at the reader, its escapes undone.
func (r *reprReader) quoted() (string, bool) {
	l := r.lines[r.line]
	q := l[r.col]
	var b strings.Builder
	for k := r.col + 1; k < len(l); k++ {
		switch l[k] {
		case '\\':
			if k+1 < len(l) {
				k++
				b.WriteByte(l[k])
			}
		case q:
			r.col = k + 1
			return b.String(), true
		default:
			b.WriteByte(l[k])
		}
	}
	return "", false // a string does not run on over a line
}

// value reads a scalar: a string, pprint's strings in parentheses, a
// number, a word (None, nil, null: empty), Decimal('…').
func (r *reprReader) value() (string, bool) {
	switch c := r.peek(); {
	case c == '\'' || c == '"':
		return r.pieces()
	case c == '(':
		r.col++
		var parts []string
		for {
			r.space()
			if r.take(')') {
				return strings.Join(parts, ""), len(parts) > 0
			}
			if c := r.peek(); c != '\'' && c != '"' {
				return "", false
			}
			s, ok := r.quoted()
			if !ok {
				return "", false
			}
			parts = append(parts, s)
		}
	}
	l := r.lines[r.line]
	from := r.col
	for r.col < len(l) && (reprWordByte(l[r.col]) || l[r.col] == '.' || l[r.col] == '-' || l[r.col] == '+') {
		r.col++
	}
	w := l[from:r.col]
	switch w {
	case "":
		return "", false
	case "None", "nil", "null", "NULL":
		return "", true
	case "Decimal", "BigDecimal":
		if !r.take('(') {
			return "", false
		}
		s, ok := "", false
		if c := r.peek(); c == '\'' || c == '"' {
			s, ok = r.quoted()
		}
		return s, ok && r.take(')')
	}
	if strings.ContainsAny(w, "eE") {
		w = reprExponent(w) // BigDecimal's inspect "0.975e2"
	}
	if !hasDigitStr(w) {
		return "", false // True, a name: no cell of a table of figures
	}
	return w, true
}
