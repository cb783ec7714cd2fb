package parse

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT kept as the data statements of a program listing, the order of
// whose values a comment declares: an old operator's GW-BASIC rekap typed
// again, an assembler's table, a C or Pascal array's initialiser.
//
//	20 REM URUTAN DATA: KECAMATAN, DESA/KEL, TPS, LAKI-LAKI, PEREMPUAN, JUMLAH
//	30 CLS : PRINT ...                       (code: passed over)
//	1000 DATA "LEWA", 16, 29, 4648, 4379, 9027
//	1230 DATA "SUMBA TIMUR", 156, 531, 95113, 92311, 187424
//
//	; kecamatan, l, p, jumlah                /* kecamatan, tps, l, p, jumlah */
//	kec1:  dw "ALOK", 7210, 7305, 14515      {"ALOK", 31, 7210, 7305, 14515},
//
// Read as prose nothing loads: the rows carry no header. The declaration
// is a comment line (REM, ', //, /*, (*, {, ;, #, !, --) listing four
// and more names by commas, after an optional "URUTAN DATA:"; the names
// get their roles as a declared schema's do (schemaRoles: a place, an L,
// a P and a total at least, no role twice), so a game's sprite bytes or
// a C array of sensor readings name none. The names or the lines above
// must speak of voters (kvDPTContext). The rows are the data statements
// after it (BASIC DATA with or without line numbers, one record a
// statement or several abreast, Fortran's DATA X /…/, db/dw/.word…,
// `{…},` or `(…),`), code lines before the first
// passed over, comments among them kept; a row of another count of
// values (an end marker `DATA -1`) or all zero counts (`DATA "*", 0, …`)
// is no row. schemaProve proves each row by L + P = total and the
// kabupaten's last row by the sums of the others'; vertWrite writes the
// rows as one TAB table in place of the declaration and the program,
// under the caption above.

