package parse

import (
	"bytes"
	"strings"
)

// A capaian table printed by a device or a program in fixed columns whose
// titles are foreign words, explained by a key in words above or under it
// (a fingerprint attendance machine's recap, a timesheet, a meter's or a
// queue machine's report):
//
//	Kunci   : Jadwal = target PK; Hadir = realisasi; % Hadir = capaian kinerja
//	=====================================================================
//	PIN  Nama                                 Sat.    Jadwal    Hadir  % Hadir  Ket.
//	=====================================================================
//	0001 Persentase kesesuaian Kompetensi     %        75,00    78,83   105,11  TEPAT
//	     Pegawai terhadap standar kompetensi
//	=====================================================================
//
// It is keyedBoxes' class (header_key.go) without the `|` edges, so the
// block is boxed here and handed to rewriteBox, which gives the header
// cells their roles by the key (glossParse, the same key parser), rewrites
// the rows as TAB lines titled `Target`, `Realisasi`, `Capaian (%)`, and the
// ordinary table readers prove them (capaian = realisasi / target × 100).
// What it trusts:
//   - the block: a header line of titles parted by two spaces or more, a
//     rule (`===`, `---`) right under it, the body up to the next rule or
//     blank line (at most 400 lines), no `|` in it; found in the few lines
//     after the key (a rule above the header allowed) or, a key under the
//     table, ending in the few lines above it;
//   - the cells: a body line is cut at the runs of two spaces or more and
//     at the gutters (positions blank on every body line: `0001 Nama` is
//     two cells when the PIN's width is the same on every line); a piece
//     belongs to the title it lies under (the one it shares its left or
//     right edge with when it lies under two; under none, the title left
//     of it, a name's words running on in its column); a piece under two
//     titles with no edge shared: no reading, nothing changed;
//   - a wrapped name: a line holding no figure (a piece of digits and
//     separators only) and cells in fewer than half the columns continues
//     the row above, in whatever column;
//   - the rows are indicators: more than half of them hold a cell that
//     starts an indicator statement (startsIndicator: `Persentase`,
//     `Nilai`, `Opini` …), so a keyed staff timesheet (people, hours)
//     gives nothing;
//   - the key must explain the target and the realisasi (the capaian
//     family only: a budget in fixed columns is keyhead45's
//     header_key.go's). A recap of employees' attendance (no key naming
//     realisasi) changes nothing.
//
// Gate: a rule of four `=` or `-` (bytes.Contains), then glossGate's key
// words around a `realisasi` (glossEach).
func keyedCapaianColumns(text []byte) []byte {
	if !bytes.Contains(text, []byte("====")) && !bytes.Contains(text, []byte("----")) {
		return text
	}
	return glossEach(text, func(g *glossKey, lines []string, top, bottom int) bool {
		if g.family != "capaian" {
			return false
		}
		for j := bottom; j < len(lines) && j < bottom+6; j++ {
			if h := kcolHeadAt(lines, j); h >= 0 && kcolRewrite(lines, h, g) {
				return true
			}
		}
		// a key under its table: the block ends in the few lines above it
		for j := top - 1; j >= 0 && j >= top-4; j-- {
			if strings.TrimSpace(lines[j]) == "" || glossRule(lines[j]) {
				continue
			}
			// walk up the body to the rule under the header (a closing
			// rule above a print line tried on the way: no header there)
			for k := j; k > 0 && j-k < 400 && strings.TrimSpace(lines[k]) != ""; k-- {
				if glossRule(lines[k]) && kcolRewrite(lines, k-1, g) {
					return true
				}
			}
			return false
		}
		return false
	})
}

// kcolHeadAt: the header line a block starting at line j has (j itself,
// or the line under a rule at j), -1 when none.
func kcolHeadAt(lines []string, j int) int {
	if glossRule(lines[j]) {
		j++
	}
	if j+1 >= len(lines) || !glossRule(lines[j+1]) || strings.TrimSpace(lines[j]) == "" || glossRule(lines[j]) {
		return -1
	}
	return j
}

// kcolPiece is a header title and its columns.
type kcolPiece struct {
	text   string
	ts, te int
}

