package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// dropSubtotals settles a budget table that writes several total rows for
// one year: totals per group (per sasaran, per bidang: "Jumlah Sasaran 1",
// "Subtotal", "Sub Jumlah") and a grand total ("JUMLAH TOTAL", "Total",
// "Jumlah", a last row without a label). A group's total mixes programs and
// is neither the year's total nor a program's, so it is no fact. The grand
// total is the last total row when the others' amounts sum to it, or when
// its label names no group and theirs do; the others are then dropped
// (anggaran.subtotal). When every total names a group, none is the year's
// and all are dropped. When nothing tells them apart, all stay and
// resolveAnggaran reports the conflict.
func (p *parser) dropSubtotals(start int, t *tableInfo) {
	var tot []int
	for i := start; i < len(p.doc.Anggaran); i++ {
		if p.doc.Anggaran[i].Tingkat == facts.LevelTotal {
			tot = append(tot, i)
		}
	}
	if len(tot) < 2 || t.fam == famAnggaranTahun {
		return
	}
	grand := tot[len(tot)-1]
	g := &p.doc.Anggaran[grand]
	subs := tot[:len(tot)-1]
	named := true
	for _, i := range subs {
		a := &p.doc.Anggaran[i]
		if a.Tahun != g.Tahun {
			return
		}
		if !groupTotalLabel(a.KodeTeks) {
			named = false
		}
	}
	switch {
	case sumsTo(p.doc.Anggaran, subs, g):
		// the last total is the others' sum, whatever its label says
	case named && groupTotalLabel(g.KodeTeks):
		subs = tot // every total names a group: none is the year's
	case !named || groupTotalLabel(g.KodeTeks):
		return
	}
	drop := map[int]bool{}
	for _, i := range subs {
		a := &p.doc.Anggaran[i]
		drop[i] = true
		p.find("anggaran.subtotal", facts.Info, a.Start, a.End, a.KodeTeks,
			"%s: %q menjumlah satu kelompok baris, bukan total tahun %d maupun program; tidak dimuat", t.label, a.KodeTeks, a.Tahun)
	}
	keep := start
	for i := start; i < len(p.doc.Anggaran); i++ {
		if drop[i] {
			continue
		}
		p.doc.Anggaran[keep], p.angMeta[keep] = p.doc.Anggaran[i], p.angMeta[i]
		keep++
	}
	p.doc.Anggaran, p.angMeta = p.doc.Anggaran[:keep], p.angMeta[:keep]
}

// groupTotalLabel: a total row's label names a group, not the whole:
// "Jumlah Sasaran 1", "Total Program Dukungan", "Subtotal", "Sub Jumlah",
// "Jumlah Bidang Teknis"; not "JUMLAH TOTAL", "Total", "Grand Total",
// "Jumlah Keseluruhan", "Total Anggaran", "Jumlah Seluruhnya".
func groupTotalLabel(label string) bool {
	k := normalize.Key(label)
	if k == "" {
		return false
	}
	f := strings.Fields(k)
	if strings.HasPrefix(f[0], "sub") {
		return true // "subtotal", "sub total", "sub jumlah"
	}
	for _, w := range f {
		switch w {
		case "jumlah", "jml", "total", "grand", "keseluruhan", "seluruhnya", "semua", "umum", "akhir",
			"anggaran", "pagu", "realisasi", "belanja", "rp", "dipa", "ta", "tahun", "satker", "seluruh", "all", "overall":
		default:
			if w[0] >= '0' && w[0] <= '9' && len(w) == 4 {
				continue // a year: "Jumlah 2020"
			}
			return true
		}
	}
	return false
}

// sumsTo: the rows idx state pagu (and realisasi where g does) that sum to
// g's.
func sumsTo(rows []facts.Anggaran, idx []int, g *facts.Anggaran) bool {
	if g.Pagu == nil {
		return false
	}
	var pagu, real int64
	for _, i := range idx {
		a := &rows[i]
		if a.Pagu == nil || g.Realisasi != nil && a.Realisasi == nil {
			return false
		}
		pagu += *a.Pagu
		if a.Realisasi != nil {
			real += *a.Realisasi
		}
	}
	return pagu == *g.Pagu && (g.Realisasi == nil || real == *g.Realisasi)
}
