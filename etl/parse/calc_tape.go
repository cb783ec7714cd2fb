package parse

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A budget checked on a printing calculator (an adding machine) and its
// paper rolls typed again into the report:
//
//	[pita kalkulator Casio DR-120R - PAGU TA 2024 - 31-12-2024]
//
//	                   0 C
//	       3,334,283,000 +   <- 3355
//	       4,681,782,000 +   <- 3358
//	       8,016,065,000 *   <- 076.01.WA
//	       …
//	      21,486,300,000 G*  <- total pagu
//
// then the same roll for the realisasi (and perhaps one for the sisa).
// Every line is an amount and the key the machine printed after it: `+`
// and `-` enter it, `*`, `T` or `=` print the sum since the last clear and
// clear it (a program), `◇` or `S` print that sum without clearing, `G*`
// (`GT`) the grand total of the totals, `#` a number printed without adding
// (a date, a reference), `C` a clear. The clerk's pen note beside a line
// (`<- 3355`, `3355 ->`, `3355 ....`) names its code; one before or after
// the amount, never both. The amount in any grouping (`3,334,283,000`,
// `3.334.283.000,00`).
//
// The reader trusts the machine's arithmetic and nothing else: every total
// must equal the entries since the last clear, the grand total the sum of
// the totals; each `+` line is the row its note's code names, each total
// line the program its code names (the entries before it its kegiatan), the
// grand total the TOTAL. The roll's title, the nearest line above it, names
// its measure (pagu, realisasi, sisa, each once); rolls following one
// another with blank lines only are one table, joined by code, and become
// that TAB table (exportPlace: line numbers never change) for the budget
// reader, which derives what the rolls leave out (sisa, serapan) as for any
// table without those columns, and leaves a measure no roll gives NULL. A
// roll whose sums fail, or whose lines cannot be keyed (a total with no
// code that is not the grand total, the same code twice, a program under
// two parents across rolls), gives no row (anggaran.pita_tidak_terbukti);
// a roll whose title names no measure (an honorarium list) is no budget.

