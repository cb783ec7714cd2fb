package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A table's rows printed as a language's record literals, one record a
// line or a record's balanced braces over a few lines:
//
//	Dpt { kecamatan: "ALOK", laki: 7210, perempuan: 7_305, jumlah: 14515 }   Rust {:?} / {:#?}
//	{Kecamatan:KOTA BARU Laki:7210 Perempuan:7305}                           Go %+v
//	{:kecamatan "ALOK" :pemilih-laki 7210}                                   Clojure / EDN
//	#{kecamatan => <<"ALOK">>, laki => 7210}   %{kecamatan: "ALOK", …}       Erlang / Elixir
//	{kecamatan="ALOK", laki=7210}   { kecamatan = "ALOK"; laki = 7210; }     Lua / Nix
//	list(kecamatan = "ALOK", laki = 7210L)   Dpt {kecamatan = "ALOK", …}     R / Haskell show
//	Dpt(kecamatan=ALOK, laki=7210)                                           Kotlin / Java toString()
//
// Every syntax is the same idea: a record of `name <sep> value` pairs. A
// run of at least two records of one type (the name before the brace) that
// name the same fields (in any order; a field left out is a blank cell,
// exportSameKeys) becomes a TAB table: the field names, split into words
// (camelCase, snake_case, kebab-case; exportHeader), are the header the
// role vocabularies read, a record a row. The values are written as the
// report would (a number's `_`, its type suffix 7210L / 7210i64 dropped, a
// decimal point as a comma); nothing is proven here: the ordinary table
// readers load the rows with their own proofs (L + P = total, the sums, the
// sisa, capaian %), under the nearest caption above. A run is a table only
// when one column is text (the row's name) and two are numbers; a server's
// struct dumps or a shop's products become tables no role vocabulary reads.

// recgenRec is one record literal: its type name and its fields.
type recgenRec struct {
	typ        string
	keys, vals []string
}

