package parse

import "strings"

// Smalltalk (Pharo, Squeak) records in a Playground, one a line, read as
// flat key-value records by flatLists (flat_lists.go):
//
//	| evaluasi |                                                 the Playground's chrome
//	evaluasi komponen
//	    add: (Komponen nama: 'Perencanaan Kinerja' bobot: 30.00 nilai: 18.40);   a keyword message
//	Dictionary newFrom: {#nama -> 'Pelaporan Kinerja'. #bobot -> 15. #nilai -> 8.9}.
//	a Dictionary(#bobot->25 #nama->'Evaluasi Internal' #nilai->14.67 )            a printIt
//	evaluasi nilaiAkhir: 61.27.                                  a sibling: the final score
//	evaluasi predikat. "'B'"                                     a sibling printed by Print it
//
// Nothing is proven here: the run becomes a TAB table the family's reader
// proves (0 ≤ nilai ≤ bobot, the components once, L + P = total, the
// sisa), and a sibling score becomes its total row only when it equals a
// column's sum (jsonTotalRows). The statements around the run are the
// Playground's chrome and are blanked with it.

// stTok is a Smalltalk token: kind 'q' a 'string', 'y' a #symbol, 'n' a
// number, 'w' a word, 'k' a keyword `word:`, 'a' the `->`, or the
// punctuation itself ('.', ';', '(', ')', '{', '}').
type stTok struct {
	kind byte
	s    string
}

// stTokens splits s into Smalltalk tokens; false on a byte no record holds.
func stTokens(s string) ([]stTok, bool) {
	var out []stTok
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c == '\'':
			var b strings.Builder
			j := i + 1
			for ; j < len(s); j++ {
				if s[j] == '\'' {
					if j+1 < len(s) && s[j+1] == '\'' {
						b.WriteByte('\'')
						j++
						continue
					}
					break
				}
				b.WriteByte(s[j])
			}
			if j >= len(s) {
				return nil, false
			}
			out = append(out, stTok{'q', b.String()})
			i = j + 1
		case c == '#' && i+1 < len(s) && s[i+1] == '\'':
			toks, ok := stTokens(s[i+1:])
			if !ok || len(toks) == 0 || toks[0].kind != 'q' {
				return nil, false
			}
			out = append(out, stTok{'y', toks[0].s})
			i += 2 + len(toks[0].s) + strings.Count(toks[0].s, "'") + 1
		case c == '#' || isLetterByte(c) || c == '_':
			j := i + 1
			for j < len(s) && (isLetterByte(s[j]) || s[j] == '_' || s[j] >= '0' && s[j] <= '9' || c == '#' && s[j] == ':') {
				j++
			}
			switch {
			case c == '#':
				out = append(out, stTok{'y', s[i+1 : j]})
			case j < len(s) && s[j] == ':' && (j+1 >= len(s) || s[j+1] != '='):
				out = append(out, stTok{'k', s[i:j]})
				j++
			default:
				out = append(out, stTok{'w', s[i:j]})
			}
			i = j
		case c >= '0' && c <= '9' || c == '-' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' && (i == 0 || s[i-1] != '-'):
			j := i + 1
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
				j++
			}
			n := s[i:j]
			if j < len(s) && s[j] == 's' { // a ScaledDecimal: 30.00s2
				for j++; j < len(s) && s[j] >= '0' && s[j] <= '9'; j++ {
				}
			}
			out = append(out, stTok{'n', n})
			i = j
		case c == '-' && i+1 < len(s) && s[i+1] == '>':
			out = append(out, stTok{'a', "->"})
			i += 2
		case strings.IndexByte(".;(){}", c) >= 0:
			out = append(out, stTok{c, string(c)})
			i++
		default:
			return nil, false
		}
	}
	return out, true
}

// stValue: a token a record's cell can be — a string, a symbol, a number
// or nil — and the cell.
func stValue(t stTok) (string, bool) {
	switch {
	case t.kind == 'q' || t.kind == 'y':
		return strings.TrimSpace(t.s), true
	case t.kind == 'n':
		return recgenCell(t.s), true
	case t.kind == 'w' && t.s == "nil":
		return "", true
	}
	return "", false
}

