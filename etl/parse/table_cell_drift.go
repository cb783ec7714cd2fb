package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// A PDF converter that places column boundaries by the words' positions
// can open a column no one drew: a short figure or grade centred under a
// wide header ("B" under "Target") starts left of the others and lands in
// an empty-headed column of its own, and a header wrapped as "Capaian" /
// "(%)" becomes two columns whose figures fall in one or the other by a
// few points:
//
//	No  Indikator  Satuan  ·  Target  Realisasi  Capaian  (%)
//	7   Nilai …    Predikat B  ·      B          100,00
//	2   Persen …   %       ·  80,00   77,00      ·        96,25
//
// Read by position, row 7 has no target and row 2 no capaian: a NULL
// with a finding where the printed page states the value. cellDrift puts
// such a cell back where it belongs, only where nothing else can be meant:
//   - a cell in an empty-headed column between two named ones moves to the
//     neighbour that is empty in its row; never when both are empty (which
//     one is unproven), and not at all when any row fills the column and
//     both neighbours (then it is a column of its own, an "Rp" beside its
//     amount, say);
//   - a header cell that is only a unit in brackets ("(%)", "(Rp)") right
//     of a named one is that column's unit; their figures join when no
//     row fills both.

// cellDrift mends the drifted cells of b's rows in place.
func cellDrift(b *extract.Block) {
	if len(b.Header) == 0 || b.Flat || b.Unproven {
		return
	}
	width := 0
	for _, h := range b.Header {
		width = max(width, len(h.Cells))
	}
	// blank and unitOnly read the header cells in place: this runs on
	// every table, and nearly every one has no blank header cell
	blank := func(i int) bool {
		for _, h := range b.Header {
			if i < len(h.Cells) && strings.TrimSpace(h.Cells[i]) != "" {
				return false
			}
		}
		return true
	}
	unitOnly := func(i int) bool {
		n := 0
		for _, h := range b.Header {
			if i >= len(h.Cells) {
				continue
			}
			switch c := strings.TrimSpace(h.Cells[i]); c {
			case "":
			case "(%)", "(Rp)", "(rp)", "(Rp.)":
				n++
			default:
				return false
			}
		}
		return n == 1
	}
	cell := func(r, i int) string {
		if c := b.Rows[r].Cells; i < len(c) {
			return strings.TrimSpace(c[i])
		}
		return ""
	}
	for e := 1; e+1 < width; e++ {
		if !blank(e) || blank(e-1) || blank(e+1) {
			continue
		}
		own := false // a row fills the column and both its neighbours
		for r := range b.Rows {
			if cell(r, e) != "" && cell(r, e-1) != "" && cell(r, e+1) != "" {
				own = true
				break
			}
		}
		if own {
			continue
		}
		for r := range b.Rows {
			c := cell(r, e)
			if c == "" {
				continue
			}
			l, rt := cell(r, e-1), cell(r, e+1)
			cells := b.Rows[r].Cells
			switch {
			case l == "" && rt != "":
				cells[e-1], cells[e] = c, ""
			case rt == "" && l != "" && e+1 < len(cells):
				cells[e+1], cells[e] = c, ""
			}
		}
	}
	for u := 1; u < width; u++ {
		if !unitOnly(u) || blank(u-1) || unitOnly(u-1) {
			continue
		}
		both := false
		for r := range b.Rows {
			if cell(r, u) != "" && cell(r, u-1) != "" {
				both = true
				break
			}
		}
		if both {
			continue
		}
		for r := range b.Rows {
			if c := cell(r, u); c != "" {
				b.Rows[r].Cells[u-1], b.Rows[r].Cells[u] = c, ""
			}
		}
		for k := range b.Header {
			h := b.Header[k].Cells
			if u < len(h) && strings.TrimSpace(h[u]) != "" {
				if strings.TrimSpace(h[u-1]) != "" {
					h[u-1] = strings.TrimSpace(h[u-1]) + " " + strings.TrimSpace(h[u])
				} else {
					h[u-1] = h[u]
				}
				h[u] = ""
			}
		}
	}
}
