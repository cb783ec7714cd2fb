package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A table's rows as the list-of-map literals of the JVM, Dart and Swift
// family, typed again from a console session or a data file:
//
//	groovy:000> capaian2020 = [
//	groovy:001>   [nomor: 1, indikator: 'Persentase …', target: 77.5G,   Groovy (groovysh)
//	groovy:002>    realisasi: 80.1G, capaian: '103,35'],
//	const anggaran = <Anggaran>[Anggaran(kode: '3355', pagu: 1000), …];          Dart constructor
//	let rows = [["kode": "3355", "pagu": 1000], …]                              Swift dictionary
//	val rows = listOf(mapOf("kode" to "3355", "pagu" to 1000L), …)              Kotlin mapOf
//
// A record is `[`, `mapOf(` or `Name(` then `key <sep> value` pairs:
// the key bare or quoted ('…' or "…"), the separator `:` or Kotlin's
// ` to `, the value a quoted string, a number (its `_`, and its type
// suffix 77.5G / 7.5d / 1000L dropped) or null. The records may wrap over
// lines, under a console's prompts (`groovy:012>`); the records of one
// paragraph of code naming the same keys (in any order, exportSameKeys)
// become a TAB table under the keys as header (exportHeader), placed as
// recgen.go places its runs (logPlace). Nothing is proven here: the table
// readers load a row only with their own proofs (the sisa, the sums,
// capaian = realisasi / target). Recgen.go reads records whose strings are
// "…" and whose values are not lists; this reader takes the `'…'` strings,
// the bracketed maps and the console prompts recgen leaves. A `{…}` map
// is left to the readers of JSON and of Python/Ruby/Dart hashes
// (nested_hashes.go), which read it already.

// maplitTables rewrites the paragraphs of list-of-map literals of a text
// as TAB tables; data itself when it holds none.
func maplitTables(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, ": '", `": `, "': ", ` to "`) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		end := i
		for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
			end++
		}
		from := i
		i = end - 1
		header, rows, ok := maplitBlock(lines[from:end])
		if !ok {
			continue
		}
		if logPlace(lines, from, end, header, rows) {
			changed = true
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// maplitBlock reads one paragraph of code as records: at least two, of the
// same keys, every line either part of a record or a short line of code
// (`capaian2020 = [`, `];`, `===> 7`), never prose.
func maplitBlock(block []string) ([]string, [][]string, bool) {
	var b strings.Builder
	for _, l := range block {
		l = maplitUnprompt(l)
		if !strings.ContainsAny(l, ":'\"") && len(strings.Fields(l)) > 6 {
			return nil, nil, false // a sentence: not code
		}
		b.WriteString(l)
		b.WriteByte(' ')
	}
	s := b.String()
	var keys, vals [][]string
	outside := 0 // bytes of words outside the records
	for i := 0; i < len(s); {
		if k, v, n, ok := maplitRecord(s[i:]); ok {
			keys, vals = append(keys, k), append(vals, v)
			i += n
			continue
		}
		if isLetterByte(s[i]) {
			outside++
		}
		i++
	}
	if len(keys) < 2 || outside > 40*len(block) {
		return nil, nil, false
	}
	head, rows, ok := exportSameKeys(keys, vals)
	if !ok || !maplitShape(rows) {
		return nil, nil, false
	}
	header := make([]string, len(head))
	for c, k := range head {
		header[c] = exportHeader(k)
	}
	return header, rows, true
}

// maplitUnprompt drops a console's prompt: groovysh's `groovy:012> `,
// jshell's `jshell> `, a REPL's `scala> `, `dart> `, a `===> ` result
// marker.
func maplitUnprompt(l string) string {
	t := strings.TrimLeft(l, " \t")
	if k := strings.Index(t, "> "); k > 0 && k < 14 {
		p := t[:k]
		if strings.Trim(p, "abcdefghijklmnopqrstuvwxyz0123456789:=-") == "" {
			return t[k+2:]
		}
	}
	return t
}

// maplitRecord reads a record at the start of s: its opener, its pairs and
// its closer. It gives the keys, the cells and the bytes taken.
func maplitRecord(s string) ([]string, []string, int, bool) {
	i, closer := 0, byte(0)
	switch {
	case strings.HasPrefix(s, "mapOf("):
		i, closer = 6, ')'
	case s[0] == '[':
		i, closer = 1, ']'
	case s[0] >= 'A' && s[0] <= 'Z': // Dart's and Kotlin's `Anggaran(`
		for i < len(s) && (isLetterByte(s[i]) || s[i] >= '0' && s[i] <= '9' || s[i] == '_') {
			i++
		}
		if i >= len(s) || s[i] != '(' {
			return nil, nil, 0, false
		}
		i, closer = i+1, ')'
	default:
		return nil, nil, 0, false
	}
	var keys, vals []string
	for {
		for i < len(s) && (s[i] == ' ' || s[i] == ',') {
			i++
		}
		if i >= len(s) {
			return nil, nil, 0, false
		}
		if s[i] == closer {
			break
		}
		key, n, ok := maplitKey(s[i:])
		if !ok {
			return nil, nil, 0, false
		}
		i += n
		for i < len(s) && s[i] == ' ' {
			i++
		}
		switch {
		case strings.HasPrefix(s[i:], "to "):
			i += 3
		case i < len(s) && s[i] == ':':
			i++
		default:
			return nil, nil, 0, false
		}
		for i < len(s) && s[i] == ' ' {
			i++
		}
		val, n, ok := maplitValue(s[i:])
		if !ok {
			return nil, nil, 0, false
		}
		i += n
		for _, k := range keys {
			if k == key {
				return nil, nil, 0, false
			}
		}
		keys, vals = append(keys, key), append(vals, val)
	}
	if len(keys) < 2 {
		return nil, nil, 0, false
	}
	return keys, vals, i + 1, true
}

// maplitKey reads a key: a bare name or a quoted one.
func maplitKey(s string) (string, int, bool) {
	if s[0] == '\'' || s[0] == '"' {
		k, n, ok := maplitQuoted(s)
		if !ok || k == "" || len(k) > 40 {
			return "", 0, false
		}
		return k, n, true
	}
	j := 0
	for j < len(s) && recgenNameByte(s[j], j > 0) {
		j++
	}
	return s[:j], j, j > 0
}

// maplitQuoted reads a string in the quote that opens s ('…' or "…"),
// backslash escapes taken as the character they escape.
func maplitQuoted(s string) (string, int, bool) {
	q := s[0]
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && i+1 < len(s):
			i++
			b.WriteByte(s[i])
		case c == q:
			return b.String(), i + 1, true
		default:
			b.WriteByte(c)
		}
	}
	return "", 0, false
}

