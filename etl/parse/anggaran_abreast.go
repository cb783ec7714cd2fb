package parse

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Budget lines set several abreast in fixed columns next to a drawing, an
// infographic typed again: hourglasses (Pagu on the top rim, Sisa over the
// upper bulb, Realisasi and Serapan on the base, the code, `induk:` and
// the name over each glass), coin stacks (the code, `induk:`, the name and
// Pagu / Real. / Sisa / (n %) under each stack), or any such row of
// records:
//
//	076.01.WA                  3355                       3358
//	induk: -                   induk: 076.01.WA           induk: 076.01.WA
//	Program Dukungan Manajemen Pengelolaan Keuangan dan   Pengelolaan Sumber
//	                           Barang Milik Negara        Daya Manusia
//	╔════════════════════╗     ╔════════════════════╗     ╔═════════════════╗
//	║ Pagu  3.078.154.000║     ║ Pagu  1.025.156.000║     ║ Pagu 511.345.000║
//	…
//
// abreastBudgets cuts each block at the rune columns where its code line's
// codes start (the records are left-aligned under their codes), reads each
// column as one record: the code (or TOTAL / JUMLAH), an optional
// `induk: X`, the name's lines, then labelled amounts; drawing (box and
// block characters, lines of no letter or digit) is no text. What it
// trusts:
//   - a column's words only between two code starts; a word across a cut,
//     or words left of the first column, leave the block as written;
//   - each record's arithmetic: sisa = pagu − realisasi and the printed
//     serapan = realisasi / pagu (hierProve, budget_hierarchy.go); a record
//     that does not prove is left out with a finding;
//   - the parent: the `induk` a record states; without any `induk`, a
//     program's kegiatan are the records after it whose pagu sum to its
//     pagu, the programs summing to the total (else nothing is loaded, a
//     finding).
//
// Records are rewritten as one TAB budget table over the run (the export
// of budget_hierarchy.go), parents followed by their kegiatan, the total
// last, so the budget table reader keys the rows as any other.

var (
	abreastPct   = regexp.MustCompile(`^\(\s*(\d{1,3}(?:[.,]\d+)?)\s*%\s*\)$`)
	abreastInduk = regexp.MustCompile(`(?i)^induk\s*[:=]?\s*(\S+)$`)
)

// abreastGate: some line (no TAB) holds a pagu label and, after a gap of
// two spaces or more, another amount label: records set abreast. A
// document without it pays one scan for "Pagu".
func abreastGate(doc *facts.Document, data []byte) bool {
	x := triIndexOf(doc, data) // a word absent from the text costs no scan (scan_index.go)
	for _, w := range [...][]byte{[]byte("Pagu"), []byte("PAGU")} {
		if x != nil && !triMay(x, w) {
			continue
		}
		for k := 0; ; {
			i := bytes.Index(data[k:], w)
			if i < 0 {
				break
			}
			i += k
			s := bytes.LastIndexByte(data[:i], '\n') + 1
			e := bytes.IndexByte(data[i:], '\n')
			if e < 0 {
				e = len(data) - i
			}
			e += i
			if abreastLabels(data[s:e]) {
				return true
			}
			k = e
		}
	}
	return false
}

// abreastLabels: a line of two amount labels set apart by two spaces.
// Only the first label found and the outermost others matter (a gap between
// the first and any label lies between the first and the farthest one on that
// side), so one pass over the labels is enough, even on a line of megabytes.
func abreastLabels(l []byte) bool {
	if bytes.IndexByte(l, '\t') >= 0 {
		return false
	}
	first, lo, hi := -1, -1, -1
	for _, w := range [...]string{"Pagu", "PAGU", "Real", "REAL", "Sisa", "SISA"} {
		for k := 0; k < len(l); {
			i := bytes.Index(l[k:], []byte(w))
			if i < 0 {
				break
			}
			i += k
			switch {
			case first < 0:
				first, lo, hi = i, i, i
			case i < lo:
				lo = i
			case i > hi:
				hi = i
			}
			k = i + len(w)
		}
	}
	if first < 0 {
		return false
	}
	return bytes.Contains(l[lo:first], []byte("  ")) || bytes.Contains(l[first:hi], []byte("  "))
}

