package parse

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT kept as the catalogue cards of the office's election library
// (Rumah Pintar Pemilu, pojok pemilu), typed again: one card a kecamatan,
// boxed, stacked or two and more abreast, the call number at its head and
// the kecamatan as the card's title, an imprint line, the counts as
// fields, the punched hole at the foot; the kabupaten's master card
// (kartu induk) with the sums:
//
//	┌──────────────────────────────────────────┐
//	│ 324.6 KEC 01  KODI                       │
//	│               DPT 2024 / KPU Kab. X      │
//	│               Desa/Kel.  : 25            │
//	│               TPS        : 79            │
//	│               Pemilih L  : 10.645        │
//	│               Pemilih P  : 11.024        │
//	│               Jumlah     : 21.669        │
//	│                                    (o)   │
//	└──────────────────────────────────────────┘
//	┌──────────────────────────────────────────┐
//	│ 324.6 KAB     KARTU INDUK - JUMLAH       │
//	│ ...                                      │
//
// Read as prose nothing loads; the call number and the imprint's year
// would pass for counts. catalogueCards reads each card by its parts: the
// call number (a class number of three digits, a cutter of capitals and
// a number) is no fact, the heading's rest is the title, lines without a
// field before the counts are the imprint (no fact), the counts are the
// figures of fields whose name has a voter role (desa/kel, TPS, L or
// laki-laki, P or perempuan, jumlah), the hole is no fact. A card is the
// kabupaten's whole when its title says so (KARTU INDUK, or opens with
// Kabupaten/Jumlah/Total) or its cutter is KAB/KOTA, never by a
// kecamatan's own name ("KOTA TAMBOLAKA" stays a kecamatan). The cards go
// through labelTable (label_sheet.go), which proves each card by L + P =
// jumlah and the master card by the sums of the others, and vertWrite
// writes them as one TAB table in place (line numbers never change), so
// the DPT reader reads them under the caption above. A run of cards is
// read only when one shows a catalogue card's sign (a call number or the
// hole): framed labels without either stay label_sheet.go's. A book's
// card (author, publisher, ISBN, pages) has no voters and gives nothing.

