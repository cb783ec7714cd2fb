package parse

import (
	"bytes"
	"strings"
)

// A table exported as an application's log, one line a row (logfmt):
//
//	2022-03-02 08:10:04 INFO [sakip.capaian] no="1" indikator="…" target="90,00" realisasi="92,50"
//	2022-03-02 08:10:09 INFO [sakip.capaian] no="2" indikator="…" target=85 realisasi=80
//
// Each line names every cell by its field, so a run of lines of one logger
// naming the same fields is a table: the field names are the header (the
// usual role vocabulary reads them), each line a row, values as written
// (the document's own notation, proven later like any cell); an empty
// value is no value. The header takes the blank line above the run, or the
// caption's line when the caption moves up onto a blank line above it;
// else the blank line under the run, the rows one line down. Other log
// lines between the rows (no fields) are dropped. A line naming other
// fields, or free words among its fields, ends the run: nothing is guessed.

// logLine is one line read as fields: the logger part before them (the
// timestamp's digits left out) and its keys and values.
type logLine struct {
	logger string
	keys   []string
	vals   []string
}

// logTables rewrites the logfmt runs of a text as TAB tables; data itself
// when it holds none.
func logTables(data []byte) []byte {
	if !bytes.Contains(data, []byte(`="`)) { // no quoted field: no log table (a regexp per line is too slow)
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !strings.Contains(lines[i], "=") && !logHeadShape(lines, i) {
			continue
		}
		first, next, ok := logRecordAt(lines, i) // a line, or a head and the lines indented under it (log_records.go)
		if !ok {
			continue
		}
		rows := [][]string{first.vals}
		end := next
		for k := next; k < len(lines); {
			t := strings.TrimSpace(lines[k])
			if t == "" && logFlat(first) {
				// blank lines between flat records (log_records.go): the run
				// goes on only at a head of its shape
				if n := logSkipBlank(lines, k); n > k && n < len(lines) && strings.TrimSpace(lines[n]) != "" {
					if l, _, ok := logRecordAt(lines, n); ok && l.logger == first.logger {
						k = n
						continue
					}
				}
			}
			if t == "" {
				break
			}
			if l, n, ok := logRecordAt(lines, k); ok && logFlat(l) == logFlat(first) { // a flat head in another run is read as before (log_records.go)
				if l.logger != first.logger || strings.Join(l.keys, "\x00") != strings.Join(first.keys, "\x00") {
					break
				}
				rows = append(rows, l.vals)
				end, k = n, n
				continue
			}
			if logFlat(first) || strings.Contains(t, "=") || !logNoise(t, lines[i]) { // a flat run ends at a line neither head, field line nor blank
				break
			}
			k++
		}
		if len(rows) == 1 && len(first.keys) < 3 {
			continue // one line of two fields is a setting, not a table
		}
		if len(rows) == 1 && logFlat(first) {
			continue // a line of prose above a line of fields: no run of records (log_records.go)
		}
		header := make([]string, len(first.keys))
		for c, k := range first.keys {
			header[c] = exportHeader(k)
		}
		logKeyed(lines, i, end, first.keys, header, rows) // foreign field names a key line explains (log_records.go)
		from := logSession(lines, i)                      // the console session's command and banner above the run (log_records.go)
		if !logPlace(lines, from, end, header, rows) {
			// the log's comment lines around the run hold the header (log_records.go)
			top, to := logWithComments(lines, from, end)
			if top == from && to == end || !logPlace(lines, top, to, header, rows) {
				continue
			}
			end = to
		}
		changed = true
		i = end - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// logPlace writes a run's table over lines[from:to]: the header on the
// blank line above, else on the caption's line with the caption moved up
// onto the blank line above it, else on the first line with the rows one
// line down onto the blank line under the run. A caption moved up onto
// the only blank line under a paragraph would join that paragraph (its
// last sentence then read with the caption's words: "… pada tahun kinerja
// 2019. # Tabel 3.2a Nilai Reformasi Birokrasi"), so the rows move down
// instead when the line under the run is blank.
func logPlace(lines []string, from, to int, header []string, rows [][]string) bool {
	blank := func(k int) bool { return k >= 0 && k < len(lines) && strings.TrimSpace(lines[k]) == "" }
	glues := from-3 >= 0 && !blank(from-3) // text right above the blank line the caption would take
	switch {
	case blank(from - 1):
		return exportPlace(lines, from-1, to, from-1, "", header, rows)
	case glues && blank(to) && !strings.Contains(lines[from-1], "="):
		return exportPlace(lines, from, to+1, from, "", header, rows)
	case blank(from-2) && !strings.Contains(lines[from-1], "="):
		return exportPlace(lines, from-2, to, from-1, strings.TrimSpace(lines[from-1]), header, rows)
	case blank(to):
		return exportPlace(lines, from, to+1, from, "", header, rows)
	}
	return false
}

// logNoise: t is another line of the same log (it opens like the row's
// line, a digit or the same first word) without fields.
func logNoise(t, row string) bool {
	row = strings.TrimSpace(row)
	if t[0] >= '0' && t[0] <= '9' {
		return row[0] >= '0' && row[0] <= '9'
	}
	w := strings.Fields(row)[0]
	return strings.HasPrefix(t, w+" ")
}

// logRead reads a line as a logger part and then only key=value fields,
// at least two; false for anything else.
func logRead(l string) (logLine, bool) {
	var out logLine
	s := strings.TrimSpace(l)
	start := logFieldStart(s)
	if start < 0 {
		return out, false
	}
	var lg []string
	for _, w := range strings.Fields(s[:start]) {
		if logStatus(w) {
			continue // a level or status is the row's state, not its logger (log_records.go)
		}
		if !strings.ContainsAny(w, "0123456789") && strings.ContainsAny(strings.ToLower(w), "abcdefghijklmnopqrstuvwxyz") || strings.HasPrefix(w, "[") && len(w) > 1 {
			lg = append(lg, w)
		}
	}
	out.logger = strings.Join(lg, " ")
	rest := s[start:]
	for rest != "" {
		eq := strings.IndexByte(rest, '=')
		if eq <= 0 || !logKey(rest[:eq]) {
			return out, false
		}
		key := rest[:eq]
		rest = rest[eq+1:]
		var val string
		if strings.HasPrefix(rest, `"`) {
			v, n, ok := logQuoted(rest)
			if !ok {
				return out, false
			}
			val, rest = v, rest[n:]
		} else {
			n := strings.IndexAny(rest, " \t")
			if n < 0 {
				n = len(rest)
			}
			val, rest = rest[:n], rest[n:]
			if strings.Contains(val, `"`) {
				return out, false
			}
		}
		if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
			return out, false
		}
		rest = strings.TrimLeft(rest, " \t")
		for _, k := range out.keys {
			if k == key {
				return out, false
			}
		}
		out.keys = append(out.keys, key)
		out.vals = append(out.vals, strings.TrimSpace(val))
	}
	return out, len(out.keys) >= 2
}

// logFieldStart: where the first key=value field of s opens (a key at the
// line's start or after a space), -1 when none.
func logFieldStart(s string) int {
	for i := 0; i < len(s); {
		eq := strings.IndexByte(s[i:], '=')
		if eq < 0 {
			return -1
		}
		eq += i
		k := eq
		for k > 0 && s[k-1] != ' ' && s[k-1] != '\t' {
			k--
		}
		if k < eq && logKey(s[k:eq]) {
			return k
		}
		i = eq + 1
	}
	return -1
}

// logKey: a field name, letters, digits, '_', '.' or '-', a letter first.
func logKey(k string) bool {
	if k == "" || !(k[0] >= 'a' && k[0] <= 'z' || k[0] >= 'A' && k[0] <= 'Z' || k[0] == '_') {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-') {
			return false
		}
	}
	return true
}

// logQuoted reads the quoted value s opens with (\" and \\ escaped): its
// text and the bytes it took.
func logQuoted(s string) (string, int, bool) {
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			if i+1 < len(s) {
				i++
				b.WriteByte(s[i])
			}
		case '"':
			return b.String(), i + 1, true
		default:
			b.WriteByte(c)
		}
	}
	return "", 0, false
}