func abreastBudgets(doc *facts.Document, data []byte) []byte {
	if !abreastGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if abreastCodeLine(lines[i]) == nil {
			continue
		}
		if end, ok := abreastRun(doc, lines, i); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// abreastCode: a budget code or the total's label.
func abreastCode(f string) bool {
	return hierTotal.MatchString(f) && len(strings.Fields(f)) == 1 ||
		hierCode.MatchString(f) && strings.ContainsAny(f, "0123456789")
}

// abreastCodeLine: the rune columns where a line's codes start, nil when
// the line is not a row of codes set apart by two spaces or more.
func abreastCodeLine(l string) []int {
	t := strings.TrimLeft(l, " ")
	if t == "" || !(t[0] >= '0' && t[0] <= '9' || t[0] >= 'A' && t[0] <= 'Z') || strings.IndexByte(l, '\t') >= 0 {
		return nil // cheap: a code opens with a digit or a capital
	}
	var starts []int
	for k := 0; k < len(l); {
		if l[k] == ' ' {
			k++
			continue
		}
		j := k
		for j < len(l) && (l[j] != ' ' || j+1 < len(l) && l[j+1] != ' ') {
			j++
		}
		if !abreastCode(l[k:j]) {
			return nil
		}
		starts = append(starts, utf8.RuneCountInString(l[:k]))
		k = j
	}
	return starts
}

// abreastClean: a cell's text with the drawing (box, block and shape
// characters) taken out; "" when no letter or digit is left.
func abreastClean(s string) string {
	has := false
	t := strings.Map(func(r rune) rune {
		if r >= 0x2500 && r <= 0x25FF {
			return ' '
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			has = true
		}
		return r
	}, s)
	if !has {
		return ""
	}
	return strings.Join(strings.Fields(strings.Trim(strings.TrimSpace(t), `\/|`)), " ")
}

// abreastCell: a line cut at the columns; ok false when words lie left of
// the first column or across a cut.
func abreastCells(l string, starts []int) ([]string, bool) {
	r := []rune(l)
	word := func(k int) bool {
		return k >= 0 && k < len(r) && (unicode.IsLetter(r[k]) || unicode.IsDigit(r[k]))
	}
	if len(r) > starts[0] && abreastClean(string(r[:starts[0]])) != "" {
		return nil, false
	}
	cells := make([]string, len(starts))
	for c, a := range starts {
		if a > 0 && word(a-1) && word(a) {
			return nil, false
		}
		if a >= len(r) {
			continue
		}
		b := len(r)
		if c+1 < len(starts) && starts[c+1] < b {
			b = starts[c+1]
		}
		cells[c] = string(r[a:b])
	}
	return cells, true
}

// abreastRec is one column's record while it is read.
type abreastRec struct {
	hierBox
	induk string
	phase int // 0 code, induk and name; 1 amounts; 2 done
	blank bool
}

// abreastBlock reads the records of the block whose code line is i; the
// line after the block, false when it is not a block of budget records.
func abreastBlock(lines []string, i int) ([]*abreastRec, int, bool) {
	starts := abreastCodeLine(lines[i])
	r := []rune(lines[i])
	recs := make([]*abreastRec, len(starts))
	for c, a := range starts {
		b := len(r)
		if c+1 < len(starts) {
			b = starts[c+1]
		}
		f := strings.TrimSpace(string(r[a:b]))
		recs[c] = &abreastRec{}
		if hierTotal.MatchString(f) {
			recs[c].total, recs[c].name = true, "TOTAL"
		} else {
			recs[c].code = f
		}
	}
	k := i + 1
	for ; k < len(lines) && k < i+40; k++ {
		if abreastCodeLine(lines[k]) != nil {
			break
		}
		cells, ok := abreastCells(lines[k], starts)
		if !ok {
			return nil, 0, false
		}
		done := true
		for c, rec := range recs {
			raw := cells[c]
			s := abreastClean(raw)
			switch {
			case strings.TrimSpace(raw) == "":
				if rec.phase == 1 {
					rec.phase = 2
				}
			case s == "":
				// drawing: no text
			case rec.phase == 2:
				return nil, 0, false // words under a finished record
			default:
				if !rec.take(s) {
					return nil, 0, false
				}
			}
			if rec.phase < 2 {
				done = false
			}
			if rec.phase == 0 && k-i > 12 {
				return nil, 0, false // no amounts under the code
			}
		}
		if done {
			break
		}
	}
	for _, rec := range recs {
		if rec.phase == 0 || rec.pagu == "" || rec.real == "" || rec.sisa == "" && rec.sera == "" ||
			!rec.total && rec.name == "" {
			return nil, 0, false
		}
	}
	return recs, k, true
}

// take reads one text cell of a record; false when it cannot be placed.
func (rec *abreastRec) take(s string) bool {
	if m := abreastPct.FindStringSubmatch(s); m != nil {
		if rec.phase == 0 || rec.sera != "" {
			return false
		}
		rec.phase, rec.sera = 1, m[1]
		return true
	}
	if m := hierAmount.FindStringSubmatch(s); m != nil {
		var slot *string
		switch strings.ToLower(m[1])[0:2] {
		case "pa":
			slot = &rec.pagu
		case "re":
			slot = &rec.real
		case "si":
			slot = &rec.sisa
		case "se":
			slot = &rec.sera
		}
		if *slot != "" || (slot == &rec.sera) != (m[3] == "%") {
			return false
		}
		rec.phase, *slot = 1, m[2]
		return true
	}
	if rec.phase != 0 {
		return false // words after the amounts: not a budget record
	}
	if m := abreastInduk.FindStringSubmatch(s); m != nil {
		if rec.induk != "" {
			return false
		}
		rec.induk = m[1]
		return true
	}
	if !rec.total {
		rec.name = strings.TrimSpace(rec.name + " " + s)
	}
	return true
}

// abreastDrawing: a line of drawing only (or blank).
func abreastDrawing(l string) bool { return abreastClean(l) == "" }

// abreastRun reads the blocks from line i on, the blocks standing one
// under another with only drawing between them; the run's last line.
func abreastRun(doc *facts.Document, lines []string, i int) (int, bool) {
	var recs []*abreastRec
	wide := false
	to := i
	for j := i; j >= 0; {
		rs, next, ok := abreastBlock(lines, j)
		if !ok {
			break
		}
		wide = wide || len(rs) > 1
		recs = append(recs, rs...)
		to = next
		j = -1
		for k := next; k < len(lines) && k < next+20; k++ {
			if abreastCodeLine(lines[k]) != nil {
				j = k
				break
			}
			if !abreastDrawing(lines[k]) {
				break
			}
		}
	}
	if !wide {
		return i, false
	}
	from := i
	for from > 0 && abreastDrawing(lines[from-1]) && from > i-20 {
		from--
	}
	fail := func(why string) (int, bool) {
		doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: to}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: "anggaran berjajar (jam pasir, tumpukan koin): " + why + "; tidak dimuat"})
		return to - 1, false
	}
	var kept []*abreastRec
	for _, rec := range recs {
		if why := hierProve(&rec.hierBox); why != "" {
			name := rec.code
			if rec.total {
				name = rec.name
			}
			doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: to}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Pesan: "anggaran berjajar: " + name + " " + why + "; baris itu tidak dimuat"})
			continue
		}
		kept = append(kept, rec)
	}
	rows, why := abreastRows(kept)
	if why != "" {
		return fail(why)
	}
	if len(rows) == 0 {
		return to - 1, false
	}
	unit := ""
	if abreastRibu(lines, from) {
		unit = " (Rp ribu)"
	}
	header := []string{"Kode", "Uraian", "Pagu" + unit, "Realisasi" + unit, "Sisa" + unit, "Serapan (%)"}
	if !exportPlace(lines, from, to, from, "", header, rows) {
		return 0, false
	}
	return to - 1, true
}

