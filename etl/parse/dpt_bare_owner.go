package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// dptBareOwnerTotal marks as the kabupaten's total a row under a kecamatan
// table labelled with the kabupaten's bare name ("Flores Timur", no
// "Kabupaten" before it), unnumbered where the other rows are numbered,
// when its L, P and L+P are each the sum of all the other rows'. Without
// that proof the row stays what its name says, since a kabupaten may have a
// kecamatan of its own name (Kecamatan Ende in Kabupaten Ende): a row of
// that name is numbered among the others and is no sum of them. An
// unnumbered row of that name whose figures are not the sums is no
// kecamatan and no proven total: not loaded (dpt.total_tidak_pasti).
func (p *parser) dptBareOwnerTotal(kinds []dptRowKind, rows []extract.Row, roles []int, level, owner string, convs map[int]normalize.Convention) {
	if level != "kecamatan" {
		return
	}
	s, ok := normalize.SatkerByID(owner)
	if !ok {
		return
	}
	bare := normalize.Key(s.Wilayah)
	for _, pre := range [...]string{"kabupaten ", "kota "} {
		bare = strings.TrimPrefix(bare, pre)
	}
	no := indexOf(roles, roleNo)
	if no < 0 {
		return // no numbers to tell the total's row from a kecamatan's
	}
	at := -1
	for i := range kinds {
		if kinds[i].total {
			return // the table names its total already
		}
		if normalize.Key(kinds[i].name) == bare && !strings.ContainsAny(rows[i].Cell(no), "0123456789") {
			if at >= 0 {
				return
			}
			at = i
		}
	}
	if at < 0 {
		return
	}
	for _, role := range [...]int{roleL, roleP, roleLP} {
		j := indexOf(roles, role)
		if j < 0 {
			return
		}
		var sum int64
		own := int64(-1)
		for i := range rows {
			n := normalize.ParseNumber(rows[i].Cell(j), convs[j])
			if n.Status != normalize.OK || n.Value != float64(int64(n.Value)) {
				return // a row without the figure: the sum proves nothing
			}
			if i == at {
				own = int64(n.Value)

			} else {
				sum += int64(n.Value)
			}
		}
		if own != sum {
			// unnumbered under numbered rows and named the kabupaten: its
			// total, not a kecamatan, but no sum proves its figures
			kinds[at].refused = true
			p.find("dpt.total_tidak_pasti", facts.Warning, rows[at].Start, rows[at].End, kinds[at].name,
				"baris %q tanpa nomor bernama kabupaten, tetapi angkanya bukan jumlah baris kecamatan; tidak dimuat", kinds[at].name)
			return
		}
	}
	kinds[at].total = true
}
