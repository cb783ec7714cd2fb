package parse

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT recap web page printed with its accordion sections open: each
// section opened by a disclosure mark before the area's name, its figures
// under it as "label : value" lines (or "label<TAB>value"), the kabupaten's
// section a one-line summary joined by middle dots:
//
//	▾ KABUPATEN SABU RAIJUA
//	    63 desa/kelurahan · 217 TPS · laki-laki 26.127 · perempuan 27.072 · jumlah pemilih 53.199
//
//	    ▾ RAIJUA
//	        Desa/Kelurahan  : 11
//	        TPS             : 40
//	        Laki-laki       : 4.919
//	        Perempuan       : 5.096
//	        Jumlah Pemilih  : 10.015
//
// The record reader (kv.go) sees records titled by a word that is no number
// or code and no indicator, so it cannot name their rows. The page is
// rewritten in place as the table it shows (line numbers kept): a row a
// kecamatan section, its name the section's title without the mark (and
// without "Kecamatan"/"Kec."), its figures placed by what each label means
// (dptRole). What is trusted: a section loads only when its L + P is its
// total (else dpt.lp_tidak_sama_total, no row); the kabupaten's section
// (titled by the kabupaten or kota, or the one section enclosing the others)
// becomes the total row only when every section was read and their sums
// equal each of its figures (else dpt.total_tidak_pasti, no kabupaten row).
// A collapsed section ("▸ NAME" with no figures) gives no row. The election
// and year come from the heading above, as for any table. A section titled
// by no area (a question, a label word, a village) gives no row; an
// accordion of other things (an FAQ whose answers are sentences, a budget's
// sections) is left as written.

// accordionMarks open a section title: the disclosure triangles (open and
// closed) and the bracketed toggles a page prints.
var accordionMarks = []string{"▾", "▸", "▼", "▶", "►", "▽", "▿", "▹", "▷", "[-]", "[+]", "[–]", "⊟", "⊞"}

// accordionGate: some disclosure mark in the text. The geometric shapes
// share their first two bytes (U+25B6..U+25BF: E2 96 B6..BF), so one search
// for that prefix and a look at the third byte finds any triangle;
// the bracketed toggles and the boxed signs are searched for themselves.
// (Candidate for the one-pass mark scan, scan_marks.go.)
func accordionGate(doc *facts.Document, data []byte) bool {
	for d := data; ; {
		k := bytes.Index(d, []byte("\xe2\x96"))
		if k < 0 || k+2 >= len(d) {
			break
		}
		if c := d[k+2]; c >= 0xb6 && c <= 0xbf {
			return true
		}
		d = d[k+2:]
	}
	return docHas(doc, data, "[-]") || docHas(doc, data, "[+]") ||
		docHas(doc, data, "[–]") || docHas(doc, data, "⊟") || docHas(doc, data, "⊞")
}

// accordionLikely: some line opened by a mark reads as a section's title
// and the next non-blank line as one of its fields or its summary. Read on
// the bytes, line by line around each mark, so a text whose marks are
// arrows by figures or a datasheet's record selectors is never split.
func accordionLikely(data []byte) bool {
	for i := 0; i < len(data); {
		j := bytes.IndexByte(data[i:], '\n')
		end := len(data)
		if j >= 0 {
			end = i + j
		}
		line := data[i:end]
		i = end + 1
		t := bytes.TrimLeft(line, " \t")
		if len(t) == 0 || t[0] != 0xe2 && t[0] != '[' {
			continue // no mark opens the line: the common case, one byte looked at
		}
		if _, _, ok := accordionTitle(string(line)); !ok {
			continue
		}
		for i < len(data) { // the next non-blank line
			j := bytes.IndexByte(data[i:], '\n')
			e := len(data)
			if j >= 0 {
				e = i + j
			}
			next := data[i:e]
			if len(bytes.TrimSpace(next)) == 0 {
				i = e + 1
				continue
			}
			s := accSection{figs: map[int]int64{}}
			if s.read(string(next)) && s.fields > 0 {
				return true
			}
			break
		}
	}
	return false
}