// abreastRows orders the records as the table's rows: each parent followed
// by its kegiatan, the total last; a reason when the parents are not proven.
func abreastRows(recs []*abreastRec) ([][]string, string) {
	stated := false
	for _, r := range recs {
		if r.induk != "" {
			stated = true
		}
	}
	row := func(r *abreastRec) []string {
		return []string{r.code, r.name, r.pagu, r.real, r.sisa, r.sera}
	}
	var rows [][]string
	var total *abreastRec
	if stated {
		byCode := map[string]*abreastRec{}
		for _, r := range recs {
			if !r.total {
				byCode[r.code] = r
			}
		}
		kids := map[*abreastRec][]*abreastRec{}
		var tops []*abreastRec
		for _, r := range recs {
			switch {
			case r.total:
				total = r
			case r.induk == "" || r.induk == "-" || r.induk == "—":
				tops = append(tops, r)
			default:
				p := byCode[r.induk]
				if p == nil || p == r {
					return nil, r.code + ": induk " + r.induk + " tidak tergambar"
				}
				kids[p] = append(kids[p], r)
			}
		}
		var walk func(r *abreastRec, depth int)
		walk = func(r *abreastRec, depth int) {
			rows = append(rows, row(r))
			if depth < 3 {
				for _, k := range kids[r] {
					walk(k, depth+1)
				}
			}
		}
		for _, r := range tops {
			walk(r, 0)
		}
	} else {
		// no induk: a program's kegiatan are the records after it, proven
		// by their pagu summing to the program's
		var prog *abreastRec
		var sum, progs float64
		close := func() string {
			if prog == nil {
				return ""
			}
			p, _ := hierRupiah(prog.pagu)
			if sum != p {
				return "pagu kegiatan di bawah " + prog.code + " tidak berjumlah pagunya"
			}
			return ""
		}
		for _, r := range recs {
			if r.total {
				total = r
				continue
			}
			if _, ok := programCode(r.code); ok {
				if why := close(); why != "" {
					return nil, why
				}
				prog, sum = r, 0
				v, _ := hierRupiah(r.pagu)
				progs += v
				rows = append(rows, row(r))
				continue
			}
			if prog == nil {
				return nil, r.code + ": program tidak tergambar"
			}
			v, _ := hierRupiah(r.pagu)
			sum += v
			rows = append(rows, row(r))
		}
		if why := close(); why != "" {
			return nil, why
		}
		if total != nil {
			if t, _ := hierRupiah(total.pagu); t != progs {
				return nil, "pagu program tidak berjumlah pagu total"
			}
		}
	}
	if total != nil {
		rows = append(rows, []string{"", "TOTAL", total.pagu, total.real, total.sisa, total.sera})
	}
	return rows, ""
}

// abreastRibu: the caption or a note over the drawing says the amounts
// are thousands of rupiah.
func abreastRibu(lines []string, from int) bool {
	for k := from - 1; k >= 0 && k >= from-12; k-- {
		l := strings.ToLower(lines[k])
		if strings.Contains(l, "ribu") && (strings.Contains(l, "rp") || strings.Contains(l, "rupiah")) {
			return true
		}
		if strings.HasPrefix(strings.TrimSpace(l), "tabel") {
			break
		}
	}
	return false
}
