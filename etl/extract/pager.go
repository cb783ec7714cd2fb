package extract

import "strings"

// A web table printed from the browser (DataTables and the like) closes
// each page with its pager: "« Sebelumnya  1  [2]  3  Selanjutnya »",
// "Previous 1 2 Next". A PDF sets its links apart with wide gaps, so the
// line comes out as TAB cells: a one-row table that stands between the
// parts of the table it pages, and the next part no longer follows the
// part before. It is a line of text, as a text export prints it.

// pagerCells reports whether every cell of a TAB line is a pager link: it
// opens with a link back, closes with a link on, and holds only page
// numbers ("2", "[2]", "(2)") or an ellipsis between, one at least (a
// header's "Awal | Akhir" is no pager).
func pagerCells(cells []string) bool {
	if len(cells) < 3 || len(cells) > 14 || !pagerStart(cells[0]) {
		return false // the cheap test first: most TAB lines fail on their first byte
	}
	if !pagerLink(cells[0], pagerBack) || !pagerLink(cells[len(cells)-1], pagerOn) {
		return false
	}
	for _, c := range cells[1 : len(cells)-1] {
		if !pageNumberCell(c) {
			return false
		}
	}
	return true
}

// pagerStart: the cell's first byte can open a link back ("«", "‹", "<",
// a word).
func pagerStart(c string) bool {
	if c == "" {
		return false
	}
	switch b := c[0] | 0x20; {
	case c[0] == 0xC2 || c[0] == 0xE2 || c[0] == '<':
		return true
	case b == 's' || b == 'p' || b == 'f' || b == 'a':
		return true
	}
	return false
}

var (
	pagerBack = []string{"sebelumnya", "previous", "prev", "pertama", "first", "awal"}
	pagerOn   = []string{"selanjutnya", "berikutnya", "next", "terakhir", "last", "akhir"}
)

// pagerLink: the cell is a link of the words given, with or without its
// arrows ("« Sebelumnya", "Next ›", "<<"), or arrows alone.
func pagerLink(c string, words []string) bool {
	w := strings.Trim(c, " «»‹›<>")
	if w == "" {
		return c != ""
	}
	w = strings.ToLower(w)
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// pageNumberCell: a page number of a pager, the current one marked or not
// ("3", "[3]", "(3)"), or its ellipsis.
func pageNumberCell(c string) bool {
	if c == "…" || c == "..." {
		return true
	}
	if len(c) > 2 && (c[0] == '[' && c[len(c)-1] == ']' || c[0] == '(' && c[len(c)-1] == ')') {
		c = c[1 : len(c)-1]
	}
	return isRowNo(c) // one to three digits (table.go)
}
