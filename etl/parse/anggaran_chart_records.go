package parse

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A budget chart typed again with its budget lines as labelled records,
// each spread over two or three lines next to the chart's decoration: a
// Pareto chart of the monitoring sheet (the lines sorted by pagu, a bar
// and a cumulative share beside each code, the name under it, then the
// figures), or an S-curve whose legend is the budget table:
//
//	3360          ██████████████                        kum. 37,70 %
//	              Operasional Perkantoran dan Dukungan Sarana Prasarana
//	              pagu 1.599.269.000 | real. 1.546.895.760 | sisa 52.373.240 | serapan 96,73% | induk 076.01.WA
//
//	■ 3355 Pengelolaan Keuangan dan Barang Milik Negara
//	  Pagu 1.542.810.000 / Realisasi 1.498.370.000 / Sisa 44.440.000 / 97,12 %
//
// A record is a line opening with a budget code (after a bullet) whose
// rest is a name or chart decoration only (bars, `kum. n %`), at most
// three name lines, then a figures line: every field a label and one
// amount (`pagu`, `real.`/`realisasi`, `sisa`, `serapan`, `induk` a code;
// colons and `Rp` allowed, a bare percent last the serapan). A total
// record is a total line (`■ JUMLAH SELURUHNYA`) over a figures line, or
// the figures line itself opening `TOTAL JUMLAH:`. Bars, shares, the sort
// order and the axis are never values.
//
// Each record must prove itself: its sisa equals pagu − realisasi, or its
// serapan is realisasi/pagu (to the printed decimals), and nothing it
// states disagrees; a record that fails gives no row
// (anggaran.rekaman_tidak_terbukti). A kegiatan's program is its `induk`
// when the records state one; otherwise the program above it, but only
// when every program's kegiatan then sum to its pagu (a chart sorted by
// pagu mixes programs and kegiatan, so order alone proves nothing); else
// the kegiatan keep no program. Records following one another with blank
// or rule lines only are one table, written as TAB rows in their place
// (a parent before its kegiatan, the total last) for the budget reader,
// which takes the caption above, its year and its unit, as for any table.

