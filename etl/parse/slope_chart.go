package parse

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A dashboard's slope chart typed again sets one indicator a line: the
// value on the left axis, a dot, a line ending in an arrow, a dot, the
// value on the right axis, then the indicator's code, its unit in brackets
// and its name, wrapped on the lines under it, with the stated capaian in
// brackets under the name; the axes are named once over the chart:
//
//	    TARGET                        REALISASI
//
//	     77,50 ●──────────────────↗● 88,12    IKU 1 (%) Persentase Partisipasi
//	                                          Pemilih dalam Pemilu/Pemilihan
//	                                          [capaian 113,70%]
//
// Read as prose the figures lose their roles and no row is seen. slopeCharts
// trusts the axis heads' sides (the role word standing further left names
// the left dot's value, so a chart drawn realisasi-first reads as well),
// the arrow (up when the right value is greater, down when smaller, level
// when equal: a line whose arrow contradicts its figures is not read), and
// the arithmetic shapeProven asks of any indicator row (the stated capaian
// r/t×100 or, lower being better, (2−r/t)×100; grades and opinions both
// sides). Two proven lines or more are written as one TAB table through
// vertWrite (line numbers never change), so the capaian reader proves
// each row as any other. A slope chart of other series (no axis heads
// naming target and realisasi) is left as written; dots, lines and arrows
// are no facts.

// slopeDot is the chart's point mark; the reader's gate is a dot right
// opening a line ("●─"), which no prose and no TAB table writes.
const slopeDot = '●'

