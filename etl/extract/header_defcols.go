package extract

import "strings"

// Two ways a spreadsheet tool puts the wrong row on top of a table.
//
// Placeholder column names. Excel's Format as Table (and Power Query) names
// the columns of a range it was not told has headers "Column1", "Column2",
// ...; Access and ADO imports say "Field1" or "F1", an Indonesian Excel
// "Kolom1", a sheet's own letters "A | B | C", R "V1 V2", pandas
// "Unnamed: 0", other tools "col_1" or "X1". Such a row names nothing: when
// the row under it is a header, that row heads the table and the
// placeholders are dropped. A row of real codes ("K1 | K3 | K7", explained
// in a legend) is no placeholder row: the numbers must run 0, 1, 2 or 1, 2,
// 3 in order, the letters A, B, C, all under one name, and the row under it
// must be a header.
//
// The header sorted into the body. A range sorted A-Z without "My data has
// headers" files its header row among the data: the first row is data and
// a later row holds only header words, as wide as the table. That row is
// the header; the rows above and below it are the body, in the order they
// stand (the readers prove each row by its sums, not by its place).

// placeholderRow: every cell is the same tool's default name for the
// column at its place.
func defaultColsRow(cells []string) bool {
	if len(cells) < 2 {
		return false
	}
	prefix, start := "", -1
	for i, c := range cells {
		p, n, ok := defaultColName(c)
		if !ok {
			return false
		}
		if i == 0 {
			prefix, start = p, n-i
			if start != 0 && start != 1 {
				return false
			}
		}
		if p != prefix || n != start+i {
			return false
		}
	}
	return true
}

// placeholderName splits a default column name into its tool's name (lower
// case) and its number; a lone capital letter is the sheet's column letter,
// A = 1.
func defaultColName(c string) (string, int, bool) {
	c = strings.TrimSpace(c)
	if len(c) == 1 && c[0] >= 'A' && c[0] <= 'Z' {
		return "", int(c[0]-'A') + 1, true
	}
	j := len(c)
	for j > 0 && c[j-1] >= '0' && c[j-1] <= '9' {
		j--
	}
	if j == len(c) || len(c)-j > 3 || j == 0 {
		return "", 0, false
	}
	n := 0
	for _, d := range c[j:] {
		n = n*10 + int(d-'0')
	}
	p := strings.ToLower(strings.TrimRight(c[:j], " _:"))
	switch p {
	case "column", "kolom", "field", "f", "v", "x", "col", "unnamed":
		return p, n, true
	}
	return "", 0, false
}

// dropPlaceholderRow drops a first row of placeholder names when the row
// under it is a header.
func dropDefaultColsRow(lines []rawLine, notes *[]Note) []rawLine {
	if len(lines) < 3 || !defaultColsRow(lines[0].cells) || !isHeaderRow(lines[1].cells) || nonEmpty(lines[1].cells) < 2 {
		return lines
	}
	*notes = append(*notes, Note{Line: lines[0].n, Why: "judul_bawaan", Text: strings.Join(lines[0].cells, " | ")})
	return lines[1:]
}

// sortedHeader moves a header row filed among the data to the top and
// reports whether it did. It asks for a first row that carries a value,
// one later row only of header words filling every column of the table,
// no other header-like row, and columns that keep their kind across it
// (a column of numbers above it is not one of words below it: two tables
// glued together keep their own rows).
func sortedHeader(lines []rawLine) bool {
	if len(lines) < 3 || len(lines) > 60 || !anyValue(lines[0].cells) {
		return false
	}
	width := 0
	for _, l := range lines {
		width = max(width, len(l.cells))
	}
	if width < 3 {
		return false
	}
	k := -1
	for i := 1; i < len(lines); i++ {
		c := lines[i].cells
		if !isHeaderRow(c) {
			continue
		}
		if k >= 0 || len(c) != width || nonEmpty(c) != width || !onlyHeaderWords(c) {
			return false
		}
		k = i
	}
	if k < 0 || !sameKinds(lines[:k], lines[k+1:], width) || !oneNumbering(lines, k) || turnedLabels(lines, k) {
		return false
	}
	h := lines[k]
	copy(lines[1:k+1], lines[:k])
	lines[0] = h
	return true
}

// oneNumbering: the rows' numbers in the first column, apart from the
// header k, are all different: sorting moves numbers, it does not repeat
// them, and a "1" above the header and another under it are two tables'
// first rows.
func oneNumbering(lines []rawLine, k int) bool {
	seen := map[string]bool{}
	for i, l := range lines {
		if i == k || len(l.cells) == 0 || !isRowNo(l.cells[0]) {
			continue
		}
		n := strings.TrimLeft(strings.TrimRight(l.cells[0], ".)"), "0")
		if seen[n] {
			return false
		}
		seen[n] = true
	}
	return true
}

// turnedLabels: every row but the header k opens with one header word
// ("No", "Bobot", "Nilai"): a table turned on its side, its titles down the
// first column and its records across, the header row one of its records.
func turnedLabels(lines []rawLine, k int) bool {
	var buf [64]byte
	for i, l := range lines {
		if i == k {
			continue
		}
		if len(l.cells) == 0 {
			return false
		}
		w, j := nextWord(l.cells[0], 0, buf[:0])
		if w == nil || !headerVocab[string(w)] {
			return false
		}
		if w2, _ := nextWord(l.cells[0], j, buf[:0]); w2 != nil {
			return false
		}
	}
	return true
}

// onlyHeaderWords: every word of every cell is a header word.
func onlyHeaderWords(cells []string) bool {
	var buf [64]byte
	for _, c := range cells {
		for i := 0; ; {
			var w []byte
			if w, i = nextWord(c, i, buf[:0]); w == nil {
				break
			}
			if !headerVocab[string(w)] && !neutralWords[string(w)] {
				return false
			}
		}
	}
	return true
}

// sameKinds: no column holds only values on one side of the header and
// only words on the other.
func sameKinds(above, below []rawLine, width int) bool {
	if len(below) == 0 {
		return false
	}
	kinds := func(ls []rawLine, j int) (vals, words int) {
		for _, l := range ls {
			if j >= len(l.cells) || l.cells[j] == "" {
				continue
			}
			if valueLike(l.cells[j]) || isRowNo(l.cells[j]) {
				vals++
			} else {
				words++
			}
		}
		return
	}
	for j := 0; j < width; j++ {
		av, aw := kinds(above, j)
		bv, bw := kinds(below, j)
		if av > 0 && aw == 0 && bw > 0 && bv == 0 || aw > 0 && av == 0 && bv > 0 && bw == 0 {
			return false
		}
	}
	return true
}
