package parse

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// OCR'd ruled forms. A scanned form (a Model A-Rekap lampiran, a budget
// recap) run through OCR keeps its figures but reads the form's vertical
// rules as letters and marks standing alone between spaces:
//
//	NO !  NAMA KECAMATAN | Jurnlah Desa/Kel !  Jurnlah TPS | Pernilih L !  Pernilih P | Jurnlah
//	1 | BORONG  I  25   | 93 I  11.612  | 12.296   I  23.908
//	2 ]  RANA MESE   l 15  ]  96 l 6.695   ]  6.748  l 13.443
//	 l JUMLAH   ]  176  l 749 ]  89.556   l 91.816  ]  181.372
//
// The horizontal rules are lost, the spaces around a rule are uneven, and
// the printed words of the header are garbled too ("rn" for "m", "l" for
// "I"). A rule-like token is one character of "|!]Il" standing alone
// between blanks (spaces or TABs); "I" and "l" are letters too (a name
// "KOTA I"), so a line's tokens are taken as the form's cell borders only
// by a proof: every line of the run has as many of them as the header, at
// least two, and the run holds the unambiguous marks ("|", "!", "]") on
// two lines or more. A name holding a lone "I" gives its row one border
// more than the header: the run ends there, the rest is left as written.
// A row whose borders agree only by a lost rule and a name's "I" shows it
// in its cells (two figures in one cell, a figure under a name column),
// and then the whole run is left as written: no fact rests on a guessed
// cell.
//
// A header stacked over two or three lines with the same borders is joined
// cell by cell; a header wrapped by a narrow page (its last border ends the
// line, its last cell the next line alone, as a PDF twin re-flows it) too;
// blank lines between rows (a photocopy's lost horizontal rules read as
// gaps) are layout and move below the table. Once proven, the header's
// words are folded to the table words the OCR garbled (Jurnlah → Jumlah,
// Pernilih → Pemilih), only when the folded word is one of them, so the
// table reader recognizes the roles; the cells of the body (figures,
// names) are kept byte for byte. The lines become TAB rows (padded columns
// in a flat text) and the ordinary readers take them (L + P = total, the
// rows summing to the JUMLAH row). Line numbers never change outside a
// table; inside it the rows move up over the joined header lines and the
// gaps, which go below it.

// ocrRuleMarks are the characters a vertical rule is read as; the first
// three are never a word, the last two are letters too.
const ocrRuleMarks = "|!]Il"

// ocrRuledTables rewrites the OCR'd ruled tables of a text; text itself
// when it holds none. The gate is a lone unambiguous mark (" | ", " ! ",
// " ] " or between TABs), read with the text's other marks (scan_marks.go).
func ocrRuledTables(text []byte, g *textMarks) []byte {
	if !g.has(text, mkLoneRule) || !ocrRuledLikely(text) {
		return text
	}
	lines := strings.Split(string(text), "\n")
	changed := false
	flat := bytes.IndexByte(text, '\t') < 0
	for i := 0; i < len(lines); i++ {
		if end, ok := ocrRuledRun(lines, i, flat); ok {
			changed = true
			i = end - 1
		}
	}
	if !changed {
		return text
	}
	return []byte(strings.Join(lines, "\n"))
}

// ocrRuledLikely: some line holds two lone rule marks, one of them
// unambiguous; found from the unambiguous marks alone, so a text with a
// page foot "… 2020 | 5" is not split into lines.
func ocrRuledLikely(text []byte) bool {
	for off := 0; off < len(text); {
		k := bytes.IndexAny(text[off:], "|!]")
		if k < 0 {
			return false
		}
		at := off + k
		off = at + 1
		if !ocrLone(text, at) {
			continue
		}
		s := bytes.LastIndexByte(text[:at], '\n') + 1
		e := bytes.IndexByte(text[at:], '\n')
		if e < 0 {
			e = len(text)
		} else {
			e += at
		}
		if _, rules, _ := ocrRuleSplit(string(text[s:e])); rules >= 2 {
			return true
		}
		off = e
	}
	return false
}

// ocrLone: the byte at i stands between blanks or line edges.
func ocrLone(t []byte, i int) bool {
	blank := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
	return (i == 0 || blank(t[i-1])) && (i+1 == len(t) || blank(t[i+1]))
}

// ocrRuleSplit splits a line at its lone rule marks: the cells between
// them (their words joined by one space, a cell before a leading mark
// empty), how many marks, how many of them unambiguous.
func ocrRuleSplit(l string) (cells []string, rules, hard int) {
	var cur []string
	for _, f := range strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == '\t' || r == '\r' }) {
		if len(f) == 1 && strings.IndexByte(ocrRuleMarks, f[0]) >= 0 {
			cells = append(cells, strings.Join(cur, " "))
			cur = cur[:0]
			rules++
			if f[0] != 'I' && f[0] != 'l' {
				hard++
			}
			continue
		}
		cur = append(cur, f)
	}
	return append(cells, strings.Join(cur, " ")), rules, hard
}

