package parse

import (
	"strings"
	"unicode"

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
	orig := data
	data = recgenRepl(doc, data)   // a notebook's wrapped output, a record a line (recgen_repl.go)
	data = recgenPascal(doc, data) // a Pascal unit's typed constant, an array of records (recgen_pascal.go)
	if !recgenGate(data) {
		return orig
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		first, next, col, ok := recgenAt(lines, i, 0)
		if !ok {
			continue
		}
		recs := []recgenRec{first}
		end := next
		for k := next; k < len(lines); {
			r, n, c, ok := recgenAt(lines, k, col)
			if !ok && col == 0 && recgenFiller(lines[k]) {
				k++
				continue
			}
			if !ok && col == 0 {
				if r, n, ok := recgenTotalValue(lines, k, first); ok {
					recs = append(recs, r) // a REPL's next value, the run's total (recgen_pascal.go)
					end = n
					break
				}
			}
			if !ok || r.typ != first.typ {
				break
			}
			recs = append(recs, r)
			end, k, col = n, n, c
		}
		if len(recs) < 2 || col > 0 {
			continue // (a run that stops inside a line is not a table)
		}
		head, rows, ok := recgenTable(recs)
		if !ok {
			continue
		}
		// the code around the run (`let dpt = vec![`, a closing `]`) goes with it
		from := i
		// and so does a typed REPL's session around the value (recgen_toplevel.go)
		for from > 0 && strings.TrimSpace(lines[from-1]) != "" && (recgenFiller(lines[from-1]) || recgenToplevel(lines[from-1])) {
			from--
		}
		for end < len(lines) && strings.TrimSpace(lines[end]) != "" && (recgenFiller(lines[end]) || recgenToplevel(lines[end])) {
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
		return orig
	}
	return []byte(strings.Join(lines, "\n"))
}

// recgenTable is the header and rows of records naming the same keys (in
// any order, exportSameKeys) when they make a table's shape (recgenShape).
func recgenTable(recs []recgenRec) ([]string, [][]string, bool) {
	keys := make([][]string, len(recs))
	vals := make([][]string, len(recs))
	for r, rec := range recs {
		keys[r], vals[r] = rec.keys, rec.vals
	}
	head, rows, ok := exportSameKeys(keys, vals)
	return head, rows, ok && recgenShape(rows)
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
			letters = letters || strings.IndexFunc(v, unicode.IsLetter) >= 0
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
		if _, _, _, ok := recgenOpen(data[i:j]); ok || recgenNextOn(data[i:j]) >= 0 {
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
// name, `(`; a notebook's association `<|`, Maple's `table([`, Julia's
// `Dict{String, Any}(` and NamedTuple `(kode = …`, after a REPL prompt
// (recgenPrompt). It gives the type name, where the record's body opens
// and the bracket that closes it (`|>` written as '|').
func recgenOpen[T string | []byte](l T) (typ string, body int, closer byte, ok bool) {
	i := recgenPrompt(l)
	for i < len(l) && (l[i] == ' ' || l[i] == '\t' || l[i] == '[' || l[i] == '{' && i+1 < len(l) && (l[i+1] == '<' || l[i+1] == '{')) {
		i++
	}
	if i >= len(l) {
		return "", 0, 0, false
	}
	switch {
	case l[i] == '{':
		return "", i + 1, '}', true
	case l[i] == '<' && i+1 < len(l) && l[i+1] == '|':
		return "<|", i + 2, '|', true
	case (l[i] == '#' || l[i] == '%') && i+1 < len(l) && l[i+1] == '{':
		return string(l[i : i+1]), i + 2, '}', true
	case l[i] == '(' && recgenEqPair(string(l[i+1:])):
		return "(", i + 1, ')', true // Julia's NamedTuple
	}
	s := i
	if l[i] == '%' {
		i++
	}
	if i >= len(l) || !isLetterByte(l[i]) {
		return "", 0, 0, false
	}
	for i < len(l) && (isLetterByte(l[i]) || l[i] >= '0' && l[i] <= '9' || l[i] == '_' || l[i] == ':' || l[i] == '.') {
		i++
	}
	e := i
	if i < len(l) && l[i] == '{' {
		if p := strings.IndexByte(string(l[i:]), '}'); p > 0 && i+p+1 < len(l) && l[i+p+1] == '(' {
			i += p + 1 // Julia's type parameters, `Dict{String, Any}(`
		}
	}
	if i < len(l) && l[i] == ' ' && i+1 < len(l) && l[i+1] == '{' {
		i++ // Rust's and Haskell's `Dpt {`
	}
	switch {
	case i+1 < len(l) && l[i] == '(' && l[i+1] == '[':
		return string(l[s:e]), i + 2, ']', true // Maple's table([k = v])
	case i < len(l) && l[i] == '{':
		return string(l[s:e]), i + 1, '}', true
	case i < len(l) && l[i] == '(':
		return string(l[s:e]), i + 1, ')', true
	}
	return "", 0, 0, false
}

// recgenAt reads the record opening at lines[i] (from byte col on), its
// body up to the balanced closing bracket (at most 40 lines on), and after
// it nothing but `,`, `;` or closing brackets, or F# fsi's next record
// of a list on the same line (`}; { Nomor = 2`). It gives
// the record, the line after it, or the line and byte where the next
// record opens.
func recgenAt(lines []string, i, col int) (recgenRec, int, int, bool) {
	var rec recgenRec
	typ, at, closer, ok := recgenOpen(lines[i][col:])
	if !ok {
		return rec, i, 0, false
	}
	at += col
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
			case quote != 0 && c == '\\' && j+1 < len(l):
				body.WriteByte(c) // an escaped character, the quote too
				j++
				c = l[j]
			case quote != 0:
				if c == quote {
					quote = 0
				}
			case c == '"':
				quote = c
			case c == '<' && j+1 < len(l) && l[j+1] == '|':
				depth++
				body.WriteByte(c)
				j++
				c = l[j]
			case c == '{' || c == '(' || c == '[':
				depth++
			case c == '|' && j+1 < len(l) && l[j+1] == '>' || c == '}' || c == ')' || c == ']':
				if c == '|' {
					j++ // the association's `|>`
				}
				depth--
				if depth == 0 {
					next := -1
					if c == '}' && strings.HasPrefix(l[j:], "};") {
						if r := strings.TrimLeft(l[j+2:], " "); strings.HasPrefix(r, "{") {
							next = len(l) - len(r) - j // F#'s `}; {`: the next record opens here
						}
					}
					if c != closer || next < 0 && strings.Trim(l[j+1:], " \t,;])}") != "" {
						return rec, i, 0, false
					}
					rec.typ = typ
					if !recgenPairs(body.String(), &rec) {
						return rec, i, 0, false
					}
					if next >= 0 {
						return rec, k, len(lines[k]) - len(l) + j + next, true
					}
					return rec, k + 1, 0, true
				}
			}
			body.WriteByte(c)
		}
		if quote != 0 {
			return rec, i, 0, false // a string does not run over a line
		}
		body.WriteByte(' ')
	}
	return rec, i, 0, false
}

// recgenNextOn: where in l a record of an F# fsi list opens after the
// one before it closed (`}; {`, the list's `;` then the brace), for the
// gate: such a line opens a record though it does not start with one; -1
// when none does.
func recgenNextOn[T string | []byte](l T) int {
	for j := 0; j+1 < len(l); j++ {
		if l[j] != '}' || l[j+1] != ';' {
			continue
		}
		k := j + 2
		for k < len(l) && l[k] == ' ' {
			k++
		}
		if k < len(l) && l[k] == '{' {
			return k
		}
	}
	return -1
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