// chartRecords rewrites the labelled budget records of a chart as a TAB
// table; data itself when it holds none.
func chartRecords(doc *facts.Document, data []byte) []byte {
	if !chartRecordsMay(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); {
		recs, end := chartRecordRun(lines, i)
		if len(recs) == 0 {
			i = end
			continue
		}
		if chartRecordTable(doc, lines, recs) {
			changed = true
		}
		i = end
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// chartRecordsMay: two labelled realisasi amounts at least, each the
// first field of its line or after a field separator ("| real.
// 1.546.895.760", "/ Realisasi 1.498.370.000", "; Realisasi: Rp 950.000"),
// found without splitting the text. A table's header "Realisasi" stands
// before a TAB, a line's end or a year ("Realisasi 2024"), prose's
// "dengan realisasi Rp" after a word.
func chartRecordsMay(doc *facts.Document, data []byte) bool {
	x := triIndexOf(doc, data) // a word absent from the text costs no scan (scan_index.go)
	n := 0
	for _, w := range [...]string{"eal", "EAL"} {
		if x != nil && !x.mayHold(w) {
			continue
		}
		for i := 0; i < len(data); {
			k := bytes.Index(data[i:], []byte(w))
			if k < 0 {
				break
			}
			p := i + k
			i = p + 3
			if p == 0 || data[p-1]|0x20 != 'r' {
				continue
			}
			b := p - 2
			for b >= 0 && data[b] == ' ' {
				b--
			}
			if b >= 0 && !strings.ContainsRune("|/;,\t\n", rune(data[b])) {
				continue
			}
			q := p + 3
			if q+5 <= len(data) && bytes.EqualFold(data[q:q+5], []byte("isasi")) {
				q += 5
			} else if q < len(data) && data[q] == '.' {
				q++
			}
			for q < len(data) && (data[q] == ' ' || data[q] == ':') {
				q++
			}
			if q+1 < len(data) && data[q]|0x20 == 'r' && data[q+1]|0x20 == 'p' {
				q += 2
				for q < len(data) && (data[q] == ' ' || data[q] == '.') {
					q++
				}
			}
			if !amountAt(data, q) {
				continue
			}
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// amountAt: an amount starts at data[q], grouped ("1.546.895.760",
// "950,000") or five digits at least; a year ("Realisasi 2024") is none.
func amountAt(data []byte, q int) bool {
	d := 0
	for q+d < len(data) && data[q+d] >= '0' && data[q+d] <= '9' {
		d++
	}
	if d >= 5 {
		return true
	}
	if d == 0 || d > 3 || q+d+4 > len(data) || data[q+d] != '.' && data[q+d] != ',' {
		return false
	}
	for _, c := range data[q+d+1 : q+d+4] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// chartRec is one record: its code ("" for the total) and name, the
// amounts as written, the serapan, the parent it states.
type chartRec struct {
	code, name  string
	first, last int // its lines
	amt         [3]string
	val         [3]int64
	has         [3]bool
	pct         string
	induk       string
	parent      string
}

// chartFields is one figures line read.
type chartFields struct {
	amt   [3]string
	has   [3]bool
	pct   string
	induk string
	total string // the total words opening the line ("TOTAL JUMLAH:")
}

// chartRecordRun reads the run of records starting at line i or after
// it: the records and the index after the run (after line i when none
// starts there).
func chartRecordRun(lines []string, i int) ([]chartRec, int) {
	var recs []chartRec
	k := i
	for k < len(lines) {
		r, next, ok := chartRecordAt(lines, k)
		if !ok {
			if len(recs) == 0 {
				return nil, i + 1
			}
			break
		}
		recs = append(recs, r)
		k = next
		// blank and rule lines between records
		for k < len(lines) && chartGap(lines[k]) {
			k++
		}
	}
	coded := 0
	for _, r := range recs {
		if r.code != "" {
			coded++
		}
	}
	if coded < 2 {
		return nil, i + 1
	}
	return recs, recs[len(recs)-1].last + 1
}

// chartGap: a blank line or a rule (box-drawing, dashes, equals signs).
func chartGap(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !strings.ContainsRune("─━═-=_~·", r) {
			return false
		}
	}
	return true
}

// chartRecordAt reads the record opening at line k.
func chartRecordAt(lines []string, k int) (chartRec, int, bool) {
	var r chartRec
	if f, ok := chartFigures(lines[k]); ok {
		if f.total == "" {
			return r, 0, false
		}
		r.name, r.first, r.last = f.total, k, k
		r.setFields(f)
		return r, k + 1, true
	}
	code, name, total, ok := chartHead(lines[k])
	if !ok {
		return r, 0, false
	}
	r.code, r.name, r.first = code, name, k
	for j := k + 1; j < len(lines) && j <= k+4; j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" {
			return r, 0, false
		}
		if f, ok := chartFigures(t); ok {
			if f.total != "" {
				return r, 0, false
			}
			r.last = j
			r.setFields(f)
			if total != "" && r.induk != "" {
				return r, 0, false
			}
			return r, j + 1, true
		}
		if total != "" || j == k+4 {
			return r, 0, false // a total's figures stand right under it
		}
		if _, _, _, head := chartHead(t); head {
			return r, 0, false
		}
		r.name = strings.TrimSpace(r.name + " " + t)
	}
	return r, 0, false
}

func (r *chartRec) setFields(f chartFields) {
	r.amt, r.has, r.pct, r.induk = f.amt, f.has, f.pct, f.induk
}

// chartHead reads a record's first line: a bullet, then a budget code
// and the rest a name or chart decoration, or total words alone.
func chartHead(s string) (code, name, total string, ok bool) {
	t := strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if t == "" || len(s)-len(t) > 0 && strings.ContainsAny(s[:len(s)-len(t)], "|\t") {
		return "", "", "", false
	}
	first := t
	if i := strings.IndexAny(t, " \t"); i > 0 {
		first = t[:i]
	}
	first = strings.TrimRight(first, ".,:")
	if !budgetCodeShape(first) {
		w := strings.TrimRight(strings.TrimSpace(t), ":")
		if onlyLettersSpaces(w) && totalText(w) {
			return "", w, w, true
		}
		return "", "", "", false
	}
	rest := chartUndecorate(strings.TrimSpace(t[len(first):]))
	rest = strings.TrimSpace(strings.TrimLeft(rest, "-–:. "))
	for _, c := range rest {
		if unicode.IsDigit(c) && !hasLetterWord(rest) {
			return "", "", "", false // figures beside the code: a table row, no record head
		}
	}
	return first, rest, "", true
}

func onlyLettersSpaces(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && r != ' ' {
			return false
		}
	}
	return true
}

func hasLetterWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if utf8.RuneCountInString(w) >= 3 && unicode.IsLetter([]rune(w)[0]) {
			return true
		}
	}
	return false
}

// chartUndecorate drops a chart's decoration from a code line: bars
// (block elements, squares, #, =) and shares (`kum. 37,70 %`, `28,7 %`).
// A name keeps its words; a figure that is no share stays (and the line
// is then no record head).
func chartUndecorate(s string) string {
	s = strings.Map(func(r rune) rune {
		if r >= 0x2580 && r <= 0x259F || r >= 0x25A0 && r <= 0x25AB || r == '#' || r == '=' {
			return ' '
		}
		return r
	}, s)
	f := strings.Fields(s)
	var keep []string
	for i := 0; i < len(f); i++ {
		w := f[i]
		lw := strings.ToLower(strings.TrimRight(w, ".:"))
		if lw == "kum" || lw == "kumulatif" || lw == "cum" {
			continue
		}
		if p := strings.TrimSuffix(w, "%"); p != w && isPlainNumber(p) {
			continue
		}
		if isPlainNumber(w) && i+1 < len(f) && f[i+1] == "%" {
			i++
			continue
		}
		keep = append(keep, w)
	}
	return strings.Join(keep, " ")
}

