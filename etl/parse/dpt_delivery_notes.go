package parse

import (
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT typed again from the delivery notes (surat jalan) of the election
// logistics: one note a kecamatan, its load counted from the DPT, one note
// or several abreast, boxed or not, and often a recap of the kabupaten:
//
//	+---------------------------------------------+
//	| SURAT JALAN          No. SJ-01/LOG/XII/2020  |
//	| Tujuan   : PPK Kecamatan KOTA BARU           |
//	| Desa/Kel : 12           TPS : 40             |
//	| Muatan menurut DPT Pemilihan 2020:           |
//	|   Pemilih Laki-laki          8.100           |
//	|   Pemilih Perempuan          8.020           |
//	|   Jumlah Pemilih            16.120           |
//	| Pengirim: Subbag Logistik   Penerima: ....   |
//	+---------------------------------------------+
//	==============================================
//	  REKAPITULASI SURAT JALAN - KABUPATEN X
//	  Desa/Kel : 40   TPS : 150
//	  Pemilih Laki-laki 30.000   Pemilih Perempuan 31.000   Jumlah Pemilih 61.000
//	==============================================
//
// Read as prose or as a one-column pipe table nothing loads. deliveryNotes
// reads each note by meaning: the area is the one its destination field
// names with a place word (PPK, Kecamatan, Kec., Distrik); its counts are
// the figures after labels of a known role (desa/kel, TPS, laki-laki or L,
// perempuan or P, jumlah pemilih), with or without a colon, several on a
// line. Other figures (the note number, the year, a count of boxes) are no
// fact. A recap whose title holds "SURAT JALAN" after a summing word
// (REKAPITULASI, JUMLAH, TOTAL) is the whole, its area the kabupaten or
// kota it names. The notes go through labelTable (label_sheet.go), which
// proves every note by L + P = jumlah and the recap by the sums of the
// notes, and vertWrite writes them as one TAB table in place (line numbers
// never change), so the DPT reader reads them under the caption above. A
// note with no voters (a delivery of ballot boxes) gives nothing.

// deliveryNotes rewrites the delivery-note runs of a text; data itself when
// it holds none. Findings go to doc.
func deliveryNotes(doc *facts.Document, data []byte) []byte {
	// the gate: the notes' title, in capitals or title case
	if !docHas(doc, data, "URAT JALAN") && !docHas(doc, data, "urat Jalan") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if cuts, _ := sjTitle(lines[i]); len(cuts) == 0 {
			continue
		}
		t, end, ok := sjRun(doc, lines, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// sjTitle reads a line as the title line of one or more notes abreast:
// the rune columns where each note starts (a cut before each "SURAT
// JALAN" that opens a cell) and whether the line is a recap's title (a
// summing word before it). nil when the line opens no note.
func sjTitle(l string) ([]int, bool) {
	up := strings.ToUpper(l)
	if !strings.Contains(up, "SURAT JALAN") {
		return nil, false
	}
	r := []rune(up)
	var cuts []int
	recap := false
	for i := 0; i+len("SURAT JALAN") <= len(r); i++ {
		if string(r[i:i+len("SURAT JALAN")]) != "SURAT JALAN" {
			continue
		}
		// the words before it within this cell: none for a note, a summing word for a recap
		k := i
		for k > 0 && r[k-1] != '|' && r[k-1] != '│' && r[k-1] != '║' && !(r[k-1] == ' ' && k > 1 && r[k-2] == ' ') {
			k--
		}
		before := strings.Fields(strings.Trim(string(r[k:i]), " -:"))
		switch {
		case len(before) == 0:
		case len(before) == 1 && sjSumWord(before[0]):
			recap = true
		default:
			return nil, false // "surat jalan" inside a sentence
		}
		// the cut: back over the spaces and one frame edge before the cell
		c := k
		for c > 0 && r[c-1] == ' ' {
			c--
		}
		if c > 0 && sjEdge(r[c-1]) {
			c--
		}
		if len(cuts) == 0 {
			c = 0
		}
		cuts = append(cuts, c)
		i += len("SURAT JALAN") - 1
	}
	if recap && len(cuts) != 1 {
		return nil, false
	}
	return cuts, recap
}

func sjSumWord(w string) bool {
	switch strings.Trim(w, ".:") {
	case "REKAPITULASI", "REKAP", "JUMLAH", "TOTAL", "JML":
		return true
	}
	return false
}

// sjEdge: a box's vertical edge.
func sjEdge(r rune) bool { return r == '|' || r == '│' || r == '║' || r == '¦' }

// sjRule: a line of frame runes only (the box's top or bottom, a double
// rule around the recap).
func sjRule(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" {
		return false
	}
	for _, r := range t {
		if r != ' ' && !labelFrame(r) {
			return false
		}
	}
	return true
}

// sjRun reads the notes from the title line lines[i]: the table, the line
// after the run, whether it stands.
func sjRun(doc *facts.Document, lines []string, i int) (vertTable, int, bool) {
	t := vertTable{from: i, to: i + 1}
	var all []label
	k := i
	for k < len(lines) {
		l := lines[k]
		if strings.TrimSpace(strings.Trim(l, "\f\r")) == "" || sjRule(l) {
			k++
			continue
		}
		cuts, recap := sjTitle(l)
		if len(cuts) == 0 {
			break
		}
		end := k + 1
		for end < len(lines) && strings.TrimSpace(lines[end]) != "" && !sjRule(lines[end]) {
			if c, _ := sjTitle(lines[end]); len(c) > 0 {
				break
			}
			end++
		}
		for _, n := range sjRead(lines, k, end, cuts, recap) {
			all = append(all, n)
		}
		t.to = end
		k = end
	}
	// the closing rule belongs to the run
	for t.to < len(lines) && sjRule(lines[t.to]) {
		t.to++
	}
	var voters []label
	for _, l := range all {
		if l.has[labelL] && l.has[labelP] && l.has[labelTotal] && l.title != "" {
			voters = append(voters, l)
		}
	}
	if len(voters) < 2 {
		return t, t.to, false
	}
	return labelTable(doc, t, voters, "surat jalan")
}

// sjRead reads the notes abreast in lines[from:to], cut at cuts; a note
// that names no area or holds a role twice has no title (left out).
func sjRead(lines []string, from, to int, cuts []int, recap bool) []label {
	notes := make([]label, len(cuts))
	bad := make([]bool, len(cuts))
	for c := range notes {
		notes[c].line = from
	}
	for k := from; k < to; k++ {
		r := []rune(lines[k])
		for c, at := range cuts {
			if at >= len(r) {
				continue
			}
			e := len(r)
			if c+1 < len(cuts) {
				e = min(e, cuts[c+1])
			}
			cell := strings.TrimFunc(string(r[at:e]), func(x rune) bool { return x == ' ' || sjEdge(x) || x == '\r' })
			if k == from {
				if recap {
					notes[c].title = sjRecapArea(cell)
				}
				continue
			}
			if !sjCell(&notes[c], cell) {
				bad[c] = true
			}
		}
	}
	var out []label
	for c, n := range notes {
		if !bad[c] {
			out = append(out, n)
		}
	}
	return out
}

// sjRecapArea is the area a recap's title names after "SURAT JALAN"
// ("- KABUPATEN X"); "Jumlah" when it names none.
func sjRecapArea(title string) string {
	up := strings.ToUpper(title)
	at := strings.Index(up, "SURAT JALAN")
	rest := strings.TrimSpace(strings.Trim(title[at+len("SURAT JALAN"):], " -–—:"))
	f := strings.Fields(strings.ToLower(rest))
	if len(f) >= 2 && (f[0] == "kabupaten" || f[0] == "kab." || f[0] == "kota") {
		return rest
	}
	return "Jumlah"
}

// sjCell reads one line of a note: the destination field naming the
// area, or the counts after their labels. False when a role comes twice
// or two areas are named.
func sjCell(n *label, cell string) bool {
	if name, val, ok := strings.Cut(cell, ":"); ok && sjDestination(name) {
		// the area follows the place words ("PPK Kecamatan X", "Ketua PPK Kec. X")
		place := strings.Fields(val)
		at, words := -1, 0
		for k, w := range place {
			if sjPlace(w) {
				if at < 0 || k != at+words {
					at, words = k, 0
				}
				words++
			}
		}
		if at < 0 || at+words == len(place) || n.title != "" {
			return n.title == "" && at < 0 // a destination that is no area: no title
		}
		place = place[at:]
		n.title = "Kecamatan " + strings.Join(place[words:], " ")
		return true
	}
	var name []string
	for _, w := range strings.Fields(cell) {
		w = strings.TrimRight(w, ":")
		switch {
		case w == "" || strings.Trim(w, ".:…_") == "":
			continue // a colon or dotted leader
		case reItemCount.MatchString(w):
			role := sjRole(strings.Join(name, " "))
			name = name[:0]
			if role < 0 {
				continue // a figure of no voter role (a year, a count of boxes)
			}
			if n.has[role] {
				return false
			}
			v, err := strconv.ParseInt(strings.NewReplacer(".", "", ",", "").Replace(w), 10, 64)
			if err != nil {
				return false
			}
			n.vals[role], n.n[role], n.has[role] = w, v, true
		default:
			name = append(name, w)
		}
	}
	return true
}

// sjDestination: the field naming where the note goes.
func sjDestination(w string) bool {
	switch strings.ToLower(strings.Join(strings.Fields(strings.Trim(w, ".: ")), " ")) {
	case "tujuan", "kepada", "dikirim ke", "dikirim kepada":
		return true
	}
	return false
}

// sjPlace: a place word of the destination before the area's name.
func sjPlace(w string) bool {
	switch strings.ToLower(strings.Trim(w, ".:")) {
	case "ppk", "kecamatan", "kec", "distrik":
		return true
	}
	return false
}

// sjRole is the role of a count's label, the words "pemilih" and
// "jumlah" aside when more follow ("Pemilih Laki-laki", "Jumlah TPS").
func sjRole(name string) int {
	var rest []string
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "pemilih", "jumlah", "jml", "jml.":
		default:
			rest = append(rest, w)
		}
	}
	if len(rest) == 0 || len(rest) == len(strings.Fields(name)) {
		return labelRole(name)
	}
	return labelRole(strings.Join(rest, " "))
}
