package extract

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A capaian table whose header row is typed again for every group, the
// group's name standing in the header's indicator cell:
//
//	No | Sasaran Strategis 1: Meningkatkan … | Satuan | Target | Realisasi | Capaian (%)
//	1  | Persentase …                         | %      | 100    | 100       | 100
//	No | Sasaran Strategis 2: Meningkatkan … | Satuan | Target | Realisasi | Capaian (%)
//	2  | …
//
// The group cell is no column title, so the header was not found (or was
// taken whole, the group's name for the column's title), and each
// later copy, valueless, was merged into the row above as its wrapped
// text. Proven by structure: two or more lines the same cell for cell but
// one, that one opening with the same group word ("Sasaran", "Program",
// "Tujuan", "Kegiatan") and a name, the others column titles naming a
// target and a realisation (or capaian) and no budget or roll title. The
// first copy becomes the header, its group cell the column's title
// ("Indikator Kinerja", what the group's name stands over); every copy
// becomes a group heading row (the name in its cell, the others empty),
// which the capaian reader carries as the rows' sasaran as it does any
// group heading. Two tables whose headers differ in a title (two years)
// differ in more than the group cell; a copy repeated whole after a page
// break is left to the repeated-header rule.

// groupHeaderWords are the first words of a group's name in a header cell.
var groupHeaderWords = map[string]bool{"sasaran": true, "program": true, "tujuan": true, "kegiatan": true, "sub": true}

// groupHeaderCell: the column of the one cell of cells that opens with a
// group word and goes on with a name (at least two more words), else -1.
func groupHeaderCell(cells []string) int {
	at := -1
	var buf [64]byte
	for j, c := range cells {
		if c == "" || !(c[0] >= 'A' && c[0] <= 'Z') {
			continue
		}
		w, _ := nextWord(c, 0, buf[:0])
		if w == nil || !groupHeaderWords[string(w)] || wordCount(c) < 3 {
			continue
		}
		if at >= 0 {
			return -1 // two group cells: which is the name is unstated
		}
		at = j
	}
	return at
}

// sameButCell: a and b are the same cell for cell but for column g.
func sameButCell(a, b []string, g int) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if k != g && !strings.EqualFold(strings.TrimSpace(a[k]), strings.TrimSpace(b[k])) {
			return false
		}
	}
	return true
}

// capaianTitles: the cells but column g are column titles naming a target
// and a realisation or capaian, and none a budget's or a roll's.
func capaianTitles(cells []string, g int) bool {
	rest := make([]string, len(cells))
	copy(rest, cells)
	rest[g] = ""
	if nonEmpty(rest) < 3 || !isHeaderRow(rest) {
		return false
	}
	target, real := false, false
	for _, c := range rest {
		if c == "" {
			continue
		}
		for _, w := range strings.Fields(normalize.Key(c)) {
			switch w {
			case "target":
				target = true
			case "realisasi", "capaian":
				real = true
			case "pagu", "anggaran", "tps", "pemilih", "dpt", "laki", "perempuan", "bobot":
				return false
			}
		}
	}
	return target && real
}

// groupHeader rewrites lines when they are a table whose header is typed
// again per group (above); hdr is the header found so far, and only a
// table with none or the one first line is tried (a group name in words
// the header vocabulary holds, "Kegiatan 1: Pemutakhiran data pemilih",
// passes for a title row). It returns the lines and the header's length.
func groupHeader(lines []rawLine, hdr int) ([]rawLine, int) {
	if hdr > 1 || len(lines) < 4 || nonEmpty(lines[0].cells) < 4 {
		return lines, hdr
	}
	first := lines[0].cells
	g := groupHeaderCell(first)
	if g < 0 {
		return lines, hdr
	}
	word := groupWord(first[g])
	isCopy := func(cells []string) bool {
		return len(cells) == len(first) && sameButCell(first, cells, g) && groupHeaderCell(cells) == g &&
			groupWord(cells[g]) == word
	}
	copies := 0
	for _, l := range lines[1:] {
		if isCopy(l.cells) && !strings.EqualFold(l.cells[g], first[g]) {
			copies++
		}
	}
	if copies == 0 || !capaianTitles(first, g) {
		return lines, hdr
	}
	out := make([]rawLine, 0, len(lines)+1)
	head := lines[0]
	head.cells = append([]string(nil), first...)
	head.cells[g] = "Indikator Kinerja"
	out = append(out, head)
	for i, l := range lines {
		if i == 0 || isCopy(l.cells) {
			row := l
			row.cells = make([]string, len(l.cells))
			row.cells[g] = l.cells[g]
			out = append(out, row)
			continue
		}
		out = append(out, l)
	}
	return out, 1
}

// groupWord is the first word of a group cell, lower case.
func groupWord(c string) string {
	var buf [64]byte
	w, _ := nextWord(c, 0, buf[:0])
	return string(w)
}

// wordCount is the number of space-separated words of c, counted without
// building them (most cells asked are a header's "Program/Kegiatan").
func wordCount(c string) int {
	n, in := 0, false
	for i := 0; i < len(c); i++ {
		if c[i] == ' ' || c[i] == '\t' {
			in = false
		} else if !in {
			in, n = true, n+1
		}
	}
	return n
}
