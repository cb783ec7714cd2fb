package parse

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A strategy map (Peta Strategi) typed again from the chart draws each
// indicator as a box, two or three boxes side by side, the rows of boxes
// in perspective bands (a band's title line, an arrow line between
// bands). A box opens with its code in brackets, or is framed by box
// drawing (┌──┐ │ │ └──┘, or +--+ | | +--+); under the code the indicator,
// wrapped, then a `Label : value` line per figure:
//
//	PERSPEKTIF PROSES INTERNAL
//
//	  [ IK-2 ]                          [ IK-3 ]
//	  Persentase kesesuaian Kompetensi  Persentase tersedianya sarana
//	  Pegawai                           dan prasarana kerja
//	  Target    : 85,00                 Target    : 90,00
//	  Realisasi : 82,70                 Realisasi : 93,45
//
//	                    ▲
//
// Read as prose, the boxes' lines interleave and no row is seen. boxMaps
// cuts each band of boxes at the columns its structure proves: the codes'
// brackets on the code line, or the frames' corners on the top line, every
// line of the band respecting them (a gutter of spaces before each cut,
// the frame's edges where its corners stand). A box whose fields hold both
// a target and a realisasi is a row; a box without figures (an org chart,
// a visi box) is none, nor one without both. A run of bands (their titles
// and arrows between them) is written as one TAB table through vertWrite
// (line numbers never change): the code its first cell, the indicator the
// next, the fields the header, so the capaian reader proves each row as
// any other. Bands, codes and arrows are no facts.