// stRecord reads a line as one Smalltalk record: a keyword message to a
// class (`Komponen nama: 'X' bobot: 30 nilai: 18.4`, maybe under `add:`
// and in parentheses), or a dictionary of associations
// (`Dictionary newFrom: {#k -> v. …}`, `{…} asDictionary`,
// `a Dictionary(#k->v …)`); at least three keys, each once.
func stRecord(l string) (flatListRec, bool) {
	var r flatListRec
	t := strings.TrimSpace(l)
	if !strings.Contains(t, "->") && !strings.Contains(t, ": ") {
		return r, false
	}
	toks, ok := stTokens(t)
	if !ok || len(toks) < 6 {
		return r, false
	}
	// the cascade's `add:`, the statement's end, the message's parentheses
	if toks[0].kind == 'k' && (toks[0].s == "add" || toks[0].s == "addLast") {
		toks = toks[1:]
	}
	for len(toks) > 0 && (toks[len(toks)-1].kind == '.' || toks[len(toks)-1].kind == ';' || toks[len(toks)-1].kind == 'w' && toks[len(toks)-1].s == "yourself") {
		toks = toks[:len(toks)-1]
	}
	if len(toks) >= 2 && toks[0].kind == '(' && toks[len(toks)-1].kind == ')' {
		toks = toks[1 : len(toks)-1]
	}
	if len(toks) == 0 {
		return r, false
	}
	if c := toks[0]; c.kind == 'w' && c.s[0] >= 'A' && c.s[0] <= 'Z' && !strings.Contains(c.s, "Dictionary") {
		// a keyword message: Class [new] k1: v1 k2: v2 …
		j := 1
		if j < len(toks) && toks[j].kind == 'w' && toks[j].s == "new" {
			j++
		}
		for ; j+1 < len(toks); j += 2 {
			v, ok := stValue(toks[j+1])
			if toks[j].kind != 'k' || !ok {
				return r, false
			}
			r.keys = append(r.keys, toks[j].s)
			r.vals = append(r.vals, v)
		}
		return r, j == len(toks) && len(r.keys) >= 3 && flatListOnce(r.keys)
	}
	// a dictionary: key -> value triples; the other tokens its frame
	frame := map[string]bool{"a": true, "an": true, "Dictionary": true, "OrderedDictionary": true, "SmallDictionary": true,
		"asDictionary": true, "asOrderedDictionary": true, "newFrom": true, "newFromPairs": true}
	for j := 0; j < len(toks); j++ {
		tk := toks[j]
		if j+2 < len(toks) && (tk.kind == 'q' || tk.kind == 'y') && toks[j+1].kind == 'a' {
			v, ok := stValue(toks[j+2])
			if !ok || !flatListKey(tk.s) {
				return r, false
			}
			r.keys = append(r.keys, tk.s)
			r.vals = append(r.vals, v)
			j += 2
			continue
		}
		if !(strings.IndexByte(".(){}", tk.kind) >= 0 || (tk.kind == 'w' || tk.kind == 'k') && frame[tk.s]) {
			return r, false
		}
	}
	return r, len(r.keys) >= 3 && flatListOnce(r.keys)
}

// stChrome: a Playground statement around the records — temporaries
// `| a b |`, an assignment, a short statement ending in `.`, a cascade's
// receiver (`evaluasi komponen`), each maybe with a printIt comment
// `"…"`; prose is longer or holds no such mark.
func stChrome(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" {
		return false
	}
	if len(t) >= 2 && t[0] == '|' && t[len(t)-1] == '|' {
		return true
	}
	code, _, _ := strings.Cut(t, `"`)
	code = strings.TrimSpace(code)
	words := strings.Fields(code)
	if len(words) == 0 || len(words) > 4 || !isLetterByte(words[0][0]) || words[0][0] < 'a' || words[0][0] > 'z' {
		return false
	}
	if strings.Contains(code, ":=") || strings.HasSuffix(code, ".") || code != t {
		_, ok := stTokens(code)
		return ok
	}
	for _, w := range words {
		if !flatListKey(w) {
			return false
		}
	}
	return len(words) <= 3
}

// stSession widens a run of Smalltalk records lines[i:end] over the
// Playground's chrome around it, up to the blank lines; the statements
// `recv key: value.` and `recv key. "value"` become siblings.
func stSession(lines []string, i, end int, sib *jsonVal) (int, int) {
	from := i
	for from > 0 && stChrome(lines[from-1]) {
		from--
	}
	if from > 0 && strings.TrimSpace(lines[from-1]) == "" {
		from-- // the blank line above takes the blank before the header
	}
	to := end
	for ; to < len(lines) && stChrome(lines[to]); to++ {
		t := strings.TrimSpace(lines[to])
		code, said, _ := strings.Cut(t, `"`)
		toks, _ := stTokens(strings.TrimSpace(code))
		switch {
		case len(toks) == 4 && toks[0].kind == 'w' && toks[1].kind == 'k' && toks[3].kind == '.':
			if v, ok := stValue(toks[2]); ok {
				sib.keys = append(sib.keys, toks[1].s)
				sib.items = append(sib.items, &jsonVal{kind: 's', s: v})
			}
		case len(toks) == 3 && toks[0].kind == 'w' && toks[1].kind == 'w' && toks[2].kind == '.' && strings.HasSuffix(said, `"`):
			v := strings.Trim(strings.TrimSuffix(said, `"`), "' ")
			if v != "" && !strings.ContainsAny(v, " '") {
				sib.keys = append(sib.keys, toks[1].s)
				sib.items = append(sib.items, &jsonVal{kind: 's', s: recgenCell(v)})
			}
		}
	}
	return from, to
}
