package parse

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The capaian as the heat map of a performance dashboard typed again: a
// header naming the columns, then one line an indicator with each figure
// set inside shading blocks whose density grades the capaian, the
// indicator's name wrapped under itself, a colour key under the map:
//
//	IKU  SATUAN    TARGET        REALISASI      CAPAIAN       INDIKATOR
//	1    %      ▓▓  80,00  ▓▓▓▓  83,40  ▓▓▓▓  104,25  ▓▓  Persentase kesesuaian
//	                                                      Kompetensi Pegawai
//	5    Predikat ··  B   ····    B   ····  100,00  ··  Nilai Evaluasi AKIP
//
//	Kunci warna: ░ < 90%   ▒ 90-99%   ▓ 100-109%   █ ≥ 110%
//
// The shading is decoration, never a value: heatMaps blanks it (block
// elements ░▒▓█ and their kin, and runs of `·` standing as a cell), then
// reads each map line by the header's roles in order: cells parted by
// gaps of two spaces or TABs, as many as the header names, the target,
// realisasi and capaian cells figures (a number, or a grade such as B or
// WTP for target and realisasi). A line with no shading, one cell alone in
// the name's column, continues the name above. The map goes as one TAB
// table through vertWrite (line numbers never change), so the capaian
// reader reads it as any table. The roles are proven by the arithmetic:
// at least one row's capaian is its realisasi/target×100 (or the
// inverse, for an indicator where less is better), and no numeric row
// contradicts it; else the map is left as written, reported. The key
// alone (no header over it) is no map.