// catalogueCards rewrites the catalogue-card runs of a text; data itself
// when it holds none. Findings go to doc.
func catalogueCards(doc *facts.Document, data []byte) []byte {
	// the gate: the catalogue's word (katalog, catalog) or a card's hole
	if !docHas(doc, data, "atalog") && !docHas(doc, data, "ATALOG") && !docHas(doc, data, "(o)") { // (scan_index.go)
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if !catOpens(lines[i]) {
			continue
		}
		t, end, ok := catRun(doc, lines, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// catOpens: a line that may open a row of cards: a frame's top rule, or
// an unframed card's heading opening with a call number.
func catOpens(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" {
		return false
	}
	if t[0] >= '0' && t[0] <= '9' {
		_, ok := catCallNumber(t)
		return ok
	}
	first, _ := utf8First(t)
	return labelFrame(first) && labelRuleRuns([]rune(strings.TrimRight(l, "\r"))) != nil
}

// catRun reads the rows of cards from lines[from]: the table, the line
// after the run, whether it stands.
func catRun(doc *facts.Document, lines []string, from int) (vertTable, int, bool) {
	t := vertTable{from: from, to: from + 1}
	var all []label
	sign := false
	k := from
	for k < len(lines) {
		for k < len(lines) && strings.TrimSpace(strings.Trim(lines[k], "\f\r")) == "" {
			k++
		}
		if k >= len(lines) || !catOpens(lines[k]) {
			break
		}
		cards, signed, end, ok := catRow(lines, k)
		if !ok {
			break
		}
		sign = sign || signed
		all = append(all, cards...)
		t.to = end
		k = end
	}
	if !sign || len(all) < 2 {
		return t, t.to, false
	}
	catSumCard(all)
	return labelTable(doc, t, all, "kartu katalog")
}

// catRow reads one row of cards from lines[from]: framed ones abreast cut
// at the top rule's runs down to the closing rule, or one unframed card
// down to a blank line. The cards, whether one shows a card's sign, the
// line after the row, whether every column is a card of voters.
func catRow(lines []string, from int) ([]label, bool, int, bool) {
	top := []rune(strings.TrimRight(lines[from], "\r"))
	spans := labelRuleRuns(top)
	end := from + 1
	var body []int
	if spans != nil {
		// the closing rule: a rule followed by a blank line, another
		// rule or the end (a rule with text under it parts the card)
		closed := false
		for ; end < len(lines) && end < from+40; end++ {
			if strings.TrimSpace(lines[end]) == "" {
				break
			}
			if labelRuleRuns([]rune(strings.TrimRight(lines[end], "\r"))) != nil {
				if end+1 == len(lines) || strings.TrimSpace(strings.Trim(lines[end+1], "\f\r")) == "" ||
					labelRuleRuns([]rune(strings.TrimRight(lines[end+1], "\r"))) != nil {
					end++
					closed = true
					break
				}
				continue
			}
			body = append(body, end)
		}
		if !closed {
			return nil, false, end, false
		}
	} else {
		body = append(body, from)
		for ; end < len(lines) && end < from+40 && strings.TrimSpace(strings.Trim(lines[end], "\f\r")) != ""; end++ {
			body = append(body, end)
		}
		spans = [][2]int{{0, 1 << 30}}
	}
	cells := make([][]string, len(spans))
	at := make([][]int, len(spans))
	for _, k := range body {
		r := []rune(strings.TrimRight(lines[k], "\r"))
		prev := 0
		for c, s := range spans {
			if s[0] > prev && strings.TrimFunc(string(r[min(prev, len(r)):min(s[0], len(r))]), catEdge) != "" {
				return nil, false, end, false // text outside the cards
			}
			prev = s[1]
			if s[0] >= len(r) {
				continue
			}
			cell := strings.TrimFunc(string(r[s[0]:min(s[1], len(r))]), catEdge)
			if cell != "" {
				cells[c] = append(cells[c], cell)
				at[c] = append(at[c], k)
			}
		}
		if prev < len(r) && strings.TrimFunc(string(r[prev:]), catEdge) != "" {
			return nil, false, end, false
		}
	}
	var cards []label
	sign := false
	for c := range cells {
		l, signed, ok := catCard(cells[c], at[c])
		if !ok {
			return nil, false, end, false
		}
		sign = sign || signed
		cards = append(cards, l)
	}
	return cards, sign, end, len(cards) > 0
}

// catEdge: a space or a frame's edge around a card's text.
func catEdge(r rune) bool {
	return r == ' ' || r == '\t' || r == '\r' || sjEdge(r) || r >= 0x2500 && r <= 0x257F
}

// catHole: the card's punched hole at its foot.
func catHole(s string) bool {
	switch strings.ReplaceAll(s, " ", "") {
	case "(o)", "(O)", "(0)", "○", "◯", "(○)", "(●)", "●":
		return true
	}
	return false
}

var (
	// a class number: three digits and a decimal part (324.6, 324.60959)
	reCatClass = regexp.MustCompile(`^\d{3}(?:\.\d+)?$`)
	// a cutter: capitals (KEC, KAB), or a capital and digits (K41, S12a)
	reCatCutter = regexp.MustCompile(`^(?:[A-Z]{1,4}\.?|[A-Z]\d{1,4}[a-z]?)$`)
	// a field: a name, a colon (or dotted leaders), a count; several a line
	reCatField = regexp.MustCompile(`([A-Za-z][A-Za-z/.+\- ]*?)\s*(?::|\.{3,}|…+)\s*(\d{1,3}(?:[.,]\d{3})+|\d+)(?:\s|$)`)
)

// catCallNumber parses the call number a card's heading opens with: the
// cutter's words (KEC, KAB, the number after it) and the heading's rest,
// ok false when the heading opens with no class number.
func catCallNumber(h string) (struct{ cutter, rest string }, bool) {
	var out struct{ cutter, rest string }
	f := strings.Fields(h)
	if len(f) == 0 || !reCatClass.MatchString(f[0]) {
		return out, false
	}
	// the cutter: a capitals' word, then a number; a gap of two spaces
	// ends the call number where the title follows
	seg := strings.SplitN(strings.TrimSpace(h), "  ", 2)
	words := strings.Fields(seg[0])[1:]
	n := 0
	if n < len(words) && reCatCutter.MatchString(words[n]) {
		n++
		if n < len(words) && strings.Trim(words[n], "0123456789") == "" {
			n++
		}
	} else if n < len(words) && strings.Trim(words[n], "0123456789") == "" {
		n++
	}
	if len(seg) == 1 && n < len(words) && len(words) > 0 && n == 0 {
		return out, false // "100 KAMPUNG": a figure and words, no call number
	}
	out.cutter = strings.Join(words[:n], " ")
	rest := strings.Join(words[n:], " ")
	if len(seg) == 2 {
		rest = strings.TrimSpace(rest + " " + strings.Join(strings.Fields(seg[1]), " "))
	}
	out.rest = rest
	return out, true
}

// catCard reads one card's lines (at: their line numbers): the label,
// whether it shows a card's sign, ok false when the card is no card of
// voters (no title, a count twice or not a count, L, P or jumlah missing).
func catCard(cells []string, at []int) (label, bool, bool) {
	var l label
	sign, cutter, fielded := false, "", false
	for i, c := range cells {
		if catHole(c) {
			sign = true
			continue
		}
		if l.title == "" {
			if cn, ok := catCallNumber(c); ok {
				sign, cutter = true, cn.cutter
				if cn.rest == "" {
					continue // the call number alone over the title
				}
				c = cn.rest
			} else if cutter == "" && sign && reCatCutter.MatchString(strings.Fields(c)[0]) && catOnlyCutter(c) {
				cutter = c // the cutter under the class number
				continue
			}
			if name, val, ok := strings.Cut(c, ":"); ok {
				if !labelPlaceField(name) {
					return l, sign, false // a field before any title
				}
				c = val
			}
			l.title, l.line = strings.Join(strings.Fields(c), " "), at[i]
			continue
		}
		ok, bad := catFields(&l, c)
		if bad {
			return l, sign, false
		}
		fielded = fielded || ok
		// a line of no field: the imprint over the counts, a note under them
	}
	if !fielded || l.title == "" || !l.has[labelL] || !l.has[labelP] || !l.has[labelTotal] {
		return l, sign, false
	}
	l.title, l.area = catWhole(l.title, cutter)
	return l, sign, true
}

// catOnlyCutter: a line of a cutter and its number only ("KEC 01").
func catOnlyCutter(s string) bool {
	f := strings.Fields(s)
	return len(f) == 1 || len(f) == 2 && strings.Trim(f[1], "0123456789") == ""
}

// catFields reads the fields of one line into l: whether the line is
// fields only, and bad when a role comes twice.
func catFields(l *label, s string) (bool, bool) {
	ms := reCatField.FindAllStringSubmatchIndex(s, -1)
	if len(ms) == 0 {
		return false, false
	}
	prev := 0
	for _, m := range ms {
		if strings.TrimSpace(s[prev:m[0]]) != "" {
			return false, false // words before a field: a sentence, no fields
		}
		prev = m[1]
	}
	if strings.TrimSpace(s[prev:]) != "" {
		return false, false
	}
	read := false
	for _, m := range ms {
		role := sjRole(s[m[2]:m[3]])
		if role < 0 {
			continue // a field of no voter role (Halaman : 120)
		}
		v := s[m[4]:m[5]]
		n, err := strconv.ParseInt(strings.NewReplacer(".", "", ",", "").Replace(v), 10, 64)
		if err != nil || l.has[role] {
			return false, true
		}
		l.vals[role], l.n[role], l.has[role] = v, n, true
		read = true
	}
	return read, false
}

// catWhole is a card's title as written into the table and whether it is
// an area (never the whole): the master card (KARTU INDUK), a title
// opening with Kabupaten, Kab., Jumlah, Total or a cutter KAB/KOTA names
// the kabupaten's whole, written "Kabupaten X" when it names it, else
// "Jumlah".
func catWhole(title, cutter string) (string, bool) {
	f := strings.Fields(title)
	induk := false
	var rest []string
	for _, w := range f {
		switch strings.ToUpper(strings.Trim(w, "-–—:")) {
		case "INDUK":
			induk = true
			continue
		case "KARTU", "":
			continue
		}
		rest = append(rest, w)
	}
	cut := strings.ToUpper(strings.Trim(strings.Fields(cutter + " x")[0], "."))
	first := ""
	if len(rest) > 0 {
		first = strings.ToLower(strings.TrimSuffix(rest[0], "."))
	}
	whole := induk || cut == "KAB" || cut == "KOTA" || first == "kabupaten" || first == "kab" ||
		first == "jumlah" || first == "jml" || first == "total"
	if !whole {
		return title, true
	}
	if len(rest) >= 2 && (first == "kabupaten" || first == "kab" || first == "kota") {
		return strings.Join(rest, " "), false
	}
	return "Jumlah", false
}

// catSumCard: an area card whose counts (L, P, jumlah, and desa and TPS
// where all have them) are the sums of the other areas' (two and more)
// is the whole, though its title names no whole ("KOTA KUPANG", the
// kabupaten's bare name): written as the whole it is proven again by
// labelTable; left an area it would be an extra kecamatan.
func catSumCard(all []label) {
	for i := range all {
		if !all[i].area {
			continue
		}
		var sum [labelRoles]int64
		var has [labelRoles]int
		n := 0
		for j, o := range all {
			if j == i || !o.area {
				continue
			}
			n++
			for r := range sum {
				if o.has[r] {
					sum[r] += o.n[r]
					has[r]++
				}
			}
		}
		if n < 2 {
			return
		}
		ok := true
		for r := range sum {
			if all[i].has[r] && (has[r] != n || sum[r] != all[i].n[r]) {
				ok = false
			}
		}
		if ok {
			all[i].area = false
			if !labelWhole(all[i].title) {
				all[i].title = "Jumlah"
			}
			return
		}
	}
}
