package parse

import (
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Budget lines typed again as a script's indexed assignments, one more
// machine format of machineRecords (anggaran_records.go) beside the
// .properties export (anggaran_records_kv.go): every value a statement
// `<record index and field> = <literal>`, one or several a line (parted by
// ';', or ':' in BASIC), in any order, the index anywhere in the name:
//
//	ang.1.kode = '076.01.WA'; ang.1.uraian = 'Program Dukungan Manajemen'   (REXX stems)
//	ang.1.pagu = 3145800000; ang.1.realisasi = 3068250977; ang.1.sisa = 77549023
//	tot.uraian = 'JUMLAH'; tot.pagu = 3533000000
//	10 LET PAGU(1) = 3145800000 : URAIAN$(1) = "Program …"               (BASIC, Fortran)
//	arr[1].pagu = 3145800000;  $data[1]['pagu'] = …;  a[1,"pagu"] = …      (JS, PHP, awk)
//	pagu[1]=3145800000; total_pagu=3533000000                              (bash arrays)
//
// The name is cut into parts (identifiers, subscripts); the field is the
// last part whose name is a budget role (recRole: pagu, realisasi, sisa,
// serapan, kode, uraian, induk), or else the array's own name when it is
// subscripted (`blokir(1)`), or else the last part; the other parts name the
// record, whose id is the last of them, so `ang.1.pagu` and `ang.1.kode` are
// one record and `tot.pagu` another. A record under tot/total/jumlah (or a
// scalar `total_pagu`) is the total. Quotes are taken off string literals,
// a program's zero decimals off a number.
//
// What it trusts: the field names only, as kvExport does for the other
// keyed records: a record without pagu or realisasi (an array of prices, of
// scores, of server ports) is no budget line, a budget record carrying a
// figure under a name it does not know fails the set, and the set is proven
// by blkExport (sisa = pagu − realisasi or the percent, kegiatan summing to
// their program, programs to the total). Lines that are code (a loop, a say
// or print) end the run; a run with nothing a .properties file cannot say
// (several statements a line, a quoted value, a subscript) is left to
// propsRead.

// asgClause is one assignment read from a line.
type asgClause struct {
	parts  []string // the name's parts, subscripts included, quotes off
	sub    []bool   // parts[k] was written as a subscript
	val    string
	quoted bool
}

// asgSplit parts a line into statements at ';' (and ':' when colon) outside
// quotes; a trailing comment (/* */, //, a blank's #, BASIC's ') is dropped.
func asgSplit(l string) []string {
	var out []string
	var q byte
	start := 0
	for k := 0; k < len(l); k++ {
		c := l[k]
		switch {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '"' || c == '\'':
			if c == '\'' && asgCommentQuote(l, k) {
				return append(out, l[start:k])
			}
			q = c
		case c == ';' || c == ':':
			out = append(out, l[start:k])
			start = k + 1
		case (c == '#' && (k == 0 || l[k-1] == ' ' || l[k-1] == '\t')) || (c == '/' && k+1 < len(l) && (l[k+1] == '/' || l[k+1] == '*')):
			return append(out, l[start:k])
		}
	}
	return append(out, l[start:])
}

// asgCommentQuote: a BASIC apostrophe comment, the quote after a finished
// statement (a blank before it and no '=' still waiting for its value).
func asgCommentQuote(l string, k int) bool {
	before := strings.TrimRight(l[:k], " \t")
	if len(before) == len(l[:k]) || before == "" {
		return before == ""
	}
	last := before[len(before)-1]
	return last != '=' && last != '(' && last != '[' && last != ','
}

// asgParse reads one statement `name = literal`; ok false when it is no
// such assignment (code, a loop, prose).
func asgParse(s string) (c asgClause, ok bool) {
	s = strings.TrimSpace(s)
	// a BASIC line number, a LET, a declaration keyword, PHP's '$'
	if k := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }); k > 0 && s[k] == ' ' {
		s = strings.TrimSpace(s[k:])
	}
	for _, kw := range []string{"LET ", "let ", "var ", "const ", "local ", "export "} {
		s = strings.TrimPrefix(s, kw)
	}
	s = strings.TrimPrefix(s, "$")
	eq := strings.IndexByte(s, '=')
	if eq <= 0 || (eq+1 < len(s) && s[eq+1] == '=') || strings.ContainsAny(s[eq-1:eq], "!<>+-*/") {
		return c, false
	}
	name, v := strings.TrimSpace(s[:eq]), strings.TrimSpace(s[eq+1:])
	if !asgName(&c, name) {
		return c, false
	}
	switch {
	case len(v) >= 2 && (v[0] == '\'' || v[0] == '"') && v[len(v)-1] == v[0]:
		q := string(v[0])
		c.val, c.quoted = strings.ReplaceAll(v[1:len(v)-1], q+q, q), true
	case v != "" && asgNumber(v):
		v = strings.ReplaceAll(v, "_", "")
		if d := strings.IndexByte(v, '.'); d > 0 && strings.Trim(v[d+1:], "0") == "" {
			v = v[:d]
		}
		c.val = v
	case v != "" && eq > 0 && s[eq-1] != ' ' && s[eq+1:] == v && asgBare(v):
		c.val = v // a shell's unquoted word: kode[1]=076.01.WA
	default:
		return c, false
	}
	return c, true
}

