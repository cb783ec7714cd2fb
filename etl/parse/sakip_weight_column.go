package parse

import (
	"math"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// A SAKIP component table whose weight column is titled as a score, not a
// weight:
//
//	No  Komponen  Skor Tersedia  Skor Diraih
//	1   Perencanaan Kinerja  30,00  20,80
//	    Skor AKIP            100,00  66,88
//
// Both titles hold "Skor", so both were value columns without a year each,
// and nothing loaded. The figures tell them apart: one column's component
// figures sum to 100, as SAKIP's weights do, and each is at least the
// other column's figure on its row (a component scores within its
// weight), the other's below it somewhere. That column is the weight; the
// other the scores. Two value columns where neither or both fit stay
// unproven, as before.

// komponenWeightColumn is, of two value columns a and b of a component
// table, the one its figures prove the weights, or -1.
func komponenWeightColumn(b *extract.Block, nama, a, c int) int {
	fits := func(w, v int) bool {
		sum, n, below := 0.0, 0, false
		for _, r := range b.Rows {
			if komponenOf(komponenRowName(r.Cells, nama)) == "" {
				continue
			}
			wv, ok1 := cellNumber(r.Cells, w)
			vv, ok2 := cellNumber(r.Cells, v)
			if !ok1 || !ok2 || vv > wv+1e-9 {
				return false
			}
			below = below || vv < wv
			sum += wv
			n++
		}
		return n >= 2 && below && math.Abs(sum-100) <= 0.01
	}
	switch fa, fc := fits(a, c), fits(c, a); {
	case fa && !fc:
		return a
	case fc && !fa:
		return c
	}
	return -1
}

// weightByFigures finds the weight column among two yearless value
// columns (komponenWeightColumn) and says so; it returns the weight column
// and the value columns left, or bobot and nilaiCols unchanged.
func (p *parser) weightByFigures(t *tableInfo, nama, bobot int, nilaiCols []int) (int, []int) {
	if bobot >= 0 || len(nilaiCols) != 2 {
		return bobot, nilaiCols
	}
	w := komponenWeightColumn(t.b, nama, nilaiCols[0], nilaiCols[1])
	if w < 0 {
		return bobot, nilaiCols
	}
	v := nilaiCols[0]
	if v == w {
		v = nilaiCols[1]
	}
	p.find("sakip.bobot_dari_angka", facts.Info, t.b.Start, t.b.End, t.label,
		"%s: dua kolom nilai tanpa judul Bobot; kolom ke-%d berjumlah 100 dan tidak pernah di bawah kolom ke-%d: dibaca sebagai bobot", t.label, w+1, v+1)
	return w, []int{v}
}
