package parse

import (
	"regexp"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Counts a DPT table states in words rather than as figures of their own
// columns:
//   - polling stations as the range of their numbers, each kecamatan's
//     numbered from 1 ("Nomor TPS | TPS 1 s.d. 38"): 38 stations;
//   - a row's village and polling-station counts as a phrase in its
//     Keterangan cell ("12 kelurahan, 130 TPS"), when the table has no
//     column for them.
// Either is read only as written: a range not starting at 1, or a phrase
// naming a count twice, is not.

var (
	reTPSRange  = regexp.MustCompile(`(?i)^TPS\s*(?:no\.?\s*)?0*1\s*(?:s\.?\s*/?\s*d\.?|sampai(?:\s+dengan)?|hingga|-|–)\s*(?:TPS\s*)?(\d{1,4})$`)
	rePhraseDes = regexp.MustCompile(`(?i)\b(\d{1,4})\s+(?:desa\s*/\s*kel(?:urahan)?\.?|desa|kelurahan)\b`)
	rePhraseTPS = regexp.MustCompile(`(?i)\b(\d{1,5})\s+TPS\b`)
)

// tpsRange is the count of polling stations numbered 1 to N in cell c.
func tpsRange(c string) (int64, bool) {
	if len(c) < 7 || c[0] != 'T' && c[0] != 't' {
		return 0, false // the cheap test first: every TPS cell of every DPT comes here
	}
	m := reTPSRange.FindStringSubmatch(c)
	if m == nil {
		return 0, false
	}
	n := int64(atoi(m[1]))
	return n, n > 0
}

// dptStatedCounts fills d's village and polling-station counts from the
// phrase of the row's Keterangan cell, when the table has no column for
// them and the phrase names each once.
func (p *parser) dptStatedCounts(t *tableInfo, r *extract.Row, roles []int, d *facts.DPT) {
	j := indexOf(roles, roleKeterangan)
	if j < 0 || j >= len(r.Cells) {
		return
	}
	c := r.Cells[j]
	filled := false
	if indexOf(roles, roleDesa) < 0 && d.JumlahDesa == nil {
		if m := rePhraseDes.FindAllStringSubmatch(c, -1); len(m) == 1 {
			v := int64(atoi(m[0][1]))
			d.JumlahDesa, filled = &v, true
		}
	}
	if indexOf(roles, roleTPS) < 0 && d.JumlahTPS == nil {
		if m := rePhraseTPS.FindAllStringSubmatch(c, -1); len(m) == 1 {
			v := int64(atoi(m[0][1]))
			d.JumlahTPS, filled = &v, true
		}
	}
	if filled && p.ketCountsAt != t.b.Start {
		p.ketCountsAt = t.b.Start // one finding a table
		p.find("dpt.jumlah_dari_keterangan", facts.Info, r.Start, r.End, c,
			"%s: jumlah desa/TPS dibaca dari kolom keterangan (%s: %q)", t.label, normalize.Upper(d.Wilayah), c)
	}
}
