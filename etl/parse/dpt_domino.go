package parse

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT drawn as domino tiles (kartu domino) of a voters' infographic
// typed again: one tile an area, its name (and its village and TPS counts)
// over it, the tile split by a bar into two halves, each half holding one
// sex's label (with pips) and its figure, the total under the tile; tiles
// stand several abreast, rows of them one under another, the kabupaten's
// tile last:
//
//	01 BORONG                    02 RANA MESE
//
//	25 desa/kel · 62 TPS         15 desa/kel · 77 TPS
//	┌───────────┬───────────┐    ┌───────────┬───────────┐
//	│ ● L       │ ● P       │    │ ● L       │ ● P       │
//	│     9.388 │     8.883 │    │    10.846 │    10.467 │
//	└───────────┴───────────┘    └───────────┴───────────┘
//	 L+P 18.271                   L+P 21.313
//
// dptDominoes rewrites a run of such tiles in place as the TAB DPT table
// it stands for, which the table readers then read under the caption above
// it, as dpt_scales.go does for balance scales (whose heading reader,
// proof and writer it shares).
//
// What the reader trusts: a tile is a frame whose top edge `┌ ┬ ┐` has
// exactly one bar, whose every inner line has its rims and bar in those
// columns, closed by `└ ┴ ┘`; each half holds exactly one sex's label
// (its word, never its side) and exactly one figure, the two halves
// different sexes; the line(s) under the tile hold one total for each tile
// (dpt_scales.go's total words: `L+P`, `jumlah`, `total`, `Σ`) and no
// other figure. The headings over a row of tiles are the lines above it,
// each parted into one piece a tile (a name line may stand a blank line
// above the counts line); a heading's name and counts join as
// dpt_scales.go's heading does. L + P = total proves a tile; the whole's
// tile must be the sum of the areas' (scaleWrite). Any other word or
// figure in a half (a percentage, a year) makes it no tile of the roll.

// dominoGate is the cheap look: a tile's top edge with its bar.
func dominoGate(data []byte) bool {
	return bytes.Contains(data, []byte("┌")) && bytes.Contains(data, []byte("┬")) && bytes.Contains(data, []byte("└"))
}

// dominoGroup is one row of tiles with their headings: lines[from:to].
type dominoGroup struct {
	from, to int
	recs     []scaleRec
}

