package parse

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT printed from an application's progress dashboard (the e-Coklit
// dasbor of the voters' matching and research, a monitoring screen) and
// typed again: one record an area under a name line marked `>` (or `▶`,
// `►`, `»`), its fields indented under it, records stacked or two and
// more abreast, the kabupaten's record first or last:
//
//	> ALAK
//	    Progres coklit      [====================] 100 %
//	    Desa/Kel. selesai : 12 / 12
//	    TPS               : 222
//	    Pemilih L / P     : 28.130 / 29.176
//	    Total Pemilih     : 57.306
//
//	> KOTA X (seluruh kecamatan)
//	    …
//
// Read as prose nothing loads, and the paired fields would give no count.
// dptDashboards reads each record by its fields. A field is `label :
// value`; its label names one role or several parted by `/` (`L / P`,
// `Laki-laki/Perempuan`, `L/P/Total`, `TPS / Desa`), each part by its
// role words (desa or kel, TPS, L or laki-laki, P or perempuan, total or
// jumlah, a bare "Pemilih" the total), `Desa/Kel.` one role; a part with
// any other word (dicoklit, baru, terdaftar) has no role and its field
// gives nothing. The value gives as many figures parted by `/` as the
// label has roles, each bound to its role in order. A field of one role
// with two figures is a progress fraction (done / of): a count only when
// both halves agree, the work complete (`Desa/Kel. selesai : 12 / 12`);
// `9 / 12` says the work is unfinished, so the record's counts are so far,
// not the roll's: the record is left out with a finding (and a whole over
// it no longer proves). A field whose label says the work is done
// (selesai, tuntas) with a single figure (done, of no stated whole) gives
// nothing.
// A role given twice with different figures leaves the record unread.
// Lines without a colon (the progress bar) and the head are no facts. The
// record is the kabupaten's whole when its title says so (seluruh, total,
// jumlah, rekap, kabupaten), or opens with "Kota" and its counts are the
// sums of the others' ("KOTA RAJA" stays a kecamatan). The records go
// through labelTable (label_sheet.go), which proves each by L + P = total
// and the whole's by the sums of the areas', and vertWrite writes them as
// one TAB table in place (line numbers never change), so the DPT reader
// reads them under the caption above.

// progDashGate is the cheap look: a name line's mark at a line's start
// with a record's fields in the few hundred bytes after it (two colons and
// a voter count's word); a lone "▶ KPU X" under a web page's links is
// none. Each mark's look is bounded by its window.
func progDashGate(data []byte) bool {
	for _, m := range [...]string{"\n> ", "\n▶", "\n►", "\n»"} {
		for i := 0; i < len(data); {
			k := bytes.Index(data[i:], []byte(m))
			if k < 0 {
				break
			}
			k += i
			w := data[k+len(m) : min(len(data), k+len(m)+600)]
			if bytes.Count(w, []byte(":")) >= 2 && progDashWords(w) {
				return true
			}
			i = k + len(m)
		}
	}
	return false
}

// progDashWords: w names a voter count (TPS, pemilih, laki-laki, total,
// jumlah).
func progDashWords(w []byte) bool {
	for _, s := range [...]string{"TPS", "emilih", "EMILIH", "aki", "AKI", "otal", "OTAL", "umlah", "UMLAH", "Jml", "JML"} {
		if bytes.Contains(w, []byte(s)) {
			return true
		}
	}
	return false
}

// progDashMarks are the runes that mark a record's name line.
const progDashMarks = ">▶►»"

// progDashNameCols are the rune columns of the name marks of a name line (the
// first at the line's start, any other after a gutter of two spaces); nil
// when l is no name line.
func progDashNameCols(l string) []int {
	if !strings.HasPrefix(l, "> ") && !strings.HasPrefix(l, "▶") && !strings.HasPrefix(l, "►") && !strings.HasPrefix(l, "»") {
		return nil // most lines: no rune slice made
	}
	r := []rune(strings.TrimRight(l, " \r"))
	if len(r) < 3 || !strings.ContainsRune(progDashMarks, r[0]) || r[1] != ' ' {
		return nil
	}
	cols := []int{0}
	for k := 2; k+2 < len(r); k++ {
		if strings.ContainsRune(progDashMarks, r[k]) && r[k+1] == ' ' && r[k-1] == ' ' && r[k-2] == ' ' {
			cols = append(cols, k)
		}
	}
	for k, c := range cols {
		end := len(r)
		if k+1 < len(cols) {
			end = cols[k+1]
		}
		t := strings.TrimSpace(string(r[c+1 : end]))
		if t == "" || strings.Contains(t, ":") || !hasLetter(t) {
			return nil // a quoted line, an arrow with a field: no record's name
		}
	}
	return cols
}