// accordionTitle reads a section's title line: its indent and the text
// after the mark.
func accordionTitle(l string) (indent int, title string, ok bool) {
	t := strings.TrimLeft(l, " \t")
	for _, m := range accordionMarks {
		if strings.HasPrefix(t, m) {
			rest := strings.TrimSpace(t[len(m):])
			if rest == "" || strings.Contains(rest, "\t") {
				// "▶<TAB>104<TAB>1<TAB>…": a datasheet's record selector
				// before a table row, no section's title
				return 0, "", false
			}
			return len(l) - len(t), rest, true
		}
	}
	return 0, "", false
}

var (
	// "Laki-laki : 4.919", "TPS<TAB>40", "Jumlah Pemilih = 10.015"
	reAccField = regexp.MustCompile(`^\s*([A-Za-z][A-Za-z /().+-]{0,40}?)\s*(?::|=|\t)\s*(\S.*?)\s*$`)
	// a figure with its unit after it: "11 desa", "4.919 orang", "40"
	reAccValue = regexp.MustCompile(`^(\d{1,3}(?:\.\d{3})+|\d{1,7})(?:\s+[A-Za-z][A-Za-z/.-]*(?:\s+[A-Za-z][A-Za-z/.-]*)?)?$`)
	// a summary part, figure first ("217 TPS") or label first ("laki-laki 26.127")
	reAccPartNum = regexp.MustCompile(`^(\d{1,3}(?:\.\d{3})+|\d{1,7})\s+([A-Za-z][A-Za-z /()+-]*)$`)
	reAccPartLab = regexp.MustCompile(`^([A-Za-z][A-Za-z /()+-]*?)\s*:?\s+(\d{1,3}(?:\.\d{3})+|\d{1,7})(?:\s+[A-Za-z][A-Za-z/.-]*)?$`)
	// a page's buttons: "[ Buka semua ]  [ Tutup semua ]"
	reAccButtons = regexp.MustCompile(`^\s*(?:\[[^\]\d]{1,30}\]\s*)+$`)
)

// accordionFigure reads a value cell: the figure, or -1 when the value is
// no plain count.
func accordionFigure(v string) int64 {
	m := reAccValue.FindStringSubmatch(v)
	if m == nil {
		return -1
	}
	n, err := strconv.ParseInt(strings.ReplaceAll(m[1], ".", ""), 10, 64)
	if err != nil {
		return -1
	}
	return n
}

// accSection is one section: its title line, its body's lines, and its
// figures by role (-1 unread), with the line of each.
type accSection struct {
	at, indent int
	title      string
	figs       map[int]int64
	clash      bool // a role given two different figures
	fields     int  // lines read as figures
	end        int  // the last line of its body
}

// accordionFields reads one body line into the section: a "label : value"
// field or a summary of parts joined by middle dots; false when the line
// is neither.
func (s *accSection) read(l string) bool {
	put := func(label string, n int64) {
		r := dptRole(label)
		switch r {
		case roleDesa, roleTPS, roleL, roleP, roleLP:
		default:
			return
		}
		if old, ok := s.figs[r]; ok && old != n {
			s.clash = true
		}
		s.figs[r] = n
		s.fields++
	}
	t := strings.TrimSpace(l)
	if sep := accordionSep(t); sep != "" {
		parts := strings.Split(t, sep)
		read := 0
		for _, p := range parts {
			p = strings.TrimSpace(p)
			if m := reAccPartNum.FindStringSubmatch(p); m != nil {
				n, _ := strconv.ParseInt(strings.ReplaceAll(m[1], ".", ""), 10, 64)
				put(m[2], n)
				read++
			} else if m := reAccPartLab.FindStringSubmatch(p); m != nil {
				n, _ := strconv.ParseInt(strings.ReplaceAll(m[2], ".", ""), 10, 64)
				put(m[1], n)
				read++
			}
		}
		return read >= 2 && read*2 > len(parts)
	}
	m := reAccField.FindStringSubmatch(l)
	if m == nil {
		return false
	}
	n := accordionFigure(m[2])
	if n < 0 {
		// a field whose value is no count ("Kode : 53.20.01", "Status : final"):
		// a line of the section all the same, never a figure
		if r := dptRole(m[1]); r == roleL || r == roleP || r == roleLP {
			s.clash = true // a voter count not readable as one: the section proves nothing
		}
		return true
	}
	put(m[1], n)
	return true
}

