package parse

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
)

// JSON exports of a table pasted into a report, fenced or bare:
//
//	```json
//	{"judul": "Tabel 3.3 Realisasi Anggaran Tahun 2022",
//	 "data": [
//	   {"Kode": "WA", "Uraian": "Program Dukungan Manajemen", "Pagu": "3.000.000.000"},
//	   …
//	 ]}
//	```
//
// A table is an array of records that all name the same keys (an array of
// objects), or an array of arrays of one width under a header array (the
// first inner array, or a "kolom"/"columns" key beside it). The array may
// stand alone or sit in an object that names it and may hold a caption
// ("tabel", "judul", "caption", "title"). Values are scalars: a string as
// written, a JSON number in the report's own notation (a decimal point is a
// decimal comma there: 77.5 → 77,5), null an empty cell. An array holding
// anything else (nested values, records of other keys, rows of another
// width) stays as written.

// jsonCaptionKeys name an export's caption; jsonHeadKeys its header array.
var (
	jsonCaptionKeys = map[string]bool{"tabel": true, "table": true, "judul": true, "caption": true, "title": true, "nama_tabel": true, "judul_tabel": true}
	jsonHeadKeys    = map[string]bool{"kolom": true, "columns": true, "header": true, "headers": true, "fields": true, "kepala": true}
)

// jsonVal is a JSON value with its keys in their written order and the
// byte offset it opens at.
type jsonVal struct {
	kind  byte // '{', '[', 's' (string), 'n' (number), '0' (null), 'b' (bool)
	s     string
	keys  []string
	items []*jsonVal
	off   int64
}

