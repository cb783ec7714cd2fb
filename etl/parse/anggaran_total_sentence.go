package parse

import (
	"bytes"
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A budget table whose total row is not printed (a form's responses
// sheet, a filtered view) may state the total in a sentence under it,
// each figure after the name of its column:
//
//	Jumlah (dihitung dari lembar tanggapan): Uraian JUMLAH; Pagu 9.500.000.000; Realisasi 9.120.000.000; Sisa 380.000.000; Serapan (%) 96,00.
//
// The sentence is the table's total row. It becomes a TAB row under the
// table, each figure in the column of the header that plays the same
// role (pagu, realisasi, sisa, percent), so the total is read and checked
// against the programs like any printed total. Only when every figure's
// name names exactly one column, pagu and realisasi among them, and the
// table holds no total row of its own; else the sentence stays prose.

// budgetTotalSentences rewrites such sentences; text itself when it holds
// none. The cheap gate: a line opening with "Jumlah"/"Total" and holding
// a colon and two semicolons, right under a TAB line.
func budgetTotalSentences(text []byte) []byte {
	if bytes.IndexByte(text, '\t') < 0 || bytes.IndexByte(text, ';') < 0 {
		return text
	}
	var lines []string
	for off, n := 0, 0; off < len(text); n++ {
		e := bytes.IndexByte(text[off:], '\n')
		if e < 0 {
			e = len(text) - off
		}
		ln := text[off : off+e]
		if totalSentenceLead(ln) {
			if lines == nil {
				lines = strings.Split(string(text), "\n")
			}
			// a PDF's text wraps a long sentence: its rest, on the line
			// under it, is joined for the readers and put back unless read
			rest := n+1 < len(lines) && totalSentenceRest(lines[n], lines[n+1])
			first, second := lines[n], ""
			if rest {
				second = lines[n+1]
				lines[n], lines[n+1] = first+" "+strings.TrimSpace(second), ""
			}
			joined := lines[n]
			if !dptTotalSentenceRow(lines, n) { // a voter roll's total (dpt_total_sentence.go)
				totalSentenceRow(lines, n)
			}
			if rest && lines[n] == joined {
				lines[n], lines[n+1] = first, second
			}
		}
		off += e + 1
	}
	if lines == nil {
		return text
	}
	return []byte(strings.Join(lines, "\n"))
}

// totalSentenceLead: the line opens with "Jumlah" or "Total", holds no TAB,
// a colon and at least two semicolons.
func totalSentenceLead(ln []byte) bool {
	if len(ln) < 12 || ln[0]|0x20 != 'j' && ln[0]|0x20 != 't' {
		return false
	}
	if !normalize.HasLowerPrefix(string(ln[:6]), "jumlah") && !normalize.HasLowerPrefix(string(ln[:5]), "total") {
		return false
	}
	return bytes.IndexByte(ln, '\t') < 0 && bytes.IndexByte(ln, ':') > 0 && bytes.Count(ln, []byte(";")) >= 2
}

// totalSentenceRow turns lines[i] into the total row of the budget table
// ending just above it (one blank line between at most), when proven.
func totalSentenceRow(lines []string, i int) {
	j := i - 1
	if j >= 0 && blankLine(lines[j]) {
		j--
	}
	if j < 0 || !strings.Contains(lines[j], "\t") {
		return
	}
	k := j
	for k > 0 && strings.Contains(lines[k-1], "\t") {
		k--
	}
	head := strings.Split(lines[k], "\t")
	for _, ln := range lines[k+1 : j+1] {
		for _, c := range strings.Split(ln, "\t") {
			if key := normalize.Key(c); key == "jumlah" || key == "total" || strings.HasPrefix(key, "jumlah ") {
				return // the table prints its own total
			}
		}
	}
	roles := make([]int, len(head))
	for c, h := range head {
		roles[c] = anggaranRole(strings.TrimSpace(h))
	}
	column := func(r int) int { return roleColumn(roles, r) }
	uraian := column(roleUraian)
	s := lines[i]
	colon := strings.IndexByte(s, ':')
	label := strings.Fields(s[:colon])[0]
	if uraian < 0 {
		return
	}
	row := make([]string, len(head))
	row[uraian] = label
	got := map[int]bool{}
	for _, part := range strings.Split(s[colon+1:], ";") {
		f := strings.Fields(strings.TrimSuffix(strings.TrimSpace(part), "."))
		if len(f) == 0 {
			return
		}
		v := strings.TrimSuffix(f[len(f)-1], ".")
		if !sentenceFigure(v) {
			if r := anggaranRole(strings.Join(f, " ")); r != roleUraian && r != roleKode {
				return // a cell no budget column names: not this table's row
			}
			continue
		}
		r := anggaranRole(strings.Join(f[:len(f)-1], " "))
		switch r {
		case rolePagu, roleRealisasi, roleSisa, rolePersen:
		default:
			return
		}
		c := column(r)
		if c < 0 || got[r] {
			return
		}
		got[r] = true
		row[c] = v
	}
	if !got[rolePagu] || !got[roleRealisasi] {
		return
	}
	if j+1 < i {
		lines[j+1], lines[i] = strings.Join(row, "\t"), ""
		return
	}
	lines[i] = strings.Join(row, "\t")
}

// sentenceFigure: a figure as a sentence writes it, digits with dots and
// commas between, "Rp" before it at most.
func sentenceFigure(v string) bool {
	v = strings.TrimPrefix(strings.TrimPrefix(v, "Rp."), "Rp")
	if v == "" || !isDigitByte(v[0]) || !isDigitByte(v[len(v)-1]) {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isDigitByte(v[i]) && v[i] != '.' && v[i] != ',' {
			return false
		}
	}
	return true
}

// roleColumn is the one column playing role r: -1 when none does, -2 when
// several do (a sentence's figure cannot say which it sums).
func roleColumn(roles []int, r int) int {
	at := -1
	for c, x := range roles {
		if x == r {
			if at >= 0 {
				return -2
			}
			at = c
		}
	}
	return at
}

// totalSentenceRest: next is the wrapped rest of the total sentence ln (a
// PDF's text cut it at the print width): ln ends on a cut figure list (a
// ';' or a label, no full stop), next holds no TAB, opens with no new
// sentence's "Jumlah"/"Total" and ends the sentence with a full stop.
func totalSentenceRest(ln, next string) bool {
	t, n := strings.TrimSpace(ln), strings.TrimSpace(next)
	if t == "" || n == "" || strings.HasSuffix(t, ".") || strings.Contains(next, "\t") || !strings.HasSuffix(n, ".") {
		return false
	}
	if totalSentenceLead([]byte(n)) || normalize.HasLowerPrefix(n, "jumlah") || normalize.HasLowerPrefix(n, "total") {
		return false
	}
	return true
}
