package parse

import (
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Query results pasted from a database or data-analysis session: psql's
// aligned output (query_psql.go) and a pandas DataFrame printed in a
// Python REPL (query_pandas.go). Neither holds a TAB, but both tools lay
// their tables out by rule: psql parts cells at the '+' of its rule line,
// pandas right-aligns every column under its name with two spaces at
// least between columns. queryTables rewrites such a table as TAB lines
// (through exportPlace, as the export readers do: line numbers never
// change), the header on its own line right above the rows; the prompt
// lines that printed it and its footer ("(7 rows)", "[7 rows x 5
// columns]") become blank, the footer's count checked first.
//
// Both tools print numbers in English notation without thousands
// separators: a cell that reads otherwise under the Indonesian
// convention ("12.500" is 12.5, never twelve thousand five hundred) is
// rewritten in a shape only one convention reads (queryNumber); a float
// pandas printed in scientific notation ("1.234568e+09") has lost its
// digits and is loaded NULL with a finding.

// queryTables rewrites the psql results and pandas frames of a text; data
// itself when it holds none. Findings about cells go to doc.
func queryTables(doc *facts.Document, data []byte, g *textMarks) []byte {
	psql := g.has(data, mkPsql|mkPsqlRecord) // "-+-", "-[ RECORD "
	pandas := pandasLikely(data, g)
	if !psql && !pandas {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	if psql && psqlTables(doc, lines) {
		changed = true
	}
	if pandas && pandasTables(doc, lines) {
		changed = true
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// queryPrompt: a line that typed the command printing the table below it:
// psql's prompt ("kpu=> SELECT …;", "db=# \x", a continuation "db-> FROM
// t;"), Python's (">>> df", "... "), IPython's ("In [3]: df", "Out[3]:").
func queryPrompt(l string) bool {
	t := strings.TrimSpace(l)
	switch {
	case strings.HasPrefix(t, ">>>") || strings.HasPrefix(t, "... ") || t == "...":
		return true
	case strings.HasPrefix(t, "print(") && strings.HasSuffix(t, ")"):
		return true // a script's line printing the frame
	case strings.HasPrefix(t, "In [") || strings.HasPrefix(t, "Out["):
		k := strings.Index(t, "]:")
		return k > 3 && allDigits(strings.TrimSpace(t[strings.IndexByte(t, '[')+1:k]))
	}
	// psql: a database name, then =>, =#, ->, -#, (> or '> and a space
	k := strings.IndexAny(t, "=-('")
	if k <= 0 || k+2 > len(t) || t[k+1] != '>' && t[k+1] != '#' || k+2 < len(t) && t[k+2] != ' ' {
		return false
	}
	for i := 0; i < k; i++ {
		c := t[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// blankPrompts blanks the prompt lines right above line i (a table's
// first line): the command is layout, and its words (column names, a
// SELECT) would otherwise join the caption above.
func blankPrompts(lines []string, i int) {
	for k := i - 1; k >= 0 && queryPrompt(lines[k]); k-- {
		lines[k] = ""
	}
}

// queryCell is the text of one printed cell: the tools' words for no
// value become empty, numbers a shape only one convention reads unless
// the column writes its numbers grouped (grouped). ok is false for a
// number the tool printed without its digits (scientific notation).
func queryCell(c string, grouped bool) (string, bool) {
	c = strings.TrimSpace(c)
	switch c {
	case "NaN", "nan", "None", "<NA>", "NaT", "NULL", "(null)", "null":
		return "", true
	}
	if sciNumber(c) {
		return "", false
	}
	if grouped {
		return c, true
	}
	return queryNumber(c), true
}

// queryGrouped: some cell of column c groups its digits ("5.150.000.000",
// "1,250") or writes a decimal comma: the column was formatted as text,
// and its lone dots are the text's own.
func queryGrouped(rows [][]string, c int) bool {
	for _, row := range rows {
		if c < len(row) {
			if v := row[c]; strings.IndexByte(v, ',') >= 0 || strings.Count(v, ".") >= 2 {
				return true
			}
		}
	}
	return false
}

// queryNumber rewrites an English decimal the Indonesian convention would
// read as thousands ("75.500", "12.345": one to three digits, a dot,
// three digits): its zeros after the point dropped ("75.5", "80"), else a
// zero added ("12.3450"), the same value in a shape read one way only.
// Other cells are returned as they are.
func queryNumber(c string) string {
	t := strings.TrimPrefix(c, "-")
	k := strings.IndexByte(t, '.')
	if k < 1 || k > 3 || len(t)-k-1 != 3 || !allDigits(t[:k]) || !allDigits(t[k+1:]) || t[0] == '0' {
		return c
	}
	if strings.HasSuffix(c, "0") {
		c = strings.TrimRight(c, "0")
		return strings.TrimSuffix(c, ".")
	}
	return c + "0"
}

// sciNumber: "1.234568e+09", "4.5E7", "-2e-03".
func sciNumber(c string) bool {
	c = strings.TrimPrefix(c, "-")
	k := strings.IndexAny(c, "eE")
	if k < 1 || k+2 > len(c) {
		return false
	}
	m, e := c[:k], c[k+1:]
	if e[0] == '+' || e[0] == '-' {
		e = e[1:]
	}
	if !allDigits(e) || e == "" {
		return false
	}
	m = strings.Replace(m, ".", "", 1)
	return m != "" && allDigits(m)
}

// queryRows cleans the cells of a read table (queryCell) and reports
// each cell printed without its digits, at its source line.
func queryRows(doc *facts.Document, rows [][]string, at []int, header []string) {
	grouped := make(map[int]bool)
	for _, row := range rows {
		for c := range row {
			if _, seen := grouped[c]; !seen {
				grouped[c] = queryGrouped(rows, c)
			}
		}
	}
	for r, row := range rows {
		for c, v := range row {
			s, ok := queryCell(v, grouped[c])
			if !ok {
				col := ""
				if c < len(header) {
					col = header[c]
				}
				doc.Add(facts.Finding{Span: facts.Span{Start: at[r] + 1, End: at[r] + 1}, Aturan: "nilai.tidak_terbaca", Tingkat: facts.Warning,
					Nilai: strings.TrimSpace(v),
					Pesan: fmt.Sprintf("kolom %q: angka %q dicetak dalam notasi ilmiah, digitnya hilang; dimuat NULL", col, strings.TrimSpace(v))})
			}
			row[c] = s
		}
	}
}

// queryFooterCount is the count of rows a footer states: "(7 rows)",
// "(1 row)"; -1 for any other line.
func queryFooterCount(l string) int {
	t := strings.TrimSpace(l)
	if !strings.HasPrefix(t, "(") || !strings.HasSuffix(t, ")") {
		return -1
	}
	f := strings.Fields(t[1 : len(t)-1])
	if len(f) != 2 || f[1] != "rows" && f[1] != "row" || !allDigits(f[0]) {
		return -1
	}
	return atoi(f[0])
}
