package extract

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// proven runs every arithmetic check the rows allow.
func (h *flatHead) proven(all []flatRow) bool {
	var rows []flatRow
	for _, r := range all {
		if !r.group {
			rows = append(rows, r)
		}
	}
	if len(rows) < 2 {
		return false
	}
	n := len(h.kinds)
	conv := make([]normalize.Convention, n)
	for c := 0; c < n; c++ {
		if h.kinds[c] != fValue {
			continue
		}
		col := make([]string, len(rows))
		for k, r := range rows {
			col[k] = r.cells[c]
		}
		conv[c] = normalize.ColumnConvention(col)
	}
	col := map[frole]int{}
	for c, r := range h.roles {
		if r != rNone {
			col[r] = c
		}
	}
	num := func(r *flatRow, role frole) (normalize.Number, bool) {
		c, ok := col[role]
		if !ok {
			return normalize.Number{}, false
		}
		v := normalize.ParseNumber(r.cells[c], conv[c])
		return v, v.Status == normalize.OK
	}
	for k := range rows {
		r := &rows[k]
		if l, ok := num(r, rL); ok {
			if p, ok := num(r, rP); ok {
				if lp, ok := num(r, rLP); ok && !near(l.Value+p.Value, lp.Value, lp.Decimals) {
					return false
				}
			}
		}
		pagu, okP := num(r, rPagu)
		real, okR := num(r, rReal)
		if okP && okR {
			if s, ok := num(r, rSisa); ok && !near(pagu.Value-real.Value, s.Value, s.Decimals) {
				return false
			}
			if pct, ok := num(r, rPct); ok && pagu.Value != 0 && !near(real.Value/pagu.Value*100, pct.Value, pct.Decimals) {
				return false
			}
		}
		if t, ok := num(r, rTarget); ok && okR && t.Value != 0 && t.Percent == real.Percent {
			if cp, ok := num(r, rCap); ok && !near(real.Value/t.Value*100, cp.Value, cp.Decimals) &&
				!near((2*t.Value-real.Value)/t.Value*100, cp.Value, cp.Decimals) {
				return false
			}
		}
		if b, ok := num(r, rBobot); ok {
			if v, ok := num(r, rNilai); ok && v.Value > b.Value+1e-9 {
				return false
			}
		}
	}
	last := &rows[len(rows)-1]
	if !last.total {
		return true
	}
	body := rows[:len(rows)-1]
	kode := -1
	for c, k := range h.kinds {
		if k == fKode {
			kode = c
		}
	}
	top := 99
	if kode >= 0 {
		for _, r := range body {
			top = min(top, codeLevel(r.cells[kode]))
		}
	}
	// without a code column, the top level is the rows named "Program ..."
	label := -1
	for c, k := range h.kinds {
		if k == fText && label < 0 {
			label = c
		}
	}
	isProgram := func(r *flatRow) bool {
		return kode < 0 && label >= 0 && len(r.cells[label]) > 8 && strings.EqualFold(r.cells[label][:8], "program ")
	}
	checked := 0
	for c, k := range h.kinds {
		if k != fValue || h.roles[c] == rPct || h.roles[c] == rCap {
			continue
		}
		tot := normalize.ParseNumber(last.cells[c], conv[c])
		if tot.Status != normalize.OK || tot.Percent {
			continue
		}
		all, lead, prog := 0.0, 0.0, 0.0
		progs := 0
		ok := true
		for i := range body {
			r := &body[i]
			v := normalize.ParseNumber(r.cells[c], conv[c])
			switch v.Status {
			case normalize.OK:
			case normalize.Empty:
				continue
			default:
				ok = false
			}
			if v.Percent {
				ok = false
			}
			all += v.Value
			if kode >= 0 && codeLevel(r.cells[kode]) == top {
				lead += v.Value
			}
			if isProgram(r) {
				prog += v.Value
				progs++
			}
		}
		if !ok {
			continue
		}
		if !near(all, tot.Value, tot.Decimals) && !(kode >= 0 && near(lead, tot.Value, tot.Decimals)) &&
			!(progs > 0 && near(prog, tot.Value, tot.Decimals)) {
			return false
		}
		checked++
	}
	return checked > 0
}

// near: a computed value equals a written one up to the rounding of the
// written one's decimals.
func near(computed, written float64, decimals int) bool {
	tol := 0.5*math.Pow(10, -float64(decimals)) + 1e-9*math.Max(1, math.Abs(written))
	return math.Abs(computed-written) <= tol
}