// heatMaps rewrites the heat maps of a text; data itself when it holds
// none. Findings go to doc.
func heatMaps(doc *facts.Document, data []byte) []byte {
	if !heatLikely(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if !strings.Contains(lines[i], "\xe2\x96") || !heatShaded(lines[i]) {
			continue
		}
		t, end, ok := heatRun(doc, lines, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// heatLikely: a cheap look for shading: block elements U+2580–U+259F
// (and the shapes after them) are E2 96 xx; a line holding one that is a
// shade rune (a ▶ or ► of a heading is none).
func heatLikely(data []byte) bool {
	for i := 0; i < len(data); {
		k := bytes.Index(data[i:], []byte("\xe2\x96"))
		if k < 0 {
			return false
		}
		from, to := lineSpan(data, i+k)
		if bytes.ContainsFunc(data[from:to], heatShade) {
			return true
		}
		i = to + 1
	}
	return false
}

// heatShade: a rune of shading.
func heatShade(r rune) bool {
	return r >= 0x2580 && r <= 0x259F || r >= 0x25A0 && r <= 0x25AB
}

// heatShaded: a line holding shading: block runes, or (a grade's row)
// a run of dots standing as a cell.
func heatShaded(l string) bool {
	if strings.Contains(l, "\xe2\x96") && strings.ContainsFunc(l, heatShade) {
		return true
	}
	if !strings.Contains(l, "·") {
		return false
	}
	for _, f := range strings.Fields(l) {
		if strings.Trim(f, "·") == "" {
			return true
		}
	}
	return false
}

// heatCell is one cell of a map line: its text and the column it starts
// at (TABs expanded to eights).
type heatCell struct {
	text string
	col  int
}

// heatCells blanks a line's shading and parts it into cells at gaps of
// two spaces or more and at TABs.
func heatCells(l string) []heatCell {
	var r []rune
	for _, c := range strings.TrimRight(l, "\r") {
		switch {
		case c == '\t':
			r = append(r, ' ', ' ')
			for len(r)%8 != 0 {
				r = append(r, ' ')
			}
		case heatShade(c):
			r = append(r, ' ')
		default:
			r = append(r, c)
		}
	}
	// a run of grade dots standing as a cell is shading too
	for i := 0; i < len(r); i++ {
		if r[i] != '·' || i > 0 && r[i-1] != ' ' {
			continue
		}
		j := i
		for j < len(r) && r[j] == '·' {
			j++
		}
		if j == len(r) || r[j] == ' ' {
			for k := i; k < j; k++ {
				r[k] = ' '
			}
		}
		i = j
	}
	var cells []heatCell
	for i := 0; i < len(r); {
		if r[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(r) && !(r[j] == ' ' && (j+1 == len(r) || r[j+1] == ' ')) {
			j++
		}
		cells = append(cells, heatCell{strings.TrimSpace(string(r[i:j])), i})
		i = j
	}
	return cells
}

// heatRoles are the header's cells of a map whose first row is on line
// row: the target, realisasi, capaian and name columns; ok false when no
// header names them.
type heatHead struct {
	cells                      []string
	target, real, cap, nameCol int
	line                       int
}

func heatHeader(lines []string, row, want int) (heatHead, bool) {
	for k, seen := row-1, 0; k >= 0 && seen < 3; k-- {
		l := strings.TrimSpace(lines[k])
		if l == "" {
			continue
		}
		seen++
		if heatShaded(l) {
			return heatHead{}, false
		}
		var cells []string
		for _, c := range heatCells(lines[k]) {
			cells = append(cells, c.text)
		}
		if len(cells) != want {
			cells = strings.Fields(l) // a header of one-word roles set one space apart
		}
		if len(cells) != want {
			continue
		}
		h := heatHead{cells: cells, target: -1, real: -1, cap: -1, nameCol: -1, line: k}
		for c, s := range cells {
			switch ikuKind(s) {
			case ikuTarget:
				h.target = c
			case ikuReal:
				h.real = c
			case ikuCapaian:
				h.cap = c
			}
			w := strings.ToLower(strings.Fields(s)[0])
			if w == "indikator" || w == "sasaran" || w == "uraian" || w == "nama" {
				h.nameCol = c
			}
		}
		if h.target >= 0 && h.real >= 0 && h.cap >= 0 && h.nameCol >= 0 {
			return h, true
		}
		return heatHead{}, false
	}
	return heatHead{}, false
}

// heatFigure: a map's figure: a number, or (grades) a short word in
// capitals such as B, BB or WTP.
func heatFigure(s string, grade bool) (float64, bool, bool) {
	n := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	if v, ok := figureValue(n, true); ok {
		return v, true, true
	}
	if v, ok := figureValue(n, false); ok {
		return v, true, true
	}
	if !grade || len(s) > 4 {
		return 0, false, false
	}
	for _, c := range s {
		if !unicode.IsUpper(c) && c != '+' && c != '-' {
			return 0, false, false
		}
	}
	return 0, false, true
}

// heatRun reads the map whose first shaded line is lines[i]: the table,
// the line after it, and whether it is one.
func heatRun(doc *facts.Document, lines []string, i int) (vertTable, int, bool) {
	for i > 0 && heatShaded(lines[i-1]) {
		i-- // a grade's row shaded in dots above the first block
	}
	first := heatCells(lines[i])
	h, ok := heatHeader(lines, i, len(first))
	if !ok {
		return vertTable{}, i + 1, false
	}
	t := vertTable{from: h.line, to: i, header: h.cells}
	var starts []int // each row's cells' columns
	k := i
	blank := 0
	for ; k < len(lines); k++ {
		l := lines[k]
		if strings.TrimSpace(l) == "" {
			if blank++; blank > 1 {
				break
			}
			continue
		}
		cells := heatCells(l)
		if heatShaded(l) {
			if len(cells) != len(h.cells) || !heatRowFigures(h, cells) {
				break
			}
			row := make([]string, len(cells))
			st := make([]int, len(cells))
			for c, cell := range cells {
				row[c], st[c] = cell.text, cell.col
			}
			t.rows = append(t.rows, row)
			t.at = append(t.at, k)
			starts = st
			t.to, blank = k+1, 0
			continue
		}
		// a name wrapped under itself: one cell in the name's column
		if len(t.rows) == 0 || blank > 0 || len(cells) != 1 || !heatInName(starts, h.nameCol, cells[0].col) {
			break
		}
		r := t.rows[len(t.rows)-1]
		r[h.nameCol] += " " + cells[0].text
		t.to = k + 1
	}
	if len(t.rows) == 0 {
		return t, max(k, i+1), false
	}
	proven, bad := 0, ""
	for n, r := range t.rows {
		tv, tn, _ := heatFigure(r[h.target], true)
		rv, rn, _ := heatFigure(r[h.real], true)
		cv, _, _ := heatFigure(r[h.cap], false)
		if !tn || !rn || tv == 0 || rv == 0 {
			continue
		}
		if math.Abs(rv/tv*100-cv) <= 0.6 || math.Abs(tv/rv*100-cv) <= 0.6 {
			proven++
		} else if bad == "" {
			bad = fmt.Sprintf("baris %d: capaian %s bukan realisasi/target", t.at[n]+1, r[h.cap])
		}
	}
	if proven == 0 || bad != "" {
		if bad == "" {
			bad = "tidak ada baris yang membuktikan capaian"
		}
		doc.Add(facts.Finding{Span: facts.Span{Start: h.line + 1, End: t.to}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: fmt.Sprintf("peta panas baris %d-%d: %s; tidak dibaca", h.line+1, t.to, bad)})
		return t, t.to, false
	}
	return t, t.to, true
}

// heatRowFigures: the target, realisasi and capaian cells of a row are
// figures, the capaian a number.
func heatRowFigures(h heatHead, cells []heatCell) bool {
	_, _, ok1 := heatFigure(cells[h.target].text, true)
	_, _, ok2 := heatFigure(cells[h.real].text, true)
	_, num, _ := heatFigure(cells[h.cap].text, false)
	return ok1 && ok2 && num
}

// heatInName: a lone cell starting at col stands in the name's column of
// the row above: at or after the name's start (give or take two), before
// the next cell's, after the previous one's.
func heatInName(starts []int, name, col int) bool {
	if name >= len(starts) {
		return false
	}
	if col < starts[name]-2 || name > 0 && col <= starts[name-1] {
		return false
	}
	return name+1 >= len(starts) || col < starts[name+1]
}
