package parse

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A query tool's vertical output prints one record after another, each a
// numbered marker line, then a line per field, its name before the value:
//
//	mysql> SELECT * FROM v_dpt\G
//	*************************** 1. row ***************************
//	      No: 1
//	Kecamatan: WEWEWA BARAT
//	     TPS: 81
//	*************************** 2. row ***************************
//	…
//	12 rows in set (0.00 sec)
//
// (MySQL's \G; ClickHouse's "Row 1:" over a rule; a hand-made "--- Record
// 1 ---"; "name = value" as SQLite's line mode prints). Read as prose or
// as key-value paragraphs, each record is a one-row table and the
// right-aligned names look like columns. verticalRecords turns a run of
// records numbered 1, 2, … that name the same fields in the same order
// into one TAB table (through exportPlace: line numbers never change), the
// names its header, so the table readers read each column by its name as
// everywhere else. NULL is an empty cell. A footer counting other records
// than the run holds leaves the run as written, reported.
//
// Cells keep the text's own notation ("77,50", "3.973"): the tool prints
// what the office typed. Only when every number of the text's records is
// in the tool's English notation ("75.50") and none in the Indonesian one
// are they rewritten the way psql's are (queryCell); a text writing both
// is left as written.

// vertTable is one run of records: its lines [from, to), its header and rows.
type vertTable struct {
	from, to int
	header   []string
	rows     [][]string
	at       []int
}

