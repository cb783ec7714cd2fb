package parse

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A voter-roll table of kecamatan rows may print no kabupaten row and
// state the kabupaten's roll in plain words right under it (or right over
// it, leading into it):
//
//	Dengan demikian DPT Kabupaten X berjumlah 133.926 pemilih, terdiri atas
//	67.574 laki-laki dan 66.352 perempuan, di 80 desa/kelurahan dan 341 TPS.
//
// The sentence names no election (the caption does), so the prose reader
// (dpt_prose.go) leaves it; and it is not the keyed form of
// dpt_total_sentence.go. It is the table's total only when the arithmetic
// proves it: its laki-laki and perempuan are the sums of the L and P
// columns, its total theirs and the L+P column's sum, and every village
// or TPS count it states the sum of that column. Then it becomes a TAB
// row "Jumlah" in the blank line under the table, its figures in their
// columns, read as the table's own total (the kabupaten row, under the
// caption's election); a paragraph that is only that sentence is blanked,
// read. A table printing its own total keeps it; a
// sentence disagreeing with the rows (or with that printed total) is a
// finding and loads nothing, unless it names a row of the table or a year
// the caption does not (then it is about something else).

// dptProseTotals rewrites the text so; text itself when nothing proves.
// The gate: a line holding "perempuan" and no TAB, in a text with TABs.
func dptProseTotals(doc *facts.Document, text []byte) []byte {
	if bytes.IndexByte(text, '\t') < 0 {
		return text
	}
	var lines []string
	changed := false
	n, at, done := 0, 0, -1 // the line number of offset at; the last line read
	for off := 0; ; {
		k := bytes.Index(text[off:], []byte("perempuan"))
		if k < 0 {
			break
		}
		k += off
		s, e := lineSpan(text, k) // vertical_records.go
		off = e
		if bytes.IndexByte(text[s:e], '\t') >= 0 || !proseParagraphCounts(text, s, e) {
			continue
		}
		n += bytes.Count(text[at:s], []byte("\n"))
		at = s
		if n <= done {
			continue
		}
		if lines == nil {
			lines = strings.Split(string(text), "\n")
		}
		var ok bool
		done, ok = dptProseTotal(doc, lines, n)
		changed = changed || ok
	}
	if !changed {
		return text
	}
	return []byte(strings.Join(lines, "\n"))
}

// proseParagraphCounts: the paragraph around text[s:e] (to the blank
// lines around it, at most 400 bytes each way) says "pemilih" and
// "laki", and a TAB line stands within 600 bytes of it: cheap, before
// any split.
func proseParagraphCounts(text []byte, s, e int) bool {
	from, to := max(0, s-400), min(len(text), e+400)
	if p := bytes.LastIndex(text[from:s], []byte("\n\n")); p >= 0 {
		from += p
	}
	if p := bytes.Index(text[e:to], []byte("\n\n")); p >= 0 {
		to = e + p
	}
	par := text[from:to]
	// "pemilih" may open a line: the paragraph's wrap falls anywhere
	if !bytes.Contains(par, []byte("pemilih")) || !bytes.Contains(par, []byte("laki")) {
		return false
	}
	return bytes.IndexByte(text[max(0, from-600):min(len(text), to+600)], '\t') >= 0
}

