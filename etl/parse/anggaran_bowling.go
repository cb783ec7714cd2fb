package parse

import (
	"bytes"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The budget laid out by period, plan against actual: the bowling chart of
// the RPD (rencana penarikan dana) against the realisation, an RPD/POK
// monitoring sheet, an S-curve printed as a table, a quarterly TW I … TW IV
// sheet. Either two lines an item, a label cell saying which is which
// (the code and name on the item's first line only):
//
//	Kode	Program / Kegiatan	Baris	Jan	…	Des	Serapan
//	076.01.WA	Program Dukungan Manajemen	Rencana	112.737.000	…	3.757.878.000
//		Realisasi	73.733.000	…	3.686.668.312	98,11
//
// or one line an item, the pair in the columns (`Jan R | Jan Real | …`,
// `TW I Rencana | TW I Realisasi | …`). The periods must be a whole year
// in order (12 months, 4 quarters or 2 semesters); the plan is rencana,
// RPD, target or plan, the actual realisasi, real or actual, and a plan
// figure is never the realisasi.
//
// The year's pagu and realisasi are the last period only when the figures
// are cumulative: non-decreasing across the periods, the last one written,
// and the table says so (kumulatif, s.d., cumulative in its header, over it
// or in its key) or states the serapan of every item; or they are the
// Jumlah/Total column, the periods summing to it (per period) or its
// last equal to it (cumulative). A stated Pagu column must equal the plan's
// year. A middle period is never taken. The record is then proven by the
// stated serapan (realisasi/pagu, hierProve) of every item, or else by the
// items summing to the JUMLAH pair, pagu and realisasi alike; the kegiatan
// must sum to their program (abreastRows). A table of the style that fails
// any of this loads nothing and says why (tabel.tidak_dikenali); a table
// by month without plan/actual labels (a DPT update, an attendance sheet)
// is not this style and stays for the other readers.

// bowlCols is a header's period layout.
type bowlCols struct {
	kind            byte
	per             []int // line layout: a column a period
	plan, act       []int // column layout: the pair's columns a period
	tot             int   // line layout: the Jumlah column, -1
	planTot, actTot int   // column layout: the Jumlah pair, -1
	pagu, sera      int   // a stated pagu, the serapan, -1
	pre             int   // the cells before it name the item
	cumul           bool  // the header says cumulative
	lines           bool  // two lines an item
}

// bowlEnglish: the months an English sheet writes that monthNo lacks.
var bowlEnglish = map[string]int{"january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
	"aug": 8, "august": 8, "oct": 10, "october": 10, "dec": 12, "december": 12}

// bowlMeasure: 'P' a plan word, 'A' an actual word, 'X' both, 0 none.
func bowlMeasure(words []string) byte {
	var m byte
	for _, w := range words {
		var k byte
		switch w {
		case "rencana", "renc", "ren", "rpd", "target", "plan", "planned", "r":
			k = 'P'
		case "realisasi", "real", "actual", "aktual", "realisation", "realization", "rea":
			k = 'A'
		default:
			continue
		}
		if m != 0 && m != k {
			return 'X'
		}
		m = k
	}
	return m
}

// bowlPeriod reads a column title's period, English months too.
func bowlPeriod(words []string) (period, bool) {
	if pr, ok := periodOf(words); ok {
		return pr, true
	}
	for _, w := range words {
		if m := bowlEnglish[w]; m > 0 {
			return period{kind: 'm', idx: m}, true
		}
	}
	return period{}, false
}

// bowlHeader reads a TAB header line as a plan-vs-actual period layout;
// nil when it is not one.
func bowlHeader(l string) *bowlCols {
	if strings.Count(l, "\t") < 3 {
		return nil
	}
	cells := strings.Split(l, "\t")
	c := &bowlCols{tot: -1, planTot: -1, actTot: -1, pagu: -1, sera: -1, pre: len(cells)}
	per := map[int]int{}
	plan, act := map[int]int{}, map[int]int{}
	special := func(j int) { c.pre = min(c.pre, j) }
	for j, cell := range cells {
		words := strings.Fields(normalize.Key(cell))
		if len(words) == 0 {
			continue
		}
		m := bowlMeasure(words)
		for _, w := range words {
			if w == "kumulatif" || w == "cumulative" || w == "sd" {
				c.cumul = true
			}
		}
		if pr, ok := bowlPeriod(words); ok {
			if (c.kind != 0 && pr.kind != c.kind) || m == 'X' || pr.idx > periodCount[pr.kind] {
				return nil
			}
			c.kind = pr.kind
			into := map[byte]map[int]int{0: per, 'P': plan, 'A': act}[m]
			if _, dup := into[pr.idx]; dup {
				return nil
			}
			into[pr.idx] = j
			special(j)
			continue
		}
		switch w := words[0]; {
		case w == "jumlah" || w == "total" || w == "sum":
			switch m {
			case 0:
				c.tot = j
			case 'P':
				c.planTot = j
			case 'A':
				c.actTot = j
			default:
				return nil
			}
		case c.sera < 0 && (w == "serapan" || w == "penyerapan" || w == "persentase" || w == "absorption" || strings.TrimSpace(cell) == "%"):
			c.sera = j
		case c.pagu < 0 && m == 0 && (w == "pagu" || w == "alokasi" || w == "anggaran" || w == "budget"):
			c.pagu = j
		}
	}
	n := periodCount[c.kind]
	if c.kind == 0 {
		return nil
	}
	run := func(m map[int]int) []int {
		if len(m) != n {
			return nil
		}
		out := make([]int, n)
		for k := 1; k <= n; k++ {
			j, ok := m[k]
			if !ok || (k > 1 && j <= out[k-2]) {
				return nil // a period missing or out of order
			}
			out[k-1] = j
		}
		return out
	}
	switch {
	case len(plan) == 0 && len(act) == 0 && c.planTot < 0 && c.actTot < 0:
		c.per, c.lines = run(per), true
		if c.per == nil {
			return nil
		}
	case len(per) == 0 && c.tot < 0 && (c.planTot < 0) == (c.actTot < 0):
		c.plan, c.act = run(plan), run(act)
		if c.plan == nil || c.act == nil {
			return nil
		}
	default:
		return nil
	}
	return c
}

// identCells: a row's cells before the first period, less the pagu,
// serapan and Jumlah columns.
func (c *bowlCols) identCells(cells []string) []string {
	var out []string
	for j := 0; j < min(c.pre, len(cells)); j++ {
		if j != c.tot && j != c.planTot && j != c.actTot && j != c.pagu && j != c.sera {
			out = append(out, cells[j])
		}
	}
	return out
}

// bowlItem is one budget line read: its plan and actual series.
type bowlItem struct {
	code, name string
	total      bool
	ser        [2][]string // plan, actual
	tot        [2]string
	seen       [2]bool
	pagu, sera string
}

// bowlIdent reads the cells naming an item: its code (or JUMLAH/TOTAL),
// its name, and the label cell's measure when it has one.
func bowlIdent(cells []string) (it bowlItem, label byte) {
	var rest []string
	for _, cell := range cells {
		cell = strings.TrimSpace(cell)
		if cell == "" {
			continue
		}
		words := strings.Fields(normalize.Key(cell))
		if m := bowlMeasure(words); (m == 'P' || m == 'A') && len(words) <= 3 && label == 0 {
			label = m
			continue
		}
		switch {
		case it.code == "" && !it.total && len(rest) == 0 && hierTotal.MatchString(cell):
			it.total, it.name = true, "TOTAL"
		case it.code == "" && !it.total && len(rest) == 0 && bowlCode(cell):
			it.code = cell
		default:
			rest = append(rest, cell)
		}
	}
	if !it.total {
		it.name = strings.Join(rest, " ")
	}
	return it, label
}

// bowlCode: a program or kegiatan code.
func bowlCode(s string) bool {
	if _, ok := programCode(s); ok {
		return true
	}
	_, ok := kegiatanCode(s)
	return ok
}

// bowlCell is cell j of a row, "" past its end.
func bowlCell(cells []string, j int) string {
	if j < 0 || j >= len(cells) {
		return ""
	}
	return strings.TrimSpace(cells[j])
}

// bowlSet fills one field of an item from a line; two lines stating it
// differently is a contradiction.
func bowlSet(f *string, v string) bool {
	v = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "%"))
	if v == "" || v == "-" {
		return true
	}
	if *f != "" && *f != v {
		return false
	}
	*f = v
	return true
}

