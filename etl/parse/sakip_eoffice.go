package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The SAKIP evaluation told by the metadata page of the incoming letter in
// an e-office application (SRIKANDI, TNDE, …) printed or copied: the
// letter's fields as "Label : value" lines (Nomor Naskah, Tanggal Naskah,
// Sifat, Klasifikasi, Hal/Perihal, Asal Naskah, Tujuan, Tembusan,
// Lampiran) and the summary field (Isi Ringkas, Ringkasan Isi, Isi
// Singkat) holding the components and the score in its free text, one a
// line: "a. Perencanaan Kinerja   30,00   20,80", "Nilai Hasil Evaluasi
// 100,00   66,88", "Predikat   B". No table reader sees it: the rows sit
// under the letter's fields, in a text field, not under a header.
//
// What is trusted: the page must carry at least three of the letter's
// fields, one of them the subject, and the subject must name the
// accountability evaluation (AKIP, SAKIP, Akuntabilitas Kinerja; not RB).
// The year evaluated is the one the subject states ("… Akuntabilitas
// Kinerja Tahun 2021"); the summary may name it too and must then agree;
// the letter's own date is never used. The component scores must sum to
// the stated score (each rounded to two decimals), the weights, when all
// given, to 100; a component's score never exceeds its weight, which is
// how a row of two figures is read. A predikat is kept only when it fits
// the score's band. Anything else: a finding, no fact.

// eofficeGate: the text has a summary field label followed by a colon
// ("Isi Ringkas:", "Ringkasan Isi :", "Isi Singkat:"), found without
// splitting the text into lines. "Ringkasan Eksekutif" is no such label.
//
// Each spelling's next occurrence is kept until it is passed: searching the
// rest of the text for "INGKA" again at every "ingka" of a report
// ("ringkasan", "singkat") read the text once per hit (issue 13).
func eofficeGate(s string) bool {
	low, up := -2, -2 // the next "ingka" and "INGKA" at or after off; -1 none, -2 not looked for
	for off := 0; off < len(s); {
		if low != -1 && low < off {
			low = indexFrom(s, "ingka", off)
		}
		if up != -1 && up < off {
			up = indexFrom(s, "INGKA", off)
		}
		at := low
		if up >= 0 && (at < 0 || up < at) {
			at = up
		}
		if at < 0 {
			return false
		}
		off = at + 5
		// the label's remaining letters and words, then the colon
		for j := off; j < len(s) && j-off < 24 && s[j] != '\n'; j++ {
			if s[j] == ':' {
				if eofficeSummaryLabel(s[lineStartIn(s, at):j]) {
					return true
				}
				break
			}
		}
	}
	return false
}

// indexFrom is the offset in s of the first sub at or after from, -1 when none.
func indexFrom(s, sub string, from int) int {
	if k := strings.Index(s[from:], sub); k >= 0 {
		return from + k
	}
	return -1
}

func lineStartIn(s string, at int) int {
	return strings.LastIndexByte(s[:at], '\n') + 1
}

// eofficeSummaryLabel: the text before a colon is the summary field's
// label: "Isi Ringkas", "Ringkasan Isi", "Isi Singkat", "Ringkasan Naskah".
func eofficeSummaryLabel(l string) bool {
	k := normalize.Key(l)
	switch k {
	case "isi ringkas", "isi singkat", "ringkasan isi", "ringkasan naskah", "ringkasan", "isi ringkasan", "ringkasan surat":
		return true
	}
	return false
}

// eofficeFieldWords: the first word of a letter's metadata label.
var eofficeFieldWords = map[string]bool{"nomor": true, "no": true, "tanggal": true, "tgl": true, "jenis": true, "sifat": true,
	"klasifikasi": true, "hal": true, "perihal": true, "asal": true, "pengirim": true, "dari": true, "tujuan": true,
	"kepada": true, "penerima": true, "tembusan": true, "lampiran": true, "berkas": true, "urgensi": true, "agenda": true}