// jsonTables rewrites the JSON tables of a text; data itself when it holds
// none. The lines of a JSON value holding an array of records or rows that
// is no proven table go to miss (first and last line, from 1), when given.
func jsonTables(data []byte, miss *[][2]int) []byte {
	if !bytes.Contains(data, []byte(`":`)) && !bytes.Contains(data, []byte(`",`)) || !lineOpens(data, '{') && !lineOpens(data, '[') {
		return data // most texts: no quoted key or cell, or no line opening a value
	}
	text := string(data)
	lines, starts, lineOf := textLines(text)
	changed := false
	for i := 0; i < len(lines); i++ {
		v, end, ok := jsonAt(text, lines, starts, i, lineOf)
		if !ok {
			continue
		}
		if v.kind == '{' && end == i && !jsonRecords(v) {
			// JSON Lines: one record a line, no array around them
			recs := []*jsonVal{v}
			for end+1 < len(lines) {
				r, e, ok := jsonAt(text, lines, starts, end+1, lineOf)
				if !ok || r.kind != '{' || e != end+1 {
					break
				}
				recs = append(recs, r)
				end = e
			}
			if len(recs) > 1 {
				v = &jsonVal{kind: '[', items: recs, off: v.off}
			}
		}
		from, to := i, end+1
		if i > 0 && jsonFence(lines[i-1]) && to < len(lines) && jsonFence(lines[to]) {
			from, to = i-1, to+1
		} else if i > 0 && strings.TrimSpace(lines[i-1]) == "" {
			from = i - 1 // room for the header of records written a line each
		}
		if jsonPlace(lines, from, to, v, lineOf) {
			changed = true
		} else if miss != nil && jsonRecords(v) {
			*miss = append(*miss, [2]int{from + 1, to})
		}
		i = to - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// jsonRecords: v is, or names, an array of records or of rows, or wraps
// such an object (an envelope, pipes_json_envelope.go).
func jsonRecords(v *jsonVal) bool {
	if v.kind == '{' {
		for _, it := range v.items {
			if (it.kind == '[' || it.kind == '{') && jsonRecords(it) {
				return true // a table, or an envelope around one
			}
		}
		return false
	}
	return v.kind == '[' && len(v.items) > 0 && (v.items[0].kind == '{' || v.items[0].kind == '[')
}

// jsonAt decodes the JSON value opening line i: the value and its last
// line; false when it does not decode or text follows it on that line
// (prose quoting JSON).
func jsonAt(text string, lines []string, starts []int, i int, lineOf func(int64) int) (*jsonVal, int, bool) {
	t := strings.TrimSpace(lines[i])
	if t == "" || t[0] != '{' && t[0] != '[' {
		return nil, 0, false
	}
	lead := int64(starts[i] + strings.Index(lines[i], t[:1]))
	dec := json.NewDecoder(strings.NewReader(text[lead:]))
	dec.UseNumber()
	v, err := jsonRead(dec, lead)
	if err != nil {
		return nil, 0, false
	}
	end := lineOf(lead + dec.InputOffset() - 1)
	if strings.TrimSpace(lines[end][int(lead+dec.InputOffset())-starts[end]:]) != "" {
		return nil, 0, false
	}
	return v, end, true
}

// jsonFence: a Markdown code fence ("```", "```json", "~~~").
func jsonFence(l string) bool {
	t := strings.TrimSpace(l)
	return strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~")
}

// jsonPlace writes the tables of v into lines[from:to]: one table when v
// is one, else each array-valued key of an object in the lines from its
// first record to the next key's, when every one of them is proven.
func jsonPlace(lines []string, from, to int, v *jsonVal, lineOf func(int64) int) bool {
	caption := ""
	if in := jsonEnvelope(v); in != nil {
		return jsonPlace(lines, from, to, in, lineOf) // a service's answer: its content in its place (pipes_json_envelope.go)
	}
	if v.kind == '{' {
		var tabs []int // the indexes of v's table-valued keys
		var head *jsonVal
		for k, key := range v.keys {
			it := v.items[k]
			switch lk := strings.ToLower(key); {
			case jsonCaptionKeys[lk] && it.kind == 's':
				caption = strings.TrimSpace(it.s)
			case jsonHeadKeys[lk] && it.kind == '[':
				head = it
			case it.kind == '[':
				tabs = append(tabs, k)
			}
		}
		if len(tabs) == 1 {
			header, rows, ok := jsonTable(v.items[tabs[0]], head)
			if !ok {
				return false
			}
			at := jsonHeadLine(v.items[tabs[0]], lineOf)
			if tot := jsonTotalRows(v, header, rows); tot != nil && exportPlace(lines, from, to, at, caption, header, append(rows, tot...)) {
				return true // the answer's proven total under its records
			}
			return exportPlace(lines, from, to, at, caption, header, rows)
		}
		if head != nil || len(tabs) == 0 {
			return false
		}
		// several tables, each under its key's name; all of them proven and
		// placed, or the export is left whole (and reported whole)
		keep := append([]string(nil), lines[from:to]...)
		done := false
		for n, k := range tabs {
			a := v.items[k]
			header, rows, ok := jsonTable(a, nil)
			if !ok {
				if jsonRecords(a) {
					copy(lines[from:to], keep)
					return false
				}
				continue // a list of plain values beside the tables
			}
			lo, hi := lineOf(a.off), to
			if n+1 < len(tabs) {
				hi = lineOf(v.items[tabs[n+1]].off)
			}
			if lo <= from {
				lo = from + 1
			}
			if !exportPlace(lines, lo, hi, jsonHeadLine(a, lineOf), exportHeader(v.keys[k]), header, rows) {
				copy(lines[from:to], keep)
				return false
			}
			done = true
		}
		return done
	}
	header, rows, ok := jsonTable(v, nil)
	return ok && exportPlace(lines, from, to, jsonHeadLine(v, lineOf), caption, header, rows)
}

// jsonHeadLine: the line above the first record, where the header goes.
func jsonHeadLine(a *jsonVal, lineOf func(int64) int) int {
	if len(a.items) == 0 {
		return lineOf(a.off)
	}
	return lineOf(a.items[0].off) - 1
}

// jsonTable reads an array as a table: records of the same keys, or rows
// of one width under head (or under their first row when head is nil and
// that row holds words only).
func jsonTable(a *jsonVal, head *jsonVal) ([]string, [][]string, bool) {
	if a.kind != '[' || len(a.items) == 0 {
		return nil, nil, false
	}
	switch a.items[0].kind {
	case '{':
		keys := make([][]string, len(a.items))
		vals := make([][]string, len(a.items))
		for r, it := range a.items {
			if it.kind != '{' {
				return nil, nil, false
			}
			keys[r] = it.keys
			for _, c := range it.items {
				s, ok := jsonCell(c)
				if !ok {
					return nil, nil, false
				}
				vals[r] = append(vals[r], s)
			}
		}
		header, rows, ok := exportSameKeys(keys, vals)
		if !ok || len(rows) < 1 {
			return nil, nil, false
		}
		for c, k := range header {
			header[c] = exportHeader(k)
			if id, ok := inlineKeysEN[header[c]]; ok {
				header[c] = id // a service answering in English: "weight" → bobot (kv_inline.go)
			}
		}
		return header, rows, true
	case '[':
		var grid [][]string
		for _, it := range a.items {
			row, ok := jsonCells(it)
			if !ok {
				return nil, nil, false
			}
			grid = append(grid, row)
		}
		var header []string
		if head != nil {
			h, ok := jsonCells(head)
			if !ok {
				return nil, nil, false
			}
			header = h
		} else {
			for _, c := range a.items[0].items {
				if c.kind != 's' || numLike(c.s) {
					return nil, nil, false // no header row: the columns are unnamed
				}
			}
			header, grid = grid[0], grid[1:]
		}
		if len(header) < 2 || len(grid) < 1 {
			return nil, nil, false
		}
		for _, row := range grid {
			if len(row) != len(header) {
				return nil, nil, false
			}
		}
		return header, grid, true
	}
	return nil, nil, false
}

// jsonCells reads an array of scalars.
func jsonCells(a *jsonVal) ([]string, bool) {
	if a.kind != '[' {
		return nil, false
	}
	out := make([]string, len(a.items))
	for i, c := range a.items {
		s, ok := jsonCell(c)
		if !ok {
			return nil, false
		}
		out[i] = s
	}
	return out, true
}

// jsonCell writes a scalar as the report would: a number's decimal point
// as a comma, null as an empty cell. A number in exponent form, a bool or
// a nested value is no cell.
func jsonCell(c *jsonVal) (string, bool) {
	switch c.kind {
	case 's':
		return strings.TrimSpace(c.s), true
	case '0':
		return "", true
	case 'n':
		if strings.ContainsAny(c.s, "eE") {
			return "", false
		}
		return strings.Replace(c.s, ".", ",", 1), true
	}
	return "", false
}

// numLike: a cell that is a figure, not a column name.
func numLike(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r == '.' || r == ',' || r == '-' || r == '%' || r == ' ') {
			return false
		}
	}
	return true
}