// kcolPieces: a line's runs of words parted by one space, cut at two
// spaces or more and at the gutter positions.
func kcolPieces(l string, gutter func(int) bool) []kcolPiece {
	var out []kcolPiece
	i := 0
	for i < len(l) {
		if l[i] == ' ' {
			i++
			continue
		}
		s := i
		for i < len(l) {
			if l[i] != ' ' {
				i++
				continue
			}
			if i+1 < len(l) && l[i+1] != ' ' && (gutter == nil || !gutter(i)) {
				i++
				continue
			}
			break
		}
		out = append(out, kcolPiece{l[s:i], s, i})
	}
	return out
}

// kcolRewrite reads the block headed at line h (the rule under it at
// h+1) as a keyed table; false, lines unchanged, when it is none.
func kcolRewrite(lines []string, h int, g *glossKey) bool {
	if h < 0 || h+2 >= len(lines) || strings.IndexByte(lines[h], '|') >= 0 || strings.IndexByte(lines[h], '\t') >= 0 {
		return false
	}
	titles := kcolPieces(strings.TrimRight(lines[h], " "), func(int) bool { return false })
	if len(titles) < 3 {
		return false
	}
	s, e := h+2, h+2
	width := 0
	for e < len(lines) && e-s < 400 && strings.TrimSpace(lines[e]) != "" && !glossRule(lines[e]) {
		if strings.ContainsAny(lines[e], "|\t") {
			return false
		}
		width = max(width, len(lines[e]))
		e++
	}
	if e == s {
		return false
	}
	// the gutters: positions blank on every body line
	blank := make([]bool, width)
	for i := range blank {
		blank[i] = true
	}
	for _, l := range lines[s:e] {
		for i := 0; i < len(l); i++ {
			if l[i] != ' ' {
				blank[i] = false
			}
		}
	}
	gutter := func(i int) bool { return i < width && blank[i] }
	n := len(titles)
	var rows [][]string
	var at []int
	for i := s; i < e; i++ {
		cells := make([]string, n)
		filled, digits := 0, false
		for _, p := range kcolPieces(lines[i], gutter) {
			c := kcolOf(titles, p)
			if c < 0 {
				return false
			}
			if cells[c] == "" {
				filled++
			}
			cells[c] = strings.TrimSpace(cells[c] + " " + p.text)
			// a figure, not a name's year (`Pemilu 2024` wrapped)
			digits = digits || strings.ContainsAny(p.text, "0123456789") && strings.Trim(p.text, "0123456789.,%+- ") == ""
		}
		if len(rows) > 0 && !digits && 2*filled < n {
			last := rows[len(rows)-1]
			for k, c := range cells {
				if c != "" {
					last[k] = strings.TrimSpace(last[k] + " " + c)
				}
			}
			continue
		}
		rows, at = append(rows, cells), append(at, i)
	}
	// indicators, not people or months: most rows hold a cell that starts
	// an indicator statement (`Persentase …`, `Nilai …`, `Opini …`)
	named := 0
	for _, r := range rows {
		for _, c := range r {
			if strings.IndexByte(c, ' ') > 0 && startsIndicator(c) {
				named++
				break
			}
		}
	}
	if 2*named <= len(rows) {
		return false
	}
	// box the block and let rewriteBox title it by the key
	keep := append([]string(nil), lines[h:min(e+1, len(lines))]...)
	head := make([]string, n)
	for k, t := range titles {
		head[k] = t.text
	}
	box := func(c []string) string { return "| " + strings.Join(c, " | ") + " |" }
	lines[h] = box(head)
	lines[h+1] = "-----"
	for i := s; i < e; i++ {
		lines[i] = ""
	}
	for k, r := range rows {
		lines[at[k]] = box(r)
	}
	end := e
	if end < len(lines) && glossRule(lines[end]) {
		end++
	}
	if rewriteBox(lines, h, end, g) {
		return true
	}
	copy(lines[h:], keep)
	return false
}

// kcolOf: the title a piece lies under, -1 when it cannot be told.
func kcolOf(titles []kcolPiece, p kcolPiece) int {
	var under []int
	for k, t := range titles {
		if p.ts < t.te && t.ts < p.te {
			under = append(under, k)
		}
	}
	switch len(under) {
	case 1:
		return under[0]
	case 0:
		for k := len(titles) - 1; k >= 0; k-- {
			if titles[k].ts <= p.ts {
				return k
			}
		}
		return -1
	}
	c := -1
	for _, k := range under {
		if titles[k].ts == p.ts || titles[k].te == p.te {
			if c >= 0 {
				return -1
			}
			c = k
		}
	}
	return c
}