// dptProseTotal reads the paragraph holding lines[i] against the table
// right under or over it.
// It reports the paragraph's last line and whether it wrote a row.
func dptProseTotal(doc *facts.Document, lines []string, i int) (int, bool) {
	a, b := i, i
	for a > 0 && proseLine(lines[a-1]) {
		a--
	}
	for b+1 < len(lines) && proseLine(lines[b+1]) {
		b++
	}
	s := sentenceOfLines(lines[a : b+1])
	st, ok := readDPTSentence(s)
	if !ok {
		return b, false
	}
	k, j := tableAbove(lines, a)
	if k < 0 {
		k, j = tableBelow(lines, b)
	}
	// a sentence set as the table's last row, merged across it with no
	// TAB ("Jumlah Kabupaten X: 119 desa/kelurahan, …, seluruhnya 100.077
	// pemilih."), is its own line to hold the row when it is all its
	// paragraph says
	inPlace := k >= 0 && j+1 == a && len(sentences(s)) == 1
	if k < 0 || j+1 >= len(lines) || !blankLine(lines[j+1]) && !inPlace {
		return b, false // no table beside it, or no blank line under the table to hold the row
	}
	head := strings.Split(lines[k], "\t")
	roles := make([]int, len(head))
	for c, h := range head {
		roles[c] = dptRole(strings.TrimSpace(h))
	}
	col := func(r int) int { return roleColumn(roles, r) }
	nama, cl, cp, clp, cd, ct := col(roleNama), col(roleL), col(roleP), col(roleLP), col(roleDesa), col(roleTPS)
	if nama < 0 || cl < 0 || cp < 0 || clp == -2 || cd == -2 || ct == -2 {
		return b, false
	}
	body := lines[k+1 : j+1]
	about := func() bool { return sentenceAboutTable(s, body, nama, lines, k, a, b) }
	for _, ln := range body {
		cells := strings.Split(ln, "\t")
		if nama >= len(cells) || !totalCell(cells[nama]) {
			continue
		}
		// the table prints its own total: the sentence adds nothing, and
		// only a disagreement is worth saying
		want := clp
		if want < 0 || want >= len(cells) {
			return b, false
		}
		if v, ok := dptSentenceCount(strings.TrimSpace(cells[want])); ok && v != st.total && about() {
			dptSentenceFinding(doc, a, b, st.total, v, "baris jumlah tabel")
		}
		return b, false
	}
	sumL, okL := dptColumnSum(body, cl)
	sumP, okP := dptColumnSum(body, cp)
	if !okL || !okP {
		return b, false // not a table of plain counts
	}
	sumLP := sumL + sumP
	if clp >= 0 {
		var ok bool
		if sumLP, ok = dptColumnSum(body, clp); !ok {
			return b, false
		}
	}
	agree := st.l == sumL && st.p == sumP && st.total == sumLP
	for _, c := range []struct {
		col int
		v   int64
	}{{cd, st.desa}, {ct, st.tps}} {
		if c.col >= 0 && c.v >= 0 {
			sum, ok := dptColumnSum(body, c.col)
			agree = agree && ok && sum == c.v
		}
	}
	if !agree {
		if about() {
			dptSentenceFinding(doc, a, b, st.total, sumLP, "jumlah baris tabel")
		}
		return b, false
	}
	row := make([]string, len(head))
	row[nama] = "Jumlah"
	row[cl], row[cp] = fmt.Sprint(st.l), fmt.Sprint(st.p)
	if clp >= 0 {
		row[clp] = fmt.Sprint(st.total)
	}
	if cd >= 0 && st.desa >= 0 {
		row[cd] = fmt.Sprint(st.desa)
	}
	if ct >= 0 && st.tps >= 0 {
		row[ct] = fmt.Sprint(st.tps)
	}
	if len(sentences(s)) == 1 {
		// the paragraph is that one sentence, now the row: it is read, not
		// prose left unread
		for x := a; x <= b; x++ {
			lines[x] = ""
		}
	}
	lines[j+1] = strings.Join(row, "\t")
	// the row cites the line it was written on, under the table; this
	// names the sentence its figures were read from
	doc.Add(facts.Finding{Span: facts.Span{Start: a + 1, End: b + 1}, Aturan: "dpt.total_kalimat", Tingkat: facts.Info,
		Nilai: fmt.Sprint(st.total),
		Pesan: fmt.Sprintf("baris jumlah tabel DPT (baris %d) dibaca dari kalimat di sampingnya; jumlah baris tabel membuktikannya", j+2)})
	return b, true
}

// proseLine: a line of a paragraph, neither blank nor a table's row nor a
// page break.
func proseLine(s string) bool {
	return !blankLine(s) && strings.IndexByte(s, '\t') < 0 && strings.IndexByte(s, '\f') < 0
}

// sentenceOfLines joins a paragraph's lines, a word broken at a hyphen
// ("laki-" / "laki") kept whole.
func sentenceOfLines(ls []string) string {
	var sb strings.Builder
	for x, l := range ls {
		l = strings.TrimSpace(l)
		if x > 0 && !strings.HasSuffix(ls[x-1], "-") {
			sb.WriteByte(' ')
		}
		sb.WriteString(l)
	}
	return sb.String()
}

// tableAbove is the TAB table ending right above line a (at most two
// blank lines between): its header line k and last row j; -1 when none.
func tableAbove(lines []string, a int) (k, j int) {
	j = a - 1
	for g := 0; g < 2 && j >= 0 && blankLine(lines[j]); g++ {
		j--
	}
	if j < 0 || !strings.Contains(lines[j], "\t") {
		return -1, -1
	}
	k = j
	for k > 0 && strings.Contains(lines[k-1], "\t") {
		k--
	}
	if k == j {
		return -1, -1
	}
	return k, j
}

// tableBelow is the TAB table starting right under line b, its caption
// lines (at most four short lines, blanks among them) between.
func tableBelow(lines []string, b int) (k, j int) {
	k = b + 1
	for g := 0; g < 6 && k < len(lines) && !strings.Contains(lines[k], "\t"); g++ {
		if len(lines[k]) > 120 || strings.IndexByte(lines[k], '\f') >= 0 {
			return -1, -1
		}
		k++
	}
	if k >= len(lines) || !strings.Contains(lines[k], "\t") {
		return -1, -1
	}
	j = k
	for j+1 < len(lines) && strings.Contains(lines[j+1], "\t") {
		j++
	}
	if k == j {
		return -1, -1
	}
	return k, j
}