// slopeCharts rewrites the slope charts of a text; data itself when it
// holds none. Findings go to doc.
func slopeCharts(doc *facts.Document, data []byte) []byte {
	if !docHas(doc, data, "●─") && !docHas(doc, data, "●━") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if _, ok := slopeLine(lines[i]); !ok {
			continue
		}
		t, end, ok := slopeRun(doc, lines, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// slopeFig is one chart line read: the left and right values, the arrow's
// direction (+1 up, -1 down, 0 level, 2 none or undirected), the label
// after the right value and its column (runes).
type slopeFig struct {
	left, right string
	dir         int
	label       string
	col         int
}

// slopeLine reads a chart line: value, dot, line (arrow), dot, value,
// label.
func slopeLine(l string) (slopeFig, bool) {
	var f slopeFig
	l = strings.TrimRight(l, "\r ")
	i1 := strings.IndexRune(l, slopeDot)
	if i1 < 0 {
		return f, false
	}
	rest := l[i1+len(string(slopeDot)):]
	i2 := strings.IndexRune(rest, slopeDot)
	if i2 < 0 {
		return f, false
	}
	stick := rest[:i2]
	after := rest[i2+len(string(slopeDot)):]
	f.dir = 2
	n := 0
	for k, r := range stick {
		switch r {
		case '─', '━', '-', '—', '═', '–':
			n++
			continue
		}
		if k+utf8.RuneLen(r) != len(stick) {
			return f, false // only the line's end may be its arrow
		}
		switch r {
		case '↗', '↑', '⬈', '➚':
			f.dir = 1
		case '↘', '↓', '⬊', '➘':
			f.dir = -1
		case '→', '➝', '⟶', '►', '▶', '>':
			f.dir = 0
			if r == '>' || r == '►' || r == '▶' {
				f.dir = 2 // a plain head: no direction said
			}
		default:
			return f, false
		}
	}
	if n < 3 {
		return f, false
	}
	left := strings.Fields(l[:i1])
	if len(left) != 1 {
		return f, false
	}
	right := strings.Fields(after)
	if len(right) < 2 {
		return f, false
	}
	f.left, f.right = left[0], right[0]
	k := strings.Index(after, f.right) + len(f.right)
	lab := after[k:]
	f.label = strings.TrimSpace(lab)
	f.col = utf8.RuneCountInString(l) - utf8.RuneCountInString(lab) + (len(lab) - len(strings.TrimLeft(lab, " ")))
	_, _, name := indLabel(f.label) // the name after a code ("IKU 1", "1.") and a unit
	return f, name != "" && letterStart(name)
}

// slopeHeads reads the axis heads over a chart: the roles of the left and
// right values, from the line (up to four lines above from) holding one
// target word and one realisasi word.
func slopeHeads(lines []string, from int) (left, right, line int, ok bool) {
	for k := from - 1; k >= 0 && k >= from-4; k-- {
		t := strings.TrimRight(lines[k], "\r ")
		if strings.TrimSpace(t) == "" {
			continue
		}
		cells := slopeCells(t)
		tc, rc := -1, -1
		for _, c := range cells {
			switch shapeKind(c.text) {
			case ikuTarget:
				if tc >= 0 {
					return 0, 0, 0, false
				}
				tc = c.col
			case ikuReal:
				if rc >= 0 {
					return 0, 0, 0, false
				}
				rc = c.col
			default:
				return 0, 0, 0, false
			}
		}
		if tc < 0 || rc < 0 {
			return 0, 0, 0, false
		}
		if tc < rc {
			return ikuTarget, ikuReal, k, true
		}
		return ikuReal, ikuTarget, k, true
	}
	return 0, 0, 0, false
}

// slopeCell is a run of text parted from the next by two spaces or more,
// with its rune column.
type slopeCell struct {
	text string
	col  int
}

func slopeCells(l string) []slopeCell {
	var out []slopeCell
	for _, c := range spaceRuns(l) { // (lamp_sheet.go)
		out = append(out, slopeCell{strings.TrimSpace(c.text), c.start})
	}
	return out
}

// indLabel splits an indicator's label: its code ("IKU 1", "IK-2",
// "1."), its unit in brackets, and the name's start.
func indLabel(s string) (code, unit, name string) {
	f := strings.Fields(s)
	switch {
	case len(f) >= 2 && indCodeWord(f[0]) && allDigits(strings.TrimRight(f[1], ".:")):
		code, f = strings.TrimRight(f[1], ".:"), f[2:]
	case len(f) >= 1 && boxCode(f[0]) != "" && !strings.HasPrefix(f[0], "("):
		code, f = strings.TrimRight(boxCode(f[0]), ".):"), f[1:]
	}
	rest := strings.Join(f, " ")
	if strings.HasPrefix(rest, "(") {
		if k := strings.IndexByte(rest, ')'); k > 0 && k <= 24 {
			unit = strings.TrimSpace(rest[1:k])
			rest = strings.TrimSpace(rest[k+1:])
			if u, ok := shapeUnit("(" + unit + ")"); ok {
				unit = u // "(satuan: %)"
			}
		}
	}
	return code, unit, rest
}

// indCodeWord: a word that names an indicator's code before its number.
func indCodeWord(w string) bool {
	switch strings.ToUpper(w) {
	case "IKU", "IK", "IKK", "SS", "NO", "NO.", "INDIKATOR":
		return true
	}
	return false
}

// indCapaian reads a stated capaian in brackets: "[capaian 113,70%]",
// "(capaian: 98,04 %)"; "-" says none. ok false when l is no such line.
func indCapaian(l string) (string, bool) {
	t := strings.TrimSpace(l)
	if len(t) < 3 || !(t[0] == '[' && t[len(t)-1] == ']' || t[0] == '(' && t[len(t)-1] == ')') {
		return "", false
	}
	t = strings.TrimSpace(t[1 : len(t)-1])
	f := strings.Fields(strings.Replace(t, ":", " ", 1))
	if len(f) < 2 || len(f) > 3 || shapeKind(f[0]) != ikuCapaian {
		return "", false
	}
	v := strings.TrimSpace(strings.TrimSuffix(strings.Join(f[1:], ""), "%"))
	if v == "-" || v == "—" || v == "–" {
		return "", true
	}
	if n := normalize.ParseNumber(v, normalize.Indonesian); n.Status != normalize.OK {
		return "", false
	}
	return v, true
}

// slopeRun reads the chart whose first line is lines[from]: the table, the
// line after the chart, and whether it is one.
func slopeRun(doc *facts.Document, lines []string, from int) (vertTable, int, bool) {
	t := vertTable{from: from, to: from + 1}
	leftRole, rightRole, head, ok := slopeHeads(lines, from)
	if !ok {
		return t, from + 1, false // no axis named target and realisasi: another series
	}
	t.from = head
	var recs []shapeRec
	k := from
	for k < len(lines) {
		fig, ok := slopeLine(lines[k])
		if !ok {
			break
		}
		rec := shapeRec{roles: map[int]string{}, line: k}
		rec.roles[leftRole], rec.roles[rightRole] = fig.left, fig.right
		code, unit, name := indLabel(fig.label)
		rec.no, rec.unit = code, unit
		words := []string{name}
		cap, stated, bad := "", false, false
		j := k + 1
		for ; j < len(lines); j++ {
			l := strings.TrimRight(lines[j], "\r ")
			if strings.TrimSpace(l) == "" {
				break
			}
			if _, isFig := slopeLine(l); isFig {
				break
			}
			if ind := len(l) - len(strings.TrimLeft(l, " ")); ind < fig.col-2 {
				bad = true // a line under the chart's figures: not the name's rest
				break
			}
			if v, ok := indCapaian(l); ok {
				if stated {
					bad = true
				}
				cap, stated = v, true
				continue
			}
			if stated {
				bad = true // words after the capaian: not this chart's shape
			}
			words = append(words, strings.TrimSpace(l))
		}
		rec.name = strings.TrimSpace(strings.Join(words, " "))
		if cap != "" {
			rec.roles[ikuCapaian] = cap
		}
		t.to = j
		switch {
		case bad || rec.name == "" || !letterStart(rec.name):
			doc.Add(facts.Finding{Span: facts.Span{Start: k + 1, End: j}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Pesan: fmt.Sprintf("grafik lereng baris %d: nama indikator tidak terbaca; tidak dibaca", k+1)})
		case !slopeArrowAgrees(fig, leftRole):
			doc.Add(facts.Finding{Span: facts.Span{Start: k + 1, End: j}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Pesan: fmt.Sprintf("grafik lereng baris %d: arah panah tidak sesuai nilai kiri %s dan kanan %s; tidak dibaca", k+1, fig.left, fig.right)})
		case !shapeProven(rec):
			doc.Add(facts.Finding{Span: facts.Span{Start: k + 1, End: j}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Pesan: fmt.Sprintf("grafik lereng baris %d: target, realisasi dan capaian tidak saling membuktikan; tidak dibaca", k+1)})
		default:
			recs = append(recs, rec)
		}
		// the next indicator past blank lines (at most two)
		next := j
		for next < len(lines) && next-j < 2 && strings.TrimSpace(lines[next]) == "" {
			next++
		}
		if next >= len(lines) {
			break
		}
		if _, ok := slopeLine(lines[next]); !ok {
			break
		}
		k = next
	}
	if len(recs) < 2 {
		return t, max(t.to, from+1), false
	}
	return indTable(t, recs), t.to, true
}

// slopeArrowAgrees: the arrow says what the figures say (figures that are
// no numbers, grades or opinions, and an undirected head are not checked).
func slopeArrowAgrees(f slopeFig, leftRole int) bool {
	if f.dir == 2 {
		return true
	}
	l := normalize.ParseNumber(f.left, normalize.Indonesian)
	r := normalize.ParseNumber(f.right, normalize.Indonesian)
	if l.Status != normalize.OK || r.Status != normalize.OK {
		return !unicode.IsDigit(slopeFirst(f.left)) && !unicode.IsDigit(slopeFirst(f.right))
	}
	switch {
	case r.Value > l.Value:
		return f.dir == 1
	case r.Value < l.Value:
		return f.dir == -1
	}
	return f.dir == 0
}

func slopeFirst(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// indTable writes proven indicator records as t's TAB table: code, name,
// unit, target, realisasi and, when any is stated, capaian.
func indTable(t vertTable, recs []shapeRec) vertTable {
	unit, capaian := false, false
	for _, r := range recs {
		unit = unit || r.unit != ""
		capaian = capaian || shapeHas(r, ikuCapaian)
	}
	t.header = []string{"No", "Indikator Kinerja"}
	if unit {
		t.header = append(t.header, "Satuan")
	}
	t.header = append(t.header, "Target", "Realisasi")
	if capaian {
		t.header = append(t.header, "Capaian (%)")
	}
	for _, r := range recs {
		row := []string{r.no, r.name}
		if unit {
			row = append(row, r.unit)
		}
		row = append(row, r.roles[ikuTarget], r.roles[ikuReal])
		if capaian {
			row = append(row, r.roles[ikuCapaian])
		}
		t.rows = append(t.rows, row)
		t.at = append(t.at, r.line)
	}
	return t
}
