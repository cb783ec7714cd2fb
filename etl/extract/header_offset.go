package extract

import "strings"

// A PDF converter that places cells by the gaps between words cuts a
// column in two when its title is set flush left and its figures flush
// right in a column made wide by a group title over it ("Kinerja Tahun
// 2019" over "Target | Realisasi", "Hasil Evaluasi" over "Bobot | Nilai"):
// the title, and any word values set flush left ("B", "WTP"), stay in one
// column, the figures land in the next, untitled one. mendOffsetColumns
// joins such a pair again: the header's last row names the left column
// and leaves the right one empty, every row above leaves the right one
// empty or runs a group title over both, and no row fills both while two
// rows or more fill the right one. Tables with one header row are never
// touched (mendSplitHeader's case), nor is a column titled on its own.
func mendOffsetColumns(b *Block) {
	if b.Kind != Table || b.Flat || len(b.Header) < 2 || len(b.Rows) < 2 {
		return
	}
	low := &b.Header[len(b.Header)-1]
	for j := 0; j+1 < len(low.Cells); j++ {
		if low.Cells[j] == "" || low.Cells[j+1] != "" || !offsetPair(b, j) {
			continue
		}
		for i := range b.Header {
			h := &b.Header[i]
			h.Cells = joinColumns(h.Cells, j, true)
		}
		for i := range b.Rows {
			r := &b.Rows[i]
			r.Cells = joinColumns(r.Cells, j, false)
			for l := range r.lines {
				r.lines[l] = joinColumns(r.lines[l], j, false)
			}
		}
		if b.Width > 0 {
			b.Width--
		}
		b.Notes = append(b.Notes, Note{Line: low.Start, Why: "kolom_bergeser", Text: low.Cells[j]})
	}
}

// offsetPair: columns j and j+1 hold one column's cells apart (see
// mendOffsetColumns).
func offsetPair(b *Block, j int) bool {
	for _, h := range b.Header[:len(b.Header)-1] {
		if h.Cell(j+1) != "" && h.Cell(j) == "" {
			return false // a title of its own over the right column
		}
	}
	right := 0
	for i := range b.Rows {
		a, c := b.Rows[i].Cell(j), b.Rows[i].Cell(j+1)
		if a != "" && c != "" {
			return false
		}
		if c != "" {
			right++
		}
	}
	return right >= 2
}

// joinColumns is a new slice of cells with cell j+1 joined to cell j (a
// header's words by a space, a row's one filled cell); the cells may share
// a pooled array, so they are never written in place.
func joinColumns(cells []string, j int, header bool) []string {
	if j+1 >= len(cells) {
		return cells
	}
	out := make([]string, 0, len(cells)-1)
	out = append(out, cells[:j]...)
	a, c := cells[j], cells[j+1]
	switch {
	case header && a != "" && c != "":
		out = append(out, strings.TrimSpace(a+" "+c))
	case a == "":
		out = append(out, c)
	default:
		out = append(out, a)
	}
	return append(out, cells[j+2:]...)
}
