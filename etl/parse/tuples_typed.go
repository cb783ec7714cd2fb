package parse

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// A table written as a literal of a query or analysis language: the
// columns declared with their types in a header above the rows, the rows
// as inner lists, one a line.
//
//	Sumber = #table(type table [No = Int64.Type, Komponen = text, Bobot = number, Nilai = number], {   Power Query M
//	    {1, "Perencanaan Kinerja", 30.0, 20.5},
//	DATATABLE("Komponen", STRING, "Bobot", DOUBLE, "Nilai", DOUBLE, {                                  DAX
//	    {"Perencanaan Kinerja", 30, 20.5},
//	CREATE TABLE t (komponen VARCHAR(60), bobot DECIMAL(5,2), nilai DECIMAL(5,2)); … VALUES            SQL
//
// The rows are tuples.go's positional tuples; only the declaration
// differs from a plain list of names: each name carries its type (`Name =
// type`, `Name: type`, `Name as type`, `"Name", TYPE`, `Name TYPE`). The
// names are read as the column header, in their order, when there are
// exactly as many as every row has cells; the ordinary table readers then
// load the rows with their own proofs (a SAKIP table's nilai summing to
// the stated final score, a budget's sisa = pagu − realisasi, L + P =
// total). An untyped header (`#table({"No", "Komponen", …}, {…})`, an
// INSERT's column list) is tuplesList's already.

// the type words of M, DAX, KQL, SQL and pandas dtypes
const tableLitTypes = `(?:(?:type\s+)?(?:Int64|Int32|Number|Text|Currency|Decimal|Double|Percentage)\.Type|(?:type\s+)?(?:text|number|any|logical)|` +
	`(?i:string|double|real|int|integer|long|decimal(?:\(\d+\s*,\s*\d+\))?|numeric(?:\(\d+\s*,\s*\d+\))?|currency|float|float64|int64|bigint|varchar(?:\(\d+\))?|char(?:\(\d+\))?|nvarchar(?:\(\d+\))?|object|str))`

// reTableLitCol: one declared column with its type.
var reTableLitCol = regexp.MustCompile(`(?:"([A-Za-z][A-Za-z0-9_ ]{0,40})"|\b([A-Za-z][A-Za-z0-9_]{0,40}))\s*(?:=|:|\bas\b|,)?\s*` + tableLitTypes + `\s*(?:[,\])}]|$)`)

// tableLitNames reads the typed declaration in the six lines above a run
// of tuples starting at from: the names of exactly n typed columns, none
// of them a type word itself. nil when the lines hold none.
func tableLitNames(lines []string, from, n int) []string {
	lo := max(0, from-6)
	// the declaration is the text from its opening line to the run
	var b strings.Builder
	for k := lo; k < from; k++ {
		if t := strings.TrimSpace(lines[k]); t != "" {
			b.WriteString(t)
			b.WriteByte(' ')
		}
	}
	text := b.String()
	if !strings.ContainsAny(text, "([{") {
		return nil
	}
	var names []string
	for _, m := range reTableLitCol.FindAllStringSubmatch(text, -1) {
		name := m[1]
		if name == "" {
			name = m[2]
		}
		switch strings.ToLower(name) {
		case "type", "table", "as", "let", "in", "var", "return":
			continue
		}
		names = append(names, name)
	}
	if len(names) != n {
		return nil
	}
	return tuplesList(strings.Join(names, ", "), n)
}

// reTableLitBind: a scalar bound after the literal, `NilaiAkhir = 71.55,
// // comment`, `Predikat = "BB"`, `TahunDinilai: 2022`.
var reTableLitBind = regexp.MustCompile(`^\s*(?:var\s+|let\s+|VAR\s+)?([A-Za-z][A-Za-z0-9_]{0,40})\s*[=:]\s*("[^"]{1,20}"|-?\d[\d_]*(?:\.\d+)?)\s*[,;]?\s*(?://.*|--.*|#.*)?$`)

