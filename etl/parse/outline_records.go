package parse

import (
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Capaian as a mind map's (or an outliner's) text export: each level
// indented deeper than its parent, one topic an indicator and under it its
// fields as leaves, the field's name before a colon:
//
//	Capaian Kinerja KPU Kabupaten Ende Tahun 2022
//	    Sasaran Strategis dan Indikator Kinerja
//	        Persentase kesesuaian Kompetensi Pegawai …
//	            Satuan: %
//	            Target: 85,00
//	            Realisasi: 88,46
//	            Capaian: 104,07%
//	        Persentase tersedianya sarana …
//	            …
//	    Catatan
//	        Angka capaian dihitung oleh …
//
// (XMind's and FreeMind's text exports, Markdown bullets "- " / "* " /
// "+ "). Read as it stands the topic is a line of prose and its leaves a
// record without a name. outlineRecords turns the topics into one TAB
// table through the vertical-record writer (vertWrite: line numbers never
// change, the notation as typed): the topic the indicator (the column
// named as treeRole names it), a column per leaf field, so the capaian
// table reader proves each row as any other. The records are all the
// children of one branch: every sibling topic must carry the same fields
// in the same order, its leaves and nothing deeper, else the branch is
// reported and left as written. Leaves naming no target and realisasi
// (ikuKind) are no capaian: left alone.

// olLine is a line of an outline: its indent (a TAB four columns), its
// text without the bullet, and whether it is blank.
type olLine struct {
	ind   int
	text  string
	blank bool
}

func olRead(l string) olLine {
	l = strings.TrimRight(l, " \t\r")
	if l == "" {
		return olLine{blank: true}
	}
	ind, k := 0, 0
	for ; k < len(l) && (l[k] == ' ' || l[k] == '\t'); k++ {
		if l[k] == '\t' {
			ind += 4
		} else {
			ind++
		}
	}
	t := l[k:]
	for _, b := range [...]string{"- ", "* ", "+ ", "• ", "◦ ", "▪ "} {
		if strings.HasPrefix(t, b) {
			t = strings.TrimLeft(t[len(b):], " ")
			break
		}
	}
	return olLine{ind: ind, text: t}
}

// olLeaf reads a leaf "Name: value": a short name opening with a letter.
func olLeaf(t string) (screenField, bool) {
	k := strings.IndexByte(t, ':')
	if k <= 0 || strings.IndexByte(t, '\t') >= 0 {
		return screenField{}, false
	}
	name := strings.TrimSpace(t[:k])
	if name == "" || len(name) > 40 || len(strings.Fields(name)) > 6 || !letterStart(name) {
		return screenField{}, false
	}
	return screenField{name, strings.TrimSpace(t[k+1:])}, true
}

// olNext is the next line after k that is not blank, len(ls) when none.
func olNext(ls []olLine, k int) int {
	for k < len(ls) && ls[k].blank {
		k++
	}
	return k
}

// olTopic reads the topic at ls[i] and its leaves: the fields, and the
// line after the last leaf; ok false when the topic has no leaves, or a
// child that is no leaf or has children of its own.
func olTopic(ls []olLine, i int) ([]screenField, int, bool) {
	var fields []screenField
	k, leafInd := i+1, -1
	for {
		j := olNext(ls, k)
		if j >= len(ls) || ls[j].ind <= ls[i].ind {
			break
		}
		if leafInd < 0 {
			leafInd = ls[j].ind
		}
		f, ok := olLeaf(ls[j].text)
		if !ok || ls[j].ind != leafInd {
			return nil, j, false
		}
		fields = append(fields, f)
		k = j + 1
	}
	return fields, k, len(fields) >= 2
}

// outlineRecords rewrites the outlines' indicator branches of a text;
// data itself when it holds none. Findings go to doc.
func outlineRecords(doc *facts.Document, data []byte) []byte {
	lines := strings.Split(string(data), "\n")
	var ls []olLine
	var tables []vertTable
	for i := 1; i < len(lines); i++ {
		// a leaf's line under a topic less indented: read the outline once
		if !olLeafLike(lines[i]) {
			continue
		}
		if ls == nil {
			ls = make([]olLine, len(lines))
			for k, l := range lines {
				ls[k] = olRead(l)
			}
		}
		top := i - 1 // the topic: back over the leaves above this one
		for top > 0 && (ls[top].blank || ls[top].ind == ls[i].ind) {
			top--
		}
		if ls[top].blank || ls[top].ind >= ls[i].ind || !olFieldsCapaian(ls, top) {
			continue
		}
		t, end, ok := olBranch(doc, ls, top)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// olLeafLike: an indented line "Target: …" or "- Realisasi: …", the cheap
// look before the outline is read.
func olLeafLike(l string) bool {
	if l == "" || l[0] != ' ' && l[0] != '\t' && l[0] != '-' && l[0] != '*' && l[0] != '+' {
		return false
	}
	f, ok := olLeaf(olRead(l).text)
	return ok && (ikuKind(f.name) == ikuTarget || ikuKind(f.name) == ikuReal)
}

// olFieldsCapaian: the topic at ls[i] has leaves naming a target and a
// realisasi, one each, and at most one capaian and one unit.
func olFieldsCapaian(ls []olLine, i int) bool {
	fields, _, ok := olTopic(ls, i)
	return ok && screenCapaian(append([]screenField{{"Indikator", ""}}, fields...))
}

// olBranch reads all the topics sharing the parent of the topic at ls[i]
// (or, at the outline's top, the run of its siblings): the table, the
// line after the branch, and whether it is one table.
func olBranch(doc *facts.Document, ls []olLine, i int) (vertTable, int, bool) {
	ind := ls[i].ind
	// the first sibling: back over the siblings to the parent or the
	// paragraph's start
	first := i
	for k := i - 1; k >= 0; k-- {
		if ls[k].blank && ind == 0 || !ls[k].blank && ls[k].ind < ind {
			break // the parent, or the paragraph's start at the outline's top
		}
		if !ls[k].blank && ls[k].ind == ind {
			first = k
		}
	}
	t := vertTable{from: first}
	var keys string
	for k := first; k < len(ls); {
		if ls[k].blank {
			j := olNext(ls, k)
			if ind == 0 || j >= len(ls) || ls[j].ind != ind {
				break
			}
			k = j
		}
		if ls[k].ind != ind {
			break // the parent's next sibling: the branch ends
		}
		fields, end, ok := olTopic(ls, k)
		if !ok && len(fields) == 0 && end == k+1 && ind == 0 {
			break // a line after a list at the outline's top
		}
		names := make([]string, len(fields))
		row := []string{ls[k].text}
		for c, f := range fields {
			names[c] = f.name
			row = append(row, f.val)
		}
		if !ok || t.header != nil && strings.Join(names, "\x00") != keys {
			doc.Add(facts.Finding{Span: facts.Span{Start: first + 1, End: max(end, k+1)}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Nilai: shorten(ls[k].text, 200),
				Pesan: fmt.Sprintf("kerangka baris %d-%d: topik baris %d tidak memuat isian yang sama dengan topik lain; tidak dibaca", first+1, max(end, k+1), k+1)})
			return t, max(end, k+1), false
		}
		if t.header == nil {
			keys = strings.Join(names, "\x00")
			t.header = append([]string{treeRole(names)}, names...)
		}
		t.rows = append(t.rows, row)
		t.at = append(t.at, k)
		t.to = end
		k = end
	}
	if len(t.rows) < 2 || t.header[0] == "" {
		return t, max(t.to, i+1), false
	}
	return t, t.to, true
}
