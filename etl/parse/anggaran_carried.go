package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A table running over a page writes the sum of its rows so far at the
// foot of the first page ("Jumlah dipindahkan", "Jumlah yang dipindahkan",
// "Carried forward") and again at the head of the next ("Pindahan",
// "Jumlah pindahan", "Brought forward"). Those rows are no facts: neither
// the year's total nor a program's. They equal the sum of the rows before
// the break (checked: anggaran.pindahan_tidak_cocok when no level of the
// rows above makes them), and they bind the two pages into one table: a
// part on the next page that opens with the brought sum, or a headerless
// part after a carried one, is the same table's rows, whatever caption
// ("Lanjutan Tabel 3.5") or page furniture stands between.

const (
	carryFoot = 'c' // the sum carried at the foot of a page
	carryHead = 'b' // the sum brought forward at the head of the next
)

// carryKind reads a row label as a carried sum: carryFoot, carryHead or 0.
func carryKind(label string) byte {
	if !carryMayName(label) {
		return 0 // (carry_gate.go)
	}
	k := normalize.SpacedKey(label)
	if k == "  " || !has(k, "dipindahkan", "pindahan", "carried", "brought", "halaman") {
		return 0 // most labels: one gate before the phrases
	}
	switch {
	case has(k, "dipindahkan") || has(k, "carried") && has(k, "forward", "over", "fwd"),
		has(k, "halaman") && has(k, "berikut", "berikutnya", "selanjutnya"):
		return carryFoot
	case has(k, "pindahan") || has(k, "brought") && has(k, "forward", "over", "fwd"),
		has(k, "halaman") && has(k, "sebelumnya", "lalu"):
		return carryHead
	}
	return 0
}

// rowCarry is the carried-sum kind of a row: the first of its text cells
// that names one.
func rowCarry(cells []string) byte {
	for _, c := range cells {
		if c = strings.TrimSpace(c); c == "" || isDigitByte(c[0]) {
			continue
		}
		if k := carryKind(c); k != 0 {
			return k
		}
	}
	return 0
}

// stitchCarried joins to budget table b the parts of it on the next pages: a
// table block after b, with nothing but short lines between (a running
// footer, "Lanjutan Tabel 3.5"), as wide as b, that opens with a brought
// sum, or has no header of its own when b ends with a carried sum. The
// part's repeated header is dropped; the part is emptied so it is not
// read twice.
func (p *parser) stitchCarried(b *extract.Block) {
	if p.cur < 0 || p.cur >= len(p.blocks) || &p.blocks[p.cur] != b || len(b.Rows) == 0 || len(b.Header) == 0 {
		return
	}
	var rows []extract.Row
	for i := p.cur + 1; i < len(p.blocks) && i <= p.cur+4; i++ {
		nb := &p.blocks[i]
		if nb.Kind == extract.Paragraph {
			if len(nb.Text) > 100 {
				break // prose between: the table ended
			}
			continue
		}
		if len(nb.Rows) == 0 || nb.Width != b.Width {
			break
		}
		last := b.Rows
		if rows != nil {
			last = rows
		}
		foot := endsCarried(last)
		if rowCarry(nb.Rows[0].Cells) != carryHead && !(foot && len(nb.Header) == 0) {
			break
		}
		if rows == nil {
			if roles := anggaranRoles(b); indexOf(roles, rolePagu) < 0 && indexOf(roles, roleRealisasi) < 0 {
				return // a budget table's parts only: another family's rows keep their own reading
			}
			rows = append(make([]extract.Row, 0, len(b.Rows)+len(nb.Rows)), b.Rows...)
		}
		rows = append(rows, nb.Rows...)
		nb.Rows, nb.Header = nil, nil
	}
	if rows == nil {
		return
	}
	b.Rows, b.End = rows, rows[len(rows)-1].End
}

// endsCarried: the last row of rows with two cells or more (a running
// footer of one or two cells may follow) carries a sum to the next page.
func endsCarried(rows []extract.Row) bool {
	for i := len(rows) - 1; i >= 0 && i >= len(rows)-3; i-- {
		if rows[i].NonEmpty() > 2 {
			return rowCarry(rows[i].Cells) == carryFoot
		}
	}
	return false
}

// checkCarried proves each carried row of a budget table read into
// p.doc.Anggaran[start:]: its pagu (and realisasi) must be the sum of the
// rows above it of one level (programs, kegiatan or outputs), or the sum
// carried just before it. The rows are never loaded either way.
func (p *parser) checkCarried(t *tableInfo, roles []int, rows [][]string, convs []normalize.Convention, start int) {
	var prev *[2]*int64
	for i, cells := range rows {
		if rowCarry(cells) == 0 {
			continue
		}
		r := &t.b.Rows[i]
		amount := func(role int) *int64 {
			j := indexOf(roles, role)
			if j < 0 || j >= len(cells) {
				return nil
			}
			v, _ := moneyOf(cells[j], convs[j], t)
			return v
		}
		got := [2]*int64{amount(rolePagu), amount(roleRealisasi)}
		if got[0] == nil && got[1] == nil {
			continue
		}
		ok := prev != nil && sameAmounts(got, *prev)
		for _, lvl := range []string{facts.LevelProgram, facts.LevelKegiatan, facts.LevelOutput} {
			ok = ok || sameAmounts(got, p.levelSums(start, r.Start, lvl))
		}
		if !ok {
			p.find("anggaran.pindahan_tidak_cocok", facts.Warning, r.Start, r.End, strings.Join(cells, " | "),
				"%s: jumlah pindahan halaman tidak sama dengan jumlah baris di atasnya; baris itu tidak dimuat", t.label)
		}
		prev = &got
	}
}

// levelSums is the pagu and realisasi sums of the rows of level lvl read
// from p.doc.Anggaran[start:] above line; nil where one of them lacks it.
func (p *parser) levelSums(start, line int, lvl string) [2]*int64 {
	var sum [2]int64
	whole := [2]bool{true, true}
	n := 0
	for i := start; i < len(p.doc.Anggaran); i++ {
		a := &p.doc.Anggaran[i]
		if a.Start >= line || a.Tingkat != lvl {
			continue
		}
		n++
		for k, v := range []*int64{a.Pagu, a.Realisasi} {
			if v == nil {
				whole[k] = false
			} else {
				sum[k] += *v
			}
		}
	}
	var out [2]*int64
	for k := range out {
		if n > 0 && whole[k] {
			out[k] = &sum[k]
		}
	}
	return out
}

// sameAmounts: every amount got states is the one want holds.
func sameAmounts(got, want [2]*int64) bool {
	for k := range got {
		if got[k] != nil && (want[k] == nil || *got[k] != *want[k]) {
			return false
		}
	}
	return true
}
