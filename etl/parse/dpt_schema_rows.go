package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT typed again as a data file whose column names are declared apart
// from its rows. Two spellings of one idea:
//
//	@RELATION dpt_pemilu_2019            (Weka's ARFF: `%` comments,
//	@ATTRIBUTE kecamatan STRING           keywords in any case, quoted
//	@ATTRIBUTE pemilih_laki NUMERIC       names with `\'` escapes, `?`
//	…                                     for a missing value)
//	@DATA
//	6, "WAE RI'I", 20, 89, 10565, 10617, 21182
//	?, "MANGGARAI", 198, 860, 95135, 98086, 193221
//
//	CREATE TABLE dpt_2024 (kecamatan VARCHAR(40), l INT, p INT, jumlah INT);
//	ALOK,7210,7305,14515                 (a CSV under its SQL schema)
//
//	Kolom berkas dpt_pilkada_2020.csv:   (a codebook: the columns
//	1. kecamatan : nama kecamatan         numbered or bulleted, one a
//	2. pemilih_lk : pemilih laki-laki     line, then the rows)
//	…
//
// Read as prose nothing loads: the rows carry no header. schemaRun reads
// the declared names, one a column, and gives each its role through the
// DPT dashboard's vocabulary (progDashRole over the name's words: desa,
// tps, laki/pria, perempuan/wanita, jumlah/total/pemilih); the place is a
// column named kecamatan, wilayah, nama…. A table without an L, a P and a
// total column, or with two columns of one role, is no roll (Weka's
// weather and iris files name none). The names, the relation and the
// lines just above must speak of voters (kvDPTContext). A sparse ARFF row
// (`{0 X, 3 5}`) is skipped, reported. labelTable proves each row by
// L + P = total and the kabupaten's row by the sums of the others'; a
// row named by no whole word is the kabupaten's only when it is the last
// and its counts are the sums of all the others'. vertWrite writes the
// rows as one TAB table in place of the declarations and rows, so the
// DPT reader reads them under the caption above; when the lines above
// name no election and year, the relation's name ("dpt_pemilu_2019"),
// the SQL table's or the codebook's file's, gives the caption.

// schemaRows rewrites every declared-schema data run in data as a TAB
// table. The gate is the declaration's keyword, looked up through the
// doc's index.
func schemaRows(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, "@ATTRIBUTE", "@attribute", "@Attribute", "CREATE TABLE", "create table", "Create Table",
		"olom", "OLOM", "odebook", "ODEBOOK", ":-", "?-", ".decl", "%!", "deffacts", "} def", "-- )") {
		return data
	}
	if !schemaDeclIn(data) {
		return data // no line declares a schema: nothing to copy and split (dpt_schema_gate.go)
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		arff, ok := schemaDecl(lines[i])
		if !ok {
			continue
		}
		t, end, ok := schemaRun(doc, lines, i, arff)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

var (
	// reSchemaAttr is an ARFF attribute: its name, bare or quoted.
	reSchemaAttr = regexp.MustCompile(`(?i)^\s*@attribute\s+('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\S+)\s+\S`)
	// reSchemaRelation is an ARFF relation anywhere on its line (a PDF
	// joins it to the comment above).
	reSchemaRelation = regexp.MustCompile(`(?i)@relation\s+('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\S+)`)
	reSchemaData     = regexp.MustCompile(`(?i)^\s*@data\s*$`)
	// reSchemaCreate is an SQL table's schema: its name and what follows
	// the opening parenthesis.
	reSchemaCreate = regexp.MustCompile("(?i)^\\s*create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([\\w.\"`]+)\\s*\\((.*)$")
	// reSchemaCodebook is a codebook's heading: a line of a few words
	// naming the columns' list, ending in a colon.
	reSchemaCodebook = regexp.MustCompile(`(?i)^\s*(?:daftar\s+|susunan\s+|urutan\s+|keterangan\s+)?(?:kolom|codebook)\b[^:]{0,60}:\s*$`)
	// reSchemaItem is one column of a codebook: a number or bullet, the
	// column's name, what it means.
	reSchemaItem = regexp.MustCompile(`(?i)^\s*(?:\d{1,2}[.)]|[-*•]|kolom\s+\d{1,2}\s*[:.=]|\(\d{1,2}\))\s*([A-Za-z_][A-Za-z0-9_]*)\b`)
	// reSchemaFile is a data file's name in a heading ("dpt_pemilu_2019.csv").
	reSchemaFile = regexp.MustCompile(`(?i)\b([\w-]+)\.(?:csv|tsv|txt|dat)\b`)
)

// schemaAttr is an ARFF attribute line's name; false for any other line.
func schemaAttr(l string) (string, bool) {
	m := reSchemaAttr.FindStringSubmatch(l)
	if m == nil {
		return "", false
	}
	return schemaUnquote(m[1]), true
}

// schemaUnquote takes the quotes and escapes off a name or a cell.
func schemaUnquote(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '\'' || s[0] == '"' || s[0] == '`') && s[len(s)-1] == s[0] {
		q := s[0]
		s = s[1 : len(s)-1]
		s = strings.ReplaceAll(s, string([]byte{q, q}), string(q)) // CSV's doubled quote
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			if s[i] == '\\' && i+1 < len(s) {
				i++
			}
			b.WriteByte(s[i])
		}
		return b.String()
	}
	return s
}

