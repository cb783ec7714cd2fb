package parse

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A budget table may print its total's absorption only in another form
// than a percent absorbed (an unspent share "% Tidak Terserap" 4,50; a
// ratio "Rasio" 0,9696), while the sentence right under it (or right over
// it) states the total's figures and the percent in words:
//
//	Dari pagu keseluruhan Rp5.986.400.000 telah terealisasi Rp5.716.986.000, atau serapan 95,50%.
//
// The prose reader (prose.go) reads that sentence as a TOTAL row of its
// own, which the table's row outranks (resolve.go). The table's total then
// takes the sentence's percent as its serapan_lapor, only to fill what the
// table lacks, and only when the sentence is provably about this table:
// its pagu and realisasi equal the table total's, the percent is what
// realisasi / pagu makes and what the table's own cell makes (100 - the
// share, 100 x the ratio), to the decimals printed, and the sentence
// stands beside the table, nothing but the table's notes (Sumber,
// Keterangan) or caption between. A table with no absorption column at
// all stays without serapan_lapor (it reports none; the sentence fills no
// cell of it). A sentence about another year, about a part of the table
// (other figures) or far from it gives nothing; one naming the total's
// figures with a percent they or the table's cell do not make is a
// finding.

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
	t := p.besideTable(u.Start, a.Start)
	if t < 0 {
		return
	}
	other, tol, ok := otherFormSerapan(&p.blocks[t], u.Start)
	if !ok {
		return // the table reports no absorption at all: the sentence fills no cell of it
	}
	ratio := float64(*u.Realisasi) / float64(*u.Pagu) * 100
	var v float64
	if a.SerapanLapor != nil {
		v = *a.SerapanLapor
	} else if v, ok = p.percentMade(a.Start, ratio); !ok {
		// the prose reader tied no percent to the amounts ("… dari pagu
		// Rp … atau terserap 97,86%") and the paragraph states no single
		// one the amounts make
		return
	}
	if math.Abs(roundTo(ratio, decimalsOf(v))-v) > 0.011 || math.Abs(other-v) > tol {
		p.find("anggaran.serapan_kalimat", facts.Warning, a.Start, a.End, fmtNum(&v),
			"kalimat di samping tabel menyebut serapan %s%%, realisasi / pagu TOTAL %.2f%%, kolom tabel %.2f%%; tidak dimuat",
			fmtNum(&v), ratio, other)
		return
	}
	u.SerapanLapor = &v
	// the TOTAL cites its table row; this names the sentence the percent is from
	p.find("anggaran.serapan_dari_kalimat", facts.Info, a.Start, a.End, fmtNum(&v),
		"serapan TOTAL %s%% dibaca dari kalimat di samping tabel (baris %d)", fmtNum(&v), u.Start)
}

// otherFormSerapan is the absorption the table prints for the row at line
// in another form than a percent absorbed: 100 minus an unspent share ("%
// Tidak Terserap" 4,50 is 95,50), or a ratio times 100 ("Rasio" 0,9696 is
// 96,96); with the tolerance its printed decimals leave. False when the
// table prints neither, or the row's cell is no number.
func otherFormSerapan(b *extract.Block, line int) (v, tol float64, ok bool) {
	var row *extract.Row
	for r := range b.Rows {
		if b.Rows[r].Start <= line && line <= b.Rows[r].End {
			row = &b.Rows[r]
		}
	}
	if row == nil {
		return 0, 0, false
	}
	found := false
	for c, texts := range columnTexts(b) {
		h := strings.Join(texts, " ")
		k := normalize.SpacedKey(h)
		unspent, ratio := unspentShare(k, h), has(k, "rasio", "ratio") && !strings.Contains(h, "%")
		if !unspent && !ratio || c >= len(row.Cells) {
			continue
		}
		n := normalize.ParseNumber(strings.TrimSpace(row.Cells[c]), normalize.Unknown)
		if n.Status != normalize.OK || found {
			return 0, 0, false // no number, or two such columns: nothing proves which
		}
		found = true
		d := n.Decimals // as printed: "0,9800" holds four places, not two
		if unspent {
			v = 100 - n.Value
		} else {
			if n.Value > 1.5 {
				return 0, 0, false // no ratio
			}
			v, d = n.Value*100, d-2
		}
		tol = 0.5*math.Pow(10, -float64(max(d, 0))) + 1e-9
	}
	return v, tol, found
}

// besideTable is the table block holding line row when the paragraph
// holding line at stands right under it (only its notes between) or right
// over it (only its caption between); -1 otherwise.
func (p *parser) besideTable(row, at int) int {
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
		return -1
	}
	if s > t {
		for k := t + 1; k < s; k++ {
			if !tableNoteBlock(&p.blocks[k]) {
				return -1
			}
		}
		if p.blocks[s].Start-p.blocks[s-1].End > 4 {
			return -1
		}
		return t
	}
	for k := s + 1; k < t; k++ {
		if !p.blocks[k].IsCaption {
			return -1
		}
	}
	if p.blocks[s+1].Start-p.blocks[s].End > 4 {
		return -1
	}
	return t
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
			if n.Status != normalize.OK || n.Decimals < 1 {
				continue
			}
			if math.Abs(roundTo(ratio, n.Decimals)-n.Value) <= 0.001 && !containsFloat(found, n.Value) {
				found = append(found, n.Value)
			}
		}
	}
	if len(found) != 1 {
		return 0, false
	}
	return found[0], true
}