// maplitValue reads a scalar value: a quoted string, null/nil, or a
// number with its type suffix (77.5G, 7.5d, 1000L, 2.5f) dropped and its
// decimal point written as a comma (recgenCell). A list, a map or a call
// is no table's cell.
func maplitValue(s string) (string, int, bool) {
	if s == "" {
		return "", 0, false
	}
	if s[0] == '\'' || s[0] == '"' {
		v, n, ok := maplitQuoted(s)
		return strings.TrimSpace(v), n, ok
	}
	j := 0
	for j < len(s) && (isLetterByte(s[j]) || s[j] >= '0' && s[j] <= '9' || strings.IndexByte("._-+", s[j]) >= 0) {
		j++
	}
	w := s[:j]
	switch w {
	case "null", "nil", "NULL":
		return "", j, true
	case "":
		return "", 0, false
	}
	n := strings.TrimLeft(w, "-+")
	if n == "" || n[0] < '0' || n[0] > '9' {
		return "", 0, false // a name or a call: not a literal
	}
	if c := n[len(n)-1]; strings.IndexByte("GgDdFfLl", c) >= 0 {
		w = w[:len(w)-1]
	}
	cell := recgenCell(w)
	if !numLike(cell) {
		return "", 0, false
	}
	return cell, j, true
}

// maplitShape: one column holds words and two hold a figure in most rows
// (a capaian table's target may be a predicate, WTP or B, in some).
func maplitShape(rows [][]string) bool {
	text, nums := 0, 0
	for c := range rows[0] {
		words, figures := 0, 0
		for _, row := range rows {
			v := row[c]
			switch {
			case numLike(v) && strings.ContainsAny(v, "0123456789"):
				figures++
			case strings.ContainsAny(strings.ToLower(v), "abcdefghijklmnopqrstuvwxyz"):
				words++
			}
		}
		if words*2 > len(rows) {
			text++
		}
		if figures*2 >= len(rows) {
			nums++
		}
	}
	return text >= 1 && nums >= 2
}