// dptDashboards rewrites every dashboard of area records as a TAB table.
func dptDashboards(doc *facts.Document, data []byte) []byte {
	if !progDashGate(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if progDashNameCols(lines[i]) == nil {
			continue
		}
		t, end, ok := progDashRun(doc, lines, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// progDashRun reads the records from the name line lines[from] on, one row
// of records after another, blank lines between: the table, the line
// after the run, whether it stands.
func progDashRun(doc *facts.Document, lines []string, from int) (vertTable, int, bool) {
	t := vertTable{from: from, to: from + 1}
	var all []label
	k := from
	for k < len(lines) {
		cols := progDashNameCols(lines[k])
		if cols == nil {
			break
		}
		end := k + 1
		for end < len(lines) && end < k+30 && strings.TrimSpace(strings.Trim(lines[end], "\f\r")) != "" && progDashNameCols(lines[end]) == nil {
			end++
		}
		recs, ok := progDashRow(doc, lines, k, end, cols)
		if !ok {
			break
		}
		all = append(all, recs...)
		t.to = end
		k = end
		for k < len(lines) && strings.TrimSpace(strings.Trim(lines[k], "\f\r")) == "" {
			k++
		}
	}
	if len(all) < 2 {
		return t, t.to, false
	}
	progDashWhole(all)
	return labelTable(doc, t, all, "dasbor")
}

// progDashRow reads the records of one row: the name line lines[from] cut at
// cols, its fields down to lines[to-1]. False when a record has no voter
// count (a dashboard of progress only, a quoted mail).
func progDashRow(doc *facts.Document, lines []string, from, to int, cols []int) ([]label, bool) {
	recs := make([]label, len(cols))
	name := progDashCut(lines[from], cols)
	for c := range cols {
		recs[c].title = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(name[c]), progDashMarks))
		recs[c].line = from
	}
	bad := make([]bool, len(cols))
	unfinished := make([]bool, len(cols))
	for k := from + 1; k < to; k++ {
		for c, cell := range progDashCut(lines[k], cols) {
			label, value, ok := strings.Cut(cell, ":")
			if !ok {
				continue // a progress bar, a note: no field
			}
			roles, figs, ok, open := progDashField(label, value)
			if open {
				// the work is unfinished (`Desa/Kel. selesai : 9 / 12`):
				// its counts are so far, not the roll's
				unfinished[c] = true
			}
			if !ok {
				continue
			}
			l := &recs[c]
			for j, r := range roles {
				if l.has[r] && l.n[r] != figs[j].n {
					bad[c] = true
				}
				l.has[r], l.n[r], l.vals[r] = true, figs[j].n, figs[j].text
			}
		}
	}
	var kept []label
	for c := range recs {
		if !recs[c].has[labelL] && !recs[c].has[labelP] && !recs[c].has[labelTotal] {
			return nil, false
		}
		if unfinished[c] {
			doc.Add(facts.Finding{Span: facts.Span{Start: from + 1, End: to}, Aturan: "tabel.baris_tidak_dikenali", Tingkat: facts.Warning,
				Pesan: fmt.Sprintf("dasbor %q baris %d: pekerjaan belum selesai; angkanya bukan DPT yang ditetapkan, tidak dibaca", recs[c].title, from+1)})
			continue
		}
		if bad[c] {
			// left out, so a whole over it is no longer the sums either
			doc.Add(facts.Finding{Span: facts.Span{Start: from + 1, End: to}, Aturan: "tabel.baris_tidak_dikenali", Tingkat: facts.Warning,
				Pesan: fmt.Sprintf("dasbor %q baris %d: satu hitungan dengan dua angka berbeda; tidak dibaca", recs[c].title, from+1)})
			continue
		}
		kept = append(kept, recs[c])
	}
	return kept, true
}

// progDashCut cuts l at the rune columns cols: one cell a record.
func progDashCut(l string, cols []int) []string {
	if len(cols) == 1 {
		return []string{l}
	}
	r := []rune(strings.TrimRight(l, "\r"))
	out := make([]string, len(cols))
	for c, at := range cols {
		end := len(r)
		if c+1 < len(cols) {
			end = min(cols[c+1], len(r))
		}
		if at < len(r) {
			out[c] = string(r[at:end])
		}
	}
	return out
}

// progDashFig is one figure of a field: as written and read.
type progDashFig struct {
	text string
	n    int64
}

// reProgDashFig is a count: digits, grouped by dots in thousands or not.
var reProgDashFig = regexp.MustCompile(`^(?:\d{1,3}(?:\.\d{3})+|\d+)$`)

// progDashField reads a field: the roles its label names and their figures,
// in order; ok false when it counts nothing proven, open true when it is a
// fraction whose work is unfinished (`9 / 12`).
func progDashField(label, value string) (roles []int, figs []progDashFig, ok, open bool) {
	for _, v := range strings.Split(value, "/") {
		v = strings.TrimSpace(v)
		if !reProgDashFig.MatchString(v) || len(v) > 13 {
			return nil, nil, false, false
		}
		var n int64
		for _, c := range v {
			if c != '.' {
				n = n*10 + int64(c-'0')
			}
		}
		figs = append(figs, progDashFig{v, n})
	}
	progress := false
	for _, part := range strings.Split(label, "/") {
		r, done := progDashRole(part)
		if r < 0 {
			return nil, nil, false, false
		}
		progress = progress || done
		if len(roles) > 0 && roles[len(roles)-1] == r {
			continue // "Desa/Kel.": one role in two words
		}
		roles = append(roles, r)
	}
	switch {
	case len(roles) == 1 && len(figs) > 1:
		// a fraction (done / of): a count only when complete
		for _, f := range figs[1:] {
			if f.n != figs[0].n {
				return nil, nil, false, true
			}
		}
		return roles, figs[:1], true, false
	case progress:
		return nil, nil, false, false // done so far, of no stated whole
	case len(roles) == len(figs):
		return roles, figs, true, false
	}
	return nil, nil, false, false
}

// progDashRole is the role a label's part names (-1 for none), and whether it
// says the work is done.
func progDashRole(part string) (int, bool) {
	words := strings.FieldsFunc(strings.ToLower(part), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '+' && r != '-'
	})
	role, done := -1, false
	for _, w := range words {
		r := -1
		switch w {
		case "desa", "kel", "kelurahan", "desa-kel":
			r = labelDesa
		case "tps":
			r = labelTPSRole
		case "l", "lk", "laki", "laki-laki", "laki2", "pria":
			r = labelL
		case "p", "pr", "perempuan", "wanita":
			r = labelP
		case "total", "jumlah", "jml", "l+p", "pemilih", "dpt":
		case "selesai", "tuntas", "rampung":
			done = true
		default:
			return -1, false // a word of no count's meaning: "dicoklit", "baru"
		}
		if r >= 0 {
			if role >= 0 && role != r {
				return -1, false
			}
			role = r
		}
	}
	if role < 0 && len(words) > 0 && !done {
		// "Total Pemilih", "Jumlah", a bare "Pemilih" or "DPT"
		role = labelTotal
	}
	return role, done
}

