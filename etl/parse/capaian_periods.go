package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Capaian tables with one column per period. A report that follows its
// indicators through the year may give the targets in one table and the
// realisations in another, each with a column per triwulan, semester or
// month, the stated capaian of the year beside the last:
//
//	Tabel 3.1 Target Kinerja per Triwulan
//	No  Indikator Kinerja   TW I   TW II   TW III   TW IV
//	Tabel 3.2 Realisasi Kinerja per Triwulan
//	No  Indikator Kinerja   TW I   TW II   TW III   TW IV   Capaian Tahunan (%)
//
// The year's value is the column the header proves is the year's: an
// annual column (`Tahunan`, `Akhir Tahun`, `s.d. TW IV`), else the year's
// last period (`TW IV`, `Semester II`, `Desember`) when the periods are
// cumulative (a `s.d.` header, or `kumulatif` in the caption or the text
// right above the table) or when it is the only period holding a value.
// Otherwise the last period and the periods' sum (periods that do not add
// up to date) are only candidates: the stated capaian must prove exactly
// one pair (realisasi ÷ target, or the lower-is-better form), else the
// values load NULL with capaian.periode_tidak_terbukti (counts of 1 per
// quarter give 100 % both ways). A stated capaian that the chosen pair
// does not give leaves the pair NULL the same way.
// Targets and realisations in two tables pair by indicator; the columns of
// one table may also carry both (`Target TW I … Realisasi TW IV`).

type period struct {
	kind byte // 'q' quarter, 's' semester, 'm' month
	idx  int
	upTo bool // "s.d. TW III": the periods up to this one
}

// yearEnd: the period that closes the year.
func (pr period) yearEnd() bool {
	switch pr.kind {
	case 'q':
		return pr.idx == 4
	case 's':
		return pr.idx == 2
	}
	return pr.idx == 12
}

