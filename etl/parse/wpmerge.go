package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A table typed again as a WordPerfect secondary merge file: its records
// one field a line, each field closed by a field terminator and each
// record by a record terminator, the field names declared apart.
//
//	{FIELDNAMES}NO~INDIKATOR~SATUAN~TARGET~REALISASI~CAPAIAN~~{END RECORD}
//	====================================       (a hard page between records)
//	1{END FIELD}
//	Persentase Partisipasi Pemilih …{END FIELD}
//	%{END FIELD}
//	80,00{END FIELD}
//	84,27{END FIELD}
//	105,34{END FIELD}
//	{END RECORD}
//
// WordPerfect 5.1 wrote the same terminators as control codes, shown
// `^R` (field) and `^E` (record), with no name list: the first record is
// then the header when every field of it is words. A field may run over
// several lines (joined with a space) or be empty. wpmRun turns the
// records into one TAB table, in the declared order, in place of the
// merge codes, and the ordinary readers read it under the caption above
// by the meaning of its column names. A capaian table (an indicator, a
// target and a realisasi named) keeps only the rows the capaian
// arithmetic proves (wpmProve through tkProve, the drawn readers' proof);
// a DPT or budget table is left to its reader's own sums, as the report's
// TAB table of the same rows would be (the class test holds the two
// alike). A record whose field count is not the names' is dropped (its
// fields cannot be placed); a run without names and without an all-words
// first record gives no table. An address list's merge file becomes a
// table no family reader takes (no target, no pagu, no L and P).

// wpmField and wpmRecord are the terminators, in the spellings the
// typed-again files use: the codes in braces, WordPerfect 5.1's caret
// forms and the control characters themselves.
var (
	wpmField  = []string{"{END FIELD}", "^R", "\x12"}
	wpmRecord = []string{"{END RECORD}", "^E", "\x05"}
)

