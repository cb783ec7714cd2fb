package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A category word of the report's own scale beside the capaian figure:
//
//	Target   Realisasi   Capaian dan Kategori
//	80,00    83,57       104,46 (Sangat Berhasil)
//	100,00   97,37       97,37 (Berhasil)
//
// "Berhasil" alone reads as "tercapai" elsewhere, and a status that says
// achieved beside a figure under 100 loads no capaian (capaian_cell_note.go).
// Here it is the band between "Sangat Berhasil" and "Cukup Berhasil", no
// claim the target was reached. Which it is the row's own arithmetic
// tells: when its target and realisation give the figure (realisasi /
// target × 100, or the lower-is-better (2·target − realisasi) / target ×
// 100) to the decimals printed, the figure is the capaian and the word
// only grades it. Otherwise the contradiction stands (finding).

// categoryBerhasil: the word beside the figure is "Berhasil" alone.
func categoryBerhasil(raw string) bool {
	head, note, ok := notePair(raw)
	if !ok {
		n := normalize.ParseNumber(raw, normalize.Unknown)
		note = strings.TrimSpace(strings.TrimLeft(n.Rest, " -–—:/|"))
	} else if bareFigure(note).Status == normalize.OK {
		note = head
	}
	return strings.EqualFold(strings.TrimSpace(note), "berhasil")
}

// provenCapaian: the row's numeric target and realisation give n.
func provenCapaian(cr *capRow, n normalize.Number) bool {
	t := normalize.ParseNumber(cr.vals.get(roleTarget), normalize.Unknown)
	r := normalize.ParseNumber(cr.vals.get(roleRealisasi), normalize.Unknown)
	if t.Status != normalize.OK || r.Status != normalize.OK || t.Money || r.Money || t.Value <= 0 {
		return false
	}
	up := r.Value / t.Value * 100
	down := (2*t.Value - r.Value) / t.Value * 100
	return roundsTo(up, n.Value, n.Decimals) || roundsTo(down, n.Value, n.Decimals)
}
