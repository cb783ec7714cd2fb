package extract

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Two measures in one column: a header cell "Target / Realisasi" or
// "Pagu / Realisasi (Rp)" over cells "100 / 98,50", "WTP / WTP". Read as
// one column, the pair lands whole in the first measure's field ("WTP /
// WTP" as a target) or fails to parse; split, every family reader sees two
// columns. The split is made only when the header proves it (both halves
// name a measure) and every filled cell of the column holds exactly two
// parts; anything else leaves the table as it was.

// pairMeasures are the words a half of a paired header may open with.
var pairMeasures = map[string]bool{
	"target": true, "realisasi": true, "capaian": true, "pagu": true, "anggaran": true,
	"sisa": true, "serapan": true, "nilai": true, "bobot": true, "l": true, "p": true,
	"laki-laki": true, "perempuan": true, "tps": true, "dpt": true,
}

// splitPairColumns splits, in lines (header lines first, hdr of them),
// every column whose header cell names two measures joined by a slash and
// whose body cells hold two values joined by a slash, two rows at least; a
// cell that holds no pair loads neither half (oddPairCell, pair_roles.go).
// It returns lines unchanged when no column qualifies; changed lines get
// fresh cell slices (the originals may be pooled).
func splitPairColumns(lines []rawLine, hdr int, notes *[]Note) []rawLine {
	if hdr == 0 || hdr >= len(lines) || !slashInHeader(lines[:hdr]) {
		return lines
	}
	width := maxWidth(lines)
	for j := 0; j < width; j++ {
		var halves [2]string
		hl := -1 // the header line naming the pair
		for i := 0; i < hdr; i++ {
			if j < len(lines[i].cells) {
				if a, b, ok := pairHeader(lines[i].cells[j]); ok {
					halves, hl = [2]string{a, b}, i
				}
			}
		}
		if hl < 0 {
			continue
		}
		lines = joinOpenPairs(lines, hdr, j)
		pairs := 0
		for _, l := range lines[hdr:] {
			if j >= len(l.cells) || l.cells[j] == "" || isColNumbers(l.cells) {
				continue
			}
			if _, _, two := pairCell(l.cells[j]); two {
				pairs++
			}
		}
		if pairs < 2 {
			continue
		}
		out := make([]rawLine, len(lines))
		for i, l := range lines {
			out[i] = l
			if j >= len(l.cells) {
				continue
			}
			a, b := l.cells[j], ""
			switch {
			case i == hl:
				a, b = halves[0], halves[1]
			case i >= hdr:
				if x, y, two := pairCell(l.cells[j]); two {
					a, b = x, y
				} else {
					a, b = oddPairCell(l, j, halves, notes)
				}
			}
			cells := make([]string, 0, len(l.cells)+1)
			cells = append(cells, l.cells[:j]...)
			cells = append(cells, a, b)
			out[i].cells = append(cells, l.cells[j+1:]...)
		}
		lines = out
		width++
		j++ // the second half is no pair
	}
	return lines
}

// joinOpenPairs joins, in column j of the body lines, a pair a narrow cell
// wrapped after its slash ("79,46 /" over "75,00" on the row's wrapped
// line, the first cell empty): the half under the slash is the pair's
// second, not a value of its own. Changed lines get fresh cell slices.
func joinOpenPairs(lines []rawLine, hdr, j int) []rawLine {
	var out []rawLine
	for i := hdr; i+1 < len(lines); i++ {
		l, next := lines[i], lines[i+1]
		if j >= len(l.cells) || j >= len(next.cells) || next.cells[0] != "" {
			continue
		}
		c, rest := strings.TrimSpace(l.cells[j]), strings.TrimSpace(next.cells[j])
		if !strings.HasSuffix(c, "/") || strings.Count(c, "/") != 1 || rest == "" || strings.IndexByte(rest, '/') >= 0 {
			continue
		}
		if out == nil {
			out = append([]rawLine(nil), lines...)
		}
		out[i].cells = append([]string(nil), l.cells...)
		out[i].cells[j] = c + " " + rest
		out[i+1].cells = append([]string(nil), next.cells...)
		out[i+1].cells[j] = ""
		lines = out
	}
	if out == nil {
		return lines
	}
	return out
}

func slashInHeader(lines []rawLine) bool {
	for _, l := range lines {
		for _, c := range l.cells {
			if strings.IndexByte(c, '/') >= 0 {
				return true
			}
		}
	}
	return false
}

func maxWidth(lines []rawLine) int {
	w := 0
	for _, l := range lines {
		w = max(w, len(l.cells))
	}
	return w
}

// pairHeader splits "Target / Realisasi" or "Pagu/Realisasi (Rp)" into
// its two titles, the unit given to both.
func pairHeader(c string) (string, string, bool) {
	c = strings.TrimSpace(c)
	unit := ""
	if k := strings.LastIndexByte(c, '('); k > 0 && strings.HasSuffix(c, ")") {
		c, unit = strings.TrimSpace(c[:k]), " "+c[k:]
	}
	a, b, ok := roleSplit(c) // the slash with a role either side, "Desa/Kel / TPS" too (pair_roles.go)
	if !ok {
		return "", "", false
	}
	// "Target / Realisasi 2021": the year closing the pair is both halves'
	if f := strings.Fields(b); !hasDigit(a) && len(f) > 1 && isYear(f[len(f)-1]) {
		a += " " + f[len(f)-1]
	}
	return a + unit, b + unit, true
}

func opensWithMeasure(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && len(f) <= 3 && pairMeasures[strings.ToLower(f[0])]
}

// pairCell splits a cell "100 / 98,50", "WTP/WTP" or "- / -" into its two
// values: each half a value, a grade, a dash or a short text without
// digits ("Tepat Waktu").
func pairCell(c string) (string, string, bool) {
	if strings.Count(c, "/") != 1 {
		return "", "", false
	}
	k := strings.IndexByte(c, '/')
	a, b := strings.TrimSpace(c[:k]), strings.TrimSpace(c[k+1:])
	if !pairValue(a) || !pairValue(b) {
		return "", "", false
	}
	return a, b, true
}

func pairValue(s string) bool {
	switch {
	case s == "":
		return false
	case s == "-" || s == "–":
		return true
	case hasDigit(s):
		return valueLike(s)
	case normalize.Grade(s) != "":
		return true
	}
	return len(s) <= 24 && len(strings.Fields(s)) <= 3
}