// totalCell: an area cell naming a total row.
func totalCell(c string) bool {
	key := normalize.Key(c)
	return key == "jumlah" || key == "total" || strings.HasPrefix(key, "jumlah ") || strings.HasPrefix(key, "total ")
}

// dptStated is what a sentence states of a roll; -1 for a count not stated.
type dptStated struct{ total, l, p, desa, tps int64 }

// reDPTWhole: the whole stated after its parts ("…, seluruhnya 100.077
// pemilih"), read by the sentence-total reader only.
var reDPTWhole = regexp.MustCompile(`(?i)(?:seluruhnya|keseluruhan|secara\s+keseluruhan|totalnya|total)\s+(\d{1,3}(?:[.,]\d{3})+|\d{1,7})\s+(?:orang\s+)?$`)

// readDPTSentence reads the roll a sentence states: the total before
// "pemilih" after a verb of counting (or "seluruhnya" after its parts),
// the laki-laki and perempuan counts after it (or before it) making the
// total; the village and TPS counts where stated. A
// sentence naming another roll (DPTb, DPS, ...) is none.
func readDPTSentence(s string) (dptStated, bool) {
	low := []byte(strings.ToLower(s))
	if len(low) != len(s) {
		return dptStated{}, false
	}
	for off := 0; ; {
		i := bytes.Index(low[off:], []byte(" pemilih"))
		if i < 0 {
			return dptStated{}, false
		}
		at := off + i
		off = at + 1
		from := max(0, at-60)
		mm := reDPTTotal.FindStringSubmatchIndex(s[from : at+1])
		if mm == nil {
			mm = reDPTWhole.FindStringSubmatchIndex(s[from : at+1])
		}
		if mm == nil || rollAfter(low[at+len(" pemilih"):]) || rollBefore(s, low, from+mm[0]) {
			continue
		}
		rest := s[from+mm[0]:]
		total := countOf([]string{"", s[from+mm[2] : from+mm[3]]})
		l, p := reDPTL.FindStringSubmatch(rest), reDPTP.FindStringSubmatch(rest)
		if l == nil && p == nil {
			// the parts before the whole: "… 49.066 pemilih laki-laki dan
			// 51.011 pemilih perempuan, seluruhnya 100.077 pemilih"; the sum
			// below and the table's columns prove them
			rest = s
			l, p = reDPTL.FindStringSubmatch(rest), reDPTP.FindStringSubmatch(rest)
		}
		if total == nil || l == nil || p == nil {
			return dptStated{}, false
		}
		lv, pv := countOf(l), countOf(p)
		if lv == nil || pv == nil || *lv+*pv != *total {
			return dptStated{}, false // L + P must make the total
		}
		st := dptStated{total: *total, l: *lv, p: *pv, desa: -1, tps: -1}
		if v := wholeCount(rest, reDPTDesa); v != nil {
			st.desa = *v
		}
		if v := wholeCount(rest, reDPTTPS); v != nil {
			st.tps = *v
		}
		return st, true
	}
}

// sentenceAboutTable: nothing in the sentence points elsewhere than the
// table's whole: it names none of its rows' areas, every year it names
// stands in the table's caption (the lines right above the header, the
// sentence's own lines a..b aside when it stands there), and it names no
// other kind of election than the caption (a Pilkada roll stated under a
// Pemilu table of the same year).
func sentenceAboutTable(s string, body []string, nama int, lines []string, k, a, b int) bool {
	key := " " + normalize.Key(s) + " "
	for _, ln := range body {
		cells := strings.Split(ln, "\t")
		if nama < len(cells) {
			if n := normalize.Key(cells[nama]); n != "" && strings.Contains(key, " "+n+" ") {
				return false // about one of the rows
			}
		}
	}
	var caption strings.Builder
	for x := max(0, k-4); x < k; x++ {
		if x >= a && x <= b {
			continue // the sentence itself, over the table
		}
		caption.WriteString(lines[x])
		caption.WriteByte(' ')
	}
	capt := caption.String()
	for _, y := range yearsIn(s) {
		if !strings.Contains(capt, fmt.Sprint(y)) {
			return false // another year's roll
		}
	}
	if ps, pc := pemilihanOf(s), pemilihanOf(capt); ps != "" && pc != "" && ps != pc {
		return false // another election's roll
	}
	return true
}

// dptSentenceFinding records a sentence beside a DPT table whose figures
// the table does not make.
func dptSentenceFinding(doc *facts.Document, a, b int, said, rows int64, what string) {
	doc.Add(facts.Finding{Span: facts.Span{Start: a + 1, End: b + 1}, Aturan: "dpt.kalimat_total", Tingkat: facts.Warning,
		Nilai: fmt.Sprint(said),
		Pesan: fmt.Sprintf("kalimat di samping tabel DPT menyebut %d pemilih, %s %d; tidak dimuat", said, what, rows)})
}
