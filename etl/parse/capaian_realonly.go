package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Targets in the Perjanjian Kinerja table, realisations in a later table
// of their own:
//
//	Tabel 2.1 Perjanjian Kinerja Tahun 2024      Indikator | Target
//	Tabel 3.1 Realisasi Indikator Tahun 2024     Indikator | Realisasi
//
// A table of realisations with no Target or Capaian column is no capaian
// table by itself: its realisations may be an earlier year's, a baseline,
// a region's. It is read as the report year's realisations (the target
// then comes from the other table, capaian.target_dari_tabel_lain) when
// that is proven: its caption names the report year and no other, its
// header no year at all, one column is the realisation's, and every row
// names an indicator the report already gave a target for that year.

// realisedTargetsKnown reports whether t is such a realisation table.
func (p *parser) realisedTargetsKnown(t *tableInfo) bool {
	if !hasYearDigits(t.b.Caption) {
		return false // the cheap test first
	}
	if ys := distinctYears(t.b.Caption); len(ys) != 1 || ys[0] != p.doc.Meta.Tahun || len(distinctYears(t.hdr)) > 0 {
		return false
	}
	roles := capaianRoles(t.b)
	ind := indexOf(roles, roleIndikator)
	real := indexOf(roles, roleRealisasi)
	if ind < 0 || real < 0 || indexOf(roles[real+1:], roleRealisasi) >= 0 || len(t.b.Rows) == 0 {
		return false
	}
	for ri := range t.b.Rows {
		if !p.targetStated(t.b.Rows[ri].Cell(ind)) {
			return false
		}
	}
	return true
}

// targetStated: the report already gave the statement ind a target of its
// own year.
func (p *parser) targetStated(ind string) bool {
	if strings.TrimSpace(ind) == "" {
		return false
	}
	k := normalize.Key(ind)
	for i := range p.doc.Capaian {
		c := &p.doc.Capaian[i]
		if c.TargetTeks != "" && c.Tahun == p.doc.Meta.Tahun && normalize.Key(c.Indikator) == k {
			return true
		}
	}
	return false
}
