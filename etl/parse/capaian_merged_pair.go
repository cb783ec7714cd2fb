package parse

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A capaian table that prints a target and realisasi that are equal once,
// in one cell merged across both columns:
//
//	No  Indikator Kinerja  Satuan  Target  Realisasi  Capaian (%)
//	3   Persentase …       %       100,00             100,00
//	7   Opini BPK …        Opini   WTP                100,00
//
// Such a row has one cell fewer than the header, and by position its
// capaian landed under Realisasi (the opinion's realisasi read 100,00, its
// capaian lost). The merged reading is taken only where it is proven: the
// row is one cell short, Target, Realisasi and Capaian are the header's
// last three columns, the cell before the pair holds no figure (else the
// row already has its three and lost a cell further left), the last cell
// reads 100 (what a target met exactly
// gives), and the cell before it is a grade (WTP, B: a grade target beside
// a figure realisasi is no one indicator's pair) or 100 itself (both
// readings then agree on target and realisasi). Otherwise (95,00 | 100,00:
// a merged 95 or a capaian left empty) the row is read as before.

// mergedPairRow returns r with its merged target/realisasi cell written
// in both columns, or r.
func (p *parser) mergedPairRow(r *extract.Row, roles []int) *extract.Row {
	n := len(roles)
	if n < 4 || len(r.Cells) != n-1 || roles[n-3] != roleTarget || roles[n-2] != roleRealisasi || roles[n-1] != roleCapaian {
		return r
	}
	if valueLike(r.Cells[n-4]) {
		return r // three figures already: a cell missing further left (an empty unit), not a merged pair
	}
	a, c := strings.TrimSpace(r.Cells[n-3]), strings.TrimSpace(r.Cells[n-2])
	if !hundred(c) || !(gradeLike(a) || hundred(a)) { // gradeLike: aligned_cells.go
		return r
	}
	row := *r
	row.Cells = append(append(append([]string(nil), r.Cells[:n-2]...), a), r.Cells[n-2:]...)
	p.find("capaian.sel_gabung", facts.Info, r.Start, r.End, strings.Join(r.Cells, " | "),
		"baris kurang satu sel dengan %q lalu capaian %q: target dan realisasi yang sama ditulis sekali dalam sel gabungan", a, c)
	return &row
}

// hundred: a figure reading 100 (100, 100,00, 100%).
func hundred(c string) bool {
	n := normalize.ParseNumber(c, normalize.Unknown)
	return n.Status == normalize.OK && math.Abs(n.Value-100) < 1e-9
}