// ocrRuledRun rewrites the run whose header is lines[i] when it is proven;
// it returns the index after the run. In a flat text (no TAB anywhere, a
// `pdftotext -layout` page) the rows are padded into space-aligned columns
// instead: one TAB line would keep the space-alignment reader (aligned.go)
// from the text's other tables.
func ocrRuledRun(lines []string, i int, flat bool) (int, bool) {
	head, n, hard := ocrRuleSplit(lines[i])
	if n < 2 || strings.IndexByte(lines[i], '\t') >= 0 && hard == 0 {
		return 0, false
	}
	next := i + 1
	// a header over two or three lines, each with the same borders: its words stacked cell by cell
	for ; next < len(lines) && next < i+3; next++ {
		c, r, _ := ocrRuleSplit(lines[next])
		if r != n || ocrAnyFigure(c) || !ocrHasLetter(strings.Join(c, "")) {
			break
		}
		for k := range head {
			head[k] = strings.TrimSpace(head[k] + " " + c[k])
		}
	}
	// a wrapped header: its last border ends the line, the last cell alone on the next
	if head[n] == "" && next < len(lines) {
		if c, r, _ := ocrRuleSplit(lines[next]); r == 0 && ocrHasLetter(c[0]) && len(strings.Fields(c[0])) <= 3 && !ocrHasDigit(c[0]) {
			head[n] = c[0]
			next++
		}
	}
	for k, c := range head {
		if c == "" && (k == 0 || k == n) {
			continue // an outer frame's edge, proven below by every row
		}
		if !ocrHasLetter(c) || ocrFigure(c) {
			return 0, false
		}
	}
	hardLines := 0
	if hard > 0 {
		hardLines++
	}
	var rows [][]string
	end := next
	for k := next; k < len(lines); k++ {
		t := strings.TrimSpace(lines[k])
		if t == "" {
			// a gap of one or two blank lines between rows
			if k+1 < len(lines) && strings.TrimSpace(lines[k+1]) != "" || k+2 < len(lines) && strings.TrimSpace(lines[k+2]) != "" {
				continue
			}
			break
		}
		cells, r, h := ocrRuleSplit(lines[k])
		if r != n || !ocrAnyFigure(cells) {
			break
		}
		if h > 0 {
			hardLines++
		}
		rows = append(rows, cells)
		end = k + 1
	}
	if len(rows) < 2 || hardLines < 2 || !ocrColumnsAgree(rows) || flat && !ocrMisread(lines[i:end]) {
		return 0, false
	}
	// the outer frame: a border opening (closing) every line parts an empty edge column
	lead, trail := true, true
	for _, r := range append(rows, head) {
		lead = lead && r[0] == ""
		trail = trail && r[n] == ""
	}
	if head[0] == "" && !lead || head[n] == "" && !trail {
		return 0, false
	}
	cut := func(r []string) []string {
		if trail {
			r = r[:len(r)-1]
		}
		if lead {
			r = r[1:]
		}
		return r
	}
	for k, c := range head {
		head[k] = ocrFoldHeader(c)
	}
	// the header, then the rows, each on its own line from the header's line on; the gaps go below
	table := [][]string{cut(head)}
	for _, r := range rows {
		table = append(table, cut(r))
	}
	out := ocrLayout(table, flat)
	for k := i; k < end; k++ {
		lines[k] = ""
	}
	copy(lines[i:end], out)
	return end, true
}

// ocrMisread: some lone mark of the lines is not a bar. A flat text's
// table ruled with bars alone is a bar-delimited table, the flat reader's
// (extract/flatten_delim.go), which reads it as before.
func ocrMisread(lines []string) bool {
	for _, l := range lines {
		for _, f := range strings.Fields(l) {
			if len(f) == 1 && f[0] != '|' && strings.IndexByte(ocrRuleMarks, f[0]) >= 0 {
				return true
			}
		}
	}
	return false
}

// ocrLayout writes a proven table's lines: TAB rows, or in a flat text
// columns three spaces apart as -layout prints them, figures to the right
// of their column, words to the left.
func ocrLayout(table [][]string, flat bool) []string {
	out := make([]string, len(table))
	if !flat {
		for k, r := range table {
			out[k] = strings.Join(r, "\t")
		}
		return out
	}
	width := make([]int, len(table[0]))
	for _, r := range table {
		for j, c := range r {
			width[j] = max(width[j], utf8.RuneCountInString(c))
		}
	}
	var b strings.Builder
	for k, r := range table {
		b.Reset()
		for j, c := range r {
			pad := strings.Repeat(" ", width[j]-utf8.RuneCountInString(c))
			if j > 0 {
				b.WriteString("   ")
			}
			if ocrFigure(c) || c == "-" {
				b.WriteString(pad + c)
			} else {
				b.WriteString(c + pad)
			}
		}
		out[k] = strings.TrimRight(b.String(), " ")
	}
	return out
}

