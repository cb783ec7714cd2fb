package parse

import "strings"

// The statements sql_insert.go reads, scanned from a byte offset of the
// text: only the plain shapes a dump writes; anything else fails the
// statement, which then stays as written.

// sqlScan is a position in the text being scanned.
type sqlScan struct {
	s string
	p int
}

// space skips white space and "--" comments.
func (x *sqlScan) space() {
	for x.p < len(x.s) {
		switch c := x.s[x.p]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			x.p++
		case strings.HasPrefix(x.s[x.p:], "--"):
			for x.p < len(x.s) && x.s[x.p] != '\n' {
				x.p++
			}
		default:
			return
		}
	}
}

// word takes the keyword w (any case) when it comes next.
func (x *sqlScan) word(w string) bool {
	x.space()
	if len(x.s)-x.p < len(w) || !strings.EqualFold(x.s[x.p:x.p+len(w)], w) {
		return false
	}
	if e := x.p + len(w); e < len(x.s) && sqlIdentByte(x.s[e]) {
		return false
	}
	x.p += len(w)
	return true
}

// punct takes the byte c when it comes next.
func (x *sqlScan) punct(c byte) bool {
	x.space()
	if x.p < len(x.s) && x.s[x.p] == c {
		x.p++
		return true
	}
	return false
}

func sqlIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// ident takes a name, bare or quoted ("x", `x`, [x]), a schema's dot
// joining two; "" when none comes next.
func (x *sqlScan) ident() string {
	x.space()
	var parts []string
	for {
		if x.p >= len(x.s) {
			break
		}
		var name string
		switch c := x.s[x.p]; {
		case c == '"' || c == '`' || c == '[':
			end := map[byte]byte{'"': '"', '`': '`', '[': ']'}[c]
			k := strings.IndexByte(x.s[x.p+1:], end)
			if k < 0 {
				return ""
			}
			name = x.s[x.p+1 : x.p+1+k]
			x.p += k + 2
		case sqlIdentByte(c):
			s := x.p
			for x.p < len(x.s) && sqlIdentByte(x.s[x.p]) {
				x.p++
			}
			name = x.s[s:x.p]
		}
		if name == "" {
			break
		}
		parts = append(parts, name)
		if x.p >= len(x.s) || x.s[x.p] != '.' {
			break
		}
		x.p++
	}
	if len(parts) == 0 {
		return ""
	}
	return parts[len(parts)-1]
}

// value takes a literal: a quoted string, a number or NULL.
func (x *sqlScan) value() (sqlVal, bool) {
	x.space()
	if x.p < len(x.s) && (x.s[x.p] == 'N' || x.s[x.p] == 'E') && x.p+1 < len(x.s) && x.s[x.p+1] == '\'' {
		x.p++ // N'…', E'…'
	}
	if x.p >= len(x.s) {
		return sqlVal{}, false
	}
	if x.s[x.p] == '\'' {
		var b strings.Builder
		for k := x.p + 1; k < len(x.s); k++ {
			switch c := x.s[k]; {
			case c == '\\' && k+1 < len(x.s):
				k++
				b.WriteByte(x.s[k])
			case c == '\'' && k+1 < len(x.s) && x.s[k+1] == '\'':
				k++
				b.WriteByte('\'')
			case c == '\'':
				x.p = k + 1
				return sqlVal{text: strings.Join(strings.Fields(b.String()), " "), quoted: true}, true
			default:
				b.WriteByte(c)
			}
		}
		return sqlVal{}, false
	}
	if x.word("NULL") {
		return sqlVal{text: "NULL"}, true
	}
	s := x.p
	if x.p < len(x.s) && (x.s[x.p] == '-' || x.s[x.p] == '+') {
		x.p++
	}
	digits := 0
	for x.p < len(x.s) && (x.s[x.p] >= '0' && x.s[x.p] <= '9' || x.s[x.p] == '.') {
		if x.s[x.p] != '.' {
			digits++
		}
		x.p++
	}
	if digits == 0 || strings.Count(x.s[s:x.p], ".") > 1 || x.p < len(x.s) && sqlIdentByte(x.s[x.p]) {
		return sqlVal{}, false // an expression, a name or a number in exponent form
	}
	return sqlVal{text: strings.TrimPrefix(x.s[s:x.p], "+")}, true
}

// names takes "(a, b, c)".
func (x *sqlScan) names() ([]string, bool) {
	if !x.punct('(') {
		return nil, false
	}
	var out []string
	for {
		n := x.ident()
		if n == "" {
			return nil, false
		}
		out = append(out, n)
		if x.punct(')') {
			return out, true
		}
		if !x.punct(',') {
			return nil, false
		}
	}
}

