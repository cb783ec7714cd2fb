package parse

import "strings"

// The pairs of a record literal (recgen.go): how each language writes a
// field's name, its separator and its value, read into a table's cells.

// recgenPairs reads a record's body as `name <sep> value` pairs: the
// separator `:`, `=`, `=>`, a Mathematica rule's `->`/`:>` or, after an
// EDN `:name`, a space (a quoted key: only with `->`, or `=>` in a Julia
// Dict); the pairs parted by `,`, `;` or (Go %+v, EDN) a space before the
// next name. At least two pairs, each name once, no nested value.
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
		key, quoted := s[k:i], false
		if i == k && !edn && s[i] == '"' {
			quoted = true
			q, n, ok := logQuoted(s[i:]) // a notebook's or Julia's quoted key, "kode" -> …
			if !ok || !recgenQuotedKey(q) {
				return false
			}
			key, i = q, i+n
		}
		if key == "" {
			return false
		}
		for i < len(s) && s[i] == ' ' {
			i++
		}
		switch {
		case edn:
		case strings.HasPrefix(s[i:], "->") || strings.HasPrefix(s[i:], ":>"):
			i += 2 // a Mathematica rule
		case strings.HasPrefix(s[i:], "=>"):
			// a quoted key only in a Julia Dict: JSON, Python and Ruby hashes are the export readers'
			if quoted && rec.typ != "Dict" {
				return false
			}
			i += 2
		case i < len(s) && (s[i] == ':' || s[i] == '=') && !quoted:
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
	if strings.HasPrefix(s, "Missing[") {
		if e := strings.IndexByte(s, ']'); e > 0 && !strings.ContainsAny(s[8:e], ",[{(") {
			return "", e + 1, true // a notebook's missing value, Missing["NotAvailable"]
		}
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
	r, ok := recgenAfterName(s)
	return ok && r != "" && (r[0] == ':' || r[0] == '=')
}

// recgenAfterName is s after the field name it opens with, blanks
// trimmed; false when s opens with no name.
func recgenAfterName(s string) (string, bool) {
	j := 0
	for j < len(s) && recgenNameByte(s[j], j > 0) {
		j++
	}
	return strings.TrimLeft(s[j:], " "), j > 0
}

// recgenCell writes a bare value as the report would: no value (nil,
// null, None, NA) blank; a number without its digit separators `_` and
// type suffix (7210L, 7210i64, 98.5f64), its decimal point a comma.
func recgenCell(v string) string {
	switch v {
	case "nil", "null", "None", "NA", "NULL", "Nothing", "Null", "nothing", "missing":
		return ""
	}
	v = recgenSci(v) // 1.2e9, 3.24*^10, 95.7` (recgen_repl.go)
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