// calcTapes rewrites the calculator rolls of a budget as one TAB table;
// data itself when it holds none.
func calcTapes(doc *facts.Document, data []byte) []byte {
	if !tapeMay(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	rolls := tapeRolls(lines)
	if len(rolls) == 0 {
		return data
	}
	changed := false
	for g := 0; g < len(rolls); {
		h := g + 1
		for h < len(rolls) && blankBetween(lines, rolls[h-1].end, rolls[h].title) {
			h++
		}
		if tapeTable(doc, lines, rolls[g:h]) {
			changed = true
		}
		g = h
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// tapeMay: two lines at least end an amount with a `+` key (a digit,
// blanks, `+`, then a blank or the line's end), found without splitting
// the text: '+' is rare in report prose.
func tapeMay(data []byte) bool {
	n := 0
	for i := 0; i < len(data); {
		k := bytes.IndexByte(data[i:], '+')
		if k < 0 {
			return false
		}
		p := i + k
		i = p + 1
		if p+1 < len(data) && data[p+1] != ' ' && data[p+1] != '\t' && data[p+1] != '\n' && data[p+1] != '\r' {
			continue
		}
		q := p - 1
		for q >= 0 && (data[q] == ' ' || data[q] == '\t') {
			q--
		}
		if q == p-1 || q < 0 || data[q] < '0' || data[q] > '9' {
			continue
		}
		if n++; n >= 2 {
			return true
		}
	}
	return false
}

// tapeRoll is one roll: its title line, its printed lines [first, end).
type tapeRoll struct {
	title, first, end int
	measure           int // rolePagu, roleRealisasi, roleSisa; roleNone when the title names none
	year              int
	lines             []tapeLine
}

var reTapeYear = regexp.MustCompile(`(?i)\b(?:t\.?\s*a\.?|tahun(?:\s+anggaran)?|fy)\s*((?:19|20)\d\d)\b`)

// tapeRolls finds the rolls of a text: runs of printed lines (blank lines
// between them allowed) holding two `+` entries at least, under a title.
func tapeRolls(lines []string) []tapeRoll {
	var out []tapeRoll
	for i := 0; i < len(lines); i++ {
		tl, ok := parseTapeLine(lines[i])
		if !ok {
			continue
		}
		r := tapeRoll{first: i, title: -1}
		tl.at = i
		r.lines = append(r.lines, tl)
		r.end = i + 1
		plus := 0
		if tl.key == '+' {
			plus++
		}
		for j := i + 1; j < len(lines); j++ {
			if strings.TrimSpace(lines[j]) == "" {
				continue
			}
			tl, ok := parseTapeLine(lines[j])
			if !ok {
				break
			}
			tl.at = j
			r.lines = append(r.lines, tl)
			r.end = j + 1
			if tl.key == '+' {
				plus++
			}
		}
		i = r.end - 1
		for k := r.first - 1; k >= 0 && k >= r.first-3; k-- {
			if strings.TrimSpace(lines[k]) != "" {
				r.title = k
				break
			}
		}
		if plus < 2 || r.title < 0 {
			continue
		}
		r.measure = tapeMeasure(lines[r.title])
		if m := reTapeYear.FindAllStringSubmatch(lines[r.title], -1); len(m) > 0 {
			r.year = atoi(m[0][1])
			for _, y := range m[1:] {
				if atoi(y[1]) != r.year {
					r.year = -1 // two years named: none trusted
				}
			}
		}
		out = append(out, r)
	}
	return out
}

// tapeMeasure is the measure a roll's title names: pagu, realisasi or
// sisa, exactly one (a budget word alone is the pagu); roleNone for a
// caption, a sentence, an earlier pagu (awal, induk) or a title naming none.
func tapeMeasure(title string) int {
	t := strings.TrimSpace(title)
	if len(t) > 120 || asciiPrefixFold(t, "tabel") || asciiPrefixFold(t, "table") || strings.HasSuffix(t, ".") {
		return roleNone
	}
	k := normalize.SpacedKey(t)
	if has(k, "awal", "induk", "semula", "blokir", "original") {
		return roleNone
	}
	p := has(k, "pagu", "alokasi", "dipa", "allocation", "ceiling")
	r := has(k, "realisasi", "realization", "realisation", "spending", "expenditure", "expenditures")
	s := has(k, "sisa", "balance", "remaining", "unspent")
	switch {
	case p && !r && !s:
		return rolePagu
	case r && !p && !s:
		return roleRealisasi
	case s && !p && !r:
		return roleSisa
	case !p && !r && !s && has(k, "anggaran", "budget"):
		return rolePagu
	}
	return roleNone
}

// blankBetween: lines[from:to] are blank.
func blankBetween(lines []string, from, to int) bool {
	for k := from; k < to; k++ {
		if strings.TrimSpace(lines[k]) != "" {
			return false
		}
	}
	return true
}

// tapeRow is one row a roll proves: a code ("" for the TOTAL), its
// parent's code, its name from the note, the amount in cents.
type tapeRow struct {
	code, parent, name string
	cents              int64
}

// tapeNote: the code a note names and the words after it; total when the
// note names a total instead.
func tapeNote(note string) (code, name string, total bool) {
	if note == "" {
		return "", "", false
	}
	code, name = budgetCode(note)
	if code != "" {
		return code, name, false
	}
	k := normalize.SpacedKey(note)
	return "", "", has(k, "total", "jumlah", "grand", "sum")
}

// tapeSums proves a roll's arithmetic and keys its lines: the rows in
// order (a program before its kegiatan, the TOTAL last), or why not.
func tapeSums(ls []tapeLine) ([]tapeRow, string) {
	type closed struct {
		l     tapeLine
		items []tapeLine
	}
	var (
		acc, gt   int64
		group     []tapeLine
		done      []closed
		grand     *tapeLine
		subtotal  = -1 // the index in done of a subtotal not yet cleared
		afterDone bool // a grand total printed: nothing may follow but clears
	)
	amt := func(c int64) string { return tapeFigure(c) }
	for i := range ls {
		l := ls[i]
		if afterDone && l.key != 'C' && l.key != '#' {
			return nil, "baris sesudah total akhir (G*)"
		}
		switch l.key {
		case '#':
		case 'C':
			acc, group, subtotal = 0, nil, -1 // entries cleared without a total are void
		case '+':
			if subtotal >= 0 {
				return nil, "entri sesudah subtotal tanpa dihapus"
			}
			acc += l.cents
			group = append(group, l)
		case '-':
			// a correction: the entry just above taken out again
			n := len(group)
			if subtotal >= 0 || n == 0 || group[n-1].cents != l.cents || l.note != "" && l.note != group[n-1].note {
				return nil, "entri kurang (-) yang bukan koreksi entri di atasnya"
			}
			acc -= l.cents
			group = group[:n-1]
		case 'S', '*':
			if l.cents != acc {
				return nil, fmt.Sprintf("total %s tidak sama dengan jumlah entri %s", amt(l.cents), amt(acc))
			}
			if subtotal >= 0 {
				// the total printed under its subtotal: one line of the roll
				d := &done[subtotal]
				if l.note != "" && d.l.note != "" && l.note != d.l.note {
					return nil, "subtotal dan total dengan catatan berbeda"
				}
				if d.l.note == "" {
					d.l.note = l.note
				}
			} else if len(group) > 0 {
				done = append(done, closed{l, group})
				gt += acc
				if l.key == 'S' {
					subtotal = len(done) - 1
				}
			}
			group = nil
			if l.key == '*' {
				acc, subtotal = 0, -1
			}
		case 'G':
			switch {
			case len(done) == 0 && len(group) > 0 && l.cents == acc:
				done = append(done, closed{tapeLine{cents: acc}, group}) // entries totalled by G* alone
			case len(done) > 0 && len(group) == 0 && l.cents == gt:
			default:
				return nil, fmt.Sprintf("total akhir %s tidak sama dengan jumlah total %s", amt(l.cents), amt(gt))
			}
			grand = &ls[i]
			afterDone, group = true, nil
		}
	}
	if len(group) > 0 {
		return nil, "entri tanpa total"
	}
	if len(done) == 0 {
		return nil, "tanpa total"
	}
	var rows []tapeRow
	seen := map[string]bool{}
	add := func(r tapeRow) string {
		if r.cents%100 != 0 {
			return "jumlah dengan sen"
		}
		if seen[r.code] {
			return "kode " + r.code + " dua kali"
		}
		seen[r.code] = true
		rows = append(rows, r)
		return ""
	}
	coded := 0
	for n, d := range done {
		code, name, total := tapeNote(d.l.note)
		parent := code
		switch {
		case code != "":
			if e := add(tapeRow{code: code, name: name, cents: d.l.cents}); e != "" {
				return nil, e
			}
		case len(done) == 1 && (grand != nil && d.l.note == "" || grand == nil && (total || d.l.note == "")):
			// the roll's one total: its entries have no parent
		default:
			return nil, fmt.Sprintf("total %s tanpa kode (baris %d)", tapeFigure(d.l.cents), n+1)
		}
		for _, it := range d.items {
			c, nm, _ := tapeNote(it.note)
			if c == "" {
				continue // an entry no note keys: summed, no row
			}
			if e := add(tapeRow{code: c, parent: parent, name: nm, cents: it.cents}); e != "" {
				return nil, e
			}
			coded++
		}
		if code != "" {
			coded++
		}
	}
	if coded == 0 {
		return nil, "tanpa kode"
	}
	switch {
	case grand != nil:
		if c, _, _ := tapeNote(grand.note); c != "" {
			return nil, "total akhir dengan kode " + c
		}
		rows = append(rows, tapeRow{cents: grand.cents})
	case len(done) == 1 && done[0].l.note != "" && func() bool { _, _, t := tapeNote(done[0].l.note); return t }():
		rows = append(rows, tapeRow{cents: done[0].l.cents})
	case len(done) == 1 && done[0].l.note == "":
		rows = append(rows, tapeRow{cents: done[0].l.cents})
	}
	return rows, ""
}

// tapeFigure writes cents as whole rupiah grouped by dots.
func tapeFigure(c int64) string {
	s := fmt.Sprint(c / 100)
	var b strings.Builder
	for i, ch := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(ch)
	}
	return b.String()
}

// tapeTable joins one group of rolls by code and writes the table in
// their place; false (text untouched) when a roll names no measure, or
// the rolls do not prove themselves or each other.
func tapeTable(doc *facts.Document, lines []string, rolls []tapeRoll) bool {
	fail := func(r tapeRoll, why string) bool {
		doc.Add(facts.Finding{Span: facts.Span{Start: r.first + 1, End: r.end}, Aturan: "anggaran.pita_tidak_terbukti", Tingkat: facts.Warning,
			Nilai: strings.TrimSpace(lines[r.title]),
			Pesan: fmt.Sprintf("pita kalkulator %q: %s; tidak dimuat", strings.TrimSpace(lines[r.title]), why)})
		return false
	}
	measures := []int{rolePagu, roleRealisasi, roleSisa}
	col := func(m int) int {
		for k, x := range measures {
			if x == m {
				return k
			}
		}
		return -1
	}
	nodes := map[string]*tapeNode{}
	var order []string // first appearance
	var used [3]bool
	year := 0
	for _, r := range rolls {
		if r.measure == roleNone {
			return false // no budget roll, or not one this reader can name
		}
		if r.year < 0 || year != 0 && r.year != 0 && r.year != year {
			return fail(r, "tahun gulungan tidak tunggal")
		}
		if r.year > 0 {
			year = r.year
		}
		m := col(r.measure)
		if used[m] {
			return fail(r, "dua gulungan untuk ukuran yang sama")
		}
		used[m] = true
		rows, why := tapeSums(r.lines)
		if why != "" {
			return fail(r, why)
		}
		for _, row := range rows {
			n := nodes[row.code]
			if n == nil {
				n = &tapeNode{row: row}
				nodes[row.code] = n
				order = append(order, row.code)
			} else if n.row.parent != row.parent {
				return fail(r, "kode "+row.code+" di bawah program lain di gulungan lain")
			}
			if n.row.name == "" {
				n.row.name = row.name
			}
			n.vals[m] = tapeFigure(row.cents)
		}
	}
	// the caption above the rolls, if any: it names the table's year for
	// the budget reader, and must not name another year than the rolls
	captioned := false
	for k, seen := rolls[0].title-1, 0; k >= 0 && seen < 3; k-- {
		t := strings.TrimSpace(lines[k])
		if t == "" {
			continue
		}
		seen++
		if asciiPrefixFold(t, "tabel") || asciiPrefixFold(t, "table") {
			m := reYearIn.FindStringSubmatch(t)
			if m != nil && year > 0 && atoi(m[1]) != year {
				return fail(rolls[0], "tahun gulungan lain dari judul tabel")
			}
			captioned = m != nil // a caption naming no year: the rolls' year is written under it
			break
		}
	}
	named := false
	for _, c := range order {
		named = named || nodes[c].row.name != ""
	}
	header := []string{"Kode"}
	if named {
		header = append(header, "Uraian")
	}
	for k, m := range measures {
		if used[k] {
			header = append(header, map[int]string{rolePagu: "Pagu", roleRealisasi: "Realisasi", roleSisa: "Sisa"}[m])
		}
	}
	cells := func(n *tapeNode) []string {
		out := []string{n.row.code}
		if named {
			out = append(out, n.row.name)
		}
		if n.row.code == "" {
			out[len(out)-1] = "Jumlah"
		}
		for k := range measures {
			if used[k] {
				out = append(out, n.vals[k])
			}
		}
		return out
	}
	// a parent before its children, the rows without a parent first, the TOTAL last
	var rows [][]string
	for _, c := range order {
		if n := nodes[c]; c != "" && n.row.parent == "" && !hasChildren(nodes, c) {
			rows = append(rows, cells(n))
		}
	}
	for _, c := range order {
		if c == "" || nodes[c].row.parent != "" || !hasChildren(nodes, c) {
			continue
		}
		rows = append(rows, cells(nodes[c]))
		for _, k := range order {
			if k != "" && nodes[k].row.parent == c {
				if hasChildren(nodes, k) {
					return fail(rolls[0], "kode "+k+" bertingkat tiga")
				}
				rows = append(rows, cells(nodes[k]))
			}
		}
	}
	for _, c := range order {
		if n := nodes[c]; c != "" && n.row.parent != "" && nodes[n.row.parent] == nil {
			return fail(rolls[0], "induk "+n.row.parent+" tanpa baris")
		}
	}
	if n := nodes[""]; n != nil {
		rows = append(rows, cells(n))
	}
	caption := ""
	head := rolls[0].title
	if year > 0 && !captioned {
		caption = fmt.Sprintf("Tabel Realisasi Anggaran Tahun %d", year)
		head++
	}
	last := rolls[len(rolls)-1].end
	return exportPlace(lines, rolls[0].title, last, head, caption, header, rows)
}

// tapeNode is one row of the joined table: the row as the first roll
// keyed it, each measure's figure.
type tapeNode struct {
	row  tapeRow
	vals [3]string
}

// hasChildren: some row names code as its parent.
func hasChildren(nodes map[string]*tapeNode, code string) bool {
	for _, n := range nodes {
		if n.row.code != "" && n.row.parent == code {
			return true
		}
	}
	return false
}
