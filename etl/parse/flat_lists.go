package parse

import (
	"bytes"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Key-value lists printed flat by a command language, one record a line
// or a line holding a list of records, often inside an interpreter's
// session:
//
//	% foreach k [dict get $evaluasi komponen] { puts $k }            Tcl dict / array get
//	nomor 1 nama {Perencanaan Kinerja} bobot 30,00 nilai 19,10
//	{nama {Pengukuran Kinerja} bobot 30 nilai 20} {nama … }          a Tcl list of dicts
//	(:nama "Pelaporan Kinerja" :bobot 15 :nilai 9.65)                Common Lisp plist
//	(("nama" . "Evaluasi Internal") ("bobot" . 25) ("nilai" . 17.11)) Emacs Lisp alist
//	% dict get $evaluasi nilai_akhir                                 a sibling: the final score
//	65,86
//
// A run of at least two records naming the same keys becomes a TAB table
// (exportSameKeys, exportHeader), as the record literals do (recgen.go):
// nothing is proven here, the family's ordinary reader loads the rows
// with its own proofs (L + P = total, the sisa, the components' names and
// 0 ≤ nilai ≤ bobot) under the nearest caption above. The session's prompt
// lines and their one-line answers around the run are its chrome: they
// are blanked, and a sibling answer whose key names a score becomes the
// table's total row only when it equals the sum of one column of the
// components (jsonTotalRows, pipes_json_envelope.go), the predikat beside
// it. A network config (`host x port 80`) or a font plist becomes a table
// no role vocabulary reads, or none at all (recgenShape).

// flatListRec is one record: its keys and cells (recgen's record, no type
// name: a flat list names none).
type flatListRec = recgenRec

// flatLists rewrites the runs of flat key-value records of a text as TAB
// tables; data itself when it holds none.
func flatLists(doc *facts.Document, data []byte) []byte {
	if !docMay(doc, data, "(:") && !docMay(doc, data, " . ") && !docMay(doc, data, "} {") && !lineOpens(data, '%') &&
		!docMay(doc, data, "->") && !docMay(doc, data, ": '") {
		return data // cheap gate: no plist, alist, list of dicts, Tcl prompt or Smalltalk record
	}
	if !flatListsMay(data) {
		return data // no line opens as a record: prose, read without a split
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		recs := flatListLine(lines[i])
		if recs == nil {
			continue
		}
		end, tail := i+1, ""
		for end < len(lines) {
			more := flatListLine(lines[end])
			if more == nil {
				// a PDF's reflow glues the next prompt to the last record
				if more, tail = flatListGlued(lines[end]); more != nil {
					recs = append(recs, more...)
					end++
				}
				break
			}
			recs = append(recs, more...)
			end++
		}
		if len(recs) < 2 {
			continue
		}
		head, rows, ok := recgenTable(recs)
		if !ok {
			continue
		}
		header := make([]string, len(head))
		for c, k := range head {
			header[c] = exportHeader(k)
		}
		if !flatListWeights(header, rows) {
			continue
		}
		from, to, sib := flatListSession(lines, i, end, tail)
		if _, st := stRecord(lines[i]); st {
			from, to = stSession(lines, i, end, sib) // a Pharo Playground (flat_smalltalk.go)
		}
		rows = append(rows, jsonTotalRows(sib, header, rows)...)
		if !(to-from >= len(rows)+2 && exportPlace(lines, from, to, from+1, "", header, rows)) && !logPlace(lines, i, end, header, rows) {
			continue
		}
		changed = true
		i = max(to, end) - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// flatListWeights: rows naming SAKIP components under a bobot column
// and a score column score each between 0 and its weight (a training's
// marks out of 100 are no evaluation); true for any other table.
func flatListWeights(header []string, rows [][]string) bool {
	bobot, score := -1, -1
	for c, h := range header {
		switch {
		case strings.Contains(h, "bobot"):
			bobot = c
		case has(" "+h+" ", "nilai", "skor", "score", "hasil", "capaian"):
			score = c
		}
	}
	if bobot < 0 || score < 0 {
		return true
	}
	for _, r := range rows {
		named := false
		for _, c := range r {
			named = named || komponenOf(c) != ""
		}
		w, okW := jsonCents(r[bobot])
		v, okV := jsonCents(r[score])
		if named && (!okW || !okV || v < 0 || v > w) {
			return false
		}
	}
	return true
}

// flatListSession: the session lines around the run lines[i:end] — the
// prompts, their one-line answers — up to the blank lines; and the
// answers as an object of siblings, the key the prompt's last word
// (`dict get $evaluasi nilai_akhir`, `puts $nilai_akhir`, `(getf ev :nilai-akhir)`).
func flatListSession(lines []string, i, end int, tail string) (int, int, *jsonVal) {
	sib := &jsonVal{kind: '{'}
	from := i
	for from > 0 && (flatListPrompt(lines[from-1]) || from >= 2 && flatListPrompt(lines[from-2]) && flatListAnswer(lines[from-1])) {
		from--
	}
	to := end
	if tail != "" {
		// the prompts reflowed into running text: `% dict get $ev` / `nilai_akhir 65,86 % dict get $ev predikat B`
		for to < len(lines) && strings.TrimSpace(lines[to]) != "" {
			tail += " " + lines[to]
			to++
		}
		for _, seg := range strings.Split(" "+tail, " % ") {
			f := strings.Fields(seg)
			if len(f) >= 3 {
				sib.keys = append(sib.keys, strings.Trim(f[len(f)-2], `$:"'()[]{}`))
				sib.items = append(sib.items, &jsonVal{kind: 's', s: recgenCell(strings.Trim(f[len(f)-1], `"{}`))})
			}
		}
	}
	for tail == "" && to < len(lines) {
		if to+1 < len(lines) && flatListPrompt(lines[to]) && flatListAnswer(lines[to+1]) {
			if key := flatListPromptKey(lines[to]); key != "" {
				sib.keys = append(sib.keys, key)
				sib.items = append(sib.items, &jsonVal{kind: 's', s: recgenCell(strings.Trim(strings.TrimSpace(lines[to+1]), `"{}`))})
			}
			to += 2
			continue
		}
		if !flatListPrompt(lines[to]) {
			break
		}
		to++
	}
	if from == i && from > 0 && strings.TrimSpace(lines[from-1]) == "" {
		from-- // the blank line above takes the blank before the header
	}
	if to < len(lines) && strings.TrimSpace(lines[to]) != "" {
		to-- // the text under the session stays apart from the rows
	}
	return from, to, sib
}

// flatListPrompt: an interpreter's prompt opens the line (tclsh's `%`,
// a Lisp REPL's `*`, `CL-USER>`, `ELISP>`, `[1]>`).
func flatListPrompt(l string) bool {
	t := strings.TrimSpace(l)
	for _, p := range []string{"% ", "* (", "> (", "tclsh% ", "tclsh> ", "CL-USER> ", "ELISP> ", "[1]> "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return t == "%" || t == "*"
}

// flatListAnswer: a one-line answer of a scalar, a word or a figure.
func flatListAnswer(l string) bool {
	t := strings.TrimSpace(l)
	return t != "" && !flatListPrompt(l) && len(strings.Fields(strings.Trim(t, `"{}`))) <= 2
}

// flatListPromptKey: the key a prompt asks for, its last word without
// `$`, `:`, quotes or brackets.
func flatListPromptKey(l string) string {
	f := strings.Fields(strings.TrimSpace(l))
	if len(f) < 2 {
		return ""
	}
	return strings.Trim(f[len(f)-1], `$:"'()[]{}`)
}

// flatListGlued reads a line of records that a prompt (` % `) follows:
// the records and the text from the prompt on; nil when it is none.
func flatListGlued(l string) ([]flatListRec, string) {
	k := strings.Index(l, " % ")
	if k < 0 {
		return nil, ""
	}
	if recs := flatListLine(l[:k]); recs != nil {
		return recs, l[k:]
	}
	return nil, ""
}

// flatListLine reads a line as records: a Tcl dict, a list of Tcl dicts
// in braces, a plist, an alist, or a list of plists or alists.
func flatListLine(l string) []flatListRec {
	t := strings.TrimSpace(l)
	if t == "" || flatListPrompt(l) || strings.IndexByte(t, '\t') >= 0 {
		return nil // an interpreter prints no TAB: a TAB row is a table's already
	}
	if r, ok := stRecord(t); ok {
		return []flatListRec{r} // a Smalltalk keyword message or dictionary (flat_smalltalk.go)
	}
	if t[0] == '(' || strings.HasPrefix(t, "'(") {
		t = strings.TrimPrefix(t, "'")
		if r, ok := flatListLisp(t); ok {
			return []flatListRec{r}
		}
		inner, ok := flatListBalanced(t)
		if !ok || !strings.HasPrefix(inner, "(") {
			return nil
		}
		return flatListEach(inner, flatListLisp)
	}
	if t[0] != '{' && !tclMay(t) {
		return nil // neither a list of braced records nor key-value words: prose, at no cost
	}
	words, ok := tclWords(t)
	if !ok {
		return nil
	}
	braced := true
	for _, w := range words {
		braced = braced && w.braced
	}
	if braced && len(words) >= 1 {
		var out []flatListRec
		for _, w := range words {
			r, ok := flatListTcl(w.s)
			if !ok {
				return nil
			}
			out = append(out, r)
		}
		return out
	}
	if r, ok := flatListTcl(t); ok {
		return []flatListRec{r}
	}
	return nil
}

// flatListEach reads every top-level parenthesised item of s with read.
func flatListEach(s string, read func(string) (flatListRec, bool)) []flatListRec {
	var out []flatListRec
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		n := flatListClose(s)
		if n < 0 {
			return nil
		}
		r, ok := read(s[:n])
		if !ok {
			return nil
		}
		out = append(out, r)
		s = s[n:]
	}
	return out
}

// flatListClose: the length of the balanced (…) at the start of s; -1
// when s opens no such group.
func flatListClose(s string) int {
	if s == "" || s[0] != '(' {
		return -1
	}
	depth, quote := 0, false
	for j := 0; j < len(s); j++ {
		switch c := s[j]; {
		case quote && c == '\\':
			j++
		case c == '"':
			quote = !quote
		case quote:
		case c == '(':
			depth++
		case c == ')':
			if depth--; depth == 0 {
				return j + 1
			}
		}
	}
	return -1
}

// flatListBalanced: the inside of s when s is one balanced (…) group.
func flatListBalanced(s string) (string, bool) {
	if flatListClose(s) != len(s) {
		return "", false
	}
	return strings.TrimSpace(s[1 : len(s)-1]), true
}

// flatListLisp reads `(:k v :k "v w")` (recgenPairs' EDN pairs) or an
// alist `(("k" . "v") (k . 30))`.
func flatListLisp(s string) (flatListRec, bool) {
	var r flatListRec
	inner, ok := flatListBalanced(s)
	if !ok || inner == "" {
		return r, false
	}
	if inner[0] == ':' {
		rec := recgenRec{}
		if !recgenPairs(inner, &rec) || len(rec.keys) < 3 {
			return r, false
		}
		return flatListRec{keys: rec.keys, vals: rec.vals}, true
	}
	for _, p := range flatListEach(inner, flatListCons) {
		r.keys = append(r.keys, p.keys...)
		r.vals = append(r.vals, p.vals...)
	}
	return r, len(r.keys) >= 3 && flatListOnce(r.keys)
}

// flatListCons reads one dotted pair `("k" . v)` as a record of one key.
func flatListCons(s string) (flatListRec, bool) {
	inner, ok := flatListBalanced(s)
	k, v, cut := strings.Cut(inner, " . ")
	if !ok || !cut {
		return flatListRec{}, false
	}
	k = strings.Trim(strings.TrimSpace(k), `"`)
	v = strings.TrimSpace(v)
	if strings.HasPrefix(v, `"`) {
		q, n, ok := logQuoted(v)
		if !ok || n != len(v) {
			return flatListRec{}, false
		}
		v = strings.TrimSpace(q)
	} else if strings.ContainsAny(v, `"() `) {
		return flatListRec{}, false
	} else {
		v = recgenCell(v)
	}
	if !flatListKey(k) {
		return flatListRec{}, false
	}
	return flatListRec{keys: []string{k}, vals: []string{v}}, true
}

// flatListTcl reads a Tcl dict `k v k {v w} …`: an even count of words,
// every key a name, each once, no value a nested list.
func flatListTcl(s string) (flatListRec, bool) {
	var r flatListRec
	words, ok := tclWords(s)
	if !ok || len(words) < 6 || len(words)%2 != 0 {
		return r, false
	}
	for j := 0; j < len(words); j += 2 {
		k, v := words[j], words[j+1]
		if k.braced || !flatListKey(k.s) || strings.ContainsAny(v.s, "{}") {
			return r, false
		}
		cell := strings.TrimSpace(v.s)
		if !v.braced {
			cell = recgenCell(cell)
		}
		r.keys = append(r.keys, k.s)
		r.vals = append(r.vals, cell)
	}
	return r, flatListOnce(r.keys)
}

// flatListKey: a key is a name, a letter first, then letters, digits, _ or -.
func flatListKey[T string | []byte](k T) bool {
	if len(k) == 0 || !isLetterByte(k[0]) {
		return false
	}
	for j := 0; j < len(k); j++ {
		if !recgenNameByte(k[j], true) {
			return false
		}
	}
	return true
}

// flatListOnce: no key is named twice.
func flatListOnce(keys []string) bool {
	seen := map[string]bool{}
	for _, k := range keys {
		if seen[k] {
			return false
		}
		seen[k] = true
	}
	return true
}

// flatListsMay: some line of data holds a record flatListLine reads;
// only a line that may (opening with a bracket or a prompt's mark, holding
// a Smalltalk arrow or keyword string, or Tcl key-value words: tclMay) is
// made a string and read, so a report of prose is never split.
func flatListsMay(data []byte) bool {
	for start := 0; start < len(data); {
		end := bytes.IndexByte(data[start:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += start
		}
		l := bytes.TrimSpace(data[start:end])
		if len(l) > 0 && (l[0] == '(' || l[0] == '{' || l[0] == '%' || l[0] == '\'' || l[0] == '*' ||
			bytes.Contains(l, []byte("->")) || bytes.Contains(l, []byte(": '")) || bytes.Contains(l, []byte("Dictionary(")) ||
			bytes.IndexByte(l, '\t') < 0 && tclMay(l)) && flatListLine(string(l)) != nil {
			return true // (the few lines that may are read: a bracket in prose is no record)
		}
		start = end + 1
	}
	return false
}

// tclMay is what flatListTcl needs of a line before its words are built:
// an even number of words, six at least, every other one a key
// (flatListKey, the first in lower case), two values at least a figure,
// braced or quoted (a record a table of figures is made of). It splits as tclWords does but keeps nothing, so the
// prose a document is mostly made of costs a byte scan.
func tclMay[T string | []byte](s T) bool {
	n, figs := 0, 0
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i >= len(s) {
			break
		}
		j := i
		switch s[i] {
		case '{':
			for depth := 0; j < len(s); j++ {
				if s[j] == '{' {
					depth++
				} else if s[j] == '}' {
					if depth--; depth == 0 {
						break
					}
				}
			}
			j++
		case '"':
			k := i + 1
			for k < len(s) && s[k] != '"' {
				k++
			}
			if k >= len(s) {
				return false
			}
			j = k + 1
		default:
			for j < len(s) && s[j] != ' ' && s[j] != '\t' {
				j++
			}
		}
		if n%2 == 0 && (s[i] == '{' || s[i] == '"' || !flatListKey(s[i:min(j, len(s))]) || n == 0 && (s[i] < 'a' || s[i] > 'z')) {
			return false // (a record's keys are a program's names, the first in lower case: prose opens with a capital)
		}
		if n%2 == 1 && (s[i] == '{' || s[i] == '"' || s[i] == '-' || s[i] >= '0' && s[i] <= '9') {
			figs++
		}
		n++
		i = j
	}
	return n >= 6 && n%2 == 0 && figs >= 2 // two figures at least: a table's record, not a sentence
}

// tclWord is a word of a Tcl list, its braces or quotes taken off.
type tclWord struct {
	s      string
	braced bool
}

// tclWords splits a Tcl list into its words: bare, {braced} (braces
// nesting) or "quoted"; false on an unbalanced brace or quote.
func tclWords(s string) ([]tclWord, bool) {
	var out []tclWord
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i >= len(s) {
			break
		}
		switch s[i] {
		case '{':
			depth, j := 0, i
			for ; j < len(s); j++ {
				if s[j] == '{' {
					depth++
				} else if s[j] == '}' {
					if depth--; depth == 0 {
						break
					}
				}
			}
			if j >= len(s) || j+1 < len(s) && s[j+1] != ' ' && s[j+1] != '\t' {
				return nil, false
			}
			out = append(out, tclWord{s[i+1 : j], true})
			i = j + 1
		case '"':
			j := strings.IndexByte(s[i+1:], '"')
			if j < 0 {
				return nil, false
			}
			out = append(out, tclWord{s[i+1 : i+1+j], true})
			i += j + 2
		default:
			j := i
			for j < len(s) && s[j] != ' ' && s[j] != '\t' {
				if s[j] == '{' || s[j] == '}' || s[j] == '"' {
					return nil, false
				}
				j++
			}
			out = append(out, tclWord{s[i:j], false})
			i = j
		}
	}
	return out, true
}