// ocrColumnsAgree: no row shows a border in the wrong place. A cell of
// two bare figures ("67 9.621") has lost its rule; a figure in a column of
// names, or a name beside a figure in a column of figures ("ELAR 19"), has
// been shifted by a letter taken for a rule. A code in a column of
// figures (076.01.WA over 3355) is one word and no sign of either.
func ocrColumnsAgree(rows [][]string) bool {
	for j := range rows[0] {
		figs, words := 0, 0
		for _, r := range rows {
			c := r[j]
			switch {
			case c == "" || c == "-":
			case ocrFigure(c):
				figs++
			case ocrTwoFigures(c):
				return false
			default:
				words++
			}
		}
		for _, r := range rows {
			c := r[j]
			if words > figs && ocrFigure(c) || figs > words && !ocrFigure(c) && ocrHoldsFigure(c) {
				return false
			}
		}
	}
	return true
}

// ocrFigure: a cell that is one number as a table prints it (11.612,
// 97,19%, (1.250), -).
func ocrFigure(c string) bool {
	c = strings.TrimSuffix(strings.TrimPrefix(c, "("), ")")
	c = strings.TrimSuffix(strings.TrimPrefix(c, "Rp"), "%")
	if c == "" {
		return false
	}
	digits := 0
	for _, r := range c {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.' || r == ',' || r == '-' || r == '+':
		default:
			return false
		}
	}
	return digits > 0
}

// ocrTwoFigures: a cell of two or more blank-separated figures.
func ocrTwoFigures(c string) bool {
	f := strings.Fields(c)
	if len(f) < 2 {
		return false
	}
	for _, w := range f {
		if !ocrFigure(w) {
			return false
		}
	}
	return true
}

// ocrHoldsFigure: a cell of several words, one of them a figure.
func ocrHoldsFigure(c string) bool {
	f := strings.Fields(c)
	if len(f) < 2 {
		return false
	}
	for _, w := range f {
		if ocrFigure(w) {
			return true
		}
	}
	return false
}

func ocrAnyFigure(cells []string) bool {
	for _, c := range cells {
		if ocrFigure(c) {
			return true
		}
	}
	return false
}

func ocrHasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

func ocrHasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// ocrHeaderWords are the table words a header's garbled word is folded
// to: only a word that folds to one of them is changed.
var ocrHeaderWords = []string{"Jumlah", "Pemilih", "Nama", "Kecamatan", "Desa", "Kelurahan", "Kel", "Laki-laki",
	"Perempuan", "Total", "Wilayah", "Kabupaten", "Pagu", "Anggaran", "Realisasi", "Sisa", "Program", "Kegiatan",
	"Uraian", "Kinerja", "Indikator", "Target", "Capaian", "Satuan", "Persentase", "Penyerapan", "Serapan",
	"Terdaftar", "Pemilu", "Pilkada", "Tetap", "Daftar"}

// ocrFold is the key a word is compared by: lower case, "rn" as "m", "i"
// as "l" (the OCR's confusions).
func ocrFold(w string) string {
	w = strings.ReplaceAll(strings.ToLower(w), "rn", "m")
	return strings.ReplaceAll(w, "i", "l")
}

var ocrHeaderFold = func() map[string]string {
	m := make(map[string]string, len(ocrHeaderWords))
	for _, w := range ocrHeaderWords {
		m[ocrFold(w)] = w
	}
	return m
}()

// ocrCapitals: a word printed in capitals, its "l" for "I" aside (LAKI-LAKl).
func ocrCapitals(w string) bool {
	up, low := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			low++
		}
	}
	return up > low
}

// ocrFoldHeader folds the garbled words of a header cell; the words are
// the runs of letters and hyphens, kept in their case (all capitals stay
// capitals).
func ocrFoldHeader(c string) string {
	var b strings.Builder
	word := func(w string) {
		if w == "" {
			return
		}
		if to, ok := ocrHeaderFold[ocrFold(w)]; ok && !strings.EqualFold(to, w) {
			if ocrCapitals(w) {
				to = strings.ToUpper(to)
			}
			w = to
		}
		b.WriteString(w)
	}
	s := 0
	for k, r := range c {
		if unicode.IsLetter(r) || r == '-' {
			continue
		}
		word(c[s:k])
		b.WriteRune(r)
		s = k + utf8.RuneLen(r)
	}
	word(c[s:])
	return b.String()
}
