package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A budget that writes every item in two rows, the measure named in a
// column of its own:
//
//	Kode       Program/Kegiatan            Uraian     Jumlah (Rp)    Sisa (Rp)   Serapan (%)
//	076.01.WA  Program Dukungan Manajemen  Pagu       3.526.518.000
//	                                       Realisasi  3.471.577.975  54.940.025  98,44
//
// No title names a pagu or a realisasi, and no row holds both, so the
// table was never read. Where every row is one of such pairs (a Pagu row
// opening the item with its code or name, the Realisasi row under it with
// neither), the pair is one row of an ordinary budget: the amount column
// becomes a Pagu and a Realisasi column, the measure column goes, and the
// other cells are taken from whichever row of the pair fills them.

// measureRows returns b rewritten with one row per Pagu/Realisasi pair,
// or b and false.
func measureRows(b *extract.Block) (*extract.Block, bool) {
	if len(b.Header) != 1 || len(b.Rows) < 4 || len(b.Rows)%2 != 0 {
		return b, false
	}
	m := measureColumn(b.Rows[0].Cells, "pagu")
	if m < 0 {
		return b, false // the cheap test: the first row names the pagu
	}
	a := m + 1 // the amount column right of the measure
	for i := 0; i < len(b.Rows); i += 2 {
		p, r := b.Rows[i].Cells, b.Rows[i+1].Cells
		if measureColumn(p, "pagu") != m || measureColumn(r, "realisasi") != m || a >= len(p) || a >= len(r) ||
			!moneyLike(p[a]) || !moneyLike(r[a]) || !labelled(p[:m]) || labelled(r[:m]) {
			return b, false
		}
	}
	head := b.Header[0].Cells
	var hdr []string
	for j := range head {
		switch {
		case j == m:
		case j == a:
			hdr = append(hdr, "Pagu", "Realisasi")
		default:
			hdr = append(hdr, head[j])
		}
	}
	nb := *b
	nb.Header = []extract.Row{{Start: b.Header[0].Start, End: b.Header[0].End, Cells: hdr}}
	nb.Rows = make([]extract.Row, 0, len(b.Rows)/2)
	nb.Width = len(hdr)
	for i := 0; i < len(b.Rows); i += 2 {
		p, r := b.Rows[i].Cells, b.Rows[i+1].Cells
		cells := make([]string, 0, len(hdr))
		for j := 0; j < max(len(p), len(r), len(head)); j++ {
			pc, rc := cellAt(p, j), cellAt(r, j) // (pivot_tree.go)
			switch {
			case j == m:
			case j == a:
				cells = append(cells, pc, rc)
			case pc != "":
				cells = append(cells, pc)
			default:
				cells = append(cells, rc)
			}
		}
		nb.Rows = append(nb.Rows, extract.Row{Start: b.Rows[i].Start, End: b.Rows[i+1].End, Cells: cells})
	}
	return &nb, true
}

// measureColumn is the index of the cell naming the measure word (its
// only word, a bracket after it aside), or -1.
func measureColumn(cells []string, word string) int {
	for j, c := range cells {
		c = strings.TrimSpace(c)
		if k := strings.IndexByte(c, '('); k > 0 {
			c = strings.TrimSpace(c[:k])
		}
		if strings.EqualFold(c, word) {
			return j
		}
	}
	return -1
}

// labelled: some cell holds text (a code or a name).
func labelled(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return true
		}
	}
	return false
}

// moneyLike: a whole amount of four digits at least, no percent.
func moneyLike(c string) bool {
	n := normalize.ParseNumber(c, normalize.Unknown)
	return n.Status == normalize.OK && !n.Percent && n.Decimals == 0 && n.Value >= 1000
}
