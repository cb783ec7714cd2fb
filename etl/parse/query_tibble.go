package parse

import (
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// An R tibble printed in the console:
//
//	> dpt |> print(n = Inf, width = Inf)
//	# A tibble: 3 × 4
//	     no kecamatan  tps pemilih
//	  <int> <chr>     <int> <chr>
//	1     1 NELLE        22 6.965
//	2     2 KOTING       19 6.090
//	3    NA JUMLAH       41 13.055
//
// Unlike pandas, tibble parts its columns by ONE space, pads each column to
// its widest line, and aligns text left and numbers right, so a cell's
// column is not read from its edge. The frame proves its own layout: the
// type line (<chr>, <int>) names one type per column under its name, the
// dimension line counts rows and columns, and every row is numbered 1..n.
// A column boundary is a place blank on every line of the frame between
// one column's name and type and the next one's; where several such places
// would cut some row's text differently the frame is left as written, never
// guessed. A text cell (<chr>) is the document's own text, in its own
// notation; a <dbl> cell pillar printed with a point or an exponent shows
// only its first significant digits and is loaded NULL with a finding.
// Cells cut short with "…", or rows and columns left out ("# ℹ 12 more
// rows"), leave the frame as written.

// tibbleTables rewrites the tibbles of a text as TAB rows (through
// exportPlace: line numbers never change); data itself when it holds none.
func tibbleTables(doc *facts.Document, data []byte, g *textMarks) []byte {
	if !g.has(data, mkTibble) {
		return data // the cheap gate
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		n, m, ok := tibbleDims(lines[i])
		if !ok {
			continue
		}
		head := i + 1
		for head < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[head]), "# Groups:") {
			head++
		}
		if head+2+n > len(lines) {
			continue
		}
		header, rows, ok := tibbleRead(doc, lines[head:head+2+n], head, m)
		if !ok || !exportPlace(lines, i, head+2+n, head+1, "", header, rows) {
			continue
		}
		if i > 0 && tibblePrompt(lines[i-1]) {
			lines[i-1] = "" // the command's words would join the caption above
		}
		changed = true
		i = head + 1 + n
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// tibbleDims reads "# A tibble: 7 × 6" (an 'x' in a console without
// Unicode): its rows and columns.
func tibbleDims(l string) (int, int, bool) {
	t, ok := strings.CutPrefix(strings.TrimSpace(l), "# A tibble:")
	if !ok {
		return 0, 0, false
	}
	f := strings.Fields(t)
	if len(f) != 3 || f[1] != "×" && f[1] != "x" {
		return 0, 0, false
	}
	n, m := strings.ReplaceAll(f[0], ",", ""), f[2]
	if !allDigits(n) || !allDigits(m) || n == "" || m == "" {
		return 0, 0, false
	}
	return atoi(n), atoi(m), true
}

// tibblePrompt: the console line that printed the frame ("> x", "R> x").
func tibblePrompt(l string) bool {
	t := strings.TrimSpace(l)
	return strings.HasPrefix(t, "> ") || strings.HasPrefix(t, "R> ")
}

// tibbleRead reads a frame's lines (its names, its types, its n rows; the
// first at source line at) as m columns: the header and cleaned rows.
func tibbleRead(doc *facts.Document, fl []string, at, m int) ([]string, [][]string, bool) {
	rs := make([][]rune, len(fl))
	for k, l := range fl {
		rs[k] = []rune(strings.TrimRight(l, "\r"))
	}
	n := len(fl) - 2
	w := len(itoa(n)) // the row numbers' width; the columns start after it and a space
	for k := 2; k < len(rs); k++ {
		num := strings.TrimSpace(string(runeSlice(rs[k], 0, w)))
		if num != itoa(k-1) || runeAt(rs[k], w) != ' ' {
			return nil, nil, false
		}
	}
	names, types := tibbleTokens(rs[0], w), tibbleTokens(rs[1], w)
	if len(names) != m || len(types) != m {
		return nil, nil, false
	}
	for _, t := range types {
		if !strings.HasPrefix(t.text, "<") || !strings.HasSuffix(t.text, ">") {
			return nil, nil, false
		}
	}
	cuts, ok := tibbleCuts(rs, names, types, w)
	if !ok {
		return nil, nil, false
	}
	header := make([]string, m)
	for j, t := range names {
		header[j] = strings.Trim(t.text, "`")
	}
	rows := make([][]string, n)
	for r := range rows {
		row := make([]string, m)
		for j := range row {
			c := strings.TrimSpace(string(runeSlice(rs[r+2], cuts[j]+1, cuts[j+1])))
			if strings.HasSuffix(c, "…") {
				return nil, nil, false // cut short: not the cell's text
			}
			row[j] = c
		}
		rows[r] = row
	}
	for r, row := range rows {
		for j, c := range row {
			row[j] = tibbleCell(doc, c, types[j].text, header[j], at+2+r)
		}
		if row[m-1] == "" {
			// the TAB reader drops a row's empty last cells and would then
			// read its cells a column off; NA it reads as no value, in place
			row[m-1] = "NA"
		}
	}
	return header, rows, true
}

// tibbleCuts finds the m+1 column boundaries (each a blank place; the
// first the space after the row numbers): between column j's name and type
// and column j+1's, a place blank on every line; where there are several,
// every row must read the same whichever is taken.
func tibbleCuts(rs [][]rune, names, types []qtok, w int) ([]int, bool) {
	m := len(names)
	cuts := make([]int, m+1)
	cuts[0] = w
	width := 0
	for _, l := range rs {
		width = max(width, len(l))
	}
	cuts[m] = width + 1
	for j := 0; j+1 < m; j++ {
		lo, hi := max(names[j].to, types[j].to), min(names[j+1].from, types[j+1].from)
		switch {
		case leftAligned(names[j+1], types[j+1]):
			lo = hi - 1 // its cells start where its name and type do
		case rightAligned(names[j], types[j]):
			hi = lo + 1 // right-aligned: its cells end where its name and type do
		}
		first, last := -1, -1
		for p := lo; p < hi; p++ {
			if blankColumn(rs, p) {
				if first < 0 {
					first = p
				}
				last = p
			}
		}
		if first < 0 {
			return nil, false
		}
		for _, l := range rs[2:] {
			if strings.TrimSpace(string(runeSlice(l, first, last+1))) != "" {
				return nil, false // two readings of this row: not guessed
			}
		}
		cuts[j+1] = first
	}
	return cuts, true
}

// leftAligned: a column's name and type start at one place and end at two,
// so its cells, as pillar lays them out, start there too.
func leftAligned(a, b qtok) bool {
	return a.from == b.from && a.to != b.to
}

// rightAligned: they end at one place and start at two; so do its cells.
func rightAligned(a, b qtok) bool {
	return a.to == b.to && a.from != b.from
}

// blankColumn: place p holds a space (or nothing) on every line.
func blankColumn(rs [][]rune, p int) bool {
	for _, l := range rs {
		if runeAt(l, p) != ' ' {
			return false
		}
	}
	return true
}

// tibbleTokens cuts a names or types line, past the row numbers, at its
// spaces; a name in backticks (`Nama Kolom`) is one token.
func tibbleTokens(l []rune, w int) []qtok {
	var out []qtok
	for k := w; k < len(l); {
		if l[k] == ' ' {
			k++
			continue
		}
		s := k
		if l[k] == '`' {
			k++
			for k < len(l) && l[k] != '`' {
				k++
			}
		}
		for k < len(l) && l[k] != ' ' {
			k++
		}
		out = append(out, qtok{string(l[s:k]), s, k})
	}
	return out
}

// tibbleCell cleans one cell of a column of type typ: NA is no value; a
// number pillar printed with a point or an exponent is rounded to its
// first digits (pillar.sigfig), never the value, so NULL with a finding.
func tibbleCell(doc *facts.Document, c, typ, col string, line int) string {
	if c == "NA" || c == "<NA>" {
		return ""
	}
	if typ != "<dbl>" || allDigits(strings.TrimPrefix(c, "-")) {
		return c
	}
	doc.Add(facts.Finding{Span: facts.Span{Start: line + 1, End: line + 1}, Aturan: "nilai.tidak_terbaca", Tingkat: facts.Warning,
		Nilai: c,
		Pesan: fmt.Sprintf("kolom %q: angka %q dicetak R dibulatkan ke beberapa digit; dimuat NULL", col, c)})
	return ""
}

// runeAt is l[p], a space past the line's end.
func runeAt(l []rune, p int) rune {
	if p < 0 || p >= len(l) {
		return ' '
	}
	return l[p]
}

// runeSlice is l[from:to] clipped to the line.
func runeSlice(l []rune, from, to int) []rune {
	from, to = min(max(from, 0), len(l)), min(max(to, 0), len(l))
	if from >= to {
		return nil
	}
	return l[from:to]
}