// schemaFields splits a row at sep outside quotes; false when a quote is
// left open.
func schemaFields(l string, sep byte) ([]string, bool) {
	var out []string
	start, q := 0, byte(0)
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case q != 0 && c == '\\':
			i++
		case q != 0 && c == q:
			q = 0
		case q == 0 && (c == '\'' || c == '"') && strings.TrimSpace(l[start:i]) == "":
			q = c
		case q == 0 && c == sep:
			out = append(out, schemaUnquote(l[start:i]))
			start = i + 1
		}
	}
	if q != 0 {
		return nil, false
	}
	return append(out, schemaUnquote(l[start:])), true
}

// schemaSkip: a line the declarations or rows run on over: blank, an ARFF
// comment, an SQL comment.
func schemaSkip(l string) bool {
	t := strings.TrimSpace(l)
	return t == "" || strings.HasPrefix(t, "%") || strings.HasPrefix(t, "--")
}

// schemaRun reads the declarations from lines[from] on and the rows under
// them: the table, the line after the run, whether it stands.
func schemaRun(doc *facts.Document, lines []string, from int, arff bool) (vertTable, int, bool) {
	var cols []string
	k := from
	pred, pcols, clips, prolog := "", []string(nil), false, false
	stack, ops := false, map[string]bool{}
	if !arff {
		pred, pcols, clips, prolog = schemaPrologDecl(lines[from])
		if !prolog {
			pred, pcols, stack = schemaStackDecl(lines[from])
			ops[pred] = true
		}
	}
	if prolog || stack {
		cols, k = pcols, from+1 // a logic program's facts (dpt_schema_prolog.go)
	} else if arff {
		for ; k < len(lines); k++ {
			if name, ok := schemaAttr(lines[k]); ok {
				cols = append(cols, name)
			} else if !schemaSkip(lines[k]) {
				break
			}
		}
		if k >= len(lines) || !reSchemaData.MatchString(lines[k]) {
			return vertTable{}, k + 1, false
		}
		k++
	} else if reSchemaCodebook.MatchString(lines[from]) {
		for k = from + 1; k < len(lines); k++ {
			if m := reSchemaItem.FindStringSubmatch(lines[k]); m != nil {
				cols = append(cols, m[1])
			} else if strings.TrimSpace(lines[k]) != "" || len(cols) > 0 && k+1 < len(lines) && !reSchemaItem.MatchString(lines[k+1]) {
				break
			}
		}
		if len(cols) < 4 {
			return vertTable{}, k, false
		}
	} else {
		var ok bool
		cols, k, ok = schemaCreateCols(lines, from)
		if !ok {
			return vertTable{}, k, false
		}
	}
	t := vertTable{from: from, to: k}
	// the run's head: the relation, the comments and blank lines over it
	relation := ""
	for j := from - 1; j >= 0 && j >= from-12; j-- {
		if m := reSchemaRelation.FindStringSubmatch(lines[j]); m != nil {
			relation = schemaUnquote(m[1])
		}
		if !schemaSkip(lines[j]) && !reSchemaRelation.MatchString(lines[j]) && !(prolog && strings.HasPrefix(strings.TrimSpace(lines[j]), ":-")) && !(stack && schemaStackHead(lines[j])) {
			break
		}
		t.from = j
	}
	for t.from < from && strings.TrimSpace(lines[t.from]) == "" {
		t.from++
	}
	if prolog {
		relation = schemaPrologRelation(lines, t.from, from+6, pred)
	} else if m := reSchemaCreate.FindStringSubmatch(lines[from]); m != nil {
		relation = schemaUnquote(m[1])
	} else if m := reSchemaFile.FindStringSubmatch(lines[from]); m != nil && !arff {
		relation = m[1] // the codebook's file
	}
	place, roles, ok := schemaRoles(cols)
	names := []kvHash{{key: relation}}
	for _, c := range cols {
		names = append(names, kvHash{key: c})
	}
	if !ok || !kvDPTContext(lines, t.from, names) {
		return t, k, false
	}
	level := -1 // a level column: the row naming the whole is the kabupaten's
	for c, name := range cols {
		switch name {
		case "tingkat", "level", "tingkatan", "jenis_wilayah":
			level = c
		}
	}
	// the rows: cells as many as the columns, split at the first row's separator
	var all []label
	sep := byte(0)
	header := true
	end := k
	for ; k < len(lines); k++ {
		l := strings.TrimSpace(strings.TrimRight(lines[k], "\r\f"))
		if schemaSkip(l) {
			continue
		}
		if j := kvPageBreak(lines, k); j > k {
			k = j - 1
			continue
		}
		whole := false
		if stack {
			inner, op, skip, ok := schemaStackFact(l, ops, len(all) == 0 && k < from+12)
			if skip {
				continue
			}
			if !ok {
				break
			}
			l, sep, whole = inner, '\t', op != pred && schemaLevelWhole(op)
		}
		if prolog {
			inner, skip, ok := schemaPrologFact(l, pred, clips)
			if skip {
				continue
			}
			if !ok {
				break
			}
			l = inner
		}
		if arff && strings.HasPrefix(l, "{") && strings.HasSuffix(l, "}") {
			doc.Add(facts.Finding{Span: facts.Span{Start: k + 1, End: k + 1}, Aturan: "tabel.baris_tidak_dikenali", Tingkat: facts.Warning,
				Pesan: "baris ARFF jarang (sparse) baris " + itoa(k+1) + "; tidak dibaca"})
			end = k + 1
			continue
		}
		if sep == 0 {
			for _, s := range []byte{',', ';', '\t', '|'} {
				if f, ok := schemaFields(l, s); ok && len(f) == len(cols) {
					sep = s
					break
				}
			}
		}
		if sep == 0 {
			break
		}
		f, ok := schemaFields(l, sep) // (not max(sep, ','): a TAB is less than a comma)
		if !ok || len(f) != len(cols) {
			break
		}
		end = k + 1
		if header && !arff && schemaSameNames(f, cols) {
			header = false
			continue // the CSV's own header row
		}
		header = false
		if lb, ok := schemaLabel(f, place, roles, k); ok {
			if (whole || level >= 0 && schemaLevelWhole(f[level])) && !strings.HasPrefix(strings.ToLower(lb.title), "jumlah") {
				lb.title = "Jumlah " + lb.title // a level column's kabupaten/total: the whole
			}
			all = append(all, lb)
		}
	}
	for stack && end < len(lines) && schemaStackTail(lines[end]) {
		end++ // `showpage`, `%%EOF`: the program's end goes with it
	}
	t.to = end
	t, ok = schemaProve(doc, t, all)
	if !ok {
		return t, end, false
	}
	above := strings.Join(lines[max(0, t.from-10):t.from], " ")
	if electionYear(above) == 0 || pemilihanOf(above) == "" {
		rel := reSchemaLetterDigit.ReplaceAllString(strings.NewReplacer("_", " ", "-", " ").Replace(relation), "$1 $2")
		if electionYear(rel) != 0 && pemilihanOf(rel) != "" && t.to-t.from-1 > len(t.rows) {
			// the caption above names no election: the relation's name does
			lines[t.from] = "Tabel DPT " + rel
			t.from++
		}
	}
	return t, end, true
}

