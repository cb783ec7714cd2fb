package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A table pasted as an SQL dump:
//
//	CREATE TABLE capaian (id INT, indikator VARCHAR(200), target DECIMAL(5,2), …);
//	INSERT INTO capaian (indikator, target, realisasi, capaian) VALUES
//	  ('Persentase …', 85.00, 88.40, 104.00),
//	  ('Indeks …', NULL, 3.10, NULL);
//
// The statement's column list (else the CREATE TABLE of the same table
// above it) is the header, each tuple a row: the same route as the other
// serialized exports (exportPlace), line numbers unchanged. A string is
// quoted with '' (or a dump's \') inside; NULL is no value. Unquoted
// numbers are SQL's, English notation (queryNumber keeps "12.500" from
// reading as thousands); quoted ones are text and stay as written. Rows
// written one INSERT each into the same table and columns are one table.
// A statement holding anything else (an expression, a tuple of another
// width) is left as written: nothing is guessed.

// sqlVal is one value of a tuple: its text and whether it was quoted.
type sqlVal struct {
	text   string
	quoted bool
}

// sqlInserts rewrites the INSERT statements of a text as TAB tables; data
// itself when it holds none.
func sqlInserts(doc *facts.Document, data []byte) []byte {
	if !sqlMayHold(data, "INSERT", "VALUES") { // no upper-case copy of every text (speed_gates.go)
		return data
	}
	lines := strings.Split(string(data), "\n")
	// offsets of each line's start in the joined text, to name a tuple's line
	text := strings.Join(lines, "\n")
	starts, lineOf := sqlLineStarts(lines)
	created := map[string][]string{}
	createdAt := map[string][2]int{} // the CREATE's first line and the line after it
	changed := false
	for i := 0; i < len(lines); i++ {
		t := strings.ToUpper(strings.TrimSpace(lines[i]))
		switch {
		case strings.HasPrefix(t, "CREATE TABLE"):
			if name, cols, end, ok := sqlCreate(text, starts[i]); ok {
				created[name] = cols
				createdAt[name] = [2]int{i, lineOf(end-1) + 1}
			}
		case strings.HasPrefix(t, "INSERT"):
			ins, ok := sqlInsert(text, starts[i])
			if !ok {
				continue
			}
			to := lineOf(ins.end-1) + 1
			// one INSERT per row: the next statements into the same table
			for to < len(lines) {
				k := to
				for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
					k++
				}
				if k == len(lines) || !strings.HasPrefix(strings.ToUpper(strings.TrimSpace(lines[k])), "INSERT") {
					break
				}
				next, ok := sqlInsert(text, starts[k])
				if !ok || next.table != ins.table || strings.Join(next.cols, "\x00") != strings.Join(ins.cols, "\x00") {
					break
				}
				ins.rows = append(ins.rows, next.rows...)
				ins.at = append(ins.at, next.at...)
				to = lineOf(next.end-1) + 1
			}
			header := ins.cols
			from := i
			if header == nil {
				header = created[ins.table]
			}
			if c, ok := createdAt[ins.table]; ok && sqlOnlyBlank(lines, c[1], i) {
				from = c[0] // the CREATE right above is part of the table
			}
			if len(header) < 2 || !sqlSquare(ins.rows, len(header)) {
				continue
			}
			cells := make([][]string, len(ins.rows))
			at := make([]int, len(ins.rows))
			for r, row := range ins.rows {
				at[r] = lineOf(ins.at[r])
				cells[r] = make([]string, len(row))
				for c, v := range row {
					switch {
					case v.quoted:
						cells[r][c] = strings.TrimSpace(v.text)
					case strings.EqualFold(v.text, "NULL"):
						cells[r][c] = ""
					default:
						cells[r][c] = queryNumber(v.text)
					}
				}
			}
			if !exportPlace(lines, from, to, from, "", header, cells) {
				continue
			}
			changed = true
			i = to - 1
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// sqlOnlyBlank: lines[from:to] hold nothing but blanks and SQL comments.
func sqlOnlyBlank(lines []string, from, to int) bool {
	if from > to {
		return false
	}
	for _, l := range lines[from:to] {
		if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "--") {
			return false
		}
	}
	return true
}

// sqlSquare: every row has n values.
func sqlSquare(rows [][]sqlVal, n int) bool {
	for _, r := range rows {
		if len(r) != n {
			return false
		}
	}
	return len(rows) > 0
}