// dptDominoes rewrites every run of domino tiles of data as a TAB table.
func dptDominoes(doc *facts.Document, data []byte) []byte {
	if !dominoGate(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var groups []dominoGroup
	for i := 0; i < len(lines); i++ {
		if !strings.Contains(lines[i], "┬") || !strings.Contains(lines[i], "┌") {
			continue
		}
		if g, ok := dominoRow(lines, i); ok {
			if n := len(groups); n > 0 && g.from < groups[n-1].to {
				groups = groups[:0] // overlapping readings: none trusted
				break
			}
			groups = append(groups, g)
			i = g.to - 1
		}
	}
	changed := false
	for a := 0; a < len(groups); {
		b := a + 1
		for b < len(groups) && blankBetween(lines, groups[b-1].to, groups[b].from) {
			b++
		}
		var recs []scaleRec
		for _, g := range groups[a:b] {
			recs = append(recs, g.recs...)
		}
		if scaleWrite(doc, lines, groups[a].from, groups[b-1].to, recs) {
			changed = true
		}
		a = b
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// dominoTile is one tile's columns: its left rim, bar and right rim.
type dominoTile struct{ c0, cm, c1 int }

// dominoRow reads the row of tiles whose top edge is lines[top].
func dominoRow(lines []string, top int) (dominoGroup, bool) {
	var g dominoGroup
	rs := []rune(lines[top])
	var tiles []dominoTile
	for c := 0; c < len(rs); c++ {
		switch rs[c] {
		case ' ', '\t':
			continue
		case '┌':
		default:
			return g, false // a word or figure beside the edges
		}
		t := dominoTile{c0: c, cm: -1, c1: -1}
		for c++; c < len(rs); c++ {
			if rs[c] == '─' {
				continue
			}
			if rs[c] == '┬' && t.cm < 0 {
				t.cm = c
				continue
			}
			if rs[c] == '┐' {
				t.c1 = c
			}
			break
		}
		if t.cm < 0 || t.c1 < 0 || t.cm-t.c0 < 2 || t.c1-t.cm < 2 {
			return g, false // one bar, two halves
		}
		tiles = append(tiles, t)
	}
	if len(tiles) == 0 {
		return g, false
	}
	// the inner lines, to the bottom edge
	bot := -1
	type half struct {
		sex      byte
		fig      string
		v        int
		nsex, nv int
	}
	halves := make([][2]half, len(tiles))
	for k := top + 1; k < len(lines) && k <= top+8; k++ {
		r := []rune(lines[k])
		at := func(c int) rune {
			if c < len(r) {
				return r[c]
			}
			return ' '
		}
		if at(tiles[0].c0) == '└' {
			for _, t := range tiles {
				if at(t.c0) != '└' || at(t.cm) != '┴' || at(t.c1) != '┘' {
					return g, false
				}
			}
			bot = k
			break
		}
		prev := 0
		for j, t := range tiles {
			if at(t.c0) != '│' || at(t.cm) != '│' || at(t.c1) != '│' {
				return g, false
			}
			if strings.TrimSpace(string(r[min(prev, len(r)):min(t.c0, len(r))])) != "" {
				return g, false // something between the tiles
			}
			prev = t.c1 + 1
			for s, span := range [2][2]int{{t.c0 + 1, t.cm}, {t.cm + 1, t.c1}} {
				h := &halves[j][s]
				for _, w := range strings.Fields(string(r[span[0]:min(span[1], len(r))])) {
					if sx := sexWord(w); sx != 0 {
						h.sex = sx
						h.nsex++
						continue
					}
					if reItemCount.MatchString(w) {
						v, ok := dptFigure(w)
						if !ok {
							return g, false
						}
						h.fig, h.v = w, v
						h.nv++
						continue
					}
					if strings.IndexFunc(w, func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }) >= 0 {
						return g, false // a word or figure not of the roll: no tile
					}
					// pips and marks are no facts
				}
			}
		}
		if len(r) > prev && strings.TrimSpace(string(r[prev:])) != "" {
			return g, false
		}
	}
	if bot < 0 {
		return g, false
	}
	recs := make([]scaleRec, len(tiles))
	for j := range tiles {
		a, b := halves[j][0], halves[j][1]
		if a.nsex != 1 || b.nsex != 1 || a.nv != 1 || b.nv != 1 || a.sex == b.sex {
			return g, false
		}
		r := &recs[j]
		r.t = -1
		for _, h := range halves[j] {
			if h.sex == 'L' {
				r.l, r.ls = h.v, h.fig
			} else {
				r.p, r.ps = h.v, h.fig
			}
		}
	}
	// the totals under the tiles, to the paragraph's end
	end := bot + 1
	for ; end < len(lines) && strings.TrimSpace(lines[end]) != ""; end++ {
		rest := lines[end]
		for _, m := range reScaleTotal.FindAllStringSubmatchIndex(rest, -1) {
			mid := (len([]rune(rest[:m[2]])) + len([]rune(rest[:m[5]]))) / 2
			j := dominoNearest(tiles, mid)
			if recs[j].t >= 0 {
				return g, false
			}
			v, ok := dptFigure(rest[m[4]:m[5]])
			if !ok {
				return g, false
			}
			recs[j].t, recs[j].ts = v, rest[m[4]:m[5]]
			rest = rest[:m[2]] + strings.Repeat(" ", m[5]-m[2]) + rest[m[5]:]
		}
		if strings.ContainsAny(rest, "0123456789") {
			return g, false
		}
	}
	for j := range recs {
		if recs[j].t < 0 {
			return g, false
		}
	}
	// the headings: the paragraph's lines above the top edge, and a lone
	// name line a blank line above them
	from := top
	for from > 0 && strings.TrimSpace(lines[from-1]) != "" {
		from--
	}
	if from == top || top-from > 2 {
		return g, false
	}
	var heads [][]string
	for k := from; k < top; k++ {
		heads = append(heads, scaleHeadPieces(lines[k]))
	}
	if dominoCountsOnly(heads[0]) {
		n := from - 1
		for n > 0 && strings.TrimSpace(lines[n]) == "" {
			n--
		}
		if n < 0 || n < from-2 || n > 0 && strings.TrimSpace(lines[n-1]) != "" {
			return g, false // the names: one line, at most one blank line above
		}
		names := scaleHeadPieces(lines[n])
		if dominoCountsOnly(names) {
			return g, false
		}
		heads = append([][]string{names}, heads...)
		from = n
	}
	for _, h := range heads {
		if len(h) != len(tiles) {
			return g, false
		}
	}
	for j := range recs {
		var parts []string
		for _, h := range heads {
			parts = append(parts, h[j])
		}
		r, ok := scaleHead(strings.Join(parts, " · "))
		if !ok {
			return g, false
		}
		r.line = from
		r.l, r.ls, r.p, r.ps, r.t, r.ts = recs[j].l, recs[j].ls, recs[j].p, recs[j].ps, recs[j].t, recs[j].ts
		r.wrong = r.l+r.p != r.t
		r.whole = dptItemWhole(r.name)
		recs[j] = r
	}
	g.from, g.to, g.recs = from, end, recs
	return g, true
}

// dominoCountsOnly: every heading piece opens with a figure (the counts
// line, "25 desa/kel · 62 TPS"), so the names stand above it.
func dominoCountsOnly(pieces []string) bool {
	if len(pieces) == 0 {
		return false
	}
	for _, p := range pieces {
		if p == "" || p[0] < '0' || p[0] > '9' {
			return false
		}
		f := strings.FieldsFunc(p, func(c rune) bool { return c == '·' || c == '•' || c == '|' })
		if len(f) == 0 || len(strings.Fields(f[0])) != 2 {
			return false // "01 BORONG" is a numbered name, "25 desa/kel" a count
		}
		if w := strings.ToLower(strings.Fields(f[0])[1]); !strings.HasPrefix(w, "desa") && !strings.HasPrefix(w, "kel") && w != "tps" {
			return false
		}
	}
	return true
}

// dominoNearest: the tile whose span holds col, else the nearest one.
func dominoNearest(tiles []dominoTile, col int) int {
	best := 0
	for j, t := range tiles {
		if col >= t.c0 && col <= t.c1 {
			return j
		}
		if abs2(col-(t.c0+t.c1)/2) < abs2(col-(tiles[best].c0+tiles[best].c1)/2) {
			best = j
		}
	}
	return best
}
