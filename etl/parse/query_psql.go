package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// psql's aligned output:
//
//	 kecamatan | jml_tps | pemilih_l
//	-----------+---------+-----------
//	 WEWEWA    |      81 |     12034
//	 KODI      |         |      9876
//	(2 rows)
//
// The '+' of the rule line are where every line of the table has its bar:
// a cell is the text between two of them, whatever it holds (a bar inside
// a text cell included), an empty cell is NULL. A line typed a space off
// those places is cut at its bars when it has one per '+'. A value psql
// prints over several lines ends each but its last with '+' in the cell's
// last place, the row's other cells empty below it: one cell. A line of
// other cells ends the table; unless it is blank or the footer, or when the
// footer counts other rows, the table stays as written. The expanded output (\x) prints one record after another:
//
//	-[ RECORD 1 ]-+-------
//	kecamatan     | WEWEWA
//	jml_tps       | 81
//
// and is read when every record names the same fields in the same order.

// psqlTables rewrites the psql tables of lines in place; whether it did.
func psqlTables(doc *facts.Document, lines []string) bool {
	changed := false
	for i := 1; i < len(lines); i++ {
		if strings.HasPrefix(lines[i], "-[ RECORD ") {
			if end, ok := psqlRecords(doc, lines, i); ok {
				changed = true
				i = end
			}
			continue
		}
		bars := psqlRule(lines[i])
		if bars == nil {
			continue
		}
		header := psqlCells(lines[i-1], bars)
		if header == nil {
			continue
		}
		for c := range header {
			header[c] = psqlPlain(header[c])
		}
		var rows [][]string
		var at []int
		k := i + 1
		for ; k < len(lines); k++ {
			cells := psqlCells(lines[k], bars)
			if cells == nil {
				break
			}
			if n := len(rows); n > 0 && psqlWrapped(rows[n-1], cells) {
				continue
			}
			rows = append(rows, cells)
			at = append(at, k)
		}
		for _, row := range rows {
			for c := range row {
				row[c] = psqlPlain(row[c])
			}
		}
		if len(rows) == 0 || !psqlEnd(lines, k, len(rows)) {
			continue
		}
		queryRows(doc, rows, at, header)
		if !exportPlace(lines, i-1, k, i, "", header, rows) {
			continue
		}
		if k < len(lines) && queryFooterCount(lines[k]) >= 0 {
			lines[k] = ""
		}
		blankPrompts(lines, i-1)
		changed = true
		i = k
	}
	return changed
}

// psqlEnd: the table's rows end at line k, with the end of the text, a
// blank line or a footer counting n rows.
func psqlEnd(lines []string, k, n int) bool {
	if k == len(lines) || strings.TrimSpace(lines[k]) == "" {
		return true
	}
	return queryFooterCount(lines[k]) == n
}

// psqlRule is the rune places of the '+' of a rule line ("----+----"),
// nil for any other line.
func psqlRule(l string) []int {
	t := strings.TrimRight(l, " \r")
	if len(t) < 5 || t[0] != '-' || t[len(t)-1] != '-' || strings.Trim(t, "-+") != "" {
		return nil
	}
	var bars []int
	for k := 0; k < len(t); k++ {
		if t[k] == '+' {
			if t[k-1] != '-' || t[k+1] != '-' {
				return nil
			}
			bars = append(bars, k)
		}
	}
	return bars
}

