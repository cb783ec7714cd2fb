package parse

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A voter-roll table of kecamatan rows may print no kabupaten row and
// write the kabupaten's totals into its column titles instead:
//
//	No	Kecamatan	Desa/Kel. (Kab.: 65)	TPS (Kab.: 226)	L (Kab.: 28.237)	P (Kab.: 29.698)	L+P (Kab.: 57.935)
//
// The bracket holds one count after a word naming the whole (Kab.,
// Kabupaten, Kota, Jumlah, Jml, Total, Σ). It is the table's total only
// when the arithmetic proves it: every bracketed count is the sum of its
// column, and every count column of the roll (villages, TPS, L, P, L+P
// where the table has them) carries one. Then the brackets leave the
// titles and the counts become a TAB row "Jumlah" in the blank line under
// the table, read as the table's own total (the kabupaten row). A bracket
// the rows do not make is a finding and loads nothing; a table printing
// its own total keeps it (a disagreement is a finding).

// dptHeaderTotals rewrites the text so; text itself when nothing proves.
// The gate: a bracket of a whole's count, then its line holding a TAB
// and another.
func dptHeaderTotals(doc *facts.Document, text []byte) []byte {
	var lines []string
	changed := false
	n, at := 0, 0 // the line number of offset at
	for off := 0; off < len(text); {
		k := bytes.IndexAny(text[off:], "([")
		if k < 0 {
			break
		}
		k += off
		off = k + 1
		if _, _, ok := titleTotalAt(text[k:]); !ok {
			continue
		}
		s, e := lineSpan(text, k) // vertical_records.go
		off = e
		if bytes.IndexByte(text[s:e], '\t') < 0 || titleTotals(text[s:e]) < 2 {
			continue
		}
		n += bytes.Count(text[at:s], []byte("\n"))
		at = s
		if lines == nil {
			lines = strings.Split(string(text), "\n")
		}
		changed = dptHeaderTotal(doc, lines, n) || changed
	}
	if !changed {
		return text
	}
	return []byte(strings.Join(lines, "\n"))
}

// titleTotals counts the brackets of a whole's count in a line.
func titleTotals(line []byte) int {
	c := 0
	for i := 0; i < len(line); i++ {
		if line[i] == '(' || line[i] == '[' {
			if _, _, ok := titleTotalAt(line[i:]); ok {
				c++
			}
		}
	}
	return c
}

// titleTotalAt reads a bracket opening b: "(Kab.: 28.237)", "[Jumlah
// 65]", "(Σ 226)". It gives the count and the bracket's length.
func titleTotalAt(b []byte) (n int64, size int, ok bool) {
	if len(b) < 4 {
		return 0, 0, false
	}
	closer := byte(')')
	if b[0] == '[' {
		closer = ']'
	}
	end := bytes.IndexByte(b[1:min(len(b), 48)], closer)
	if end < 0 {
		return 0, 0, false
	}
	last := end
	for last > 1 && b[last] == ' ' {
		last--
	}
	if c := b[last]; c < '0' || c > '9' {
		return 0, 0, false // no count closes it: most brackets of prose, cheaply
	}
	in := strings.TrimSpace(string(b[1 : 1+end]))
	// the count is the bracket's last word, the label before it
	sp := strings.LastIndexAny(in, " :")
	if sp < 0 {
		return 0, 0, false
	}
	label, num := strings.TrimSpace(strings.TrimRight(in[:sp+1], ": ")), strings.TrimSpace(in[sp+1:])
	if !wholeLabel(label) {
		return 0, 0, false
	}
	v, ok := dptSentenceCount(num) // dpt_total_sentence.go
	if !ok {
		return 0, 0, false
	}
	return v, end + 2, true
}

// wholeLabel: a bracket's label naming the whole of the table's area.
func wholeLabel(s string) bool {
	w := strings.ToLower(strings.TrimRight(s, ".:= "))
	if i := strings.IndexAny(w, " ."); i >= 0 {
		w = w[:i] // "Kab. Sumba Tengah", "Jumlah kabupaten"
	}
	switch w {
	case "kab", "kabupaten", "kota", "kab/kota", "jumlah", "jml", "total", "σ", "∑", "seluruhnya", "keseluruhan":
		return true
	}
	return false
}