// sqlInsertStmt is one INSERT read: its table, column list (nil when it
// names none), tuples, each tuple's offset, and the offset after its ';'.
type sqlInsertStmt struct {
	table string
	cols  []string
	rows  [][]sqlVal
	at    []int
	end   int
}

// sqlInsert reads "INSERT [IGNORE] INTO t [(cols)] VALUES (…), (…);" at p.
func sqlInsert(s string, p int) (sqlInsertStmt, bool) {
	x := &sqlScan{s, p}
	var st sqlInsertStmt
	if !x.word("INSERT") {
		return st, false
	}
	x.word("IGNORE")
	if !x.word("INTO") {
		return st, false
	}
	if st.table = x.ident(); st.table == "" {
		return st, false
	}
	x.space()
	if x.p < len(s) && s[x.p] == '(' {
		cols, ok := x.names()
		if !ok {
			return st, false
		}
		st.cols = cols
	}
	if !x.word("VALUES") {
		return st, false
	}
	for {
		x.space()
		st.at = append(st.at, x.p)
		if !x.punct('(') {
			return st, false
		}
		var row []sqlVal
		for {
			v, ok := x.value()
			if !ok {
				return st, false
			}
			row = append(row, v)
			if x.punct(')') {
				break
			}
			if !x.punct(',') {
				return st, false
			}
		}
		st.rows = append(st.rows, row)
		if x.punct(';') {
			st.end = x.p
			return st, true
		}
		if !x.punct(',') {
			return st, false
		}
	}
}

// sqlCreate reads "CREATE TABLE [IF NOT EXISTS] t (col type …, …);" at p:
// the table, its column names (constraints are not columns) and the
// offset after the statement's ';'.
func sqlCreate(s string, p int) (string, []string, int, bool) {
	x := &sqlScan{s, p}
	if !x.word("CREATE") || !x.word("TABLE") {
		return "", nil, 0, false
	}
	if x.word("IF") && !(x.word("NOT") && x.word("EXISTS")) {
		return "", nil, 0, false
	}
	name := x.ident()
	if name == "" || !x.punct('(') {
		return "", nil, 0, false
	}
	var cols []string
	for {
		x.space()
		if x.p >= len(s) {
			return "", nil, 0, false
		}
		constraint := false
		for _, w := range []string{"PRIMARY", "CONSTRAINT", "KEY", "UNIQUE", "INDEX", "FOREIGN", "CHECK"} {
			if strings.HasPrefix(strings.ToUpper(s[x.p:]), w) && !(x.p+len(w) < len(s) && sqlIdentByte(s[x.p+len(w)])) {
				constraint = true
			}
		}
		col := x.ident()
		if col == "" {
			return "", nil, 0, false
		}
		if !constraint {
			cols = append(cols, col)
		}
		// the rest of the item up to its comma or the list's end
		depth := 0
		for ; x.p < len(s); x.p++ {
			c := s[x.p]
			if c == '\'' {
				if k := strings.IndexByte(s[x.p+1:], '\''); k >= 0 {
					x.p += k + 1
					continue
				}
			}
			if c == '(' {
				depth++
			} else if c == ')' && depth > 0 {
				depth--
			} else if c == ')' || c == ',' && depth == 0 {
				break
			} else if c == ';' {
				return "", nil, 0, false
			}
		}
		if x.p >= len(s) {
			return "", nil, 0, false
		}
		x.p++
		if s[x.p-1] == ')' {
			break
		}
	}
	k := strings.IndexByte(s[x.p:], ';')
	if k < 0 || strings.Contains(s[x.p:x.p+k], "\n\n") {
		return "", nil, 0, false
	}
	return name, cols, x.p + k + 1, true
}

// sqlLineStarts gives each line's offset in the lines joined by newlines,
// and the line an offset of that text falls in: statements are lexed over
// the joined text and written back by line.
func sqlLineStarts(lines []string) ([]int, func(int) int) {
	starts := make([]int, len(lines))
	for i, o := 0, 0; i < len(lines); i++ {
		starts[i] = o
		o += len(lines[i]) + 1
	}
	return starts, func(off int) int {
		lo, hi := 0, len(starts)-1
		for lo < hi {
			m := (lo + hi + 1) / 2
			if starts[m] <= off {
				lo = m
			} else {
				hi = m - 1
			}
		}
		return lo
	}
}
