package parse

import (
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A lobby screen's scoreboards printed as text stand two (or more) boards
// abreast, each framed by a character run ('#', '*' or '='): the
// indicator's code and unit, its name wrapped inside the board, the role
// words side by side with their figures under them like two teams'
// scores, and the stated score:
//
//	##########################   ##########################
//	# IKU 1  (%)             #   # IKU 2  (%)             #
//	# Persentase Partisipasi #   # Persentase kesesuaian  #
//	# Pemilih                #   # Kompetensi Pegawai     #
//	#   TARGET   REALISASI   #   #   TARGET   REALISASI   #
//	#    77,50     80,25     #   #    85,00     87,50     #
//	# SKOR CAPAIAN 103,55 %  #   # SKOR CAPAIAN 102,94 % #
//	##########################   ##########################
//
// Read as prose every line holds two indicators' pieces and no row is
// seen. scoreBoards cuts each band at the frame's runs on its top line
// (every line of the band must show the frame's edge at both columns of
// each board, the bottom line the same runs), then reads each board alone:
// a code line, name lines, a line of role words only (target and
// realisasi, either order) over a line of as many figures, and a line
// naming the capaian with its figure. A board whose figures and capaian do
// not prove each other (shapeProven) is not read and is reported; a board
// without role words (a notice, a clock) is no row. Two proven boards or
// more are written as one TAB table through vertWrite (line numbers never
// change), left board before right, band after band.

// scoreBoards rewrites the scoreboards of a text; data itself when it
// holds none. Findings go to doc.
func scoreBoards(doc *facts.Document, data []byte) []byte {
	if !docHas(doc, data, "##########") && !docHas(doc, data, "**********") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if _, ok := scoreEdges(lines[i]); !ok {
			continue
		}
		t, end, ok := scoreBoardRun(doc, lines, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// scoreEdges reads a frame line: runs of one frame rune ('#' or '*'), ten
// long at least, parted by spaces; each run's first and last rune column.
func scoreEdges(l string) ([][2]int, bool) {
	r := []rune(strings.TrimRight(l, "\r "))
	var runs [][2]int
	var mark rune
	for i := 0; i < len(r); {
		if r[i] == ' ' {
			i++
			continue
		}
		if r[i] != '#' && r[i] != '*' || mark != 0 && r[i] != mark {
			return nil, false
		}
		mark = r[i]
		j := i
		for j < len(r) && r[j] == mark {
			j++
		}
		if j-i < 10 {
			return nil, false
		}
		runs = append(runs, [2]int{i, j - 1})
		i = j
	}
	return runs, len(runs) > 0
}

// scoreBand reads the band whose top line is lines[top]: each board's
// content lines and the line after the band's bottom; ok false when a line
// breaks the frame.
func scoreBand(lines []string, top int) ([][]string, int, bool) {
	runs, _ := scoreEdges(lines[top])
	mark := []rune(strings.TrimSpace(lines[top]))[0]
	cells := make([][]string, len(runs))
	for k := top + 1; k < len(lines) && k <= top+40; k++ {
		if bot, ok := scoreEdges(lines[k]); ok {
			if len(bot) != len(runs) {
				return nil, k, false
			}
			for b := range bot {
				if bot[b] != runs[b] {
					return nil, k, false
				}
			}
			return cells, k + 1, true
		}
		r := []rune(strings.TrimRight(lines[k], "\r "))
		for b, run := range runs {
			s, e := run[0], run[1]
			if s >= len(r) {
				if b == 0 {
					return nil, k, false
				}
				continue // a lower band's missing right board
			}
			if r[s] != mark || e >= len(r) || r[e] != mark {
				return nil, k, false
			}
			if b > 0 && strings.TrimSpace(string(r[runs[b-1][1]+1:s])) != "" {
				return nil, k, false // words between two boards
			}
			cells[b] = append(cells[b], strings.TrimSpace(string(r[s+1:e])))
		}
	}
	return nil, top + 1, false
}

// scoreBoardRead reads one board's lines as an indicator; roled says whether
// role words stand in it.
func scoreBoardRead(ls []string) (rec shapeRec, roled, ok bool) {
	rec = shapeRec{roles: map[int]string{}}
	var body []string
	for _, l := range ls {
		if l != "" {
			body = append(body, l)
		}
	}
	if len(body) < 3 {
		return rec, false, false
	}
	code, unit, name := indLabel(body[0])
	rec.no, rec.unit = code, unit
	words := []string{name}
	i := 1
	var kinds []int
	for ; i < len(body); i++ {
		if ks, ok := scoreRoles(body[i]); ok {
			kinds = ks
			break
		}
		words = append(words, body[i])
	}
	rec.name = strings.TrimSpace(strings.Join(words, " "))
	if kinds == nil {
		return rec, false, false
	}
	if i+1 >= len(body) {
		return rec, true, false
	}
	figs := strings.Fields(body[i+1])
	if len(figs) != len(kinds) {
		return rec, true, false
	}
	for k, kd := range kinds {
		rec.roles[kd] = figs[k]
	}
	for _, l := range body[i+2:] {
		v, ok := scoreLineOf(l)
		if !ok || shapeHas(rec, ikuCapaian) {
			return rec, true, false
		}
		if v != "" {
			rec.roles[ikuCapaian] = v
		}
	}
	return rec, true, rec.name != "" && letterStart(rec.name)
}

// scoreRoles reads a line of role words only: target and realisasi (each
// once, any order), perhaps the capaian.
func scoreRoles(l string) ([]int, bool) {
	var kinds []int
	seen := map[int]bool{}
	for _, c := range slopeCells(l) {
		kd := shapeKind(c.text)
		if kd < 0 || seen[kd] {
			return nil, false
		}
		seen[kd] = true
		kinds = append(kinds, kd)
	}
	return kinds, seen[ikuTarget] && seen[ikuReal]
}

// scoreLineOf reads the board's capaian line: "SKOR CAPAIAN 102,94 %",
// "Capaian: 98,04%", or the bracketed form; "-" says none.
func scoreLineOf(l string) (string, bool) {
	if v, ok := indCapaian(l); ok {
		return v, true
	}
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(l), "%"))
	f := strings.Fields(strings.ReplaceAll(t, ":", " "))
	if len(f) < 2 || len(f) > 3 {
		return "", false
	}
	words := f[:len(f)-1]
	if strings.ToLower(words[len(words)-1]) != "capaian" {
		return "", false
	}
	if len(words) == 2 && !has(" "+strings.ToLower(words[0])+" ", "skor", "nilai", "persentase") {
		return "", false
	}
	v := strings.TrimSuffix(f[len(f)-1], "%")
	if v == "-" {
		return "", true
	}
	if n := normalize.ParseNumber(v, normalize.Indonesian); n.Status != normalize.OK {
		return "", false
	}
	return v, true
}

// scoreBoardRun reads the bands of boards from lines[from]: the table, the line
// after the run, and whether it is one.
func scoreBoardRun(doc *facts.Document, lines []string, from int) (vertTable, int, bool) {
	t := vertTable{from: from, to: from + 1}
	var recs []shapeRec
	k := from
	for {
		cells, end, ok := scoreBand(lines, k)
		if !ok {
			if len(recs) == 0 {
				return t, max(end, from+1), false
			}
			break
		}
		t.to = end
		for _, ls := range cells {
			rec, roled, ok := scoreBoardRead(ls)
			rec.line = k
			switch {
			case !roled:
			case !ok:
				doc.Add(facts.Finding{Span: facts.Span{Start: k + 1, End: end}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
					Pesan: fmt.Sprintf("papan skor baris %d: nama, target, realisasi atau skor tidak terbaca; tidak dibaca", k+1)})
			case !shapeProven(rec):
				doc.Add(facts.Finding{Span: facts.Span{Start: k + 1, End: end}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
					Pesan: fmt.Sprintf("papan skor baris %d: target, realisasi dan skor tidak saling membuktikan; tidak dibaca", k+1)})
			default:
				recs = append(recs, rec)
			}
		}
		next := end
		for next < len(lines) && next-end < 2 && strings.TrimSpace(lines[next]) == "" {
			next++
		}
		if next >= len(lines) {
			break
		}
		if _, ok := scoreEdges(lines[next]); !ok {
			break
		}
		k = next
	}
	if len(recs) < 2 {
		return t, t.to, false
	}
	return indTable(t, recs), t.to, true
}
