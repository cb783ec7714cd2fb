package parse

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A program's debug dump of its rows: an application without a print view
// leaves the operator PHP's print_r or var_dump of the array it would have
// printed, one nested block a row, each naming its fields:
//
//	Array                          array(2) {
//	(                                [0]=>
//	    [0] => Array                 array(3) {
//	        (                          ["kecamatan"]=>
//	            [kecamatan] => X       string(1) "X"
//	            [tps] => 27            ["tps"]=>
//	        )                          int(27)
//	                                 }
//	    [1] => Array                 …
//	…                              }
//
// Read as it stands, every field is a line of prose. nestedRecords turns a
// dump whose inner blocks are numbered 0, 1, … (or 1, 2, …) and name the
// same fields in the same order into one table, the field names its
// header, through the vertical records' writer (vertical_records.go), so
// the notation of its numbers is settled the same way and line numbers
// never change. A block holding a further array, a field line of another
// shape, or records of other fields leave the dump as written; a var_dump
// whose stated count (array(7)) is not the number of blocks it prints is
// reported.

// nestedRecords rewrites the record dumps of a text; data itself when it
// holds none. Findings go to doc.
func nestedRecords(doc *facts.Document, data []byte) []byte {
	pr := docHas(doc, data, "=> Array") // absent words cost no scan (scan_index.go)
	vd := docHas(doc, data, "]=>")
	rp := docHasAny(doc, data, "[{", "[%{", "[#<", "[['", `[["`)
	hs := hashLikely(doc, data) // records one after another (nested_hashes.go)
	if !pr && !vd && !rp && !hs {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		var t vertTable
		ok, end := false, i+1
		switch {
		case pr && strings.TrimSpace(lines[i]) == "Array":
			t, end, ok = printRRun(lines, i)
		case vd && varDumpOpen(lines[i]) >= 0:
			t, end, ok = varDumpRun(doc, lines, i)
		case rp && reprListOpen(lines[i]):
			t, end, ok = reprRun(lines, i) // Python's or Ruby's (nested_repr.go)
		case hs && hashOpen(lines[i]):
			t, end, ok = hashRun(lines, i) // one record after another (nested_hashes.go)
		}
		if ok {
			tables = append(tables, t)
			i = end - 1
		}
	}
	return vertWrite(doc, data, lines, tables)
}

// nestedNext is the index of the first line from k that is not blank.
func nestedNext(lines []string, k int) int {
	for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
		k++
	}
	return k
}

// nestedAdd appends a record to t: the first sets the header; the others
// must name the same fields in the same order, and be numbered on.
func nestedAdd(t *vertTable, key string, names, vals []string, at int) bool {
	n, err := strconv.Atoi(key)
	if err != nil || n != len(t.rows) && n != len(t.rows)+1 || len(t.rows) > 0 && n != t.from+len(t.rows) {
		return false
	}
	if len(t.rows) == 0 {
		if len(names) < 2 {
			return false
		}
		t.from, t.header = n, names // the first key (0 or 1) is kept in from until the run is read
	} else if strings.Join(names, "\x00") != strings.Join(t.header, "\x00") {
		return false // records of other fields: which column is which is not stated
	}
	t.rows = append(t.rows, vals)
	t.at = append(t.at, at)
	return true
}

// printRRun reads the print_r dump opening at lines[i] ("Array", "("); the
// table, the line after the dump, and whether it is one table of records.
func printRRun(lines []string, i int) (vertTable, int, bool) {
	var t vertTable
	k := nestedNext(lines, i+1)
	if k >= len(lines) || strings.TrimSpace(lines[k]) != "(" {
		return t, i + 1, false
	}
	for k = nestedNext(lines, k+1); k < len(lines); k = nestedNext(lines, k) {
		if strings.TrimSpace(lines[k]) == ")" {
			break
		}
		key, val, ok := printRField(lines[k])
		if !ok || val != "Array" {
			return t, k, false
		}
		at := k
		k = nestedNext(lines, k+1)
		if k >= len(lines) || strings.TrimSpace(lines[k]) != "(" {
			return t, k, false
		}
		var names, vals []string
		for k++; k < len(lines) && strings.TrimSpace(lines[k]) != ")"; k++ {
			name, v, ok := printRField(lines[k])
			if !ok || v == "Array" {
				return t, k, false // a line of another shape, or an array deeper down
			}
			names, vals = append(names, name), append(vals, v)
		}
		if k >= len(lines) || !nestedAdd(&t, key, names, vals, at+1) {
			return t, k, false
		}
		k++
	}
	if k >= len(lines) || len(t.rows) == 0 {
		return t, k, false
	}
	t.from, t.to = i, k+1
	return t, t.to, true
}