// recgenTables rewrites the runs of record literals of a text as TAB
// tables; data itself when it holds none.
func recgenTables(doc *facts.Document, data []byte) []byte {
	if !recgenGate(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		first, next, ok := recgenAt(lines, i)
		if !ok {
			continue
		}
		recs := []recgenRec{first}
		end := next
		for k := next; k < len(lines); {
			r, n, ok := recgenAt(lines, k)
			if !ok && recgenFiller(lines[k]) {
				k++
				continue
			}
			if !ok || r.typ != first.typ {
				break
			}
			recs = append(recs, r)
			end, k = n, n
		}
		if len(recs) < 2 {
			continue
		}
		keys := make([][]string, len(recs))
		vals := make([][]string, len(recs))
		for r, rec := range recs {
			keys[r], vals[r] = rec.keys, rec.vals
		}
		head, rows, ok := exportSameKeys(keys, vals)
		if !ok || !recgenShape(rows) {
			continue
		}
		// the code around the run (`let dpt = vec![`, a closing `]`) goes with it
		from := i
		for from > 0 && strings.TrimSpace(lines[from-1]) != "" && recgenFiller(lines[from-1]) {
			from--
		}
		for end < len(lines) && strings.TrimSpace(lines[end]) != "" && recgenFiller(lines[end]) {
			end++
		}
		if recgenField(lines, from-1) || recgenField(lines, end) {
			continue // the records are one field's value in a larger structure (a TOML array of inline tables)
		}
		header := make([]string, len(head))
		for c, k := range head {
			header[c] = exportHeader(k)
		}
		if !logPlace(lines, from, end, header, rows) { // the header on the blank line above (log_lines.go)
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

// recgenShape: one column is text in some row and two are figures in
// every row that fills them.
func recgenShape(rows [][]string) bool {
	text, nums := 0, 0
	for c := range rows[0] {
		letters, figures, filled := false, 0, 0
		for _, row := range rows {
			v := row[c]
			if v == "" {
				continue
			}
			filled++
			if numLike(v) && strings.ContainsAny(v, "0123456789") {
				figures++
			}
			for j := 0; j < len(v); j++ {
				if isLetterByte(v[j]) {
					letters = true
					break
				}
			}
		}
		if letters {
			text++
		} else if filled > 0 && figures == filled {
			nums++
		}
	}
	return text >= 1 && nums >= 2
}

// recgenGate: two lines open a record literal, found without splitting the
// text; every other text costs a byte scan (no string a line).
func recgenGate(data []byte) bool {
	n := 0
	for i := 0; i < len(data); {
		j := i
		for j < len(data) && data[j] != '\n' {
			j++
		}
		if _, _, ok := recgenOpen(data[i:j]); ok {
			if n++; n >= 2 {
				return true
			}
		}
		i = j + 1
	}
	return false
}

// recgenOpen reads a line's record opening: an optional type name (`Dpt`,
// `list`, `model::Dpt`, Elixir's `%Dpt`), then `{`, `#{`, `%{` or, after a
// name, `(`. It gives the type name and where the record's body opens.
func recgenOpen[T string | []byte](l T) (typ string, body int, ok bool) {
	i := 0
	for i < len(l) && (l[i] == ' ' || l[i] == '\t' || l[i] == '[') {
		i++
	}
	if i >= len(l) {
		return "", 0, false
	}
	switch {
	case l[i] == '{':
		return "", i + 1, true
	case (l[i] == '#' || l[i] == '%') && i+1 < len(l) && l[i+1] == '{':
		return string(l[i : i+1]), i + 2, true
	}
	s := i
	if l[i] == '%' {
		i++
	}
	if i >= len(l) || !isLetterByte(l[i]) {
		return "", 0, false
	}
	for i < len(l) && (isLetterByte(l[i]) || l[i] >= '0' && l[i] <= '9' || l[i] == '_' || l[i] == ':' || l[i] == '.') {
		i++
	}
	e := i
	if i < len(l) && l[i] == ' ' && i+1 < len(l) && l[i+1] == '{' {
		i++ // Rust's and Haskell's `Dpt {`
	}
	if i < len(l) && (l[i] == '{' || l[i] == '(') {
		return string(l[s:e]), i + 1, true
	}
	return "", 0, false
}

// recgenAt reads the record opening at lines[i], its body up to the
// balanced closing bracket (at most 40 lines on), and after it nothing but
// `,`, `;` or closing brackets. It gives the record and the line after it.
func recgenAt(lines []string, i int) (recgenRec, int, bool) {
	var rec recgenRec
	typ, at, ok := recgenOpen(lines[i])
	if !ok {
		return rec, i, false
	}
	open := lines[i][at-1]
	closer := byte('}')
	if open == '(' {
		closer = ')'
	}
	var body strings.Builder
	depth, quote := 1, byte(0)
	for k := i; k < len(lines) && k < i+40; k++ {
		l := lines[k]
		if k == i {
			l = l[at:]
		}
		for j := 0; j < len(l); j++ {
			c := l[j]
			switch {
			case quote != 0:
				if c == '\\' {
					body.WriteByte(c)
					j++
					if j < len(l) {
						body.WriteByte(l[j])
					}
					continue
				}
				if c == quote {
					quote = 0
				}
			case c == '"':
				quote = c
			case c == '{' || c == '(' || c == '[':
				depth++
			case c == '}' || c == ')' || c == ']':
				depth--
				if depth == 0 {
					if c != closer || strings.Trim(l[j+1:], " \t,;])}") != "" {
						return rec, i, false
					}
					rec.typ = typ
					if !recgenPairs(body.String(), &rec) {
						return rec, i, false
					}
					return rec, k + 1, true
				}
			}
			body.WriteByte(c)
		}
		if quote != 0 {
			return rec, i, false // a string does not run over a line
		}
		body.WriteByte(' ')
	}
	return rec, i, false
}

// recgenPairs reads a record's body as `name <sep> value` pairs: the
// separator `:`, `=`, `=>` or, after an EDN `:name`, a space; the pairs
// parted by `,`, `;` or (Go %+v, EDN) a space before the next name. At
// least two pairs, each name once, no nested value.
func recgenPairs(s string, rec *recgenRec) bool {
	i := 0
	for {
		for i < len(s) && strings.IndexByte(" \t,;", s[i]) >= 0 {
			i++
		}
		if i >= len(s) {
			break
		}
		edn := s[i] == ':'
		if edn {
			i++
		}
		k := i
		for i < len(s) && recgenNameByte(s[i], i > k) {
			i++
		}
		if i == k {
			return false
		}
		key := s[k:i]
		for i < len(s) && s[i] == ' ' {
			i++
		}
		switch {
		case edn:
		case strings.HasPrefix(s[i:], "=>"):
			i += 2
		case i < len(s) && (s[i] == ':' || s[i] == '='):
			i++
		default:
			return false
		}
		for i < len(s) && s[i] == ' ' {
			i++
		}
		val, n, ok := recgenValue(s[i:])
		if !ok {
			return false
		}
		i += n
		for _, seen := range rec.keys {
			if seen == key {
				return false
			}
		}
		rec.keys = append(rec.keys, key)
		rec.vals = append(rec.vals, val)
	}
	return len(rec.keys) >= 2
}

// recgenNameByte: a field name's byte, a letter or '_' first, then also
// digits and '-' (kebab-case).
func recgenNameByte(c byte, inside bool) bool {
	return isLetterByte(c) || c == '_' || inside && (c >= '0' && c <= '9' || c == '-')
}

// recgenValue reads a value at the start of s: a quoted string, an
// Erlang binary <<"…">>, or a bare word up to `,`, `;` or a space before
// the next `name:`/`name=`/`:name`. It gives the cell and the bytes taken.
func recgenValue(s string) (string, int, bool) {
	bin := strings.HasPrefix(s, `<<"`)
	if bin {
		s = s[2:]
	}
	if s != "" && s[0] == '"' {
		v, n, ok := logQuoted(s) // (log_lines.go)
		if !ok {
			return "", 0, false
		}
		if bin {
			if !strings.HasPrefix(s[n:], ">>") {
				return "", 0, false
			}
			n += 4
		}
		return strings.TrimSpace(v), n, true
	}
	if s != "" && strings.IndexByte("{[(<'", s[0]) >= 0 {
		return "", 0, false // a nested value: not a table's cell
	}
	end := len(s)
	for j := 0; j < len(s); j++ {
		if s[j] == ',' || s[j] == ';' {
			end = j
			break
		}
		if s[j] == ' ' && recgenNextPair(s[j+1:]) {
			end = j
			break
		}
	}
	v := strings.TrimSpace(s[:end])
	if strings.ContainsAny(v, "\"{}[]()") {
		return "", 0, false
	}
	return recgenCell(v), end, true
}

// recgenNextPair: s opens with the next pair's name (`Laki:`, `laki =`,
// `:laki`), so the bare value before it has ended.
func recgenNextPair(s string) bool {
	s = strings.TrimLeft(s, " ")
	if s != "" && s[0] == ':' {
		return len(s) > 1 && recgenNameByte(s[1], false)
	}
	j := 0
	for j < len(s) && recgenNameByte(s[j], j > 0) {
		j++
	}
	if j == 0 {
		return false
	}
	r := strings.TrimLeft(s[j:], " ")
	return r != "" && (r[0] == ':' || r[0] == '=')
}

// recgenCell writes a bare value as the report would: no value (nil,
// null, None, NA) blank; a number without its digit separators `_` and
// type suffix (7210L, 7210i64, 98.5f64), its decimal point a comma.
func recgenCell(v string) string {
	switch v {
	case "nil", "null", "None", "NA", "NULL", "Nothing":
		return ""
	}
	n := strings.TrimLeft(v, "-")
	if n == "" || n[0] < '0' || n[0] > '9' {
		return v
	}
	d := len(n)
	for d > 0 && !(n[d-1] >= '0' && n[d-1] <= '9') {
		d--
	}
	switch suf := n[d:]; suf {
	case "", "L", "l", "n", "u", "i", "f", "i32", "i64", "u32", "u64", "usize", "isize", "f32", "f64":
	default:
		if !(suf[0] == 'i' || suf[0] == 'u' || suf[0] == 'f') || strings.Trim(suf[1:], "0123456789") != "" {
			return v
		}
	}
	num := strings.ReplaceAll(n[:d], "_", "")
	dot := false
	for j := 0; j < len(num); j++ {
		switch c := num[j]; {
		case c == '.' && !dot && j > 0 && j < len(num)-1:
			dot = true
		case c < '0' || c > '9':
			return v
		}
	}
	return v[:len(v)-len(n)] + strings.Replace(num, ".", ",", 1)
}

// recgenField: lines[k] is a field of a structure, `name = value` or
// `name: value`.
func recgenField(lines []string, k int) bool {
	return k >= 0 && k < len(lines) && recgenNextPair(strings.TrimSpace(lines[k]))
}

// recgenFiller: a line of the code around a run of records, no record of
// its own: brackets and commas (`],`, `}`), or a name bound to a list
// opening (`let dpt = vec![`, `dpt <- list(`, `(def dpt [`).
func recgenFiller(l string) bool {
	t := strings.TrimSpace(l)
	if strings.Trim(t, "[](){},;") == "" {
		return true
	}
	if !strings.HasSuffix(t, "[") && !strings.HasSuffix(t, "(") && !strings.HasSuffix(t, "{") {
		return false
	}
	if len(strings.Fields(t)) > 5 {
		return false
	}
	for j := 0; j < len(t); j++ {
		c := t[j]
		if !(isLetterByte(c) || c >= '0' && c <= '9' || strings.IndexByte(" _=<-!:.[({", c) >= 0) {
			return false
		}
	}
	return strings.ContainsAny(t, "=<") || strings.HasPrefix(t, "(def") || strings.HasPrefix(t, "local ")
}
