package parse

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A diagram's shapes typed again as text (a SmartArt chevron process, an
// arrow flow) set one row of shapes a indicator, each shape's right edge
// drawn by a mark on every line of the row, a blank line between rows:
//
//	 1. Persentase Partisipasi Pemilih  ❯  Target    ❯  Realisasi  ❯  Capaian  ❯
//	 dalam Pemilu/Pemilihan             ❯  80,00     ❯  84,27      ❯  105,34   ❯
//	 (satuan: %)                        ❯            ❯             ❯           ❯
//
// Read as prose the shapes' words run together and no row is seen.
// shapeRows cuts each row at its edge marks (❯ › » > ▶ ► ▷ ➤ 〉 │): the
// same number of marks on every line of the row, or, for shapes of unequal
// height, fewer marks standing exactly at the full lines' columns. A shape
// opening with a role word (Target, Realisasi, Capaian, with a year or a
// unit in brackets) holds that role's value, under the word or beside it;
// the one other shape is the indicator: its number, its name wrapped
// inside it and its `(satuan: …)`. A row is a capaian row only when a
// target and a realisasi are read and the figures prove each other: a
// stated capaian equal to realisasi/target×100 (or the lower-is-better
// (2−r/t)×100), or both values grades or opinions (B / BB, WTP). A run of
// two such rows or more is written as one TAB table through vertWrite
// (line numbers never change), so the capaian reader proves each row as
// any other. A chevron process of stages (no role words) or an arrow flow
// of the planning cycle is no row and is left as written; a row whose
// roles are written but whose figures do not agree is left and reported.

// shapeEdges are the marks that draw a shape's right edge.
var shapeEdges = [...]string{"❯", "›", "»", ">", "▶", "►", "▷", "➤", "〉", "│"}