// basicDataRows rewrites every declared data-statement run of data as a
// TAB table.
func basicDataRows(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, "DATA", "data", "Data", "db ", "dw ", "dd ", ".word", ".byte", ".long", "dc.", "{\"", "{'", "('", "{ ") {
		return data
	}
	if !basicDataLikely(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if strings.Count(lines[i], ",") < 3 {
			continue
		}
		cols := basicDecl(lines[i])
		if cols == nil {
			continue
		}
		t, end, ok := basicRun(doc, lines, i, cols)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// basicDataLikely: a cheap pass for a comment line holding three commas
// or more: the declaration's shape.
func basicDataLikely(data []byte) bool {
	for start := 0; start < len(data); {
		end := start
		commas := 0
		for end < len(data) && data[end] != '\n' {
			if data[end] == ',' {
				commas++
			}
			end++
		}
		if commas >= 3 && basicCommentMay(data[start:end]) && basicDecl(string(data[start:end])) != nil {
			return true
		}
		start = end + 1
	}
	return false
}

// basicCommentMay: after its blanks and a line number, l opens as a
// comment or a label may (reBasicNum, reBasicComment): the prose lines with
// three commas a report is full of are refused before any string is made.
func basicCommentMay(l []byte) bool {
	i := 0
	for i < len(l) && (l[i] == ' ' || l[i] == '\t' || l[i] >= '0' && l[i] <= '9') {
		i++
	}
	if i >= len(l) {
		return false
	}
	switch c := l[i]; {
	case strings.IndexByte("'/({;#!-", c) >= 0:
		return true
	case c == 'c' || c == 'C':
		return i+1 < len(l) && (l[i+1] == ' ' || l[i+1] == '\t') || bytes.IndexByte(l[i:min(len(l), i+32)], ':') >= 0
	case c == 'r' || c == 'R':
		return i+3 <= len(l) && strings.EqualFold(string(l[i:i+3]), "rem") || bytes.IndexByte(l[i:min(len(l), i+32)], ':') >= 0
	case isLetterByte(c) || c == '_':
		return bytes.IndexByte(l[i:min(len(l), i+32)], ':') >= 0 // an assembler's label
	}
	return false
}

var (
	// reBasicNum is a BASIC line's number or an assembler's label.
	reBasicNum = regexp.MustCompile(`^(?:\d{1,6}\s+|[A-Za-z_][\w]*:\s*)`)
	// reBasicComment is a comment's opener, what follows it the text.
	reBasicComment = regexp.MustCompile(`(?i)^(?:rem\b|'|//|/\*|\(\*|\{|;+|#|!|--|c\s)\s*`)
	// reBasicStmt is a data statement's keyword: BASIC's and Fortran's
	// DATA, an assembler's directives.
	reBasicStmt = regexp.MustCompile(`(?i)^(?:data|\.?(?:db|dw|dd|byte|word|long|int|dc\.[bwl]))\s+`)
	// reBasicFortran is Fortran's DATA NAME /values/.
	reBasicFortran = regexp.MustCompile(`^[A-Za-z_][\w(),]*\s*/(.*)/$`)
	// reBasicName is one declared name: words, slashes, dashes, a plus.
	reBasicName = regexp.MustCompile(`^[a-z][a-z0-9_/+\-.$]{0,29}$`)
)

// basicDecl is the names a declaration comment lists, lower-cased with
// their spaces as underscores; nil for any other line.
func basicDecl(l string) []string {
	t := strings.TrimSpace(l)
	t = reBasicNum.ReplaceAllString(t, "")
	m := reBasicComment.FindString(t)
	if m == "" {
		return nil
	}
	t = strings.TrimSpace(t[len(m):])
	for _, c := range []string{"*/", "*)", "}"} {
		t = strings.TrimSpace(strings.TrimSuffix(t, c))
	}
	if i := strings.LastIndexByte(t, ':'); i >= 0 {
		t = t[i+1:] // "URUTAN DATA: …"
	}
	parts := strings.Split(t, ",")
	if len(parts) < 4 {
		return nil
	}
	var cols []string
	for _, p := range parts {
		p = strings.Join(strings.Fields(strings.ToLower(strings.TrimSpace(p))), "_")
		p = strings.TrimSuffix(p, ".")
		if !reBasicName.MatchString(p) {
			return nil
		}
		cols = append(cols, p)
	}
	return cols
}

// basicStmt is the values of a data statement; false for any other line.
func basicStmt(l string) ([]string, bool) {
	t := strings.TrimSpace(strings.TrimRight(l, "\r\f"))
	t = reBasicNum.ReplaceAllString(t, "")
	if m := reBasicStmt.FindString(t); m != "" {
		t = strings.TrimSpace(t[len(m):])
		if f := reBasicFortran.FindStringSubmatch(t); f != nil {
			t = f[1]
		}
	} else if len(t) > 2 && (t[0] == '{' || t[0] == '(') {
		t = strings.TrimSpace(strings.TrimRight(t, ",;"))
		close := map[byte]byte{'{': '}', '(': ')'}[t[0]]
		if t[len(t)-1] != close {
			return nil, false
		}
		t = t[1 : len(t)-1]
	} else {
		return nil, false
	}
	f, ok := schemaFields(t, ',')
	if !ok {
		return nil, false
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	return f, len(f) >= 1
}

// basicRun reads the data statements under the declaration lines[from]:
// the table, the line after the run, whether it stands.
func basicRun(doc *facts.Document, lines []string, from int, cols []string) (vertTable, int, bool) {
	t := vertTable{from: from, to: from + 1}
	place, roles, ok := schemaRoles(cols)
	names := []kvHash{}
	for _, c := range cols {
		names = append(names, kvHash{key: c})
	}
	if !ok || !kvDPTContext(lines, from, names) {
		return t, from + 1, false
	}
	var all []label
	end, seen := from+1, false
	for k := from + 1; k < len(lines) && (seen || k <= from+60); k++ {
		f, stmt := basicStmt(lines[k])
		if !stmt {
			if seen && basicDecl(lines[k]) != nil {
				break // another table's declaration
			}
			if strings.TrimSpace(lines[k]) == "" || basicComment(lines[k]) {
				continue
			}
			if j := kvPageBreak(lines, k); j > k {
				k = j - 1
				continue
			}
			if seen {
				break // the run's end
			}
			continue // the program's code before its data
		}
		// one record a statement, or several abreast (BASIC packs them)
		var recs []label
		ok := len(f)%len(cols) == 0
		for c := 0; ok && c < len(f); c += len(cols) {
			if !hasLetter(f[c+place]) {
				continue // the end marker's "*" record
			}
			var lb label
			if lb, ok = schemaLabel(f[c:c+len(cols)], place, roles, k); ok && (lb.n[labelTotal] != 0 || lb.n[labelL] != 0 || lb.n[labelP] != 0) {
				recs = append(recs, lb)
			}
		}
		if !ok || len(recs) == 0 {
			if !basicMarker(lines[k]) {
				break // prose opening with "Data …": the run has ended
			}
			seen, end = true, k+1
			continue // an end marker (-1, "*" and zeros), a row unproven
		}
		seen, end = true, k+1
		all = append(all, recs...)
	}
	t.to = end
	t, ok = schemaProve(doc, t, all)
	for ok && t.to-t.from < len(t.rows)+1 && t.to < len(lines) && strings.TrimSpace(lines[t.to]) == "" {
		t.to++ // records packed abreast need more lines than the statements: the blank ones after
	}
	return t, max(end, t.to), ok
}

// basicComment: a comment line of a listing, numbered or not.
func basicComment(l string) bool {
	t := reBasicNum.ReplaceAllString(strings.TrimSpace(l), "")
	return reBasicComment.MatchString(t)
}

// basicMarker: a data statement whose text outside its quotes holds no
// small letter (an end marker, a row unproven), not prose that opens with
// "Data".
func basicMarker(l string) bool {
	l = reBasicNum.ReplaceAllString(strings.TrimSpace(l), "")
	l = l[len(reBasicStmt.FindString(l)):]
	q := byte(0)
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '"' || c == '\'':
			q = c
		case c >= 'a' && c <= 'z':
			return false
		}
	}
	return true
}