// schemaLabel reads one row's cells by the columns' roles: false when
// the row names no place or lacks an L, a P or a total, or a count has
// no count's shape.
func schemaLabel(f []string, place int, roles []int, line int) (label, bool) {
	lb := label{line: line, title: f[place], area: true}
	for c, r := range roles {
		v := f[c]
		if r < 0 || v == "?" || v == "" || strings.EqualFold(v, "null") || strings.EqualFold(v, "na") {
			continue
		}
		if !reProgDashFig.MatchString(v) || len(v) > 13 {
			return lb, false // a count of no count's shape: the row stands for nothing
		}
		lb.has[r], lb.n[r], lb.vals[r] = true, atoi64Dots(v), v
	}
	return lb, hasLetter(lb.title) && lb.has[labelL] && lb.has[labelP] && lb.has[labelTotal]
}

// schemaProve marks the kabupaten's row and proves the rows read
// (labelTable): false when fewer than two stand.
func schemaProve(doc *facts.Document, t vertTable, all []label) (vertTable, bool) {
	if len(all) < 2 {
		return t, false
	}
	progDashWhole(all)
	if last := len(all) - 1; all[last].area && progDashSums(all, last) {
		// the last row is the sums of the others: the kabupaten's (`?` numbers it)
		all[last].area = false
		all[last].title = "Jumlah " + all[last].title
	}
	t, _, ok := labelTable(doc, t, all, "baris")
	return t, ok
}

