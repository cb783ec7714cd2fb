package parse

import (
	"fmt"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// proseTable is the angMeta.table of rows read from prose: they share no
// table, so a scale doubt about one sentence's total clears that row only.
const proseTable = 1 << 30

// scaleGuard: a budget line stated by two sources (a table and prose, or
// two tables) whose amounts differ by a power of a thousand (1.000 or
// 1.000.000) is a scale conflict, not two figures: one source reads its
// amounts in a unit that does not hold ("dalam ribuan rupiah" over whole
// rupiah, a unit no one stated over thousands). Nothing proves which scale
// holds, and a wrong scale multiplies every amount of a table, so the
// amounts of every table involved (and of the prose line) load NULL with
// anggaran.skala_ragu; the stated percentages stay, a ratio knows no unit.
// A different figure that is no such multiple is left to resolveAnggaran's
// conflict rule.
func (p *parser) scaleGuard(groups [][]int) {
	var doubt map[int]int64 // table → factor; made on the first doubt (most documents have none)
	var lines []int         // prose rows in doubt
	for _, idx := range groups {
		for x, i := range idx {
			for _, j := range idx[x+1:] {
				ti, tj := p.angMeta[i].table, p.angMeta[j].table
				if ti == tj {
					continue
				}
				f := scaleFactor(&p.doc.Anggaran[i], &p.doc.Anggaran[j])
				if f == 0 {
					continue
				}
				f = max(f, -f)
				for _, e := range [2]struct{ t, row int }{{ti, i}, {tj, j}} {
					if e.t == proseTable {
						lines = append(lines, e.row)
					} else if doubt[e.t] == 0 {
						if doubt == nil {
							doubt = map[int]int64{}
						}
						doubt[e.t] = f
					}
				}
				a, b := &p.doc.Anggaran[i], &p.doc.Anggaran[j]
				p.find("anggaran.skala_ragu", facts.Warning, b.Start, b.End, fmt.Sprint(i64p(b.Pagu), " ", i64p(b.Realisasi)),
					"%s tahun %d: %s (baris %d) dan %s (baris %d) berselisih tepat %d kali; satuan mana yang benar tidak terbukti, jumlah dimuat NULL",
					a.Kode, a.Tahun, a.Sumber, a.Start, b.Sumber, b.Start, f)
			}
		}
	}
	if len(doubt) == 0 && len(lines) == 0 {
		return
	}
	for _, i := range lines {
		clearAmounts(&p.doc.Anggaran[i])
	}
	// one finding over each table in doubt, so every row it loaded says why
	span := map[int]facts.Span{}
	for i := range p.doc.Anggaran {
		t := p.angMeta[i].table
		if _, ok := doubt[t]; !ok {
			continue
		}
		a := &p.doc.Anggaran[i]
		s, seen := span[t]
		if !seen || a.Start < s.Start {
			s.Start = a.Start
		}
		if !seen || a.End > s.End {
			s.End = a.End
		}
		span[t] = s
		clearAmounts(a)
	}
	for i := range p.doc.Anggaran {
		t := p.angMeta[i].table
		s, ok := span[t]
		if !ok {
			continue
		}
		delete(span, t)
		a := &p.doc.Anggaran[i]
		p.find("anggaran.skala_ragu", facts.Warning, s.Start, s.End, a.Sumber,
			"%s: jumlahnya berselisih tepat %d kali dengan sumber lain; satuan tabel tidak terbukti, semua jumlah dimuat NULL",
			a.Sumber, doubt[t])
	}
}

// scaleFactor is ±1.000 or ±1.000.000 when every amount both rows state
// (pagu, realisasi) differs by that same power of a thousand in the same
// direction (+: a's amounts are the larger); 0 otherwise. The larger may be the smaller's multiple
// exactly or within one unit of the smaller (a table in thousands rounds).
func scaleFactor(a, b *facts.Anggaran) int64 {
	var f int64
	n := 0
	for _, v := range [2][2]*int64{{a.Pagu, b.Pagu}, {a.Realisasi, b.Realisasi}} {
		if v[0] == nil || v[1] == nil {
			continue
		}
		g := powerApart(*v[0], *v[1])
		if g == 0 || f != 0 && g != f {
			return 0
		}
		f = g
		n++
	}
	if n == 0 {
		return 0
	}
	return f
}

// powerApart: x and y are the same amount in units a thousand or a
// million apart, signed by which is larger (+: x); 0 when not.
func powerApart(x, y int64) int64 {
	if x <= 0 || y <= 0 || x == y || min(x, y) < 100 {
		return 0
	}
	sign := int64(1)
	if x < y {
		x, y, sign = y, x, -1
	}
	for _, f := range [2]int64{1_000, 1_000_000} {
		if y > (1<<62)/f {
			continue
		}
		d := x - y*f
		if d < 0 {
			d = -d
		}
		if d < f {
			return sign * f
		}
	}
	return 0
}

// clearAmounts drops a budget line's amounts, whose scale is unproven;
// the stated percentage is kept.
func clearAmounts(a *facts.Anggaran) {
	a.Pagu, a.Realisasi, a.Sisa, a.PaguAwal, a.SisaTeks = nil, nil, nil, nil, ""
}

// i64p prints an optional amount, "-" for NULL.
func i64p(v *int64) string {
	if v == nil {
		return "-"
	}
	return fmt.Sprint(*v)
}

// maxRupiahTotal: no KPU satker the warehouse knows (a province or a
// kabupaten/kota office) has a DIPA of Rp 1 triliun; the largest, in an
// election year, stay several times below it. A table whose stated unit
// (ribuan, juta) lifts a program or total line to it states a unit its
// figures are not written in ("dalam ribuan rupiah" over whole rupiah):
// read so, every amount would be a thousand times too large.
const maxRupiahTotal = 1_000_000_000_000

// oversizedRupiah: a program or total line of the table at
// p.doc.Anggaran[start:] has a pagu or realisasi of maxRupiahTotal or more.
func (p *parser) oversizedRupiah(start int) bool {
	for _, a := range p.doc.Anggaran[start:] {
		if a.Tingkat != facts.LevelProgram && a.Tingkat != facts.LevelTotal {
			continue
		}
		if a.Pagu != nil && *a.Pagu >= maxRupiahTotal || a.Realisasi != nil && *a.Realisasi >= maxRupiahTotal {
			return true
		}
	}
	return false
}
