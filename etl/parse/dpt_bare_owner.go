package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// dptBareOwnerTotal marks as the kabupaten's total a row under a kecamatan
// table labelled with the kabupaten's bare name ("Flores Timur", no
// "Kabupaten" before it), a short name of it (`TTU`, `Flotim`: the satker
// aliases) or its region code alone (`53.11`), unnumbered where the other rows are numbered,
// when its L, P and L+P are each the sum of all the other rows'. Without
// that proof the row stays what its name says, since a kabupaten may have a
// kecamatan of its own name (Kecamatan Ende in Kabupaten Ende): a row of
// that name is numbered among the others and is no sum of them. An
// unnumbered row of that name whose figures are not the sums is no
// kecamatan and no proven total: not loaded (dpt.total_tidak_pasti). On
// the last page of a table broken by page breaks the sums run over the
// earlier pages' rows too (earlier, every one numbered).
func (p *parser) dptBareOwnerTotal(kinds []dptRowKind, rows []extract.Row, roles []int, level, owner string, convs map[int]normalize.Convention, earlier []extract.Row) {
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
		if !strings.ContainsAny(rows[i].Cell(no), "0123456789") && p.ownerNamed(kinds[i].name, bare, owner) {
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
		if own != sum && earlier != nil {
			if more, ok := numberedSum(earlier, no, j, convs[j]); ok {
				sum += more
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

// numberedSum adds column j over rows every one of which is numbered in
// column no and holds a whole figure; false when one is not (a total or a
// blank row among them: the sum would prove nothing).
func numberedSum(rows []extract.Row, no, j int, conv normalize.Convention) (int64, bool) {
	var sum int64
	for _, r := range rows {
		if !strings.ContainsAny(r.Cell(no), "0123456789") {
			return 0, false
		}
		n := normalize.ParseNumber(r.Cell(j), conv)
		if n.Status != normalize.OK || n.Value != float64(int64(n.Value)) {
			return 0, false
		}
		sum += int64(n.Value)
	}
	return sum, true
}

// earlierParts are the rows of the pages before this one of a table broken
// by page breaks: its first part and every part between with the first
// part's header and width. Nil when t continues nothing.
func (p *parser) earlierParts(t *tableInfo) []extract.Row {
	if t.partOf == nil || p.cur < 0 || p.cur > len(p.blocks) {
		return nil
	}
	first := -1
	for i := p.cur - 1; i >= 0 && first < 0; i-- {
		if &p.blocks[i] == t.partOf {
			first = i
		}
	}
	if first < 0 {
		return nil
	}
	rows := append([]extract.Row(nil), t.partOf.Rows...)
	for i := first + 1; i < p.cur; i++ {
		if b := &p.blocks[i]; b.Kind == extract.Table && b.Width == t.partOf.Width && sameHeader(b.Header, t.partOf.Header) {
			rows = append(rows, b.Rows...)
		}
	}
	return rows
}

// ownerNamed: name is the kabupaten's bare name, one of its aliases
// (schemas/ref/satker_alias.csv), resolved in the document's province, or
// its region code as written in schemas/ref/wilayah.csv ("53.11").
func (p *parser) ownerNamed(name, bare, owner string) bool {
	if normalize.Key(name) == bare {
		return true
	}
	if s, ok := normalize.SatkerByID(owner); ok && s.Kode != "" && strings.TrimSpace(name) == s.Kode {
		return true
	}
	id, ok := normalize.ResolveSatker(name, p.prov)
	return ok && id == owner
}