// printRField cuts a print_r line "[name] => value" into the name and
// the value.
func printRField(l string) (string, string, bool) {
	t := strings.TrimSpace(l)
	if !strings.HasPrefix(t, "[") {
		return "", "", false
	}
	k := strings.Index(t, "] =>")
	if k < 2 || len(t[1:k]) > 60 {
		return "", "", false
	}
	return t[1:k], strings.TrimSpace(t[k+4:]), true
}

// varDumpOpen is the count an opening var_dump line "array(7) {" states;
// -1 for any other line.
func varDumpOpen(l string) int {
	t := strings.TrimSpace(l)
	if !strings.HasPrefix(t, "array(") || !strings.HasSuffix(t, "{") {
		return -1
	}
	k := strings.IndexByte(t, ')')
	if k < 7 || strings.TrimSpace(t[k+1:]) != "{" || !allDigits(t[6:k]) {
		return -1
	}
	return atoi(t[6:k])
}

// varDumpKey is the key of a var_dump line `[0]=>` or `["tps"]=>`.
func varDumpKey(l string) (string, bool) {
	t := strings.TrimSpace(l)
	if !strings.HasPrefix(t, "[") || !strings.HasSuffix(t, "]=>") || len(t) < 5 {
		return "", false
	}
	k := t[1 : len(t)-3]
	if len(k) >= 2 && k[0] == '"' && k[len(k)-1] == '"' {
		k = k[1 : len(k)-1]
	}
	return k, k != "" && len(k) <= 60
}

// varDumpValue reads a var_dump scalar: string(5) "78,00", int(27),
// float(7.5), NULL (an empty cell), bool(true).
func varDumpValue(l string) (string, bool) {
	t := strings.TrimSpace(l)
	if t == "NULL" {
		return "", true
	}
	if strings.HasPrefix(t, "string(") {
		a, b := strings.IndexByte(t, '"'), strings.LastIndexByte(t, '"')
		if a < 0 || b <= a {
			return "", false // a string over several lines
		}
		return t[a+1 : b], true
	}
	for _, p := range [...]string{"int(", "float(", "bool("} {
		if strings.HasPrefix(t, p) && strings.HasSuffix(t, ")") {
			return t[len(p) : len(t)-1], true
		}
	}
	return "", false
}

// varDumpRun reads the var_dump opening at lines[i]; the table, the line
// after the dump, and whether it is one table of records.
func varDumpRun(doc *facts.Document, lines []string, i int) (vertTable, int, bool) {
	var t vertTable
	want := varDumpOpen(lines[i])
	k := nestedNext(lines, i+1)
	for ; k < len(lines); k = nestedNext(lines, k) {
		if strings.TrimSpace(lines[k]) == "}" {
			break
		}
		key, ok := varDumpKey(lines[k])
		at := k
		k = nestedNext(lines, k+1)
		if !ok || k >= len(lines) {
			return t, k, false
		}
		fields := varDumpOpen(lines[k])
		if fields < 0 {
			return t, k, false
		}
		var names, vals []string
		for k = nestedNext(lines, k+1); k < len(lines) && strings.TrimSpace(lines[k]) != "}"; k = nestedNext(lines, k+1) {
			name, ok := varDumpKey(lines[k])
			if !ok {
				return t, k, false
			}
			k = nestedNext(lines, k+1)
			if k >= len(lines) {
				return t, k, false
			}
			v, ok := varDumpValue(lines[k])
			if !ok {
				return t, k, false // an array deeper down, or a value of another shape
			}
			names, vals = append(names, name), append(vals, v)
		}
		if k >= len(lines) || len(names) != fields || !nestedAdd(&t, key, names, vals, at+1) {
			return t, k, false
		}
		k++
	}
	if k >= len(lines) || len(t.rows) == 0 {
		return t, k, false
	}
	if len(t.rows) != want {
		doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: k + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Nilai: strings.TrimSpace(lines[i]),
			Pesan: fmt.Sprintf("tabel baris %d-%d: %d rekaman tercetak, array menyebut %d; tidak dibaca", i+1, k+1, len(t.rows), want)})
		return t, k + 1, false
	}
	t.from, t.to = i, k+1
	return t, t.to, true
}
