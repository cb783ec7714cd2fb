package parse

import (
	"bytes"
	"strings"
)

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
// grid. The cells are cut at bars or, in a sheet copied out as TAB text
// ("\tA\tB\tC", "4\t1\tPersentase …"), at TABs; a row printed empty is
// its number alone.

// sheetPageGap is the most lines from a grid's last row to the next
// grid's letters that a page break takes: the sheet's footer, the form
// feed, a page header, blank lines.
const sheetPageGap = 8

// sheetGrids rewrites the printed sheets of a text; data itself when it
// holds none.
func sheetGrids(data []byte) []byte {
	grid, spaced := sheetLettersNear(data), sheetSpacedNear(data)
	if !grid && !spaced {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := spaced && sheetSpaced(lines) // sheet_grid_spaced.go
	// the grid before, while its table may go on in the next: a sheet
	// printed over pages repeats its letters on every page, its rows
	// numbered on from the last page's
	prevEnd, prevLast, prevWidth := -1, 0, 0
	for i := 0; grid && i < len(lines); i++ {
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
		// a page that repeats the title rows (row 1 again) starts afresh
		cont := false
		if prevEnd >= 0 && width == prevWidth && i-prevEnd <= sheetPageGap && k < len(lines) {
			if c := sheetCells(lines[k]); len(c) > 0 && allDigits(c[0]) && atoi(c[0]) > prevLast {
				cont, last = true, prevLast
			}
		}
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
		if len(rows) == 0 || len(rows) < 2 && !cont {
			continue
		}
		lines[i] = ""
		for n := i + 1; n < k; n++ {
			lines[n] = ""
		}
		// a grid numbered on from the one just above continues its table
		header := cont
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
		prevEnd, prevLast, prevWidth = -1, 0, 0
		if header {
			prevEnd, prevLast, prevWidth = k-1, last, width
		}
		i = k - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// sheetLettersNear: the text may hold a line of column letters, a
// letter then the next (A B, C D) each standing alone between bars or
// TABs; a cheap look before the text is cut into lines. It steps from bar
// to bar (a letter's bar is the first byte before it that is no space),
// not byte by byte: a report's text has few of them.
func sheetLettersNear(data []byte) bool {
	pipe, tab := sheetNextBar(data, 0, '|'), sheetNextBar(data, 0, '\t')
	for {
		p := min(pipe, tab)
		if p >= len(data) {
			return false
		}
		if p == pipe {
			pipe = sheetNextBar(data, p+1, '|')
		} else {
			tab = sheetNextBar(data, p+1, '\t')
		}
		i := sheetSkip(data, p+1, 1)
		if i >= len(data) || data[i] < 'A' || data[i] >= 'Z' {
			continue
		}
		c := data[i]
		q := sheetSkip(data, i+1, 1)
		if q >= len(data) || !sheetBar(data[q]) {
			continue
		}
		q = sheetSkip(data, q+1, 1)
		if q >= len(data) || data[q] != c+1 {
			continue
		}
		if r := sheetSkip(data, q+1, 1); r >= len(data) || sheetBar(data[r]) || data[r] == '\n' || data[r] == '\r' {
			return true
		}
	}
}

// sheetNextBar is the index of the first bar byte b at or after from,
// len(data) when there is none.
func sheetNextBar(data []byte, from int, b byte) int {
	if k := bytes.IndexByte(data[from:], b); k >= 0 {
		return from + k
	}
	return len(data)
}

// sheetSkip steps from p in direction dir over spaces.
func sheetSkip(data []byte, p, dir int) int {
	for p >= 0 && p < len(data) && data[p] == ' ' {
		p += dir
	}
	return p
}

func sheetBar(c byte) bool { return c == '|' || c == '\t' }

// sheetCells cuts a grid line at its bars, the frame's outer bars dropped,
// or at its TABs when it has no bar; a row number alone is a cell too.
func sheetCells(l string) []string {
	t := strings.TrimSpace(l)
	var cells []string
	switch {
	case strings.Contains(t, "|"):
		t = strings.TrimSuffix(strings.TrimPrefix(t, "|"), "|")
		cells = strings.Split(t, "|")
	case strings.Contains(l, "\t"):
		cells = strings.Split(strings.TrimRight(l, " \t\r"), "\t")
	case allDigits(t):
		return []string{t}
	default:
		return nil
	}
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
	// the corner left of the letters is blank: the line opens with a bar or a TAB
	if !strings.HasPrefix(strings.TrimSpace(l), "|") && !strings.HasPrefix(strings.TrimLeft(l, " "), "\t") {
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
