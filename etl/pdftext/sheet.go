package pdftext

import (
	"strconv"
	"strings"
)

// dropSheetFrame removes what a spreadsheet printed with its headings
// adds around a table: the bar of column letters over it ("", "A", "B",
// "C" …, the corner cell empty) and the column of row numbers at its left
// (consecutive integers, counted on from the bar's page). The bar proves
// the frame: a table's own "No" column under a header cell is kept. A row
// left with one cell (a heading merged across the sheet's columns) becomes
// a line of text, as the text form of a report sets it between the rows.
// rows are the lines of one ruled grid, top to bottom.
func dropSheetFrame(rows []outLine) []outLine {
	if len(rows) < 2 || !letterBar(rows[0].text) {
		return rows
	}
	prev := -1
	for _, r := range rows[1:] {
		first, _, _ := strings.Cut(r.text, "\t")
		n, err := strconv.Atoi(first)
		if err != nil || n < 1 || prev >= 0 && n != prev+1 {
			return rows
		}
		prev = n
	}
	out := rows[1:1]
	for _, r := range rows[1:] {
		_, rest, _ := strings.Cut(r.text, "\t")
		if strings.Trim(rest, "\t") == "" {
			continue
		}
		r.text = rest
		out = append(out, r)
	}
	return out
}

// letterBar reports a row of spreadsheet column letters: an empty corner
// cell, then "A", "B", "C" … in order (after "Z", "AA", "AB" …), at least
// two of them.
func letterBar(text string) bool {
	cells := strings.Split(text, "\t")
	if len(cells) < 3 || cells[0] != "" {
		return false
	}
	for i, c := range cells[1:] {
		if c != columnLetters(i) {
			return false
		}
	}
	return true
}

// columnLetters is the spreadsheet name of column i (0: "A", 26: "AA").
func columnLetters(i int) string {
	s := ""
	for {
		s = string(rune('A'+i%26)) + s
		i = i/26 - 1
		if i < 0 {
			return s
		}
	}
}
