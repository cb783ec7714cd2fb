package parse

import (
	"html"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT typed again as the source code of printed labels: the logistics
// boxes' labels in a label printer's language, one label a kecamatan,
// its text in the language's field commands beside positions and fonts:
//
//	^XA^CI28^PW812^LL406
//	^FO30,24^A0N,28,28^FDKOTAK LOGISTIK PEMILU 2019 - KECAMATAN^FS^FO30,64^A0N,40,40^FDATAMBUA BARAT^FS
//	^FO30,120^A0N,26,26^FDDESA/KEL 13^FS^FO330,120^A0N,26,26^FDTPS 66^FS^FO30,160^FDDPT L 6488^FS ... ^XZ
//	^XA ... ^FDREKAP DPT PEMILU 2019 - KABUPATEN^FS ... ^FDBELU^FS ... ^XZ
//
// Read as prose the positions (30,120) and font sizes pass for counts and
// no row is seen. devLabels strips the language down to its fields' text
// in order, one label a record: ZPL (`^XA` … `^FD text^FS` … `^XZ`), EPL
// (`N`, `A x,y,r,f,h,v,N,"text"`, `P1`), SVG (`<text …>text</text>`,
// one `<svg>` a label) and HTML cards (an element of class label, card,
// kartu opens one; every text between tags a field). A field ending in a figure whose words name a voter
// role (DESA/KEL, TPS, DPT L, L, LAKI-LAKI, P, JUMLAH, L+P) is a count;
// a field of no figure and no heading word is the label's area; a field
// with a year or an election word (PEMILU, DPT, REKAP, KOTAK …) is the
// label's heading, whose last level word says whether the label is a
// kecamatan or the kabupaten's whole (KABUPATEN, KOTA, REKAP, TOTAL). The
// labels go through labelTable (label_sheet.go): a kecamatan is kept when
// L + P = its total, the whole when its counts are the sums of the
// kecamatan's; an area label holding those sums is taken as the whole
// (catSumCard). vertWrite writes them as one TAB table in place, under the
// headings' election and year as a caption when the labels all state one,
// so the DPT reader reads them as any table. A shipping label (BERAT 2 KG,
// KODE POS 85111) or a price tag has no L, P and total and gives nothing.

// devLabels rewrites the runs of device-language labels of a text; data
// itself when it holds none. Findings go to doc.
func devLabels(doc *facts.Document, data []byte) []byte {
	// the gate: a ZPL field, an EPL text line, an SVG text element or an
	// HTML element's class
	if !docHas(doc, data, "^FD") && !docHas(doc, data, `,N,"`) && !docHas(doc, data, "<text") && !docHas(doc, data, "class=") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		evs, ok := devLine(lines[i])
		if !ok || !devOpens(evs) {
			continue
		}
		t, end, ok := devRun(doc, lines, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// devEv is one thing a label's code does: open a label, close it, or print
// a field's text.
type devEv struct {
	kind byte // 'o' open, 'c' close, 'f' field
	text string
}

func devOpens(evs []devEv) bool {
	for _, e := range evs {
		if e.kind == 'o' {
			return true
		}
	}
	return false
}

var (
	// EPL: a text line (ASCII text: x, y, rotation, font, h and v
	// multipliers, N or R, the quoted text), a label's form clear N, its
	// print P n, and the setup and drawing commands that print no text.
	reDevEPLText  = regexp.MustCompile(`^A\d+,\d+,\d,\w,\d+,\d+,[NR],"(.*)"$`)
	reDevEPLPrint = regexp.MustCompile(`^P\d+(?:,\d+)?$`)
	reDevEPLOther = regexp.MustCompile(`^(?:[qQSDRO]\d[\d,+\-]*|Z[TB]|JF|JB|I\d.*|LO\d[\d,]*|LE\d[\d,]*|X\d[\d,]*|B\d+,.*|b\d+,.*)$`)
	// SVG: a text element's content, an element's tags inside it
	reDevSVGText = regexp.MustCompile(`<text\b[^>]*>(.*?)</text>`)
	reDevTag     = regexp.MustCompile(`<[^>]*>`)
	// HTML: a tag or the text between two; a label's element by its class
	reDevHTMLPart  = regexp.MustCompile(`(<[^>]*>)|([^<]+)`)
	reDevHTMLLabel = regexp.MustCompile(`(?i)^<(?:div|section|article|li|figure)\b[^>]*\bclass="(?:[^"]*\s)?(?:label|card|kartu|tag|sticker)(?:\s[^"]*)?"`)
)

// devLine reads one line of label code: its events, ok false when the line
// is no label code (prose, a table, a blank line).
func devLine(l string) ([]devEv, bool) {
	s := strings.TrimSpace(l)
	if s == "" {
		return nil, false
	}
	var evs []devEv
	switch {
	case s[0] == '^' || s[0] == '~':
		// ZPL: commands of two letters after ^ or ~, a field's data up to
		// the next command (its ^FS)
		for _, c := range strings.FieldsFunc(s, func(r rune) bool { return r == '^' || r == '~' }) {
			if len(c) < 2 {
				continue
			}
			switch strings.ToUpper(c[:2]) {
			case "XA":
				evs = append(evs, devEv{kind: 'o'})
			case "XZ":
				evs = append(evs, devEv{kind: 'c'})
			case "FD":
				evs = append(evs, devEv{kind: 'f', text: c[2:]})
			}
		}
	case s[0] == '<' && (strings.Contains(s, "<svg") || strings.Contains(s, "<text") || strings.Contains(s, "</svg>")):
		if strings.HasPrefix(s, "<svg") {
			evs = append(evs, devEv{kind: 'o'})
		}
		for _, m := range reDevSVGText.FindAllStringSubmatch(s, -1) {
			evs = append(evs, devEv{kind: 'f', text: html.UnescapeString(reDevTag.ReplaceAllString(m[1], " "))})
		}
		if strings.Contains(s, "</svg>") {
			evs = append(evs, devEv{kind: 'c'})
		}
	case s[0] == '<':
		// HTML: an element of a label's class opens a label (the next one,
		// or the run's end, closes it); every text between tags a field
		for _, m := range reDevHTMLPart.FindAllStringSubmatch(s, -1) {
			if m[1] != "" {
				if reDevHTMLLabel.MatchString(m[1]) {
					evs = append(evs, devEv{kind: 'o'})
				}
				continue
			}
			if txt := strings.TrimSpace(html.UnescapeString(m[2])); txt != "" {
				evs = append(evs, devEv{kind: 'f', text: txt})
			}
		}
	case s == "N":
		evs = append(evs, devEv{kind: 'o'})
	case reDevEPLPrint.MatchString(s):
		evs = append(evs, devEv{kind: 'c'})
	case reDevEPLText.MatchString(s):
		evs = append(evs, devEv{kind: 'f', text: reDevEPLText.FindStringSubmatch(s)[1]})
	case reDevEPLOther.MatchString(s):
	default:
		return nil, false
	}
	return evs, true
}

// devRun reads the labels from lines[from] down to the first line that is
// no label code: the table, the line after the run, whether it stands.
func devRun(doc *facts.Document, lines []string, from int) (vertTable, int, bool) {
	t := vertTable{from: from, to: from + 1}
	var all []label
	var heads []string
	var fields []string
	first, in := -1, false
	// close ends the label being read; false when it is a label of other
	// things (a shipping label, a price tag): the run is then left unread
	close := func() bool {
		if in && len(fields) > 0 {
			l, head, ok := devLabel(fields, first)
			if !ok {
				return false
			}
			all = append(all, l)
			heads = append(heads, head)
		}
		in = false
		return true
	}
	for k := from; k < len(lines); k++ {
		evs, ok := devLine(lines[k])
		if !ok {
			break
		}
		t.to = k + 1
		for _, e := range evs {
			switch e.kind {
			case 'o':
				if !close() {
					return t, t.to, false
				}
				fields, first, in = nil, k, true
			case 'f':
				if in {
					fields = append(fields, strings.Join(strings.Fields(e.text), " "))
				}
			case 'c':
				if !close() {
					return t, t.to, false
				}
			}
		}
	}
	if !close() {
		return t, t.to, false
	}
	if len(all) < 2 || !devVoters(all, heads) {
		return t, t.to, false
	}
	catSumCard(all)
	t, end, ok := labelTable(doc, t, all, "label")
	if !ok {
		return t, end, ok
	}
	// labels a line each leave no line for the header (and the caption):
	// the blank lines around the run take them
	c := devCaption(heads)
	need := len(t.rows) + 1
	if c != "" {
		need++
	}
	for t.to-t.from < need && t.from > 0 && strings.TrimSpace(lines[t.from-1]) == "" {
		t.from--
	}
	for t.to-t.from < need && t.to < len(lines) && strings.TrimSpace(lines[t.to]) == "" {
		t.to++
	}
	if c != "" && t.to-t.from >= need {
		lines[t.from] = c // the headings' election and year over the table
		t.from++
	}
	return t, end, ok
}

var (
	// a count field: its words, then the figure
	reDevCount = regexp.MustCompile(`^(.*?[A-Za-z+/.)\]])\s*:?\s*(\d{1,3}(?:[.,]\d{3})+|\d+)$`)
	reDevDigit = regexp.MustCompile(`\d`)
)

// devHeadWord: a word of a label's heading (the election, the list, the
// box), never of a place's name.
func devHeadWord(w string) bool {
	switch w {
	case "pemilu", "pilkada", "pilpres", "pileg", "pemilihan", "dpt", "rekap", "rekapitulasi", "kotak",
		"logistik", "label", "kpu", "daftar", "-", "per", "kecamatan", "kabupaten", "kota":
		return true
	}
	return false
}

// devLabel reads one label's fields (line: where it opens): the label, its
// heading, ok false when it is no label of voters (a count twice, L, P or
// the total missing, no area).
func devLabel(fields []string, line int) (label, string, bool) {
	l := label{line: line}
	var head, name []string
	for _, f := range fields {
		if m := reDevCount.FindStringSubmatch(f); m != nil {
			if role := devRole(m[1]); role >= 0 {
				n, err := strconv.ParseInt(strings.NewReplacer(".", "", ",", "").Replace(m[2]), 10, 64)
				if err != nil || l.has[role] {
					return l, "", false
				}
				l.vals[role], l.n[role], l.has[role] = m[2], n, true
				l.heads = append(l.heads, m[1]) // the counts' names, for devVoters
				continue
			}
		}
		words := strings.Fields(strings.ToLower(f))
		isHead := reDevDigit.MatchString(f)
		only := true
		for _, w := range words {
			switch {
			case w == "kecamatan" || w == "kabupaten" || w == "kota" || w == "per" || w == "-":
			case devHeadWord(w):
				isHead = true
			default:
				only = false
			}
		}
		if isHead || only {
			head = append(head, f)
		} else {
			name = append(name, f)
		}
	}
	if len(name) == 0 || !l.has[labelL] || !l.has[labelP] || !l.has[labelTotal] {
		return l, "", false
	}
	h := strings.Join(head, " ")
	l.title, l.area = name[0], true
	switch devLevel(h) {
	case "kabupaten":
		l.area = false
		if !labelWhole(l.title) {
			l.title = "Kabupaten " + l.title
		}
	case "kota":
		l.area = false
		if !labelWhole(l.title) {
			l.title = "Kota " + l.title
		}
	case "":
		_, rest := labelPlace(l.title)
		if f := strings.Fields(strings.ToLower(l.title)); len(f) > 0 && rest == l.title &&
			(f[0] == "total" || f[0] == "jumlah" || f[0] == "jml" || len(f) > 1 && (f[0] == "kabupaten" || f[0] == "kab.")) {
			l.area = false // the area field names the whole: TOTAL, KABUPATEN X
		}
	}
	return l, h, true
}

// devLevel is the level a label's heading gives it: the last level word
// ("KOTAK LOGISTIK KPU KABUPATEN X - KECAMATAN" is a kecamatan's);
// REKAP, TOTAL and JUMLAH are the kabupaten's whole; "" for none.
func devLevel(h string) string {
	level := ""
	for _, w := range strings.Fields(strings.ToLower(h)) {
		switch strings.Trim(w, ".:-") {
		case "kecamatan", "kec", "ppk", "distrik":
			level = "kecamatan"
		case "kabupaten", "kab", "rekap", "rekapitulasi", "total", "jumlah":
			level = "kabupaten"
		case "kota":
			level = "kota"
		}
	}
	return level
}

// devRole is the voter role a count field's words name: the DPT vocabulary
// (label_sheet.go) once "DPT", "pemilih" or "jumlah" before the role is
// dropped ("DPT L" is L, "JUMLAH TPS" is TPS, "DPT L+P" and "JUMLAH" the
// total); -1 for none.
func devRole(name string) int {
	var rest []string
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch strings.Trim(w, ".:") {
		case "dpt", "pemilih", "jumlah", "jml":
		default:
			rest = append(rest, w)
		}
	}
	if len(rest) == 0 || len(rest) == len(strings.Fields(name)) {
		return labelRole(name)
	}
	return labelRole(strings.Join(rest, " "))
}

// devVoters: the labels count voters: one counts desa or TPS, or a
// heading or field names the roll or an election (DPT, pemilih, pemilu);
// L + P = jumlah alone is any two sizes' stock (a shirt's L and P).
func devVoters(all []label, heads []string) bool {
	for i, l := range all {
		if l.has[labelDesa] || l.has[labelTPSRole] {
			return true
		}
		for _, w := range strings.Fields(strings.ToLower(heads[i] + " " + strings.Join(l.heads, " "))) {
			switch strings.Trim(w, ".:-") {
			case "dpt", "pemilih", "pemilu", "pilkada", "pemilihan", "pilpres", "pileg":
				return true
			}
		}
	}
	return false
}

// reDevElection: an election and its year in a heading.
var reDevElection = regexp.MustCompile(`(?i)\b(pemilu|pilkada|pemilihan(?: umum)?|pilpres|pileg)\s+(?:tahun\s+)?((?:19|20)\d\d)\b`)

// devCaption is a caption for the table from the labels' headings when
// they all state the same election and year; "" otherwise (the caption
// and sentences above then name them).
func devCaption(heads []string) string {
	var got string
	for _, h := range heads {
		m := reDevElection.FindStringSubmatch(h)
		if m == nil {
			return ""
		}
		c := "Rekapitulasi DPT " + strings.ToUpper(m[1][:1]) + strings.ToLower(m[1][1:]) + " " + m[2] + " per Kecamatan"
		if got != "" && c != got {
			return ""
		}
		got = c
	}
	return got
}