// verticalRecords rewrites the vertical record runs of a text; data itself
// when it holds none. Findings go to doc.
func verticalRecords(doc *facts.Document, data []byte) []byte {
	if !vertLikely(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if n, ok := vertMarker(lines[i]); !ok || n != 1 {
			continue
		}
		t, end, ok := vertRun(doc, lines, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// vertWrite writes record tables read from lines back as TAB tables, each
// cell in the notation the records' numbers prove; data itself when there
// is none to write or the notation is not stated.
func vertWrite(doc *facts.Document, data []byte, lines []string, tables []vertTable) []byte {
	if len(tables) == 0 {
		return data
	}
	english, indonesian := false, false
	for _, t := range tables {
		for _, row := range t.rows {
			for c, v := range row {
				if vertCodeColumn(t.header[c]) {
					continue // "3355.01", "6639.001.052" are codes, no notation
				}
				english = english || vertEnglish(v)
				indonesian = indonesian || vertIndonesian(v)
			}
		}
	}
	if english && indonesian {
		return data // which convention a figure is in is not stated
	}
	for _, t := range tables {
		if english {
			queryRows(doc, t.rows, t.at, t.header)
		} else {
			for _, row := range t.rows {
				for c := range row {
					row[c] = vertNull(row[c])
				}
			}
		}
		if exportPlace(lines, t.from, t.to, t.from, "", t.header, t.rows) {
			vertPrompts(lines, t.from)
		}
	}
	return []byte(strings.Join(lines, "\n"))
}

// vertLikely: a cheap look for a record marker numbered 1: one of the
// marker's words right beside a 1, on a line vertMarker reads. One pass
// from '1' to '1' (a search per spelling ran nine times over the text,
// each stopping at every common first byte).
func vertLikely(data []byte) bool {
	for i := 0; i < len(data); {
		k := bytes.IndexByte(data[i:], '1')
		if k < 0 {
			return false
		}
		k += i
		if vertBeside(data, k) {
			from, to := lineSpan(data, k)
			if n, ok := vertMarker(string(data[from:to])); ok && n == 1 {
				return true
			}
		}
		i = k + 1
	}
	return false
}

// vertBefore and vertAfter are the marker spellings around the 1 at
// data[k] ("Row 1", "1. row").
var (
	vertBefore = [...]string{"Row ", "ROW ", "row ", "ecord ", "ECORD ", "aris ", "ARIS "}
	vertAfter  = [...]string{". row", ". ROW"}
)

func vertBeside(data []byte, k int) bool {
	for _, s := range vertBefore {
		if bytes.HasSuffix(data[:k], []byte(s)) {
			return true
		}
	}
	for _, s := range vertAfter {
		if bytes.HasPrefix(data[k+1:], []byte(s)) {
			return true
		}
	}
	return false
}

// someLine: some line of data is one ok accepts, each handed over in place
// (no line is copied unless ok copies it): the byte gates of readers that
// must not split a report they will not read.
func someLine(data []byte, ok func([]byte) bool) bool {
	for len(data) > 0 {
		l := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			l, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if ok(l) {
			return true
		}
	}
	return false
}

// lineHolds: some line of data holding s is one ok accepts; only those
// lines are looked at, and none is copied unless ok copies it.
func lineHolds(data []byte, s string, ok func([]byte) bool) bool {
	for i := 0; i < len(data); {
		k := bytes.Index(data[i:], []byte(s))
		if k < 0 {
			return false
		}
		k += i
		from, to := lineSpan(data, k)
		if ok(data[from:to]) {
			return true
		}
		i = to
	}
	return false
}

// lineSpan is the line of data holding the byte at k: [from, to), to at
// its newline or the end.
func lineSpan(data []byte, k int) (int, int) {
	to := bytes.IndexByte(data[k:], '\n')
	if to < 0 {
		return bytes.LastIndexByte(data[:k], '\n') + 1, len(data)
	}
	return bytes.LastIndexByte(data[:k], '\n') + 1, to + k
}

// vertWords are the words a record marker numbers.
var vertWords = map[string]bool{"row": true, "record": true, "baris": true, "rekaman": true, "entry": true, "entri": true}

// vertMarker reads a record marker line: a word of vertWords and the
// record's number ("1. row", "Row 1", "RECORD 1"), set off by rule
// characters or a closing colon; its number, and whether it is one.
func vertMarker(l string) (int, bool) {
	t := strings.TrimSpace(l)
	core := strings.Trim(t, "*-=#[]_─━|+: ")
	if core == t || core == "" || len(t) > 120 {
		return 0, false // no rule characters nor colon: a line of prose
	}
	f := strings.Fields(core)
	if len(f) != 2 {
		return 0, false
	}
	num, word := f[0], f[1]
	if !vertWords[strings.ToLower(word)] {
		num, word = f[1], f[0]
	}
	num = strings.TrimSuffix(num, ".")
	if !vertWords[strings.ToLower(word)] || num == "" || len(num) > 5 || !allDigits(num) {
		return 0, false
	}
	return atoi(num), true
}

// vertRule: a line of rule characters only (ClickHouse's under "Row 1:").
func vertRule(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) >= 3 && strings.Trim(t, "-=─━*") == ""
}

// vertRun reads the records from the marker at lines[i]; the table, the
// line after the run, and whether the run is one table.
func vertRun(doc *facts.Document, lines []string, i int) (vertTable, int, bool) {
	t := vertTable{from: i}
	sep := byte(0)
	k := i
	for next := 1; k < len(lines); next++ {
		n, ok := vertMarker(lines[k])
		if !ok || n != next {
			break
		}
		k++
		if k < len(lines) && vertRule(lines[k]) {
			k++
		}
		var names, vals []string
		from := k
		for ; k < len(lines); k++ {
			l := strings.TrimRight(lines[k], "\r")
			if strings.TrimSpace(l) == "" || strings.IndexByte(l, '\t') >= 0 {
				break
			}
			if _, m := vertMarker(l); m {
				break
			}
			if sep == 0 {
				sep = vertSep(l)
			}
			name, val, ok := vertField(l, sep)
			if !ok {
				break
			}
			names = append(names, name)
			vals = append(vals, val)
		}
		if t.header == nil {
			if len(names) < 2 {
				return t, k, false
			}
			t.header = names
		}
		if len(names) > len(t.header) && strings.Join(names[:len(t.header)], "\x00") == strings.Join(t.header, "\x00") {
			// the last record runs on into a line of the text below it
			k -= len(names) - len(t.header)
			names, vals = names[:len(t.header)], vals[:len(t.header)]
		}
		if strings.Join(names, "\x00") != strings.Join(t.header, "\x00") {
			return t, k, false // records of other fields: which column is which is not stated
		}
		t.rows = append(t.rows, vals)
		t.at = append(t.at, from)
		// one blank line may part the records
		if k+1 < len(lines) && strings.TrimSpace(lines[k]) == "" {
			if _, m := vertMarker(lines[k+1]); m {
				k++
			}
		}
	}
	if len(t.rows) < 2 {
		return t, k, false
	}
	t.to = k
	if k < len(lines) {
		if n := vertFooter(lines[k]); n >= 0 {
			if n != len(t.rows) {
				doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: k + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
					Nilai: strings.TrimSpace(lines[k]),
					Pesan: fmt.Sprintf("tabel baris %d-%d: %d rekaman tercetak, catatan akhir menyebut %d; tidak dibaca", i+1, k+1, len(t.rows), n)})
				return t, k + 1, false
			}
			t.to = k + 1
		}
	}
	return t, t.to, true
}