// progDashWhole marks each record an area or the kabupaten's whole: whole by
// a word of its title, or, for a title opening with "Kota" alone, by its
// counts being the sums of all the other records'. A whole's title not
// opening with a total's word gets "Jumlah" before it.
func progDashWhole(all []label) {
	for i := range all {
		l := &all[i]
		t := " " + strings.ToLower(strings.Join(strings.FieldsFunc(l.title, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
		}), " ")) + " "
		whole := false
		for _, w := range []string{" seluruh ", " seluruhnya ", " semua ", " total ", " jumlah ", " jml ", " rekap ", " rekapitulasi ",
			" kabupaten ", " kab ", " se-kabupaten ", " se-kota ", " keseluruhan "} {
			if strings.Contains(t, w) {
				whole = true
			}
		}
		if !whole && strings.HasPrefix(t, " kota ") {
			whole = progDashSums(all, i)
		}
		l.area = !whole
		if f := strings.Fields(t); whole && (len(f) == 0 || f[0] != "jumlah" && f[0] != "total" && f[0] != "jml") {
			// the DPT reader knows a total by its word, not by "Kota X
			// (seluruh kecamatan)"
			l.title = "Jumlah " + l.title
		}
	}
}

// progDashSums: the counts of all[i] are the sums of the other records' (L,
// P and the total at least).
func progDashSums(all []label, i int) bool {
	if len(all) < 3 {
		return false
	}
	var sum [labelRoles]int64
	for j, l := range all {
		if j == i {
			continue
		}
		for r := range sum {
			if !l.has[r] {
				if r == labelL || r == labelP || r == labelTotal {
					return false
				}
				continue
			}
			sum[r] += l.n[r]
		}
	}
	for _, r := range []int{labelL, labelP, labelTotal} {
		if !all[i].has[r] || all[i].n[r] != sum[r] {
			return false
		}
	}
	return true
}