// eofficeField splits "  Hal      : Laporan …" into its label key and
// value; ok only for a letter field's label (at most four words).
func eofficeField(line string) (key, value string, ok bool) {
	i := strings.IndexByte(line, ':')
	if i <= 0 {
		return "", "", false
	}
	k := normalize.Key(line[:i])
	ws := strings.Fields(k)
	if len(ws) == 0 || len(ws) > 4 || !eofficeFieldWords[ws[0]] {
		return "", "", false
	}
	return k, strings.TrimSpace(line[i+1:]), true
}

// eofficeRule: a line drawn of dashes, equals or underscores.
func eofficeRule(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) >= 5 && strings.Trim(t, "-=_─━") == ""
}

func indentOf(l string) int {
	return len(l) - len(strings.TrimLeft(l, " \t"))
}

// eofficeSakip reads every summary field of a letter page about the
// accountability evaluation (see above). It runs after the other readers,
// so a score they already read for the same satker and year is left.
func (p *parser) eofficeSakip() {
	if !eofficeGate(p.rawStr) {
		return
	}
	lines := strings.Split(p.rawStr, "\n")
	for i, l := range lines {
		c := strings.IndexByte(l, ':')
		if c <= 0 || !eofficeSummaryLabel(l[:c]) {
			continue
		}
		p.eofficeLetter(lines, i)
	}
}

type eofficeRow struct {
	line   int
	nums   []float64
	grades []string
}

