package parse

import (
	"regexp"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
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
// them and the phrase names each once; true when it filled one.
func dptStatedCounts(r *extract.Row, roles []int, d *facts.DPT) bool {
	j := indexOf(roles, roleKeterangan)
	if j < 0 || j >= len(r.Cells) {
		return false
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
	return filled
}

// statedCounts keeps, per kind of wording, the first row of a table whose
// counts were read from words and how many were, so the table gets one
// finding a kind, not one a row.
type statedCounts struct {
	kinds []statedKind
}

type statedKind struct {
	what, cell string
	first      extract.Row
	n          int
}

func (s *statedCounts) note(r extract.Row, what, cell string) {
	for k := range s.kinds {
		if s.kinds[k].what == what {
			s.kinds[k].n++
			return
		}
	}
	s.kinds = append(s.kinds, statedKind{what: what, cell: cell, first: r, n: 1})
}

func (s *statedCounts) report(p *parser, t *tableInfo) {
	for _, k := range s.kinds {
		p.find("dpt.jumlah_dari_kata", facts.Info, k.first.Start, k.first.End, k.cell,
			"%s: %s pada %d baris (mis. %q)", t.label, k.what, k.n, k.cell)
	}
}