// wpmMergeFiles rewrites every merge-data run of data as a TAB table.
func wpmMergeFiles(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, "END FIELD", "End Field", "end field", "^R", "\x12") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if !wpmMarked(lines[i]) {
			continue
		}
		t, end, ok := wpmRun(lines, i)
		if ok && wpmProve(doc, &t) {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// wpmMarked: a line opening a run: a field-name list or a field line.
func wpmMarked(s string) bool {
	_, ok := wpmNames(s)
	if ok {
		return true
	}
	_, ok = wpmCut(strings.TrimSpace(s), wpmField)
	return ok
}

// wpmCut strips a terminator off the end of s (any case of the braced
// codes); false when s ends with none.
func wpmCut(s string, marks []string) (string, bool) {
	for _, m := range marks {
		if len(s) >= len(m) && strings.EqualFold(s[len(s)-len(m):], m) {
			return strings.TrimSpace(s[:len(s)-len(m)]), true
		}
	}
	return s, false
}

// wpmNames reads a field-name list, `{FIELDNAMES}a~b~…~{END RECORD}`
// (also `{FIELD NAMES}`), the empty names after the last `~` dropped.
func wpmNames(s string) ([]string, bool) {
	s = strings.TrimSpace(s)
	u := strings.ToUpper(s)
	var rest string
	switch {
	case strings.HasPrefix(u, "{FIELDNAMES}"):
		rest = s[len("{FIELDNAMES}"):]
	case strings.HasPrefix(u, "{FIELD NAMES}"):
		rest = s[len("{FIELD NAMES}"):]
	default:
		return nil, false
	}
	rest, _ = wpmCut(rest, wpmRecord)
	var names []string
	for _, n := range strings.Split(rest, "~") {
		if n = strings.TrimSpace(n); n != "" {
			names = append(names, n)
		}
	}
	return names, len(names) >= 2
}

// wpmRuler: a line between records: blank, a hard page drawn as a rule
// of '=' or '-', a form feed, a page code.
func wpmRuler(s string) bool {
	s = strings.TrimSpace(strings.Trim(s, "\f"))
	if s == "" || strings.EqualFold(s, "{PAGE OFF}") || strings.EqualFold(s, "{PAGE}") {
		return true
	}
	return strings.Trim(s, "=") == "" || strings.Trim(s, "-") == ""
}

// wpmFieldSoon: a plain line at i is the start or middle of a field: a
// field terminator ends it within four lines, none of them blank.
func wpmFieldSoon(lines []string, i int) bool {
	for k := i; k < len(lines) && k < i+4; k++ {
		t := strings.TrimSpace(lines[k])
		if t == "" {
			return false
		}
		if _, ok := wpmCut(t, wpmField); ok {
			return true
		}
		if _, ok := wpmCut(t, wpmRecord); ok {
			return false
		}
	}
	return false
}

// wpmRun reads the run opening at line i: the names, the records; the
// table and the line after the run's last terminator.
func wpmRun(lines []string, i int) (vertTable, int, bool) {
	var t vertTable
	names, named := wpmNames(lines[i])
	k := i
	if named {
		k++
	}
	var recs [][]string
	var at []int
	var rec, buf []string
	recAt, end := -1, k
	for ; k < len(lines); k++ {
		s := strings.TrimSpace(lines[k])
		if body, ok := wpmCut(s, wpmRecord); ok {
			if body, ok := wpmCut(body, wpmField); ok || body != "" {
				buf = append(buf, body)
				rec, buf = append(rec, strings.Join(buf, " ")), nil
			}
			if len(buf) == 0 && len(rec) > 0 {
				recs, at = append(recs, rec), append(at, recAt)
			}
			rec, buf, end = nil, nil, k+1
			continue
		}
		if body, ok := wpmCut(s, wpmField); ok {
			if len(rec) == 0 && len(buf) == 0 {
				recAt = k
			}
			buf = append(buf, body)
			rec, buf, end = append(rec, strings.Join(buf, " ")), nil, k+1
			continue
		}
		if len(rec) == 0 && len(buf) == 0 && wpmRuler(s) {
			continue
		}
		if !wpmFieldSoon(lines, k) {
			break
		}
		if len(rec) == 0 && len(buf) == 0 {
			recAt = k
		}
		buf = append(buf, s)
	}
	if !named && len(recs) > 0 && wpmHeader(recs[0]) {
		names, recs, at = recs[0], recs[1:], at[1:]
	}
	if len(names) < 2 {
		return t, end, false
	}
	t.header = make([]string, len(names))
	for c, n := range names {
		t.header[c] = exportHeader(n)
	}
	for r, rec := range recs {
		if len(rec) == len(names) {
			t.rows, t.at = append(t.rows, rec), append(t.at, at[r])
		}
	}
	t.from, t.to = i, end
	return t, end, len(t.rows) > 0
}

// wpmProve keeps the rows of a capaian table (an indicator, a target and
// a realisasi column, each once, by pxRole over the names' words) that
// the capaian arithmetic proves (tkProve: capaian = realisasi / target, or
// the inverse for a lower-is-better indicator, grades alike); a failing
// row is reported and not loaded. A table of another family is left to
// its reader's own sums. False when a capaian table keeps no row.
func wpmProve(doc *facts.Document, t *vertTable) bool {
	col := map[byte]int{}
	for c, h := range t.header {
		role := pxRole(strings.Map(func(r rune) rune {
			if r == ' ' || r == '(' || r == ')' || r == '%' || r == '/' {
				return '_'
			}
			return r
		}, h))
		if role == 0 || role == '#' {
			continue
		}
		if _, twice := col[role]; twice {
			if role == 'u' {
				continue // a second unit column: the first names it
			}
			return false // two targets or two names: no column is placed
		}
		col[role] = c
	}
	_, n := col['n']
	_, tg := col['t']
	_, rl := col['r']
	if !n || !tg || !rl {
		return true // not a capaian table: the family's reader proves it
	}
	var rows [][]string
	var at []int
	var bad []string
	for k, row := range t.rows {
		e := &frRecord{name: row[col['n']], t: row[col['t']], r: row[col['r']], hasT: true, hasR: true}
		if c, ok := col['c']; ok {
			e.c, e.hasC = row[c], true
		}
		if why := tkProve(e); why != "" {
			bad = append(bad, e.name+": "+why)
			if len(bad) == 1 {
				doc.Add(facts.Finding{Span: facts.Span{Start: t.at[k] + 1, End: t.at[k] + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
					Pesan: "data gabung WordPerfect: " + e.name + ": " + why + "; tidak dimuat"})
			}
			continue
		}
		rows, at = append(rows, row), append(at, t.at[k])
	}
	t.rows, t.at = rows, at
	return len(rows) > 0
}

// wpmHeader: a first record that names the columns: two or more fields,
// every one words without a digit.
func wpmHeader(rec []string) bool {
	if len(rec) < 2 {
		return false
	}
	for _, f := range rec {
		if f == "" || strings.ContainsAny(f, "0123456789") {
			return false
		}
	}
	return true
}