// accordionSep is the separator of a summary line's parts.
func accordionSep(t string) string {
	for _, sep := range []string{"·", "•", " | ", ";"} {
		if strings.Count(t, sep) >= 2 {
			return sep
		}
	}
	return ""
}

// accordionArea is the area a section's title names ("RAIJUA",
// "Kecamatan Sabu Barat" → "Sabu Barat"), its level ("kecamatan",
// "kabupaten"), or "" when the title names no area.
func accordionArea(title string) (name, level string) {
	t := strings.Join(strings.Fields(title), " ")
	if t == "" || len(t) > 60 || strings.ContainsAny(t, "0123456789?:;!,|") {
		return "", ""
	}
	ws := strings.Fields(t)
	if len(ws) > 5 {
		return "", ""
	}
	first := strings.ToLower(strings.TrimRight(ws[0], "."))
	switch first {
	case "kabupaten", "kab", "kota":
		if len(ws) < 2 {
			return "", ""
		}
		return t, "kabupaten"
	case "kecamatan", "kec":
		if len(ws) < 2 {
			return "", ""
		}
		t = strings.Join(ws[1:], " ")
	case "desa", "kelurahan", "kel", "dusun", "tps", "dapil", "provinsi":
		return "", "" // a village, a polling station, a district: not a kecamatan row
	case "jumlah", "total", "rekap", "rekapitulasi", "ringkasan", "grand":
		return "", "total"
	}
	if dptRole(t) != roleNone || reKVTotal.MatchString(t) {
		return "", "" // a label word ("Laki-laki", "Jumlah Pemilih"), never an area
	}
	return t, "kecamatan"
}