func (p *parser) eofficeLetter(lines []string, at int) {
	// the letter's fields above the summary, up to a blank run or 25 lines
	subject, tujuan, fields := "", "", 0
	for k, blank := at-1, 0; k >= 0 && k >= at-25; k-- {
		if strings.TrimSpace(lines[k]) == "" {
			if blank++; blank > 1 {
				break
			}
			continue
		}
		blank = 0
		key, val, ok := eofficeField(lines[k])
		if !ok {
			continue
		}
		fields++
		switch {
		case key == "hal" || key == "perihal" || key == "hal naskah" || key == "perihal naskah":
			subject = val
		case strings.HasPrefix(key, "tujuan") || strings.HasPrefix(key, "kepada") || strings.HasPrefix(key, "penerima"):
			tujuan = val
		}
	}
	if fields < 3 || subject == "" {
		return
	}
	if !(containsFoldASCII(subject, "akip") || containsFoldASCII(subject, "akuntabilitas kinerja")) ||
		containsFoldASCII(subject, "reformasi") {
		return // a letter about something else (RB, the budget, …)
	}
	// the summary: the colon's rest and the lines below, indented under
	// the label, up to a rule, another field or a blank pair
	c := strings.IndexByte(lines[at], ':')
	body := []string{lines[at][c+1:]}
	bodyLines := []int{at}
	base := indentOf(lines[at])
	for k, blank := at+1, 0; k < len(lines) && k <= at+40; k++ {
		l := lines[k]
		if strings.TrimSpace(l) == "" {
			if blank++; blank > 1 {
				break
			}
			continue
		}
		blank = 0
		if eofficeRule(l) || indentOf(l) <= base && k > at+1 {
			break
		}
		if _, _, ok := eofficeField(l); ok {
			break
		}
		body = append(body, l)
		bodyLines = append(bodyLines, k)
	}
	year := eofficeYear(subject)
	if year == 0 {
		p.find("sakip.baris_tidak_pasti", facts.Info, at+1, at+1, subject,
			"naskah %q: tahun yang dinilai tidak disebut di perihal; tidak dimuat", subject)
		return
	}
	for _, b := range body {
		for _, m := range reSakipObjectYear.FindAllStringSubmatch(b, -1) {
			if atoi(m[1]) != year {
				p.find("sakip.baris_tidak_pasti", facts.Warning, at+1, at+1, subject,
					"naskah: perihal menyebut tahun %d, isi ringkas tahun %s; tidak dimuat", year, m[1])
				return
			}
		}
	}
	comps := map[string]eofficeRow{}
	var order []string
	var total, grade *eofficeRow
	bobotFirst := true // the header's order of Bobot and Nilai, when written
	for n, b := range body {
		name, nums, grades, ok := eofficeRowOf(b)
		if !ok {
			k := normalize.Key(b)
			if bi, ni := strings.Index(k, "bobot"), strings.LastIndex(k, "nilai"); bi >= 0 && ni >= 0 {
				bobotFirst = bi < ni
			}
			continue
		}
		r := eofficeRow{line: bodyLines[n] + 1, nums: nums, grades: grades}
		k := normalize.Key(name)
		switch {
		case strings.Contains(k, "predikat") || strings.Contains(k, "kategori"):
			if len(nums) == 0 && len(grades) == 1 {
				grade = &r
			}
		case strings.Contains(k, "nilai") || strings.Contains(k, "total") || strings.Contains(k, "jumlah") || strings.Contains(k, "skor"):
			if total != nil {
				return // two scores: which is the evaluation's is not proven
			}
			total = &r
		default:
			id := komponenOf(name)
			if id == "" || len(grades) > 0 || len(nums) == 0 || len(nums) > 2 {
				continue
			}
			if _, dup := comps[id]; dup {
				return
			}
			comps[id] = r
			order = append(order, id)
		}
	}
	if total == nil {
		if len(order) > 0 {
			p.find("sakip.baris_tidak_pasti", facts.Info, at+1, at+1, subject,
				"naskah: komponen tanpa nilai hasil evaluasi; tidak dimuat")
		}
		return
	}
	// the score: one figure, or the weight 100 beside it
	var score float64
	switch {
	case len(total.nums) == 1:
		score = total.nums[0]
	case len(total.nums) == 2 && (total.nums[0] == 100) != (total.nums[1] == 100):
		score = total.nums[0] + total.nums[1] - 100
	case len(total.nums) == 2 && total.nums[0] == 100 && total.nums[1] == 100:
		score = 100
	default:
		return
	}
	if score <= 0 || score > 100 {
		return
	}
	if len(total.grades) == 1 && grade == nil {
		grade = &eofficeRow{line: total.line, grades: total.grades}
	}
	satker := p.doc.Meta.SatkerID
	if fs := distinctSatkers(normalize.FindSatkers(tujuan, p.prov, false)); len(fs) == 1 {
		satker = fs[0]
	} else if len(fs) > 1 {
		return
	}
	for _, s := range p.doc.Sakip {
		if s.SatkerID == satker && s.TahunDinilai == year {
			return // another reader has it
		}
	}
	// the components: weight and score of each, their sums checked
	num := lkeNum
	var rows []extract.Row
	sum, wsum, wn := 0.0, 0.0, 0
	for _, id := range order {
		r := comps[id]
		var w, v *float64
		if len(r.nums) == 1 {
			v = &r.nums[0]
		} else {
			a, b := r.nums[0], r.nums[1]
			if !bobotFirst {
				a, b = b, a
			}
			if b > a {
				p.find("sakip.komponen_tidak_cocok", facts.Warning, r.line, r.line, num(&b),
					"naskah %d: nilai komponen %s melebihi bobotnya; tidak dimuat", year, id)
				return
			}
			w, v = &a, &b
			wsum += a
			wn++
		}
		sum += *v
		cells := []string{lkeKomponenNames[id], "", num(v)}
		if w != nil {
			cells[1] = num(w)
		}
		rows = append(rows, extract.Row{Start: r.line, End: r.line, Cells: cells})
	}
	if len(order) > 0 && !lkeClose(sum, score, len(order)) {
		p.find("sakip.komponen_tidak_sama_total", facts.Warning, total.line, total.line, num(&score),
			"naskah %d: jumlah komponen %.2f ≠ nilai hasil evaluasi %s; tidak dimuat", year, sum, num(&score))
		return
	}
	if wn > 0 && (wn != len(order) || len(order) >= 4 && !lkeClose(wsum, 100, wn)) {
		p.find("sakip.komponen_tidak_cocok", facts.Warning, total.line, total.line, num(&wsum),
			"naskah %d: bobot komponen berjumlah %.2f; tidak dimuat", year, wsum)
		return
	}
	rows = append(rows, extract.Row{Start: total.line, End: total.line, Cells: []string{"Nilai", "", num(&score)}})
	disputed := false
	if grade != nil {
		if g := grade.grades[0]; normalize.GradeOf(score) == g {
			rows = append(rows, extract.Row{Start: grade.line, End: grade.line, Cells: []string{"Predikat", "", g}})
		} else {
			disputed = true
			p.find("sakip.predikat_tidak_sesuai", facts.Warning, grade.line, grade.line, g,
				"naskah %d: predikat %s tidak sesuai nilai %s; predikat tidak dimuat", year, g, num(&score))
		}
	}
	blk := extract.Block{Kind: extract.Table, Start: at + 1, End: bodyLines[len(bodyLines)-1] + 1, Caption: subject, Rows: rows}
	n := len(p.doc.Sakip)
	p.sakipKomponenColumn(&tableInfo{b: &blk, label: "naskah: " + subject}, satker, year, 0, 1, 2, false)
	if len(p.doc.Sakip) > n && disputed {
		p.skMeta[len(p.skMeta)-1].disputed = true
	}
}