// schemaCreateCols reads an SQL schema's column names from lines[from]
// on, up to its closing parenthesis; the line after it.
func schemaCreateCols(lines []string, from int) ([]string, int, bool) {
	m := reSchemaCreate.FindStringSubmatch(lines[from])
	body := m[2]
	k := from + 1
	for depth := strings.Count(body, "(") - strings.Count(body, ")"); depth >= 0; k++ {
		if k >= len(lines) || k > from+40 {
			return nil, k, false
		}
		body += " " + lines[k]
		depth += strings.Count(lines[k], "(") - strings.Count(lines[k], ")")
	}
	// cut at the closing parenthesis, split at the commas outside types' parentheses
	var defs []string
	depth, start := 0, 0
	for i := 0; i < len(body); i++ {
		switch body[i] {
		case '(':
			depth++
		case ')':
			if depth == 0 {
				defs = append(defs, body[start:i])
				i = len(body)
				continue
			}
			depth--
		case ',':
			if depth == 0 {
				defs = append(defs, body[start:i])
				start = i + 1
			}
		}
	}
	var cols []string
	for _, d := range defs {
		f := strings.Fields(d)
		if len(f) == 0 {
			return nil, k, false
		}
		switch strings.ToUpper(f[0]) {
		case "PRIMARY", "KEY", "CONSTRAINT", "UNIQUE", "FOREIGN", "CHECK", "INDEX":
			continue
		}
		cols = append(cols, schemaUnquote(f[0]))
	}
	return cols, k, len(cols) >= 3
}

// schemaRoles: the place column and each column's role (-1 for none);
// false without a place, an L, a P and a total, or with a role twice.
func schemaRoles(cols []string) (int, []int, bool) {
	place := -1
	roles := make([]int, len(cols))
	var seen [labelRoles]bool
	for c, name := range cols {
		roles[c] = -1
		switch strings.ToLower(name) {
		case "kecamatan", "kec", "wilayah", "nama", "name", "distrik", "ppk", "nama_kecamatan", "nama_wilayah", "nm_kecamatan", "kecamatan_nama":
			if place >= 0 {
				return 0, nil, false
			}
			place = c
			continue
		case "no", "nomor", "id", "kode", "urut":
			continue
		}
		r, done := progDashRole(strings.ReplaceAll(name, "_", " "))
		if r < 0 || done {
			continue
		}
		if seen[r] {
			return 0, nil, false
		}
		seen[r], roles[c] = true, r
	}
	return place, roles, place >= 0 && seen[labelL] && seen[labelP] && seen[labelTotal]
}

// schemaSameNames: a row that repeats the declared names (a CSV's header).
func schemaSameNames(f, cols []string) bool {
	for i := range f {
		if !strings.EqualFold(strings.TrimSpace(f[i]), cols[i]) {
			return false
		}
	}
	return true
}

// atoi64Dots reads a count grouped by dots or not.
func atoi64Dots(v string) int64 {
	var n int64
	for _, c := range v {
		if c != '.' {
			n = n*10 + int64(c-'0')
		}
	}
	return n
}