var periodNum = map[string]int{"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

var monthNo = map[string]int{"januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3,
	"mar": 3, "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8,
	"agt": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
	"nopember": 11, "nov": 11, "desember": 12, "des": 12}

// periodOf reads the period a column's header words name.
func periodOf(words []string) (period, bool) {
	var pr period
	next := func(i int) int {
		if i+1 < len(words) {
			return periodNum[words[i+1]]
		}
		return 0
	}
	for i, w := range words {
		switch w {
		case "sd", "kumulatif", "hingga", "sampai":
			pr.upTo = true
		case "s":
			if i+1 < len(words) && words[i+1] == "d" {
				pr.upTo = true
			}
		case "tw", "triwulan", "trw", "twl", "kuartal":
			if n := next(i); n > 0 {
				pr.kind, pr.idx = 'q', n
			}
		case "semester", "smt", "sem":
			if n := next(i); n > 0 && n <= 2 {
				pr.kind, pr.idx = 's', n
			}
		case "q1", "q2", "q3", "q4":
			pr.kind, pr.idx = 'q', int(w[1]-'0')
		default:
			if m := monthNo[w]; m > 0 && pr.kind == 0 {
				pr.kind, pr.idx = 'm', m
			}
		}
	}
	return pr, pr.kind != 0
}

// measureOf: 'T' target, 'R' realisasi, 'C' capaian, 0 none.
func measureOf(words []string) byte {
	for _, w := range words {
		switch w {
		case "target", "rencana":
			return 'T'
		case "realisasi", "real":
			return 'R'
		case "capaian":
			return 'C'
		}
	}
	return 0
}

// periodLayout is a table's columns by measure and period.
type periodLayout struct {
	no, ind int
	cols    map[byte][]int // per measure, its period columns in order
	per     map[int]period
	annual  map[byte]int // per measure, a column of the whole year
	capaian int          // the year's capaian, -1
	cumul   bool         // the periods add up to date
}

// periodTable reads t's columns as periods; nil when t is not such a table.
func periodTable(b *extract.Block, above string) *periodLayout {
	cols := columnTexts(b)
	roles := capaianRoles(b)
	ind := indexOf(roles, roleIndikator)
	for j := range cols {
		if ind < 0 && roles[j] == roleNone && indicatorColumn(b, j) {
			ind = j // "Uraian", "Kinerja": a column of indicator statements
		}
	}
	if ind < 0 {
		return nil
	}
	capKey := normalize.SpacedKey(b.Caption)
	tm := byte(0) // the measure the caption names, for columns that name none
	switch hasT, hasR := has(capKey, "target", "rencana"), has(capKey, "realisasi"); {
	case hasT && !hasR:
		tm = 'T'
	case hasR && !hasT:
		tm = 'R'
	}
	l := &periodLayout{no: indexOf(roles, roleNo), ind: ind, cols: map[byte][]int{}, per: map[int]period{},
		annual: map[byte]int{}, capaian: -1}
	// "Target | Realisasi" over the periods of each: the group names the measure
	gs := headerGroups(b, 0, len(cols), func(c string) bool {
		m := measureOf(strings.Fields(normalize.Key(c)))
		return m != 'T' && m != 'R'
	})
	kind, n := byte(0), 0
	for j, cs := range cols {
		if j == ind || j == l.no || len(cs) == 0 {
			continue
		}
		words := strings.Fields(normalize.Key(strings.Join(cs, " ")))
		m := measureOf(words)
		if g := groupOf(gs, j); m == 0 && g >= 0 {
			m = measureOf(strings.Fields(normalize.Key(gs[g].text)))
		}
		pr, ok := periodOf(words)
		if !ok {
			switch {
			case m == 'C' && l.capaian < 0:
				l.capaian = j
			case has(" "+strings.Join(words, " ")+" ", "tahunan", "setahun", "akhir tahun"):
				if m == 0 {
					m = tm
				}
				if m == 'T' || m == 'R' {
					l.annual[m] = j
				}
			case (m == 'T' || m == 'R') && !hasMeasure(l.annual, m) && (!hasYearDigits(strings.Join(cs, " ")) || ownYearLabel(strings.Join(cs, " "), captionYear(b.Caption))):
				l.annual[m] = j // "Target" beside the realisations per quarter: the year's target
			}
			continue
		}
		if kind != 0 && pr.kind != kind {
			return nil // quarters beside months: not one calendar
		}
		kind = pr.kind
		if m == 0 {
			m = tm
		}
		switch m {
		case 'T', 'R':
		case 'C':
			continue // a capaian per period is not the year's
		default:
			return nil // a period of no named measure
		}
		if c := l.cols[m]; len(c) > 0 && l.per[c[len(c)-1]].idx >= pr.idx {
			return nil // out of order: not a calendar
		}
		l.cols[m] = append(l.cols[m], j)
		l.per[j] = pr
		l.cumul = l.cumul || pr.upTo
		n++
	}
	if n < 2 {
		return nil
	}
	text := capKey + normalize.SpacedKey(above)
	if strings.Contains(text, " kumulatif ") && !has(text, "tidak kumulatif", "non kumulatif", "bukan kumulatif") {
		l.cumul = true
	}
	return l
}

func blankValue(s string) bool {
	s = strings.TrimSpace(s)
	return s == "" || s == "-" || s == "–" || s == "—"
}

// blockAbove is the text of the paragraphs right above block i (up to
// three, not past another table).
func (p *parser) blockAbove(i int) string {
	var parts []string
	for k := i - 1; k >= 0 && k >= i-3 && p.blocks[k].Kind == extract.Paragraph; k-- {
		parts = append(parts, p.blocks[k].Text)
	}
	return strings.Join(parts, " ")
}

// periodHeader: a cheap gate on the folded header before any column is read.
func periodHeader(hdr string) bool {
	return has(hdr, "tw", "triwulan", "trw", "semester", "smt", "q1", "q4", "desember", "des", "kuartal")
}

// periodCapaian reads t as a table of periods; false when it is not one.
func (p *parser) periodCapaian(t *tableInfo) bool {
	if !periodHeader(t.hdr) {
		return false
	}
	l := periodTable(t.b, p.blockAbove(p.cur))
	if l == nil {
		return false
	}
	hasT, hasR := len(l.cols['T']) > 0 || hasMeasure(l.annual, 'T'), len(l.cols['R']) > 0 || hasMeasure(l.annual, 'R')
	var comp *periodLayout // the other table, holding the measure this one lacks
	var cb *extract.Block
	if !hasT || !hasR {
		want := byte('T')
		if !hasR {
			want = 'R'
		}
		comp, cb = p.periodCompanion(want, captionYear(t.b.Caption))
		if comp != nil && want == 'R' {
			// the realisation table pairs the two; this one states
			// nothing the other does not
			p.find("capaian.periode_pasangan", facts.Info, t.b.Start, t.b.End, t.label,
				"%s: target per periode; dibaca bersama tabel realisasi baris %d", t.label, cb.Start)
			return true
		}
	}
	targets := map[string]*extract.Row{}
	byNo := map[string]*extract.Row{} // the companion's rows by their number
	if comp != nil {
		for ri := range cb.Rows {
			r := &cb.Rows[ri]
			if ind := strings.TrimSpace(r.Cell(comp.ind)); ind != "" {
				targets[indKey(ind)] = r
				if no := strings.TrimSpace(r.Cell(comp.no)); no != "" {
					byNo[no] = r
				}
			}
		}
	}
	nb := *t.b
	head := []string{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"}
	nb.Header = []extract.Row{{Start: t.b.Start, End: t.b.Start, Cells: head}}
	nb.Rows = make([]extract.Row, 0, len(t.b.Rows))
	nb.Width = len(head)
	for ri := range t.b.Rows {
		r := &t.b.Rows[ri]
		ind := strings.TrimSpace(r.Cell(l.ind))
		cells := []string{r.Cell(l.no), ind, "", "", ""}
		if l.capaian >= 0 {
			cells[4] = r.Cell(l.capaian)
		}
		tv, tok, tsum := l.yearValue(r, 'T')
		if comp != nil {
			tr := targets[indKey(ind)]
			if no := strings.TrimSpace(r.Cell(l.no)); tr == nil && no != "" {
				// the same number, the statement written shorter in one
				// table: its opening words must agree
				if nr := byNo[no]; nr != nil && sameOpening(ind, nr.Cell(comp.ind), 3) {
					tr = nr
				}
			}
			if tr != nil {
				tv, tok, tsum = comp.yearValue(tr, 'T')
			}
		}
		rv, rok, rsum := l.yearValue(r, 'R')
		if tv != "" || rv != "" {
			tv, rv, tok, rok = p.provePair(t, r, ind, cells[4], [2]string{tv, tsum}, [2]string{rv, rsum}, tok, rok)
		}
		if tok {
			cells[2] = tv
		}
		if rok {
			cells[3] = rv
		}
		nb.Rows = append(nb.Rows, extract.Row{Start: r.Start, End: r.End, Cells: cells})
	}
	if l.capaian < 0 {
		nb.Header[0].Cells = head[:4]
		for i := range nb.Rows {
			nb.Rows[i].Cells = nb.Rows[i].Cells[:4]
		}
		nb.Width = 4
	}
	if !hasR && comp == nil {
		// targets only: no Realisasi column, the table ranks as a PK table
		nb.Header[0].Cells = append([]string{}, nb.Header[0].Cells[:3]...)
		for i := range nb.Rows {
			nb.Rows[i].Cells = nb.Rows[i].Cells[:3]
		}
		nb.Width = 3
	}
	nt := *t
	nt.money = 0 // another block: moneyTable asks again
	nt.b, nt.fam, nt.hdr = &nb, famCapaian, headerText(&nb)
	p.capaianTable(&nt)
	return true
}

func hasMeasure(m map[byte]int, k byte) bool { _, ok := m[k]; return ok }

// periodCompanion is the nearest other table of periods holding measure m,
// of the same year when both captions name one.
func (p *parser) periodCompanion(m byte, year int) (*periodLayout, *extract.Block) {
	for d := 1; d < len(p.blocks); d++ {
		for _, k := range []int{p.cur - d, p.cur + d} {
			if k < 0 || k >= len(p.blocks) || p.blocks[k].Kind != extract.Table {
				continue
			}
			b := &p.blocks[k]
			if !periodHeader(headerText(b)) {
				continue
			}
			if y := captionYear(b.Caption); y > 0 && year > 0 && y != year {
				continue // another year's plan
			}
			if l := periodTable(b, p.blockAbove(k)); l != nil && (len(l.cols[m]) > 0 || hasMeasure(l.annual, m)) {
				return l, b
			}
		}
	}
	return nil, nil
}
