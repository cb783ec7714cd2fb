package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// pushedValues repairs rows whose values the layout pushed down: n rows
// name an indicator and hold no value, and the row right below them holds
// n+1 values in every value cell ("B 80" | "BB* 84,17" | "200% 105,21%").
// The counts prove the reading: the values go to the rows in order, the
// last to the row that holds them. Any other shape is left to emitCapaian
// (which reports a merged row it cannot divide).
func (p *parser) pushedValues(t *tableInfo, rows []*capRow) {
	for j := 1; j < len(rows); j++ {
		cr := rows[j]
		if allEmpty(cr.vals) || cr.ind == "" {
			continue
		}
		i := j
		for i > 0 && rows[i-1].ind != "" && allEmpty(rows[i-1].vals) {
			i--
		}
		k := j - i + 1
		if k < 2 {
			continue
		}
		split := map[int][]string{}
		ok := true
		for role, v := range cr.vals {
			if v == "" || role == roleKeterangan {
				continue
			}
			switch role {
			case roleTarget, roleRealisasi, roleCapaian:
			default:
				ok = false
			}
			parts := normalize.SplitValues(v)
			if len(parts) != k {
				ok = false
				break
			}
			for _, piece := range parts {
				if !wellFormedValue(piece) {
					ok = false
				}
			}
			split[role] = parts
		}
		if !ok || len(split) == 0 || splitIndicators(cr.ind, 2) != nil && len(strings.Fields(cr.ind)) > 12 {
			continue
		}
		for m := 0; m < k; m++ {
			r := rows[i+m]
			if r.vals == nil {
				r.vals = map[int]string{}
			}
			for role, parts := range split {
				r.vals[role] = parts[m]
			}
			if m < k-1 {
				p.find("capaian.nilai_bergeser", facts.Info, r.start, cr.end, strings.Join(split[roleRealisasi], " "),
					"%s: nilai %s tertulis di baris %d bersama nilai baris berikutnya; dibagi berurutan (%d baris, %d nilai per sel)",
					t.label, r.ind, cr.start, k, k)
			}
		}
	}
}