// splitTitleTotal parts a title cell into its title and its bracketed
// count; ok false when the cell holds none.
func splitTitleTotal(cell string) (title string, n int64, ok bool) {
	for i := 0; i < len(cell); i++ {
		if cell[i] != '(' && cell[i] != '[' {
			continue
		}
		if v, size, ok := titleTotalAt([]byte(cell[i:])); ok {
			return strings.TrimSpace(cell[:i] + cell[i+size:]), v, true
		}
	}
	return cell, 0, false
}

// dptHeaderTotal reads the title line lines[k] against the rows under it
// and reports whether it wrote the total row.
func dptHeaderTotal(doc *facts.Document, lines []string, k int) bool {
	head := strings.Split(lines[k], "\t")
	titles := make([]string, len(head))
	stated := make([]int64, len(head))
	roles := make([]int, len(head))
	for c, h := range head {
		t, v, ok := splitTitleTotal(h)
		titles[c], stated[c] = t, -1
		if ok {
			stated[c] = v
		}
		roles[c] = dptRole(strings.TrimSpace(t))
	}
	col := func(r int) int { return roleColumn(roles, r) } // anggaran_total_sentence.go
	nama, cl, cp := col(roleNama), col(roleL), col(roleP)
	if nama < 0 || cl < 0 || cp < 0 || stated[nama] >= 0 {
		return false // not a roll's titles
	}
	j := k
	for j+1 < len(lines) && strings.IndexByte(lines[j+1], '\t') >= 0 && strings.IndexByte(lines[j+1], '\f') < 0 {
		j++
	}
	if j == k {
		return false
	}
	body := lines[k+1 : j+1]
	var counts []int // the roll's count columns
	for c, r := range roles {
		switch r {
		case roleL, roleP, roleLP, roleDesa, roleTPS:
			counts = append(counts, c)
		default:
			if stated[c] >= 0 {
				return false // a bracket over a column of something else
			}
		}
	}
	printed := -1 // the table's own total row
	for x, ln := range body {
		if cells := strings.Split(ln, "\t"); nama < len(cells) && totalCell(cells[nama]) {
			printed = x
		}
	}
	rows := body
	if printed >= 0 {
		rows = append(append([]string{}, body[:printed]...), body[printed+1:]...)
	}
	agree, all := true, true
	var bad []string
	for _, c := range counts {
		if stated[c] < 0 {
			all = false
			continue
		}
		sum, ok := dptColumnSum(rows, c) // dpt_total_sentence.go
		if !ok || sum != stated[c] {
			agree = false
			bad = append(bad, fmt.Sprintf("%s %d, jumlah baris %d", strings.TrimSpace(titles[c]), stated[c], sum))
		}
	}
	if !agree {
		doc.Add(facts.Finding{Span: facts.Span{Start: k + 1, End: j + 1}, Aturan: "dpt.judul_jumlah", Tingkat: facts.Warning,
			Nilai: strings.Join(bad, "; "),
			Pesan: "jumlah kabupaten pada judul kolom tabel DPT tidak sama dengan jumlah baris tabel (" + strings.Join(bad, "; ") + "); tidak dimuat"})
		return false
	}
	if printed >= 0 {
		return false // the table's own total stands, and the titles agree with it
	}
	if !all || j+1 >= len(lines) || !blankLine(lines[j+1]) {
		// a count column without its bracket, or no blank line to hold
		// the row: the titles' counts are left unread, and said so
		doc.Add(facts.Finding{Span: facts.Span{Start: k + 1, End: k + 1}, Aturan: "dpt.judul_jumlah_tidak_dibaca", Tingkat: facts.Info,
			Nilai: strings.TrimSpace(lines[k]),
			Pesan: "jumlah kabupaten pada judul kolom tabel DPT tidak lengkap untuk setiap kolom hitungan; tidak dimuat"})
		return false
	}
	row := make([]string, len(head))
	row[nama] = "Jumlah"
	for _, c := range counts {
		row[c] = fmt.Sprint(stated[c])
	}
	lines[k] = strings.Join(titles, "\t")
	lines[j+1] = strings.Join(row, "\t")
	doc.Add(facts.Finding{Span: facts.Span{Start: k + 1, End: k + 1}, Aturan: "dpt.total_judul", Tingkat: facts.Info,
		Nilai: fmt.Sprint(stated[cl] + stated[cp]),
		Pesan: fmt.Sprintf("baris jumlah tabel DPT (baris %d) dibaca dari judul kolomnya; jumlah baris tabel membuktikannya", j+2)})
	return true
}