// accordionDPT rewrites the DPT accordions of a text as TAB tables; data
// itself when it holds none.
func accordionDPT(doc *facts.Document, data []byte) []byte {
	if !accordionGate(doc, data) || !accordionLikely(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if _, _, ok := accordionTitle(lines[i]); !ok {
			continue
		}
		secs, end := accordionSections(lines, i)
		if accordionTable(doc, lines, secs, i, end) {
			changed = true
		}
		i = max(i, end-1)
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// accordionSections reads the sections from line i on: each title, then
// its body (fields, summary lines, buttons, blank lines) up to the next
// title; the accordion ends at a line that is none of these. end is the
// line after the last section's body.
func accordionSections(lines []string, i int) (secs []accSection, end int) {
	end = i
	for k := i; k < len(lines); k++ {
		l := lines[k]
		if ind, t, ok := accordionTitle(l); ok {
			secs = append(secs, accSection{at: k, indent: ind, title: t, figs: map[int]int64{}, end: k})
			end = k + 1
			continue
		}
		if strings.TrimSpace(l) == "" {
			continue
		}
		if len(secs) > 0 && strings.Contains(l, "\f") {
			break // a page break ends the page the accordion is on
		}
		s := &secs[len(secs)-1]
		if !s.read(l) && !reAccButtons.MatchString(l) {
			break
		}
		s.end = k
		end = k + 1
	}
	return secs, end
}

// accordionTable places the sections lines[from:to] as a DPT table when
// they are one: at least two kecamatan sections with figures and voter
// counts among them. It reports whether it rewrote them.
func accordionTable(doc *facts.Document, lines []string, secs []accSection, from, to int) bool {
	var kab *accSection
	var kecs []*accSection
	voters := 0
	for n := range secs {
		s := &secs[n]
		if _, ok := s.figs[roleLP]; ok {
			voters++
		}
	}
	if voters < 2 {
		return false // no voter roll: the accordion of something else
	}
	minIndent := secs[0].indent
	for _, s := range secs {
		minIndent = min(minIndent, s.indent)
	}
	deeper := 0 // sections indented under another
	for _, s := range secs {
		if s.indent > minIndent {
			deeper++
		}
	}
	type finding struct {
		at         int
		rule, text string
	}
	var finds []finding // said only once the sections are read as a DPT table
	find := func(at int, rule, format string, a ...any) {
		finds = append(finds, finding{at, rule, fmt.Sprintf(format, a...)})
	}
	var bad []*accSection
	for n := range secs {
		s := &secs[n]
		name, level := accordionArea(s.title)
		parent := deeper > 0 && s.indent == minIndent && n == 0
		switch {
		case level == "kabupaten" || level == "total" || parent:
			if kab != nil {
				// two kabupaten (or totals): a province's page, no table of this satker
				doc.Add(facts.Finding{Span: facts.Span{Start: s.at + 1, End: s.at + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
					Nilai: shorten(strings.TrimSpace(lines[s.at]), 200),
					Pesan: fmt.Sprintf("akordeon baris %d: bagian kabupaten/jumlah kedua (%q); halaman tidak dibaca sebagai tabel DPT", s.at+1, s.title)})
				return false
			}
			kab = s
		case name != "" && s.fields > 0:
			kecs = append(kecs, s)
		case s.fields > 0:
			bad = append(bad, s)
			find(s.at, "dpt.wilayah_tidak_dikenal", "bagian akordeon baris %d berjudul %q: bukan nama wilayah; angkanya tidak dimuat", s.at+1, s.title)
		default:
			bad = append(bad, s) // a collapsed section: its figures not on the page
		}
	}
	if len(kecs) < 2 {
		return false // no table of kecamatan: left to the other readers
	}
	defer func() {
		for _, f := range finds {
			doc.Add(facts.Finding{Span: facts.Span{Start: f.at + 1, End: f.at + 1}, Aturan: f.rule, Tingkat: facts.Warning,
				Nilai: shorten(strings.TrimSpace(lines[f.at]), 200), Pesan: f.text})
		}
	}()
	// each kecamatan's L + P is its total, else no row
	var rows [][]string
	sum := map[int]int64{}
	complete := len(bad) == 0
	cell := func(s *accSection, r int) string {
		if v, ok := s.figs[r]; ok {
			return strconv.FormatInt(v, 10)
		}
		return ""
	}
	roles := []int{roleDesa, roleTPS, roleL, roleP, roleLP}
	for _, s := range kecs {
		l, okL := s.figs[roleL]
		p, okP := s.figs[roleP]
		lp, okLP := s.figs[roleLP]
		if s.clash || !okL || !okP || !okLP || l+p != lp {
			find(s.at, "dpt.lp_tidak_sama_total", "bagian akordeon baris %d (%s): laki-laki + perempuan tidak terbukti sama dengan jumlah pemilih; baris tidak dimuat", s.at+1, s.title)
			complete = false
			continue
		}
		name, _ := accordionArea(s.title)
		row := []string{name}
		for _, r := range roles {
			row = append(row, cell(s, r))
			if v, ok := s.figs[r]; ok {
				sum[r] += v
			}
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		return false
	}
	if kab != nil && kab.fields > 0 {
		proven := complete && !kab.clash && len(kab.figs) > 0
		for r, v := range kab.figs {
			if sum[r] != v {
				proven = false
			}
		}
		if _, ok := kab.figs[roleLP]; !ok {
			proven = false
		}
		if proven {
			label := "Jumlah"
			if name, level := accordionArea(kab.title); level == "kabupaten" {
				label = name
			}
			row := []string{label}
			for _, r := range roles {
				row = append(row, cell(kab, r))
			}
			rows = append(rows, row)
		} else {
			find(kab.at, "dpt.total_tidak_pasti", "ringkasan akordeon baris %d (%s) tidak terbukti sama dengan jumlah bagian-bagiannya; baris kabupaten tidak dimuat", kab.at+1, kab.title)
		}
	}
	header := []string{"Kecamatan", "Desa/Kelurahan", "TPS", "Laki-laki", "Perempuan", "Jumlah Pemilih"}
	// the header on the first section's line, or under it when a text line
	// stands right above (a table block opens after a blank line)
	head := from
	if from > 0 && strings.TrimSpace(lines[from-1]) != "" {
		head = from + 1
	}
	if head+len(rows) >= to {
		return false
	}
	return exportPlace(lines, from, to, head, "", header, rows)
}