// eofficeYear is the year evaluated a letter's subject states: "Evaluasi
// Akuntabilitas Kinerja Tahun 2021", "… atas kinerja tahun 2021", or the
// one year it names at all; two years prove none.
func eofficeYear(subject string) int {
	if m := reScoredYear.FindStringSubmatch(subject); m != nil {
		return atoi(m[1])
	}
	if m := reSakipObjectYear.FindStringSubmatch(subject); m != nil {
		return atoi(m[1])
	}
	if ys := distinctYears(subject); len(ys) == 1 {
		return ys[0]
	}
	return 0
}

// eofficeRowOf reads a summary line as a name and its figures: an
// optional list mark ("a.", "1)", "-"), the name (no digit in it), then
// only figures and grades ("30,00  20,80", ": 66,88 (B)", "B").
func eofficeRowOf(l string) (name string, nums []float64, grades []string, ok bool) {
	fs := strings.Fields(strings.ReplaceAll(l, "\t", " "))
	if len(fs) > 0 && eofficeListMark(fs[0]) {
		fs = fs[1:]
	}
	cut := len(fs)
	for cut > 0 {
		t := strings.Trim(fs[cut-1], ":")
		if t == "" {
			cut--
			continue
		}
		if g := normalize.Grade(strings.Trim(t, "()")); g != "" && strings.Trim(t, "()") == strings.ToUpper(strings.Trim(t, "()")) {
			cut--
			continue
		}
		if n := normalize.ParseNumber(t, normalize.Indonesian); n.Status == normalize.OK && strings.ContainsAny(t, "0123456789") {
			cut--
			continue
		}
		break
	}
	if cut == 0 || cut == len(fs) {
		return "", nil, nil, false
	}
	name = strings.TrimRight(strings.Join(fs[:cut], " "), " :")
	if strings.ContainsAny(name, "0123456789") {
		return "", nil, nil, false
	}
	for _, t := range fs[cut:] {
		t = strings.Trim(t, ":")
		if t == "" {
			continue
		}
		if g := normalize.Grade(strings.Trim(t, "()")); g != "" && !strings.ContainsAny(t, "0123456789") {
			grades = append(grades, g)
			continue
		}
		n := normalize.ParseNumber(t, normalize.Indonesian)
		if n.Value < 0 || n.Value > 100 {
			return "", nil, nil, false
		}
		nums = append(nums, n.Value)
	}
	return name, nums, grades, true
}

// eofficeListMark: "a.", "b)", "1.", "2)", "-", "•".
func eofficeListMark(t string) bool {
	if t == "-" || t == "•" || t == "*" {
		return true
	}
	if len(t) < 2 || len(t) > 3 || t[len(t)-1] != '.' && t[len(t)-1] != ')' {
		return false
	}
	h := t[:len(t)-1]
	if len(h) == 1 && h[0] >= 'a' && h[0] <= 'z' {
		return true
	}
	for i := 0; i < len(h); i++ {
		if h[i] < '0' || h[i] > '9' {
			return false
		}
	}
	return true
}