func isPlainNumber(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != ',' && s[i] != '.' {
			return false
		}
	}
	return s[0] >= '0' && s[0] <= '9'
}

// chartLabels are the field labels of a figures line and what they name.
var chartLabels = []struct {
	word string
	role int // 0 pagu, 1 realisasi, 2 sisa, 3 serapan, 4 induk
}{
	{"pagu", 0}, {"realisasi", 1}, {"real.", 1}, {"real", 1}, {"sisa", 2},
	{"serapan", 3}, {"penyerapan", 3}, {"induk", 4},
}

// chartFigures reads a figures line: labelled fields only, pagu and
// realisasi each once, the other labels at most once.
func chartFigures(s string) (chartFields, bool) {
	var f chartFields
	if !strings.Contains(s, "eal") && !strings.Contains(s, "EAL") {
		return f, false // no realisasi label: no figures line (and no lowering)
	}
	t := strings.TrimSpace(s)
	low := strings.ToLower(t)
	type at struct{ pos, end, role int }
	var marks []at
	for p := 0; p < len(low); p++ {
		if p > 0 && isLetterByte(low[p-1]) {
			continue
		}
		for _, l := range chartLabels {
			if !strings.HasPrefix(low[p:], l.word) {
				continue
			}
			e := p + len(l.word)
			if e < len(low) && isLetterByte(low[e]) {
				continue
			}
			marks = append(marks, at{p, e, l.role})
			p = e - 1
			break
		}
	}
	if len(marks) < 2 {
		return f, false
	}
	if pre := strings.TrimSpace(t[:marks[0].pos]); pre != "" {
		w := strings.TrimSpace(strings.TrimSuffix(pre, ":"))
		if !strings.HasSuffix(pre, ":") || !onlyLettersSpaces(w) || !totalText(w) {
			return f, false
		}
		f.total = w
	}
	seen := [5]bool{}
	for n, m := range marks {
		end := len(t)
		if n+1 < len(marks) {
			end = marks[n+1].pos
		}
		if seen[m.role] {
			return f, false
		}
		seen[m.role] = true
		val := strings.TrimSpace(t[m.end:end])
		val = strings.TrimRight(val, " |/;,")
		val = strings.TrimSpace(strings.TrimLeft(val, ":= "))
		// a qualifier between the label and the amount ("pagu akhir")
		for _, q := range [...]string{"akhir", "revisi", "dipa", "anggaran", "dana"} {
			if len(val) > len(q) && strings.EqualFold(val[:len(q)], q) && val[len(q)] == ' ' {
				val = strings.TrimSpace(strings.TrimLeft(val[len(q):], ":= "))
			}
		}
		switch m.role {
		case 4:
			if !isCode(val) {
				return f, false
			}
			f.induk = val
		case 3:
			p := strings.TrimSpace(strings.TrimSuffix(val, "%"))
			if !isPlainNumber(p) {
				return f, false
			}
			f.pct = p
		default:
			a, tail := chartAmount(val)
			if a == "" {
				return f, false
			}
			if tail != "" {
				// a bare percent after the last amount is the serapan
				p := strings.TrimSpace(strings.TrimSuffix(tail, "%"))
				if n+1 < len(marks) || seen[3] || p == tail || !isPlainNumber(p) {
					return f, false
				}
				seen[3] = true
				f.pct = p
			}
			f.amt[m.role], f.has[m.role] = a, true
		}
	}
	if !f.has[0] || !f.has[1] {
		return f, false
	}
	return f, true
}

// chartAmount splits a field's value into the amount as written (an `Rp`
// and a `,-` dropped) and what follows it after a separator.
func chartAmount(v string) (amt, tail string) {
	if len(v) >= 2 && (v[0] == 'R' || v[0] == 'r') && (v[1] == 'p' || v[1] == 'P') {
		v = strings.TrimSpace(strings.TrimLeft(v[2:], ". "))
	}
	e := 0
	if e < len(v) && v[e] == '-' {
		e++
	}
	for e < len(v) && (v[e] >= '0' && v[e] <= '9' || v[e] == '.' || v[e] == ',') {
		e++
	}
	amt = strings.TrimRight(v[:e], ".,")
	if amt == "" || amt == "-" {
		return "", ""
	}
	rest := strings.TrimPrefix(v[e:], "-") // "1.000,-"
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return amt, ""
	}
	if !strings.ContainsAny(rest[:1], "|/;") {
		return "", "" // a word after the amount: no labelled field
	}
	return amt, strings.TrimSpace(strings.TrimLeft(rest, "|/; "))
}
