package parse

import (
	"strings"
)

// Log records of key=value fields (log_lines.go reads the runs): two more
// shapes of the same family, and the foreign field names a key explains.
//
//   - A record may span its line and the lines indented under it: a test
//     runner's verbose report writes the test's line, then its fields
//
//     tests/test_ikk.py::test_ikk_01 PASSED  [ 17%]
//     indikator="Persentase …"
//     satuan=%  target=100,00  realisasi=100,00  capaian=100,00
//
//     The head line titles its record (a test's name, its status), no
//     logger; the indented lines must be fields only (one or more each).
//     The run goes on while the records name the same fields.
//   - A record's level or status (INFO/WARN, [OK]/[FIRING], PASSED/FAILED:
//     a word in capitals only) is its state, not its logger: records of one
//     table differ in it.
//   - A log's own comment lines right above or under the run (`# …`, the
//     tool, its key, `# akhir log`) belong to the log: when no blank line
//     holds the header, the run's table takes their lines too (a caption's
//     `# Tabel …` heading is never taken).
//   - A console session's chrome right above the run (a paragraph of at
//     most four lines, one blank line above the first record, opened by a
//     shell prompt `$ ` or `> `: the command, a banner, `collected n
//     items`) is the log's, no caption: the run's table takes its lines.
//   - Foreign field names (`value=`, `threshold=`, `ratio=`, `observed=`,
//     `limit=`) are named by a key line near the run (a few lines above or
//     under it) in the glossed records' syntax (`value = realisasi;
//     threshold = target PK`, glossed_records.go glossParse): the header
//     cell of a field the key names takes the role's title (header_key.go
//     boxTitles). The key must name the realisasi of one of the run's
//     fields, or it explains something else and nothing is renamed. With
//     a key read, a field `unit`/`uom` is the unit, and, the capaian
//     named by no field, the one field whose every value is words (two or
//     more, no figure) is the indicator. Values stay as written; the
//     table readers prove them (capaian = realisasi / target within
//     rounding, or as printed).