// shapeRows rewrites the shape rows of a text; data itself when it holds
// none. Findings go to doc.
func shapeRows(doc *facts.Document, data []byte) []byte {
	if !shapeLikely(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if _, n := shapeEdgeOf(lines[i]); n < 3 {
			continue
		}
		t, end, ok := shapeRun(doc, lines, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// shapeLikely is the reader's gate: a line ending with an edge mark that
// stands three times on it (a name and two values at least). One pass over
// the line ends; only a line whose last rune is a mark is counted.
func shapeLikely(data []byte) bool {
	for i := 0; i < len(data); {
		k := bytes.IndexByte(data[i:], '\n')
		end := len(data)
		if k >= 0 {
			end = i + k
		}
		if end > i {
			last := data[end-1]
			if last == '\r' || last == ' ' || last == '>' || last >= 0x80 {
				if shapeEdgeCount(data[i:end]) >= 3 {
					return true
				}
			}
		}
		if k < 0 {
			break
		}
		i = end + 1
	}
	return false
}

// shapeEdgeCount is shapeEdgeOf's count on the text's own bytes (the gate
// copies no line).
func shapeEdgeCount(l []byte) int {
	t := bytes.TrimRight(l, " \r\t")
	if len(t) == 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRune(t)
	for _, e := range shapeEdges {
		if er, _ := utf8.DecodeRuneInString(e); er == r {
			return bytes.Count(t, []byte(e))
		}
	}
	return 0
}

// shapeEdgeOf is the edge mark a line ends with and how often it stands
// on the line; "", 0 when the line ends with none.
func shapeEdgeOf(l string) (string, int) {
	t := strings.TrimRight(l, " \r\t")
	if t == "" {
		return "", 0
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	for _, e := range shapeEdges {
		if er, _ := utf8.DecodeRuneInString(e); er == r {
			return e, strings.Count(t, e)
		}
	}
	return "", 0
}

// shapeRow is one row of shapes read: its first line, the line after it,
// and each shape's lines.
type shapeRow struct {
	from, to int
	cells    [][]string
}

// shapeReadRow reads the row of shapes on lines[k:]: the lines ending with
// edge, cut at its marks; ok false when a line's marks do not stand where
// the full lines' do.
func shapeReadRow(lines []string, k int, edge string) (shapeRow, bool) {
	row := shapeRow{from: k, to: k}
	n := 0
	for row.to < len(lines) {
		e, c := shapeEdgeOf(lines[row.to])
		if e != edge {
			break
		}
		n = max(n, c)
		row.to++
	}
	if n < 3 {
		return row, false
	}
	row.cells = make([][]string, n)
	var cols []int // the full lines' mark columns (runes), when a line has fewer
	for i := row.from; i < row.to; i++ {
		t := strings.TrimRight(lines[i], " \r\t")
		parts := strings.Split(t, edge)
		parts = parts[:len(parts)-1] // the mark ends the line
		if len(parts) == n {
			for c, p := range parts {
				row.cells[c] = append(row.cells[c], p)
			}
			continue
		}
		if cols == nil {
			if cols = shapeCols(lines[row.from:row.to], edge, n); cols == nil {
				return row, false
			}
		}
		cut, ok := shapeCutAt(t, edge, cols)
		if !ok {
			return row, false
		}
		for c, p := range cut {
			row.cells[c] = append(row.cells[c], p)
		}
	}
	return row, true
}

// shapeCols are the rune columns of the n marks every full line of a row
// puts in the same places; nil when they differ.
func shapeCols(lines []string, edge string, n int) []int {
	var cols []int
	for _, l := range lines {
		at := shapeMarkCols(l, edge)
		if len(at) != n {
			continue
		}
		if cols == nil {
			cols = at
			continue
		}
		for c := range at {
			if at[c] != cols[c] {
				return nil
			}
		}
	}
	return cols
}

func shapeMarkCols(l, edge string) []int {
	er, _ := utf8.DecodeRuneInString(edge)
	var at []int
	col := 0
	for _, r := range l {
		if r == er {
			at = append(at, col)
		}
		col++
	}
	return at
}

// shapeCutAt cuts a line with fewer marks at the full lines' columns: each
// of its marks must stand on one of them, and no text may cross one.
func shapeCutAt(t, edge string, cols []int) ([]string, bool) {
	r := []rune(t)
	er, _ := utf8.DecodeRuneInString(edge)
	for i, x := range r {
		if x != er {
			continue
		}
		found := false
		for _, c := range cols {
			found = found || c == i
		}
		if !found {
			return nil, false
		}
	}
	out := make([]string, len(cols))
	prev := 0
	for c, col := range cols {
		if prev >= len(r) {
			break
		}
		if col < len(r) && r[col] != er && r[col] != ' ' {
			return nil, false // a word across the edge
		}
		out[c] = string(r[prev:min(col, len(r))])
		prev = col + 1
	}
	return out, true
}

// shapeRec is a row of shapes read as an indicator.
type shapeRec struct {
	no, name, unit string
	roles          map[int]string // ikuTarget, ikuReal, ikuCapaian → value
	labels         map[int]string // the role's word as written
	order          []int
	line           int
}

// shapeParse reads a row's shapes: the role shapes and the one name shape.
// roled says whether a role word stands in the row at all (a stage chevron
// has none).
func shapeParse(row shapeRow) (rec shapeRec, roled, ok bool) {
	rec = shapeRec{roles: map[int]string{}, labels: map[int]string{}, line: row.from}
	var name []string
	names := 0
	for _, cell := range row.cells {
		var ls []string
		for _, l := range cell {
			if l = strings.TrimSpace(l); l != "" {
				ls = append(ls, l)
			}
		}
		if len(ls) == 0 {
			continue
		}
		kind, label, val := shapeRole(ls)
		if kind < 0 {
			names++
			name = ls
			continue
		}
		roled = true
		if _, dup := rec.roles[kind]; dup || val == "" {
			return rec, roled, false
		}
		rec.roles[kind], rec.labels[kind] = val, label
		rec.order = append(rec.order, kind)
	}
	if names != 1 || !roled {
		return rec, roled, false
	}
	var words []string
	for i, l := range name {
		if i == 0 {
			if c := boxCode(l); c != "" && len(name) > 1 {
				rec.no = c // a code alone over the name ("IKU-1", "[ SS.2 ]")
				continue
			}
			if no, rest := shapeNumber(l); no != "" {
				rec.no, l = no, rest
			}
		}
		if u, isUnit := shapeUnit(l); isUnit {
			if rec.unit != "" {
				return rec, roled, false
			}
			rec.unit = u
			continue
		}
		words = append(words, l)
	}
	rec.name = strings.Join(words, " ")
	return rec, roled, rec.name != ""
}

// shapeRole reads a shape's lines as a role: its kind, its label and its
// value (under the word, or beside it after a colon or a space); kind -1
// when the first line opens with no role word.
func shapeRole(ls []string) (int, string, string) {
	first := ls[0]
	label, val := first, ""
	if i := strings.IndexByte(first, ':'); i > 0 {
		label, val = strings.TrimSpace(first[:i]), strings.TrimSpace(first[i+1:])
	}
	kind := shapeKind(label)
	if kind < 0 && val == "" && len(ls) == 1 {
		// the value beside the word: "Target 80,00", "Realisasi BB"
		if f := strings.Fields(first); len(f) >= 2 {
			label, val = strings.Join(f[:len(f)-1], " "), f[len(f)-1]
			kind = shapeKind(label)
		}
	}
	if kind < 0 {
		return -1, "", ""
	}
	rest := ls[1:]
	if val != "" && len(rest) > 0 || len(rest) > 1 {
		return kind, label, "" // a value twice, or a value over lines: not read
	}
	if len(rest) == 1 {
		val = rest[0]
	}
	if len(strings.Fields(val)) > 1 {
		return kind, label, ""
	}
	return kind, label, val
}

func shapeKind(label string) int {
	switch k := ikuKind(label); k {
	case ikuTarget, ikuReal, ikuCapaian:
		return k
	}
	return -1
}

// shapeNumber splits a name's number off its first line: "1. Persentase"
// → "1", "Persentase".
func shapeNumber(l string) (string, string) {
	f := strings.Fields(l)
	if len(f) < 2 {
		return "", l
	}
	w := strings.TrimRight(f[0], ".)")
	if w == f[0] || w == "" || len(w) > 3 || !allDigits(w) {
		return "", l
	}
	return w, strings.Join(f[1:], " ")
}

// shapeUnit reads a name's unit line, "(satuan: %)" or "Satuan: Predikat".
func shapeUnit(l string) (string, bool) {
	t := strings.TrimSpace(l)
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		t = strings.TrimSpace(t[1 : len(t)-1])
	}
	i := strings.IndexByte(t, ':')
	if i <= 0 || !strings.EqualFold(strings.TrimSpace(t[:i]), "satuan") {
		return "", false
	}
	u := strings.TrimSpace(t[i+1:])
	return u, u != ""
}

// shapeProven: the row's figures prove each other. Numbers: the stated
// capaian is realisasi/target×100 or (2−r/t)×100 to its decimals (none
// stated: the reader computes it). Grades or opinions: both values are
// one; the capaian, when stated, a number.
func shapeProven(rec shapeRec) bool {
	tv := normalize.ParseValue(rec.roles[ikuTarget], normalize.Indonesian)
	rv := normalize.ParseValue(rec.roles[ikuReal], normalize.Indonesian)
	cs, stated := rec.roles[ikuCapaian]
	cv := normalize.ParseValue(cs, normalize.Indonesian)
	if stated && cv.Status != normalize.OK {
		return false
	}
	grade := func(v normalize.Value) bool { return v.Grade != "" || v.Unit == "opini" }
	if grade(tv) && grade(rv) {
		return true
	}
	if tv.Status != normalize.OK || rv.Status != normalize.OK {
		return false
	}
	if !stated {
		return true
	}
	t, r, c := *tv.Num, *rv.Num, *cv.Num
	if t == 0 {
		return false
	}
	tol := 0.011
	if cv.Decimals < 2 {
		tol = 0.5*math.Pow(10, -float64(cv.Decimals)) + 1e-9
	}
	for _, h := range [...]float64{r / t * 100, (2 - r/t) * 100} {
		if math.Abs(h-c) <= tol {
			return true
		}
	}
	return false
}

// shapeRun reads the rows of shapes from lines[from]: the table, the line
// after the run, and whether it is one.
func shapeRun(doc *facts.Document, lines []string, from int) (vertTable, int, bool) {
	t := vertTable{from: from, to: from}
	edge, _ := shapeEdgeOf(lines[from])
	var recs []shapeRec
	var unread []facts.Finding
	k := from
	for {
		row, ok := shapeReadRow(lines, k, edge)
		if !ok {
			if len(recs) == 0 {
				return t, max(row.to, from+1), false
			}
			break
		}
		rec, roled, ok := shapeParse(row)
		if !roled {
			if len(recs) == 0 {
				return t, row.to, false // a process of stages: no figures
			}
			break
		}
		switch {
		case !ok || !shapeHas(rec, ikuTarget) || !shapeHas(rec, ikuReal):
			// reported only beside rows read: a grid table's header line
			// ends with its rule too, and is no diagram
			unread = append(unread, facts.Finding{Span: facts.Span{Start: row.from + 1, End: row.to}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Pesan: fmt.Sprintf("bentuk diagram baris %d tanpa nama, target atau realisasi yang terbaca; bukan baris capaian", row.from+1)})
		case !shapeProven(rec):
			doc.Add(facts.Finding{Span: facts.Span{Start: row.from + 1, End: row.to}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Pesan: fmt.Sprintf("bentuk diagram baris %d: target, realisasi dan capaian tidak saling membuktikan; tidak dibaca", row.from+1)})
		default:
			recs = append(recs, rec)
		}
		t.to = row.to
		// the next row past at most two blank lines
		next := row.to
		for next < len(lines) && next-row.to < 2 && strings.TrimSpace(lines[next]) == "" {
			next++
		}
		if next == row.to || next >= len(lines) {
			break
		}
		if e, n := shapeEdgeOf(lines[next]); e != edge || n < 3 {
			break
		}
		k = next
	}
	if len(recs) < 2 {
		return t, max(t.to, from+1), false
	}
	for _, f := range unread {
		doc.Add(f)
	}
	var kinds []int
	labels := map[int]string{}
	unit := false
	for _, r := range recs {
		unit = unit || r.unit != ""
		for _, kd := range r.order {
			if _, seen := labels[kd]; !seen {
				labels[kd] = r.labels[kd]
				kinds = append(kinds, kd)
			}
		}
	}
	t.header = []string{"No", "Indikator Kinerja"}
	if unit {
		t.header = append(t.header, "Satuan")
	}
	for _, kd := range kinds {
		t.header = append(t.header, labels[kd])
	}
	for _, r := range recs {
		row := []string{r.no, r.name}
		if unit {
			row = append(row, r.unit)
		}
		for _, kd := range kinds {
			row = append(row, r.roles[kd])
		}
		t.rows = append(t.rows, row)
		t.at = append(t.at, r.line)
	}
	return t, t.to, true
}

func shapeHas(rec shapeRec, kind int) bool {
	_, ok := rec.roles[kind]
	return ok
}