// boxMaps rewrites the box maps of a text; data itself when it holds
// none. Findings go to doc.
func boxMaps(doc *facts.Document, data []byte) []byte {
	if !boxMapLikely(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if _, ok := boxTops(lines[i]); !ok {
			continue
		}
		t, end, ok := boxMapRun(doc, lines, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// boxMapLikely: a cheap look for a line of box tops: a bracket or a
// corner opening a line (after spaces) that boxTops reads. Only lines
// holding '[', '┌' or "+-" are looked at.
func boxMapLikely(data []byte) bool {
	for _, mark := range [...][]byte{[]byte("["), []byte("┌"), []byte("+-")} {
		for i := 0; i < len(data); {
			k := bytes.Index(data[i:], mark)
			if k < 0 {
				break
			}
			k += i
			from, to := lineSpan(data, k)
			if len(bytes.TrimLeft(data[from:k], " ")) == 0 {
				if _, ok := boxTops(string(data[from:to])); ok {
					return true
				}
			}
			i = to + 1
		}
	}
	return false
}

// boxCut is one box's columns (runes): the code's bracket or the frame's
// left corner at start, the right corner at end (-1 for an unframed box,
// which runs to the next box).
type boxCut struct{ start, end int }

// boxTops reads a line of box tops: codes in brackets standing apart
// ("[ IK-2 ]   [ IK-3 ]", each holding a digit), or frame tops standing
// apart ("┌────┐   ┌────┐", "+----+   +----+"; two frames sharing a corner
// are a grid table's rule, none).
func boxTops(l string) ([]boxCut, bool) {
	r := []rune(strings.TrimRight(l, "\r"))
	var cuts []boxCut
	framed := false
	for i := 0; i < len(r); i++ {
		if r[i] == ' ' {
			continue
		}
		if i > 0 && r[i-1] != ' ' {
			return nil, false
		}
		switch r[i] {
		case '[':
			j := i + 1
			for j < len(r) && j-i <= 16 && r[j] != ']' && r[j] != '[' {
				j++
			}
			if j >= len(r) || r[j] != ']' || framed {
				return nil, false
			}
			code := strings.TrimSpace(string(r[i+1 : j]))
			if code == "" || len(strings.Fields(code)) > 2 || !strings.ContainsFunc(code, unicode.IsDigit) {
				return nil, false
			}
			cuts = append(cuts, boxCut{i, -1})
			i = j
		case '┌', '+':
			line, end := '─', '┐'
			if r[i] == '+' {
				line, end = '-', '+'
			}
			j := i + 1
			for j < len(r) && r[j] == line {
				j++
			}
			if j-i < 5 || j >= len(r) || r[j] != end || j+1 < len(r) && r[j+1] != ' ' || len(cuts) > 0 && !framed {
				return nil, false
			}
			framed = true
			cuts = append(cuts, boxCut{i, j})
			i = j
		default:
			return nil, false
		}
	}
	return cuts, len(cuts) > 0
}

// boxOne is one box read: its code, its title lines and its fields.
type boxOne struct {
	code   string
	title  []string
	fields []ikuField
	line   int
}

// boxReadBand reads the band of boxes whose tops stand on lines[k]: the
// boxes and the line after the band; ok false when a line does not
// respect the cuts or a box is not closed.
func boxReadBand(lines []string, k int, cuts []boxCut) ([]boxOne, int, bool) {
	cells, i, ok := boxBandCells(lines, k, cuts)
	if !ok {
		return nil, i, false
	}
	var out []boxOne
	for c := range cuts {
		b, ok := boxParse(cells[c])
		if !ok {
			return nil, i, false
		}
		b.line = k
		out = append(out, b)
	}
	return out, i, true
}

// boxBandCells cuts the band of boxes whose tops stand on lines[k] into
// each box's inner lines (between its frame's edges): the cells and the
// line after the band; ok false when a line does not respect the cuts or
// a box is not closed. Periodic tables read the same cells
// (periodic_table.go).
func boxBandCells(lines []string, k int, cuts []boxCut) ([][]string, int, bool) {
	framed := cuts[0].end >= 0
	n := len(cuts)
	cells := make([][]string, n)
	open := make([]bool, n)
	for c := range open {
		open[c] = framed
	}
	if !framed {
		r := []rune(strings.TrimRight(lines[k], "\r"))
		for c, cut := range cuts {
			e := len(r)
			if c+1 < n {
				e = min(cuts[c+1].start, len(r))
			}
			cells[c] = append(cells[c], string(r[cut.start:e]))
		}
	}
	i := k + 1
	for ; i < len(lines); i++ {
		r := []rune(strings.TrimRight(lines[i], "\r"))
		if strings.TrimSpace(string(r)) == "" {
			break
		}
		if framed && !boxAnyOpen(open) {
			break
		}
		if !framed {
			for c, cut := range cuts {
				if cut.start > 0 && cut.start <= len(r) && r[cut.start-1] != ' ' ||
					c == 0 && strings.TrimSpace(string(r[:min(cut.start, len(r))])) != "" {
					return nil, i, false
				}
				if cut.start >= len(r) {
					continue
				}
				e := len(r)
				if c+1 < n {
					e = min(cuts[c+1].start, len(r))
				}
				cells[c] = append(cells[c], string(r[cut.start:e]))
			}
			continue
		}
		at := 0 // runes before at are proven gutter or box
		for c, cut := range cuts {
			if strings.TrimSpace(string(r[min(at, len(r)):min(cut.start, len(r))])) != "" {
				return nil, i, false
			}
			at = cut.end + 1
			if !open[c] {
				if strings.TrimSpace(string(r[min(cut.start, len(r)):min(at, len(r))])) != "" {
					return nil, i, false
				}
				continue
			}
			if cut.end >= len(r) {
				return nil, i, false
			}
			left, right, in := r[cut.start], r[cut.end], string(r[cut.start+1:cut.end])
			switch {
			case (left == '│' || left == '|') && (right == '│' || right == '|'):
				cells[c] = append(cells[c], in)
			case left == '└' && right == '┘' && strings.Trim(in, "─") == "",
				left == '+' && right == '+' && strings.Trim(in, "-") == "":
				open[c] = false
			default:
				return nil, i, false
			}
		}
		if strings.TrimSpace(string(r[min(at, len(r)):])) != "" {
			return nil, i, false
		}
	}
	if boxAnyOpen(open) {
		return nil, i, false
	}
	return cells, i, true
}

func boxAnyOpen(open []bool) bool {
	for _, o := range open {
		if o {
			return true
		}
	}
	return false
}

// boxParse reads one box's lines: its code (a bracketed code or a code
// alone on the first line), its title lines, then its fields; ok false
// when a line under the first field is no field.
func boxParse(cells []string) (boxOne, bool) {
	var b boxOne
	for _, cell := range cells {
		cell = strings.TrimSpace(cell)
		switch {
		case cell == "":
		case b.code == "" && len(b.title) == 0 && len(b.fields) == 0 && boxCode(cell) != "":
			b.code = boxCode(cell)
		case len(b.fields) > 0 || ikuFieldLine(cell) && strings.Contains(cell, ":"):
			f, _, ok := ikuLine(cell, ':')
			if !ok {
				return b, false
			}
			b.fields = append(b.fields, f)
		default:
			b.title = append(b.title, cell)
		}
	}
	return b, true
}

// boxCode is the code a box's first line holds alone ("[ IK-1 ]",
// "IKU-3", "SS.2"): a digit, no lower-case letter; "" when it is none.
func boxCode(cell string) string {
	c := cell
	if strings.HasPrefix(c, "[") && strings.HasSuffix(c, "]") {
		c = strings.TrimSpace(c[1 : len(c)-1])
	} else if len(strings.Fields(c)) != 1 {
		return ""
	}
	if c == "" || len(strings.Fields(c)) > 2 || !strings.ContainsFunc(c, unicode.IsDigit) || strings.ContainsFunc(c, unicode.IsLower) {
		return ""
	}
	return strings.TrimSuffix(c, ".")
}

// boxBetween: a line that may stand between two bands of one map: a band
// title (one run of words, no field, no figure) or an arrow line.
func boxBetween(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" {
		return true
	}
	if strings.Trim(t, "▲△▼▽↑↓⇧⇩^|│ ") == "" {
		return true
	}
	if strings.Contains(t, "   ") || strings.ContainsAny(t, ":\t") || strings.ContainsFunc(t, unicode.IsDigit) {
		return false
	}
	return len(strings.Fields(t)) <= 10 && letterStart(t)
}

// boxMapRun reads the bands of boxes from lines[from]: the table, the
// line after the run, and whether it is one.
func boxMapRun(doc *facts.Document, lines []string, from int) (vertTable, int, bool) {
	t := vertTable{from: from, to: from}
	var boxes []boxOne
	abreast := 0
	k := from
	for {
		cuts, ok := boxTops(lines[k])
		if !ok {
			break
		}
		band, end, ok := boxReadBand(lines, k, cuts)
		if !ok {
			break
		}
		abreast = max(abreast, len(band))
		boxes = append(boxes, band...)
		t.to = end
		// the next band, past blank lines, arrows and at most two titles
		next, titles := end, 0
		for next < len(lines) && boxBetween(lines[next]) {
			if _, top := boxTops(lines[next]); top {
				break
			}
			if strings.TrimSpace(lines[next]) != "" && strings.Trim(strings.TrimSpace(lines[next]), "▲△▼▽↑↓⇧⇩^|│ ") != "" {
				titles++
			}
			next++
		}
		if next >= len(lines) || titles > 2 {
			break
		}
		if _, top := boxTops(lines[next]); !top {
			break
		}
		k = next
	}
	if len(boxes) == 0 {
		return t, from + 1, false
	}
	var names []string
	seen := map[string]bool{}
	var rows []boxOne
	for _, b := range boxes {
		has := map[string]bool{}
		dup := false
		for _, f := range b.fields {
			key := strings.ToLower(f.name)
			dup = dup || has[key]
			has[key] = true
			has[strings.ToLower(strings.Fields(f.name)[0])] = true
		}
		switch {
		case len(b.fields) == 0:
			continue // a box of words: a visi, an org chart's unit
		case !has["target"] || !has["realisasi"] || len(b.title) == 0:
			if has["target"] || has["realisasi"] || has["capaian"] {
				doc.Add(facts.Finding{Span: facts.Span{Start: b.line + 1, End: b.line + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
					Pesan: fmt.Sprintf("kotak baris %d tanpa nama, target atau realisasi; bukan baris capaian", b.line+1)})
			}
			continue
		case dup:
			doc.Add(facts.Finding{Span: facts.Span{Start: b.line + 1, End: b.line + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Pesan: fmt.Sprintf("kotak baris %d memuat isian yang sama dua kali; tidak dibaca", b.line+1)})
			continue
		}
		for _, f := range b.fields {
			if !seen[strings.ToLower(f.name)] {
				seen[strings.ToLower(f.name)] = true
				names = append(names, f.name)
			}
		}
		rows = append(rows, b)
	}
	if len(rows) < 2 || abreast < 2 {
		return t, max(t.to, from+1), false
	}
	t.header = append([]string{"No", "Indikator Kinerja"}, names...)
	for _, b := range rows {
		row := make([]string, len(t.header))
		row[0], row[1] = b.code, strings.Join(b.title, " ")
		for _, f := range b.fields {
			for c, n := range names {
				if strings.EqualFold(n, f.name) {
					row[2+c] = f.val
				}
			}
		}
		t.rows = append(t.rows, row)
		t.at = append(t.at, b.line)
	}
	return t, t.to, true
}