// bowlYearEnd: the words a header's last period starts with; a line
// without any is no header of a whole year.
var bowlYearEnd = []string{"Des", "DES", "Dec", "DEC", "TW", "Tw", "Triwulan", "TRIWULAN", "Semester", "SEMESTER", "Smt", "SMT", "Q4", "Kuartal"}

// bowlEndsYear: l holds one of bowlYearEnd.
func bowlEndsYear(l string) bool {
	for _, w := range bowlYearEnd {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// bowlHeaderLine: line l may be a period table's header (three TABs, a
// year's last period named), tested on the text's bytes so that a report
// with no such line is never split into lines. A TAB-table report hands it
// every row: the period words are found in one pass over the row
// (bowlYearAt, by first byte) rather than a scan of the row per word
// (issue 13); any word found sends the row to bowlHeader, as before.
func bowlHeaderLine(l []byte) bool {
	if bytes.Count(l, []byte("\t")) < 3 {
		return false
	}
	for i, c := range l {
		for _, w := range bowlYearAt[c] {
			if bytes.HasPrefix(l[i:], []byte(w)) {
				return bowlHeader(string(l)) != nil
			}
		}
	}
	return false
}

// bowlYearAt: bowlYearEnd by first byte.
var bowlYearAt = func() (at [256][]string) {
	for _, w := range bowlYearEnd {
		at[w[0]] = append(at[w[0]], w)
	}
	return at
}()

// bowlingBudgets rewrites every proven plan-vs-actual period table as a
// TAB budget table.
func bowlingBudgets(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, "Realisasi", "REALISASI", "Real", "Actual", "ACTUAL") || !docHasAny(doc, data, bowlYearEnd...) ||
		!someLine(data, bowlHeaderLine) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if strings.Count(lines[i], "\t") < 3 || !bowlEndsYear(lines[i]) {
			continue
		}
		c := bowlHeader(lines[i])
		if c == nil {
			continue
		}
		end, ok := bowlTable(doc, lines, i, c)
		changed = changed || ok
		i = max(i, end)
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// bowlTable reads the rows under header line h: its last line read and
// whether it was rewritten.
func bowlTable(doc *facts.Document, lines []string, h int, c *bowlCols) (int, bool) {
	last := h
	for last+1 < len(lines) && strings.Contains(lines[last+1], "\t") && strings.TrimSpace(lines[last+1]) != "" {
		last++
	}
	if last == h {
		return h, false
	}
	fail := func(why string) (int, bool) {
		doc.Add(facts.Finding{Span: facts.Span{Start: h + 1, End: last + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: "bagan rencana-realisasi anggaran per periode: " + why + "; tidak dimuat sebagai anggaran"})
		return last, false
	}
	pick := func(cells []string, cols []int) []string {
		out := make([]string, len(cols))
		for k, j := range cols {
			out[k] = bowlCell(cells, j)
		}
		return out
	}
	var items []*bowlItem
	var cur *bowlItem
	for j := h + 1; j <= last; j++ {
		cells := strings.Split(lines[j], "\t")
		id, label := bowlIdent(c.identCells(cells))
		named := id.code != "" || id.total || id.name != ""
		if !c.lines {
			if !named {
				return fail("baris tanpa kode/uraian")
			}
			it := id
			it.ser = [2][]string{pick(cells, c.plan), pick(cells, c.act)}
			it.tot = [2]string{bowlCell(cells, c.planTot), bowlCell(cells, c.actTot)}
			it.seen = [2]bool{true, true}
			it.pagu, it.sera = "", ""
			if !bowlSet(&it.pagu, bowlCell(cells, c.pagu)) || !bowlSet(&it.sera, bowlCell(cells, c.sera)) {
				return fail("sel tidak terbaca")
			}
			items = append(items, &it)
			continue
		}
		if label == 0 && j == h+1 {
			return last, false // a table by period, no plan/actual lines: not this style
		}
		if label == 0 {
			return fail("baris " + id.code + id.name + " tanpa rencana/realisasi")
		}
		k := 0
		if label == 'A' {
			k = 1
		}
		same := cur != nil && !(cur.seen[0] && cur.seen[1]) && id.code == cur.code && id.total == cur.total && id.name == cur.name
		if named && !same {
			if cur != nil && !(cur.seen[0] && cur.seen[1]) {
				return fail(cur.code + cur.name + " tanpa pasangan rencana/realisasi")
			}
			cur = &id
			items = append(items, cur)
		} else if cur == nil || cur.seen[k] {
			return fail("baris tanpa kode/uraian")
		}
		cur.seen[k] = true
		cur.ser[k] = pick(cells, c.per)
		cur.tot[k] = bowlCell(cells, c.tot)
		if !bowlSet(&cur.pagu, bowlCell(cells, c.pagu)) || !bowlSet(&cur.sera, bowlCell(cells, c.sera)) {
			return fail(cur.code + ": pagu/serapan berbeda pada kedua baris")
		}
	}
	if cur != nil && !(cur.seen[0] && cur.seen[1]) {
		return fail(cur.code + cur.name + " tanpa pasangan rencana/realisasi")
	}
	coded := false
	for _, it := range items {
		coded = coded || it.code != ""
	}
	if !coded {
		return last, false // no budget code: a timesheet, a stock plan, no budget
	}
	return bowlProve(doc, lines, h, last, c, items, fail)
}
