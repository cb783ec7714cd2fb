package parse

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A budget table may print no absorption percent for its total (no
// percent column; an unspent share "% Tidak Terserap"; a ratio "0,9696")
// while the sentence right under it (or right over it) states the
// total's figures and the percent in words:
//
//	Dari pagu keseluruhan Rp5.986.400.000 telah terealisasi Rp5.716.986.000, atau serapan 95,50%.
//
// The prose reader (prose.go) reads that sentence as a TOTAL row of its
// own, which the table's row outranks (resolve.go). The table's total then
// takes the sentence's percent as its serapan_lapor, only to fill what the
// table lacks, and only when the sentence is provably about this table:
// its pagu and realisasi equal the table total's, the percent is what
// realisasi / pagu makes (to the decimals printed), and the sentence
// stands beside the table, nothing but the table's notes (Sumber,
// Keterangan) or caption between. A sentence about another year, about a
// part of the table (other figures) or far from it gives nothing; one
// naming the total's figures with a percent they do not make is a finding.

// proseSerapan fills the table row u's serapan_lapor from the prose row a
// of the same key when proven.
func (p *parser) proseSerapan(u, a *facts.Anggaran) {
	if u.SerapanLapor != nil || u.Kode != "TOTAL" || u.Sumber == "teks" || a.Sumber != "teks" {
		return
	}
	if u.Pagu == nil || u.Realisasi == nil || a.Pagu == nil || a.Realisasi == nil || *u.Pagu <= 0 ||
		*u.Pagu != *a.Pagu || *u.Realisasi != *a.Realisasi {
		return // not the total's figures (a konflik_sumber finding says so when they differ)
	}
	if !p.besideTable(u.Start, a.Start) {
		return
	}
	ratio := float64(*u.Realisasi) / float64(*u.Pagu) * 100
	if a.SerapanLapor == nil {
		// the prose reader tied no percent to the amounts ("… dari pagu
		// Rp … atau terserap 97,86%"): the one the amounts make, if the
		// paragraph states exactly one such
		if v, ok := p.percentMade(a.Start, ratio); ok {
			u.SerapanLapor = &v
		}
		return
	}
	v := *a.SerapanLapor
	if math.Abs(roundTo(ratio, decimalsOf(v))-v) > 0.011 {
		p.find("anggaran.serapan_kalimat", facts.Warning, a.Start, a.End, fmtNum(&v),
			"kalimat di samping tabel menyebut serapan %s%%, realisasi / pagu TOTAL %.2f%%; tidak dimuat", fmtNum(&v), ratio)
		return
	}
	u.SerapanLapor = &v
}

// besideTable: the paragraph holding line at stands right under the table
// holding line row (only its notes between) or right over it (only its
// caption between).
func (p *parser) besideTable(row, at int) bool {
	t, s := -1, -1
	for k := range p.blocks {
		b := &p.blocks[k]
		if b.Start <= row && row <= b.End && b.Kind == extract.Table {
			t = k
		}
		if b.Start <= at && at <= b.End && b.Kind == extract.Paragraph {
			s = k
		}
	}
	if t < 0 || s < 0 {
		return false
	}
	if s > t {
		for k := t + 1; k < s; k++ {
			if !tableNoteBlock(&p.blocks[k]) {
				return false
			}
		}
		return p.blocks[s].Start-p.blocks[s-1].End <= 4
	}
	for k := s + 1; k < t; k++ {
		if !p.blocks[k].IsCaption {
			return false
		}
	}
	return p.blocks[s+1].Start-p.blocks[s].End <= 4
}

// tableNoteBlock: a short paragraph under a table naming its source or a
// note on it.
func tableNoteBlock(b *extract.Block) bool {
	if b.Kind != extract.Paragraph || len(b.Text) > 300 {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(b.Text))
	for _, w := range []string{"sumber", "keterangan", "ket.", "ket:", "catatan", "*"} {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

// percentMade is the one percentage the paragraph holding line at states
// that ratio makes to its printed decimals (one decimal at least: a whole
// percent proves too little); false when none or several.
func (p *parser) percentMade(at int, ratio float64) (float64, bool) {
	var found []float64
	for k := range p.blocks {
		b := &p.blocks[k]
		if b.Kind != extract.Paragraph || b.Start > at || at > b.End {
			continue
		}
		for _, m := range rePercent.FindAllStringSubmatch(b.Text, -1) {
			n := normalize.ParseNumber(m[1], normalize.Unknown)
			if n.Status != normalize.OK || decimalsOf(n.Value) < 1 {
				continue
			}
			if math.Abs(roundTo(ratio, decimalsOf(n.Value))-n.Value) <= 0.001 && !containsFloat(found, n.Value) {
				found = append(found, n.Value)
			}
		}
	}
	if len(found) != 1 {
		return 0, false
	}
	return found[0], true
}