// vertSep is the separator a record's first field line uses: ':' when it
// comes before any '=', else '='.
func vertSep(l string) byte {
	c, e := strings.IndexByte(l, ':'), strings.IndexByte(l, '=')
	if c >= 0 && (e < 0 || c < e) {
		return ':'
	}
	if e >= 0 {
		return '='
	}
	return 0
}

// vertField cuts a field line at its separator: the name (trimmed, the
// tool's right alignment dropped) and the value.
func vertField(l string, sep byte) (string, string, bool) {
	if sep == 0 {
		return "", "", false
	}
	k := strings.IndexByte(l, sep)
	if k <= 0 {
		return "", "", false
	}
	name := strings.TrimSpace(l[:k])
	if name == "" || len(name) > 60 {
		return "", "", false
	}
	return name, strings.TrimSpace(l[k+1:]), true
}

// vertFooter is the count a result's footer states ("25 rows in set (0.00
// sec)", "1 row in set", "(7 rows)"); -1 for any other line.
func vertFooter(l string) int {
	if n := queryFooterCount(l); n >= 0 {
		return n
	}
	f := strings.Fields(strings.TrimSpace(l))
	if len(f) >= 4 && allDigits(f[0]) && (f[1] == "rows" || f[1] == "row") && f[2] == "in" && strings.HasPrefix(f[3], "set") {
		return atoi(f[0])
	}
	return -1
}

// vertPrompts blanks the command lines right above a table's first line:
// "mysql> SELECT … \G", its "    -> …" continuations, a psql or sqlite
// prompt. Their words would otherwise join the caption above.
func vertPrompts(lines []string, i int) {
	for k := i - 1; k >= 0; k-- {
		t := strings.TrimSpace(lines[k])
		if !queryPrompt(t) && !vertPrompt(t) {
			return
		}
		lines[k] = ""
	}
}

// vertPrompt: a client's prompt ("mysql> ", "MariaDB [kpu]> ", "sqlite> ",
// "-> " continuing a command) or a command ending in MySQL's \G.
func vertPrompt(t string) bool {
	if strings.HasSuffix(t, `\G`) || strings.HasSuffix(t, `\G;`) || strings.HasPrefix(t, "-> ") {
		return true
	}
	k := strings.Index(t, "> ")
	if k <= 0 || k > 30 {
		return false
	}
	for _, r := range t[:k] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("_[] ()", r)) {
			return false
		}
	}
	return true
}

// vertNull is a cell with the tools' words for no value made empty.
func vertNull(c string) string {
	switch c {
	case "NULL", "(null)", "null", "ᴺᵁᴸᴸ", "\\N":
		return ""
	}
	return c
}

// vertEnglish: a number only the English notation writes: a point before
// one, two or four and more digits ("75.5", "96.50", "0.1234").
func vertEnglish(c string) bool {
	c = strings.TrimPrefix(c, "-")
	k := strings.IndexByte(c, '.')
	if k < 1 || strings.Count(c, ".") != 1 || !allDigits(c[:k]) || !allDigits(c[k+1:]) {
		return false
	}
	d := len(c) - k - 1
	return d >= 1 && d != 3 || d == 3 && c[0] == '0'
}

// vertIndonesian: a number only the Indonesian notation writes: a decimal
// comma ("77,50") or digits grouped twice ("2.694.420").
func vertIndonesian(c string) bool {
	c = strings.TrimPrefix(c, "-")
	if k := strings.IndexByte(c, ','); k > 0 && strings.Count(c, ",") == 1 {
		return allDigits(strings.ReplaceAll(c[:k], ".", "")) && c[k+1:] != "" && allDigits(c[k+1:])
	}
	return strings.Count(c, ".") >= 2 && allDigits(strings.ReplaceAll(c, ".", ""))
}

// vertCodeColumn: a column of codes or row numbers, whose dots are no
// decimal point and no grouping.
func vertCodeColumn(h string) bool {
	h = strings.ToLower(strings.TrimSpace(h))
	for _, p := range [...]string{"kode", "code", "kd", "no", "nomor"} {
		if h == p || strings.HasPrefix(h, p+" ") || strings.HasPrefix(h, p+"_") || strings.HasPrefix(h, p+".") {
			return true
		}
	}
	return false
}
