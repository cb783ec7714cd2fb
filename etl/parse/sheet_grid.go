package parse

import "strings"

// A spreadsheet printed with its grid: the column letters above, each
// row led by its sheet row number:
//
//	   | A  | B                 | C      |
//	 4 | No | Indikator Kinerja | Target |
//	 5 | 1  | Persentase …      | 90     |
//
// The letters are the sheet's, not the table's header, and the row
// numbers count sheet rows, not the table's: both are dropped, and what
// is left is the table as its author typed it, its first row of words the
// header (rows above it, a title typed in the sheet, become plain lines).
// The rows are rewritten as TAB rows in the lines they took; the letters
// line and a rule under it become blank. A line whose first cell is not a
// row number above the last, or with more cells than letters, ends the
// grid.

// sheetGrids rewrites the printed sheets of a text; data itself when it
// holds none.
func sheetGrids(data []byte) []byte {
	if !sheetMayHold(data) { // no copy of every text (speed_gates.go)
		return data
	}
	s := string(data)
	lines := strings.Split(s, "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		width := sheetLetters(lines[i])
		if width == 0 {
			continue
		}
		k := i + 1
		if k < len(lines) && sheetRule(lines[k]) {
			k++
		}
		var rows [][]string
		var at []int
		last := 0
		for ; k < len(lines); k++ {
			if sheetRule(lines[k]) {
				continue
			}
			cells := sheetCells(lines[k])
			if len(cells) < 1 || !allDigits(cells[0]) || cells[0] == "" || atoi(cells[0]) <= last || len(cells)-1 > width {
				break
			}
			last = atoi(cells[0])
			rows = append(rows, cells[1:])
			at = append(at, k)
		}
		if len(rows) < 2 {
			continue
		}
		lines[i] = ""
		for n := i + 1; n < k; n++ {
			lines[n] = ""
		}
		header := false
		for r, row := range rows {
			switch {
			case header:
				lines[at[r]] = exportRow(row)
			case sheetWords(row):
				header = true
				lines[at[r]] = exportRow(row)
			default:
				lines[at[r]] = strings.Join(strings.Fields(strings.Join(row, " ")), " ")
			}
		}
		changed = true
		i = k - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// sheetCells cuts a grid line at its bars, the frame's outer bars dropped.
func sheetCells(l string) []string {
	t := strings.TrimSpace(l)
	if !strings.Contains(t, "|") {
		return nil
	}
	t = strings.TrimSuffix(strings.TrimPrefix(t, "|"), "|")
	cells := strings.Split(t, "|")
	for c := range cells {
		cells[c] = strings.TrimSpace(cells[c])
	}
	for len(cells) > 1 && cells[len(cells)-1] == "" {
		cells = cells[:len(cells)-1]
	}
	return cells
}

// sheetLetters is the number of columns a line of column letters names
// ("   | A | B | C |": an empty corner, then A, B, C … in order from any
// letter); 0 for any other line.
func sheetLetters(l string) int {
	// the corner left of the letters is blank: the line opens with a bar
	if !strings.HasPrefix(strings.TrimSpace(l), "|") {
		return 0
	}
	cells := sheetCells(l)
	if len(cells) > 0 && cells[0] == "" {
		cells = cells[1:]
	}
	if len(cells) < 2 {
		return 0
	}
	prev := ""
	for _, c := range cells {
		if !sheetColumnName(c) || prev != "" && c != sheetNextColumn(prev) {
			return 0
		}
		prev = c
	}
	return len(cells)
}

func sheetColumnName(c string) bool {
	if len(c) < 1 || len(c) > 2 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return false
		}
	}
	return true
}

// sheetNextColumn is the column after c: B after A, AA after Z.
func sheetNextColumn(c string) string {
	b := []byte(c)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 'Z' {
			b[i]++
			return string(b)
		}
		b[i] = 'A'
	}
	return "A" + string(b)
}

// sheetRule: a line of rule characters only ("---+---", "|===|").
func sheetRule(l string) bool {
	t := strings.TrimSpace(l)
	return t != "" && strings.Trim(t, "-+|=: ") == "" && strings.Contains(t, "-") || t != "" && strings.Trim(t, "+|= ") == "" && strings.Contains(t, "=")
}

// sheetWords: a header row, two cells at least and none a number.
func sheetWords(row []string) bool {
	n := 0
	for _, c := range row {
		if c == "" {
			continue
		}
		if strings.Trim(c, "0123456789.,%-") == "" {
			return false
		}
		n++
	}
	return n >= 2
}