// asgBare: a shell word without quotes (no blank, no expansion).
func asgBare(v string) bool {
	for k := 0; k < len(v); k++ {
		if c := v[k]; !(isLetterByte(c) || c == '_' || c == '.' || c == ',' || c == '-' || (c >= '0' && c <= '9')) {
			return false
		}
	}
	return true
}

// asgNumber: a number literal as a program writes it (digits, one '.', '_').
func asgNumber(v string) bool {
	dots := 0
	for k := 0; k < len(v); k++ {
		switch c := v[k]; {
		case c >= '0' && c <= '9', c == '_' && k > 0:
		case c == '.' && k > 0:
			dots++
		case c == '-' && k == 0 && len(v) > 1:
		default:
			return false
		}
	}
	return dots <= 1
}

// asgName cuts an assignment's name into its parts: identifiers parted by
// '.', subscripts in () or [] (several parted by ','), quotes off; a BASIC
// type suffix ($ % # !) off an identifier. False when the name is no
// variable.
func asgName(c *asgClause, name string) bool {
	k := 0
	for k < len(name) {
		ch := name[k]
		switch {
		case ch == '.':
			k++
		case ch == '(' || ch == '[':
			close := map[byte]byte{'(': ')', '[': ']'}[ch]
			e := strings.IndexByte(name[k:], close)
			if e < 0 {
				return false
			}
			for _, s := range strings.Split(name[k+1:k+e], ",") {
				s = strings.Trim(strings.TrimSpace(s), `"'`)
				if s == "" || !asgIdent(s) {
					return false
				}
				c.parts, c.sub = append(c.parts, s), append(c.sub, true)
			}
			k += e + 1
		default:
			e := k
			for e < len(name) && (isLetterByte(name[e]) || name[e] == '_' || (name[e] >= '0' && name[e] <= '9')) {
				e++
			}
			if e == k {
				return false
			}
			id := name[k:e]
			if e < len(name) && strings.IndexByte("$%#!", name[e]) >= 0 {
				e++
			}
			c.parts, c.sub = append(c.parts, id), append(c.sub, false)
			k = e
		}
	}
	return len(c.parts) > 0 && !(name[0] >= '0' && name[0] <= '9')
}

// asgIdent: a subscript's text is a plain index or key (no expression).
func asgIdent(s string) bool {
	for k := 0; k < len(s); k++ {
		c := s[k]
		if !(isLetterByte(c) || c == '_' || c == '.' || c == '-' || (c >= '0' && c <= '9')) {
			return false
		}
	}
	return true
}

// asgLine: every statement of the line is an assignment of a literal; the
// statements, nil when the line is no such line.
func asgLine(l string) []asgClause {
	if strings.IndexByte(l, '=') < 0 {
		return nil
	}
	var out []asgClause
	for _, s := range asgSplit(l) {
		if strings.TrimSpace(s) == "" {
			continue
		}
		c, ok := asgParse(s)
		if !ok {
			return nil
		}
		out = append(out, c)
	}
	return out
}