// psqlCells cuts a line of the table into its trimmed cells: at the
// rule's '+' places when its bars stand there, else at its bars when it
// has one a '+' (a table typed by hand, its columns a space off); nil for
// a line of other cells.
func psqlCells(l string, bars []int) []string {
	l = strings.TrimRight(l, "\r")
	if strings.IndexByte(l, '\t') >= 0 || strings.TrimSpace(l) == "" {
		return nil
	}
	rs := []rune(l)
	at := true
	for _, b := range bars {
		if b >= len(rs) || rs[b] != '|' {
			at = false
			break
		}
	}
	if !at {
		cells := strings.Split(l, "|")
		if len(cells) != len(bars)+1 {
			return nil
		}
		for k := range cells {
			cells[k] = strings.TrimSpace(cells[k])
		}
		return cells
	}
	cells := make([]string, 0, len(bars)+1)
	from := 0
	for _, b := range bars {
		cells = append(cells, psqlCell(rs[from:b]))
		from = b + 1
	}
	return append(cells, psqlCell(rs[from:]))
}

// psqlCell is a cell's trimmed text; a value that goes on on the next
// line keeps psql's mark of it, a '+' in its last place, glued to it
// ("Persentase partisipasi+"), for psqlWrapped to find.
func psqlCell(rs []rune) string {
	if n := len(rs); n > 1 && rs[n-1] == '+' {
		return strings.TrimSpace(string(rs[:n-1])) + "\x00"
	}
	return strings.TrimSpace(string(rs))
}

// psqlWrapped joins the lines of a value printed over several lines (a
// cell ending with psqlCell's mark) to the row above: row is the row read
// so far, next the cells of the line after it; whether next went on row.
func psqlWrapped(row, next []string) bool {
	wrapped := false
	for c := range row {
		if strings.HasSuffix(row[c], "\x00") {
			wrapped = true
		}
	}
	if !wrapped || len(next) != len(row) {
		return false
	}
	for c := range row {
		if strings.HasSuffix(row[c], "\x00") {
			row[c] = strings.TrimSpace(strings.TrimSuffix(row[c], "\x00") + " " + next[c]) // its mark kept: a third line
		} else if next[c] != "" {
			return false // a value beside the wrapped one: another row
		}
	}
	return true
}

// psqlPlain is a cell without psqlCell's mark: the last line of a
// wrapped value, or a cell whose '+' is its own.
func psqlPlain(c string) string {
	if strings.HasSuffix(c, "\x00") {
		return strings.TrimSuffix(c, "\x00") + "+"
	}
	return c
}

// psqlRecords reads the expanded records starting at lines[i]; the last
// line they take and whether they were read.
func psqlRecords(doc *facts.Document, lines []string, i int) (int, bool) {
	var header []string
	var rows [][]string
	var at []int
	k := i
	for k < len(lines) && strings.HasPrefix(lines[k], "-[ RECORD ") {
		bar := strings.IndexByte(lines[k], '+') // the bar's place under border 1
		var names, vals []string
		k++
		for ; k < len(lines); k++ {
			l := strings.TrimRight(lines[k], "\r")
			if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "-[ RECORD ") || strings.IndexByte(l, '\t') >= 0 {
				break
			}
			cut := strings.Index(l, " | ")
			if rs := []rune(l); bar > 0 && bar < len(rs) && rs[bar] == '|' {
				cut = len(string(rs[:bar])) - 1 // the bar under the '+', a bar in the name's text left of it
			}
			if cut <= 0 {
				return k, false
			}
			names = append(names, strings.TrimSpace(l[:cut]))
			vals = append(vals, strings.TrimSpace(l[min(len(l), cut+2):]))
		}
		if len(names) < 2 {
			return k, false
		}
		if header == nil {
			header = names
		} else if strings.Join(names, "\x00") != strings.Join(header, "\x00") {
			return k, false // records of other fields: which column is which is not stated
		}
		rows = append(rows, vals)
		at = append(at, k-len(vals))
		for k < len(lines) && strings.TrimSpace(lines[k]) == "" && k+1 < len(lines) && strings.HasPrefix(lines[k+1], "-[ RECORD ") {
			k++
		}
	}
	if len(rows) == 0 {
		return k, false
	}
	queryRows(doc, rows, at, header)
	if !exportPlace(lines, i, k, i, "", header, rows) {
		return k, false
	}
	blankPrompts(lines, i)
	return k, true
}
