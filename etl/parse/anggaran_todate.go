package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A finance application's realisation report (SAKTI, OM-SPAN) prints the
// realisasi three times: up to the previous period ("s.d. Periode Lalu",
// "s.d. Bulan Lalu"), in this period ("Periode Ini", "Bulan Ini") and up to
// this period ("s.d. Periode Ini", "s.d. Bulan Ini"). Only the last is the
// year's realisasi; the other two are its parts, and they prove it: every
// row's previous + current must make its cumulative cell. Without that
// proof none of the three is read, never a part as the whole.

// toDatePart is the part of a to-date triple a realisasi column title
// names: 'l' up to the previous period, 'i' this period alone, 'c' up to
// this period; 0 for any other title.
func toDatePart(title string) byte {
	k := normalize.SpacedKey(title)
	upTo := reWholeCol.MatchString(k) || has(k, "up", "ytd")
	switch {
	case has(k, "lalu", "sebelumnya", "last", "previous", "prior"):
		return 'l'
	case has(k, "ini", "berjalan", "this", "current") && upTo:
		return 'c'
	case has(k, "ini", "berjalan", "this", "current"):
		return 'i'
	}
	return 0
}

// toDateRealisasi settles the realisasi columns of a to-date report: the
// cumulative column is the realisasi when the rows prove it, the previous
// and current columns are no facts. Tables without the triple are left as
// they are.
func (p *parser) toDateRealisasi(t *tableInfo, roles []int) []int {
	cols := t.columns()
	at := map[byte]int{}
	for j := 0; j < len(roles) && j < len(cols); j++ {
		if roles[j] != roleRealisasi && roles[j] != roleNone {
			continue
		}
		if part := toDatePart(strings.Join(cols[j], " ")); part != 0 {
			if _, twice := at[part]; twice {
				return roles // two columns of one part: not a to-date triple
			}
			at[part] = j
		}
	}
	month := 0
	if len(at) == 0 {
		at, month = monthTriple(cols, roles) // "s.d. November | Desember | s.d. Desember"
	}
	if len(at) != 3 {
		return roles
	}
	out := append([]int(nil), roles...)
	for _, j := range at {
		out[j] = roleNone
	}
	if month == 0 {
		month = p.toDateMonth(t)
	}
	if m := month; m != 0 && m != 12 {
		// a report up to June: its realisasi, sisa and percent are the
		// half year's, not the year's; the pagu is the year's DIPA
		for j, r := range out {
			if r == roleSisa || r == rolePersen {
				out[j] = roleNone
			}
		}
		p.find("anggaran.realisasi_bukan_setahun", facts.Warning, t.b.Start, t.b.End, t.label,
			"%s: laporan realisasi hanya sampai bulan ke-%d; realisasi, sisa dan persentase bukan setahun, tidak dimuat", t.label, m)
		return out
	}
	if toDateProven(t.b.Rows, []int{at['l'], at['i']}, at['c']) {
		out[at['c']] = roleRealisasi
		return out
	}
	p.find("anggaran.realisasi_periode_tidak_cocok", facts.Warning, t.b.Start, t.b.End, t.label,
		"%s: realisasi s.d. periode lalu + periode ini tidak sama dengan realisasi s.d. periode ini; realisasi tidak dimuat", t.label)
	return out
}

// toDateProven: every row with an amount in column whole has parts that sum
// to it (an empty or "-" part is nothing), and two rows at least do. The
// number convention is the three columns' together: "86.450" under
// "1.087.726.500" is thousands.
func toDateProven(rows []extract.Row, parts []int, whole int) bool {
	var tally normalize.ConventionTally
	for _, r := range rows {
		for _, j := range append(parts, whole) {
			if j < len(r.Cells) {
				tally.Add(r.Cells[j])
			}
		}
	}
	conv := tally.Convention()
	amount := func(c string) (int64, bool) {
		switch c = strings.TrimSpace(c); c {
		case "", "-", "–":
			return 0, true
		}
		v, n := normalize.Money(c, conv)
		return v, n.Status == normalize.OK
	}
	proven := 0
	for _, r := range rows {
		if whole >= len(r.Cells) || strings.TrimSpace(r.Cells[whole]) == "" {
			continue
		}
		want, ok := amount(r.Cells[whole])
		if !ok {
			continue // no amount (a print footer's text): nothing to load
		}
		if sum, ok := cellsSum(r.Cells, 0, 0, parts, amount); !ok || sum != want {
			return false
		}
		proven++
	}
	return proven >= 2
}

// englishMonths are the months a report in English names.
var englishMonths = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12}

// toDateMonth is the last month the report's period names, in the table's
// caption or the short lines and the `Key : value` block just above it
// ("Periode : Januari s.d. Juni 2024" is 6); 0 when none names one.
func (p *parser) toDateMonth(t *tableInfo) int {
	texts := []string{t.b.Caption}
	for i := p.cur - 1; i >= 0 && i >= p.cur-3 && i < len(p.blocks); i-- {
		b := &p.blocks[i]
		if b.Kind == extract.Paragraph {
			if len(b.Text) <= 120 {
				texts = append(texts, b.Text)
			}
			continue
		}
		for _, r := range append(b.Header[:len(b.Header):len(b.Header)], b.Rows...) {
			texts = append(texts, strings.Join(r.Cells, " "))
		}
	}
	for _, s := range texts {
		k := normalize.SpacedKey(s)
		if !has(k, "periode", "s d", "sd", "sampai", "period", "up") {
			continue
		}
		if last := lastMonth(k); last > 0 {
			return last
		}
	}
	return 0
}

// monthTriple reads the to-date triple from titles naming months instead
// of "lalu" and "ini": up to an earlier month ('l'), a month alone ('i'),
// up to that same month ('c'). It gives the columns and the month of the
// cumulative one; nil when the titles are not such a triple.
func monthTriple(cols [][]string, roles []int) (map[byte]int, int) {
	at := map[byte]int{}
	cur := 0
	type upCol struct{ j, m int }
	var ups []upCol
	for j := 0; j < len(roles) && j < len(cols); j++ {
		if roles[j] != roleRealisasi && roles[j] != roleNone {
			continue
		}
		k := normalize.SpacedKey(strings.Join(cols[j], " "))
		m := lastMonth(k)
		switch {
		case m == 0:
		case reWholeCol.MatchString(k) || has(k, "up"):
			ups = append(ups, upCol{j, m})
		case cur != 0:
			return nil, 0 // two months alone
		default:
			at['i'], cur = j, m
		}
	}
	if cur == 0 || len(ups) != 2 {
		return nil, 0
	}
	for _, u := range ups {
		switch {
		case u.m == cur:
			at['c'] = u.j
		case u.m < cur:
			at['l'] = u.j
		}
	}
	if len(at) != 3 {
		return nil, 0
	}
	return at, cur
}

// lastMonth is the last month the folded text k names, 0 when none.
func lastMonth(k string) int {
	last := 0
	for _, w := range strings.Fields(k) {
		if m, ok := months[w]; ok {
			last = m
		} else if m, ok := englishMonths[w]; ok {
			last = m
		}
	}
	return last
}
