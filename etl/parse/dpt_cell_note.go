package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The voter roll with each sex's share written in the count's own cell
// (cell_note.go):
//
//	Kecamatan   Laki-laki (%)    Perempuan (%)    Jumlah
//	TELUK       5.633 (48,12%)   6.072 (51,88%)   11.705
//
// The "(%)" in the title would make the column a share column
// (dptShareHeader); its cells say otherwise: every one is a count with a
// share. The count is the fact, the share only its check: it must be the
// count over the row's total (Jumlah, or L + P without one) within the
// share's rounding, or the cell loads nothing, with a finding.

// dptNotedColumns names a sex (or total) column whose title carries a
// percent mark ("Laki-laki (%)", "P [%]") when its cells are counts with
// their shares: the title without the mark gives the role, if no other
// column holds it. A "(%)" column of bare percents stays unnamed.
func dptNotedColumns(b *extract.Block, cols [][]string, roles []int) {
	for j, cs := range cols {
		if roles[j] != roleNone {
			continue
		}
		for _, c := range cs {
			if strings.IndexByte(c, '%') < 0 {
				continue // most titles: no mark, nothing to do
			}
			r := dptRole(withoutPercentMark(c))
			if (r == roleL || r == roleP || r == roleLP) && indexOf(roles, r) < 0 && notedCountColumn(b, j) {
				roles[j] = r
			}
			break
		}
	}
}

// withoutPercentMark is a title without its percent mark and the empty
// brackets around it: "Laki-laki (%)" → "Laki-laki".
func withoutPercentMark(c string) string {
	c = strings.Join(strings.Fields(strings.ReplaceAll(c, "%", "")), " ")
	for _, e := range [...]string{"()", "( )", "[]", "[ ]"} {
		c = strings.ReplaceAll(c, e, "")
	}
	return strings.TrimSpace(c)
}

// notedCountColumn: the column's body cells are counts with their shares
// (at least two, no bare percent among them; a plain count, a dash or an
// empty cell may stand between them).
func notedCountColumn(b *extract.Block, j int) bool {
	noted := 0
	for i := range b.Rows {
		c := strings.TrimSpace(b.Rows[i].Cell(j))
		if c == "" {
			continue
		}
		if _, ok := readCountShare(c); ok {
			noted++
			continue
		}
		if n := normalize.ParseNumber(c, normalize.Unknown); n.Status == normalize.OK && n.Percent {
			return false // a share alone: the column is the shares'
		}
	}
	return noted >= 2
}

// dptNotedCount reads a count cell that carries a share (a bracketed
// figure after it, or before it). handled is false when the cell is no
// count with a share ("1.234 (L)"): the caller reads it as before.
func (p *parser) dptNotedCount(t *tableInfo, r *extract.Row, roles []int, convs map[int]normalize.Convention, role, j int) (v *int64, handled bool) {
	cs, ok := readCountShare(r.Cells[j])
	if !ok {
		return nil, false
	}
	refuse := func(why string) (*int64, bool) {
		p.find("nilai.catatan_sel", facts.Warning, r.Start, r.End, r.Cells[j],
			"%s: %q: angka dengan catatan dalam sel; %s; tidak dimuat", t.label, r.Cells[j], why)
		return nil, true
	}
	l, lok := dptRowFigure(r, roles, convs, roleL)
	pr, pok := dptRowFigure(r, roles, convs, roleP)
	switch role {
	case roleL, roleP:
		// the share is of the row: its total, else its two sexes' sum
		total, tok := dptRowFigure(r, roles, convs, roleLP)
		if !tok && lok && pok {
			total, tok = l+pr, true
		}
		if !tok {
			return refuse("tidak ada jumlah baris untuk menguji persentasenya")
		}
		if !shareFits(cs.share, cs.decimals, cs.count, total) {
			return refuse("persentase bukan bagian dari jumlah baris")
		}
	case roleLP:
		// a total's share is of the table (or 100): the count is the fact
		// as long as it is the one outside the brackets, or L + P proves it
		if (cs.shareFirst || !cs.marked) && !(lok && pok && l+pr == cs.count) {
			return refuse("jumlah tidak terbukti laki-laki + perempuan")
		}
	default:
		return nil, false
	}
	c := cs.count
	return &c, true
}

// dptRowFigure is the count in row r under the column of role, read bare
// or as a count with its share (unchecked: the check is dptNotedCount's).
func dptRowFigure(r *extract.Row, roles []int, convs map[int]normalize.Convention, role int) (int64, bool) {
	j := indexOf(roles, role)
	if j < 0 || j >= len(r.Cells) || r.Cells[j] == "" {
		return 0, false
	}
	if endsBracket(r.Cells[j]) {
		if cs, ok := readCountShare(r.Cells[j]); ok {
			return cs.count, true
		}
	}
	n := normalize.ParseNumber(r.Cells[j], convs[j])
	if n.Status != normalize.OK || n.Rest != "" || n.Percent || n.Value != float64(int64(n.Value)) || n.Value < 0 {
		return 0, false
	}
	return int64(n.Value), true
}