// asgComment: a comment-only line of a script (REXX, C, shell, BASIC, Fortran).
func asgComment(l string) bool {
	t := strings.TrimSpace(l)
	for _, p := range []string{"/*", "*", "//", "#", "'", "!", "REM ", "rem "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return t == "REM"
}

// asgTotalWord: a record name that is the total.
func asgTotalWord(s string) bool {
	switch strings.ToLower(strings.Trim(s, "_")) {
	case "tot", "total", "jumlah", "jml", "grand", "grandtotal", "grand_total", "totals":
		return true
	}
	return false
}

// asgKey: the record and the field a statement names.
func asgKey(c asgClause) (rec, id, field string) {
	parts := c.parts
	f := -1
	for k := len(parts) - 1; k >= 0; k-- {
		if recRole(parts[k]) != "" {
			f = k
			break
		}
	}
	if f < 0 && len(parts) > 1 && !c.sub[0] && c.sub[len(parts)-1] {
		f = 0 // blokir(1): the array names the field
	}
	if f < 0 {
		f = len(parts) - 1
	}
	rest := append(append([]string(nil), parts[:f]...), parts[f+1:]...)
	field = parts[f]
	if len(rest) == 0 {
		// a scalar: total_pagu, jumlah_realisasi, pagu_total
		if u := strings.IndexByte(field, '_'); u > 0 {
			a, b := field[:u], field[u+1:]
			if asgTotalWord(a) && recRole(b) != "" {
				return "TOTAL", "TOTAL", b
			}
			if asgTotalWord(b) && recRole(a) != "" {
				return "TOTAL", "TOTAL", a
			}
		}
		return "", "", field
	}
	id = rest[len(rest)-1]
	if len(rest) == 1 && asgTotalWord(id) {
		return "TOTAL", "TOTAL", field
	}
	return strings.ToLower(strings.Join(rest, ".")), id, field
}

// assignRead reads the run of assignment lines from line i. claimed false
// when the run is no script's budget (propsRead may still read it); skip the
// run's last line.
func assignRead(doc *facts.Document, lines []string, i int) (end int, ok, claimed bool, skip int) {
	var groups, seqGroups []*kvGroup
	byRec := map[string]*kvGroup{}
	script := false
	budget := map[string]bool{} // the records naming pagu or realisasi
	// the same clauses cut by record-boundary statements (APPEND BLANK,
	// rs.AddNew, WRITE rec: anggaran_records_stmt.go), used when the run
	// has any
	seq, seqBudget := 0, map[int]bool{}
	j, to := i, i
	for ; j < len(lines) && j < i+2000; j++ {
		l := lines[j]
		if strings.TrimSpace(l) == "" || asgComment(l) && !(seq > 0 && stmtBang(l)) {
			continue
		}
		if stmtBoundary(l) {
			seq++
			to = j + 1
			continue
		}
		cs := asgLine(l)
		if cs == nil {
			cs = stmtLine(l)
		}
		if cs == nil {
			break
		}
		to = j + 1
		if len(cs) > 1 {
			script = true
		}
		for _, c := range cs {
			rec, id, field := asgKey(c)
			if len(seqGroups) <= seq {
				seqGroups = append(seqGroups, make([]*kvGroup, seq+1-len(seqGroups))...)
			}
			if seqGroups[seq] == nil {
				seqGroups[seq] = &kvGroup{id: "#" + strconv.Itoa(seq)}
			}
			sg := seqGroups[seq]
			sg.keys, sg.vals = append(sg.keys, field), append(sg.vals, c.val)
			if r := recRole(field); r == "pagu" || r == "real" {
				seqBudget[seq] = true
			}
			if rec == "" {
				continue // a scalar setting: n = 7
			}
			for _, s := range c.sub {
				script = script || s
			}
			script = script || c.quoted
			if r := recRole(field); r == "pagu" || r == "real" {
				budget[rec] = true
			}
			g := byRec[rec]
			if g == nil {
				g = &kvGroup{id: id}
				byRec[rec] = g
				groups = append(groups, g)
			}
			g.keys, g.vals = append(g.keys, field), append(g.vals, c.val)
		}
	}
	if seq > 0 {
		groups, budget, script = nil, nil, len(seqBudget) >= 2
		for _, g := range seqGroups {
			if g != nil {
				groups = append(groups, g)
			}
		}
	}
	if !script || (seq == 0 && len(budget) < 2) { // one stray `Pagu(Rp) = …` is no set of records
		return -1, false, false, max(i, to-1)
	}
	end, ok = kvExport(doc, lines, i, to, groups, "skrip penugasan anggaran")
	return end, ok, true, end
}