// jsonRead reads one JSON value from dec, whose input opens at byte base of
// the text, keeping keys in order and each value's offset.
func jsonRead(dec *json.Decoder, base int64) (*jsonVal, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	return jsonFrom(dec, tok, base, 0)
}

// jsonFrom builds the value tok opens; depth bounds the nesting a hostile
// text could pile up.
func jsonFrom(dec *json.Decoder, tok json.Token, base int64, depth int) (*jsonVal, error) {
	if depth > 8 {
		return nil, errJSONDeep
	}
	v := &jsonVal{off: base + dec.InputOffset() - 1}
	switch t := tok.(type) {
	case json.Delim:
		v.kind = byte(t)
		if t != '{' && t != '[' {
			return nil, errJSONDeep
		}
		for dec.More() {
			if t == '{' {
				k, err := dec.Token()
				if err != nil {
					return nil, err
				}
				ks, _ := k.(string)
				v.keys = append(v.keys, ks)
			}
			next, err := dec.Token()
			if err != nil {
				return nil, err
			}
			it, err := jsonFrom(dec, next, base, depth+1)
			if err != nil {
				return nil, err
			}
			// a scalar's offset is where it ends; only containers' are used
			v.items = append(v.items, it)
		}
		if _, err := dec.Token(); err != nil { // the closing delimiter
			return nil, err
		}
	case string:
		v.kind, v.s = 's', t
	case json.Number:
		v.kind, v.s = 'n', string(t)
	case bool:
		v.kind = 'b'
	case nil:
		v.kind = '0'
	}
	return v, nil
}

// errJSONDeep: a value nested deeper than any table export.
var errJSONDeep = errors.New("json: nested too deep for a table")