// tableLitPlace writes the table over the whole code paragraph holding the
// literal (from its first line to the blank line after it): the header and
// rows, then each scalar bound after the rows as a "name: value" line, its
// decimal point turned into the report's comma, so the final score and the
// year evaluated stay beside the table for its readers. False, lines
// untouched, when the paragraph cannot hold them.
func tableLitPlace(lines []string, from, end int, header []string, rows [][]string) bool {
	ps, pe := from, end
	for ps > 0 && strings.TrimSpace(lines[ps-1]) != "" {
		ps--
	}
	for pe < len(lines) && strings.TrimSpace(lines[pe]) != "" {
		pe++
	}
	pe = tableLitOverBreak(lines, pe)
	var binds []string
	for k := end; k < pe; k++ {
		if m := reTableLitBind.FindStringSubmatch(lines[k]); m != nil {
			binds = append(binds, exportHeader(m[1])+": "+recgenCell(strings.Trim(m[2], `"`)))
		}
	}
	if pe-ps < len(rows)+2+len(binds) {
		return false
	}
	for k := ps; k < pe; k++ {
		lines[k] = ""
	}
	lines[ps] = exportRow(header)
	for r, row := range rows {
		lines[ps+1+r] = exportRow(row)
	}
	for b, t := range binds {
		lines[ps+2+len(rows)+b] = t
	}
	return true
}

// reTableLitScore: a score as the literal's bindings or the prose near it
// write it, with a decimal point or comma ("71.55", "71,55").
var reTableLitScore = regexp.MustCompile(`\b\d{2}[.,]\d{1,2}\b`)

// tableLitSakipProve checks a literal of SAKIP components (a bobot and a
// nilai column) before it is written: every nilai at most its bobot, and
// their sum a final score stated in the literal's bindings or the prose
// within a dozen lines around it (NilaiAkhir = 71.55, "nilai 71,55"). A
// literal of another kind passes: its readers prove it.
func tableLitSakipProve(lines []string, from, end int, header []string, rows [][]string) bool {
	bobot, nilai := -1, -1
	for c, h := range header {
		switch l := strings.ToLower(h); {
		case strings.Contains(l, "bobot"):
			bobot = c
		case strings.Contains(l, "nilai") && nilai < 0:
			nilai = c
		}
	}
	if bobot < 0 || nilai < 0 {
		return true
	}
	num := func(v string) (float64, bool) {
		f, err := strconv.ParseFloat(strings.Replace(v, ",", ".", 1), 64)
		return f, err == nil
	}
	sum := 0.0
	for _, r := range rows {
		b, ok1 := num(r[bobot])
		n, ok2 := num(r[nilai])
		if !ok1 || !ok2 || n > b+1e-9 {
			return false
		}
		sum += n
	}
	for k := max(0, from-12); k < min(len(lines), end+12); k++ {
		if k >= from && k < end {
			continue // the rows themselves
		}
		for _, m := range reTableLitScore.FindAllString(lines[k], -1) {
			if v, ok := num(m); ok && math.Abs(v-sum) < 0.005 {
				return true
			}
		}
	}
	return false
}

// tableLitOverBreak: the end of a code paragraph that a page break (a
// PDF's text: a line holding only "\f") cuts before its last lines, when
// every line after the break up to the next blank line is the literal's
// tail (a scalar bound, `in`, the result's name, closing brackets); pe
// itself otherwise, so a caption or prose opening the next page is never
// taken into the code.
func tableLitOverBreak(lines []string, pe int) int {
	if pe+1 >= len(lines) || !strings.Contains(lines[pe], "\f") || strings.TrimSpace(lines[pe]) != "" {
		return pe
	}
	k := pe + 1
	afterIn := false
	for ; k < len(lines); k++ {
		t := strings.TrimSpace(lines[k])
		switch {
		case t == "":
			return max(pe, k)
		case t == "in":
			afterIn = true
		case strings.Trim(t, ")]};,") == "", reTableLitBind.MatchString(t):
		case afterIn && reTableLitName.MatchString(t):
		default:
			return pe
		}
	}
	return k
}

// reTableLitName: the name a let … in expression returns.
var reTableLitName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]{0,40}$`)