// logStatus: a level or status word (letters in capitals only, in
// brackets or not).
func logStatus(w string) bool {
	w = strings.Trim(w, "[]()<>:")
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// logIndent: the width of l's leading blanks.
func logIndent(l string) int { return wbIndent(l) }

// logFieldsOnly reads a line made only of key=value fields (one or more).
func logFieldsOnly(l string) (logLine, bool) {
	s := strings.TrimSpace(l)
	if logFieldStart(s) != 0 {
		return logLine{}, false
	}
	if strings.IndexByte(s, ' ') < 0 && strings.IndexByte(s, '\t') < 0 || !strings.Contains(s[strings.IndexByte(s, '=')+1:], "=") {
		// a single field: read it as the pair it is
		eq := strings.IndexByte(s, '=')
		v := s[eq+1:]
		if strings.HasPrefix(v, `"`) {
			q, n, ok := logQuoted(v)
			if !ok || strings.TrimSpace(v[n:]) != "" {
				return logLine{}, false
			}
			v = q
		} else if strings.ContainsAny(v, "\" \t") {
			return logLine{}, false
		}
		return logLine{keys: []string{s[:eq]}, vals: []string{strings.TrimSpace(v)}}, true
	}
	r, ok := logRead(s)
	return r, ok && r.logger == ""
}

// logRecordAt reads the record opening at lines[i]: a line of fields
// (logRead), or a head line without fields, with the fields of the lines
// indented under it (at most 8). next is the line after the record.
func logRecordAt(lines []string, i int) (rec logLine, next int, ok bool) {
	l := lines[i]
	rec, ok = logRead(l)
	if !ok {
		t := strings.TrimSpace(l)
		if t == "" || logFieldStart(t) >= 0 || len(t) > 200 {
			return rec, i, false
		}
		// the head titles its record (a test's name, its status): no
		// logger, the records of a run share their fields only
		rec = logLine{logger: "\x01head"}
	}
	ind := logIndent(l)
	next = i + 1
	if rec.logger == "\x01head" && (next >= len(lines) || logIndent(lines[next]) <= ind) {
		return logFlatRecord(lines, i, rec)
	}
	for ; next < len(lines) && next <= i+8; next++ {
		u := lines[next]
		if strings.TrimSpace(u) == "" || logIndent(u) <= ind {
			break
		}
		f, fok := logFieldsOnly(u)
		if !fok {
			break
		}
		for _, k := range f.keys {
			for _, o := range rec.keys {
				if k == o {
					return rec, i, false // a field named twice: no record
				}
			}
		}
		rec.keys = append(rec.keys, f.keys...)
		rec.vals = append(rec.vals, f.vals...)
	}
	return rec, next, len(rec.keys) >= 2
}

// logHeadShape: lines[i] may open a record spanning the lines under it (a
// cheap test before logRecordAt): the next line indented deeper holds a
// field, or, the indent lost (a PDF's text), the next line that is not
// blank (at most two blank lines down) does.
func logHeadShape(lines []string, i int) bool {
	if i+1 >= len(lines) || strings.TrimSpace(lines[i]) == "" {
		return false
	}
	if logIndent(lines[i+1]) > logIndent(lines[i]) {
		return strings.Contains(lines[i+1], "=")
	}
	k := logSkipBlank(lines, i+1)
	return k < len(lines) && strings.Contains(lines[k], "=")
}

// logSkipBlank: the first line from k on that is not blank, at most two
// blank lines skipped (k+2 at most; it may still be blank).
func logSkipBlank(lines []string, k int) int {
	for n := 0; n < 2 && k < len(lines) && strings.TrimSpace(lines[k]) == ""; n++ {
		k++
	}
	return k
}

// A PDF's text loses the indent: the record's field lines follow their
// head at its own margin, a blank line often between (the page's leading),
// the fields parted by single spaces:
//
//	tests/test_ikk.py::test_ikk_01 PASSED [ 17%]
//
//	indikator="Persentase …"
//	satuan=% target=100,00 realisasi=100,00 capaian=100,00
//	tests/test_ikk.py::test_ikk_02 PASSED [ 33%]
//
// Any line of prose may stand above a line of fields, so such a head is
// trusted only as one of a run: its logger is its shape (logSkeleton), the
// run (log_lines.go) takes records of one shape naming the same fields, at
// least two of them, and ends at a line that is neither head, field line
// nor blank.

// logFlatRecord reads the record whose head is lines[i] and whose field
// lines follow it unindented (blank lines between allowed, at most two,
// at most 8 field lines).
func logFlatRecord(lines []string, i int, rec logLine) (logLine, int, bool) {
	rec.logger = "\x01flat " + logSkeleton(lines[i])
	k := logSkipBlank(lines, i+1)
	next := k
	for ; next < len(lines) && next < k+8; next++ {
		f, ok := logFieldsOnly(lines[next])
		if !ok {
			break
		}
		for _, key := range f.keys {
			for _, o := range rec.keys {
				if key == o {
					return rec, i, false // a field named twice: no record
				}
			}
		}
		rec.keys = append(rec.keys, f.keys...)
		rec.vals = append(rec.vals, f.vals...)
	}
	return rec, next, len(rec.keys) >= 2
}

// logSkeleton: a head line's shape, its punctuation between runs of
// letters (a) and digits (9), blanks left out: the heads of one run
// differ in their numbers, names and statuses only (`x.py::test_ikk_01
// PASSED [ 17%]` and `x.py::test_ikk_06 FAILED [100%]`, `ok 1 - a_b` and
// `not ok 2 - c_d` are one shape each).
func logSkeleton(l string) string {
	b := make([]byte, 0, 32)
	for i := 0; i < len(l) && len(b) < 64; i++ {
		c := l[i]
		switch {
		case c == ' ' || c == '\t':
			continue
		case isLetterByte(c) || c >= 0x80:
			c = 'a'
		case c >= '0' && c <= '9':
			c = '9'
		}
		if n := len(b); n > 0 && b[n-1] == c && (c == 'a' || c == '9') {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// logFlat: a run's records are heads with their field lines unindented
// (logFlatRecord).
func logFlat(r logLine) bool { return strings.HasPrefix(r.logger, "\x01flat ") }

// logComment: a log's comment line (`# …`), no caption heading.
func logComment(l string) bool {
	t := strings.TrimSpace(l)
	if !strings.HasPrefix(t, "#") || len(t) > 300 {
		return false
	}
	w := strings.Fields(strings.ToLower(strings.TrimLeft(t, "# ")))
	return len(w) == 0 || w[0] != "tabel" && w[0] != "table" && w[0] != "gambar" && w[0] != "grafik"
}

// logWithComments widens the run [from, to) over the log's comment lines
// right above and under it (at most 4 each).
func logWithComments(lines []string, from, to int) (int, int) {
	for n := 0; n < 4 && from > 0 && logComment(lines[from-1]); n++ {
		from--
	}
	for n := 0; n < 4 && to < len(lines) && logComment(lines[to]); n++ {
		to++
	}
	return from, to
}

// logKeyed gives the header cells of the fields a key line near the run
// [from, to) names their roles' titles; header is changed in place.
func logKeyed(lines []string, from, to int, keys []string, header []string, rows [][]string) {
	for k := max(0, from-5); k < min(len(lines), to+4); k++ {
		if k == from {
			k = to // the run's own lines hold no key
			if k >= len(lines) {
				return
			}
		}
		l := lines[k]
		if len(l) > 400 || !strings.Contains(l, " = ") && !strings.Contains(l, " adalah ") && !strings.Contains(l, " sebagai ") {
			continue
		}
		g, ok := glossParse(strings.Trim(strings.TrimSpace(l), "()")) // `(kunci: a = realisasi; …)`
		if !ok {
			continue
		}
		roles := make([]string, len(keys))
		real := false
		for c, key := range keys {
			r := g.roleOf(strings.NewReplacer("_", " ", ".", " ", "-", " ").Replace(key))
			if r == "?" {
				r = ""
			}
			roles[c], real = r, real || r == "real"
		}
		if !real {
			continue
		}
		titles := boxTitles[g.family]
		named := false
		for c, r := range roles {
			if r == "" {
				switch strings.ToLower(keys[c]) {
				case "unit", "uom", "satuan":
					r = "unit"
				}
			}
			if r == "name" {
				named = true
			}
			if t := titles[r]; t != "" {
				header[c] = t
			}
		}
		if !named && g.family == "capaian" {
			if c := logWordsField(roles, rows); c >= 0 {
				header[c] = titles["name"]
			}
		}
		return
	}
}

// logWordsField: the one field no role names whose every value is words
// (two or more, a letter first); -1 when none or several.
func logWordsField(roles []string, rows [][]string) int {
	at := -1
	for c := range roles {
		if roles[c] != "" {
			continue
		}
		all := len(rows) > 0
		for _, r := range rows {
			if c >= len(r) || len(strings.Fields(r[c])) < 2 || !isLetterByte(r[c][0]) {
				all = false
				break
			}
		}
		if all {
			if at >= 0 {
				return -1
			}
			at = c
		}
	}
	return at
}

// logSession: the first line of a console session's paragraph right above
// the run opening at lines[i] (a prompt first, at most four lines, at most
// one blank line between); i itself when there is none. A PDF's text may
// part the paragraph by one blank line more (the command from its banner):
// the nearest prompt line up, at most four lines and two blank lines from
// the run, a blank line or the text's start above it, opens the session.
func logSession(lines []string, i int) int {
	k := i - 1
	blanks, taken := 0, 0
	for k >= 0 && taken < 4 {
		t := strings.TrimSpace(lines[k])
		if t == "" {
			if blanks++; blanks > 2 {
				return i
			}
			k--
			continue
		}
		taken++
		if (strings.HasPrefix(t, "$ ") || strings.HasPrefix(t, "> ")) && len(t) <= 200 && (k == 0 || strings.TrimSpace(lines[k-1]) == "") {
			return k
		}
		k--
	}
	return i
}
