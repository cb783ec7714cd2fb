package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A budget printed from SAKTI may show the blocked amount between the pagu
// and the realisasi: `Pagu | Blokir | Pagu Efektif | Realisasi | …`, the
// effective pagu being the pagu less the blocked amount. Both pagu columns
// read as pagu, and two plain pagu columns load none. The effective pagu is
// derived, not the DIPA's pagu: it is set aside when the arithmetic proves
// it (on every row the one pagu column less the blokir column is the other,
// the blokir not nil everywhere), and the pagu left must agree with the
// table's own Sisa (pagu − realisasi) and percentage (realisasi : pagu)
// where printed. When the table's sisa or percentage follows the effective
// pagu instead, nothing is set aside and neither pagu loads.

// blockedPagu sets the derived effective-pagu column of roles to roleNone
// when the table proves it; roles is left alone otherwise.
func blockedPagu(b *extract.Block, cols [][]string, roles []int) {
	blok, pagu := -1, []int(nil)
	for j, r := range roles {
		switch {
		case r == rolePagu:
			pagu = append(pagu, j)
		case r == roleNone && j < len(cols) && blokirHeader(strings.Join(cols[j], " ")):
			if blok >= 0 {
				return // two blocked columns: which one is subtracted is unproven
			}
			blok = j
		}
	}
	if blok < 0 || len(pagu) != 2 || len(b.Rows) < 2 {
		return
	}
	rows := make([][]string, len(b.Rows))
	for i, r := range b.Rows {
		cells := r.Cells
		rows[i] = padBudgetRow(cells, roles) // anggaran_pad.go
	}
	amt := func(cells []string, j int, conv normalize.Convention) (int64, bool) {
		if j >= len(cells) {
			return 0, false
		}
		v, n := normalize.Money(cells[j], conv)
		return v, n.Status == normalize.OK
	}
	convs := make([]normalize.Convention, len(roles))
	for j := range roles {
		convs[j] = cellsConvention(rows, j)
	}
	// derives: on every row holding the two pagu figures, base − blokir = derived
	derives := func(base, derived int) bool {
		n, blocked := 0, false
		for _, cells := range rows {
			a, okA := amt(cells, base, convs[base])
			e, okE := amt(cells, derived, convs[derived])
			if !okA && !okE {
				continue
			}
			x, okX := amt(cells, blok, convs[blok])
			if !okX && blokirNil(cells, blok) {
				x, okX = 0, true
			}
			if !okA || !okE || !okX || a-x != e {
				return false
			}
			n++
			blocked = blocked || x != 0
		}
		return n >= 2 && blocked
	}
	base, derived := pagu[0], pagu[1]
	if !derives(base, derived) {
		if base, derived = derived, base; !derives(base, derived) {
			return
		}
	}
	if !agreesWithPagu(rows, roles, convs, base, amt) {
		return
	}
	roles[derived] = roleNone
}

// agreesWithPagu: every row's printed Sisa is pagu − realisasi and its
// printed percentage realisasi : pagu (to the printed decimals), pagu read
// from column base.
func agreesWithPagu(rows [][]string, roles []int, convs []normalize.Convention, base int,
	amt func([]string, int, normalize.Convention) (int64, bool)) bool {
	real, sisa, pct := indexOf(roles, roleRealisasi), indexOf(roles, roleSisa), indexOf(roles, rolePersen)
	if real < 0 {
		return false
	}
	for _, cells := range rows {
		p, okP := amt(cells, base, convs[base])
		r, okR := amt(cells, real, convs[real])
		if !okP || !okR {
			continue
		}
		if sisa >= 0 {
			if s, ok := amt(cells, sisa, convs[sisa]); ok && s != p-r {
				return false
			}
		}
		if pct >= 0 && pct < len(cells) && p > 0 {
			n := normalize.ParseNumber(cells[pct], convs[pct])
			if n.Status == normalize.OK && !roundsTo(float64(r)*100/float64(p), n.Value, n.Decimals) {
				return false
			}
		}
	}
	return true
}

// roundsTo: v rounded to dec decimals is printed (half a last digit either
// way, for the printer's rounding).
func roundsTo(v, printed float64, dec int) bool {
	step := 1.0
	for range dec {
		step /= 10
	}
	d := v - printed
	return d <= step/2+1e-9 && d >= -step/2-1e-9
}

// blokirHeader: a column of the blocked amount ("Blokir", "Diblokir",
// "Pemblokiran", "Self Blocking").
func blokirHeader(h string) bool {
	k := normalize.SpacedKey(h)
	return strings.Contains(k, "blokir") || strings.Contains(k, " blocking ") || strings.Contains(k, " blokade ")
}

// blokirNil: an empty or dashed blokir cell, nothing blocked.
func blokirNil(cells []string, j int) bool {
	if j >= len(cells) {
		return true
	}
	c := strings.TrimSpace(cells[j])
	return c == "" || c == "-" || c == "–" || c == "—"
}
