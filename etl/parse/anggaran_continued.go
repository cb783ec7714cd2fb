package parse

import (
	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// A budget table broken by a page goes on under a continuation caption
// ("Lanjutan Tabel 3.3", "Tabel 3.3 (lanjutan)", "(sambungan)") or under its
// repeated header alone, after the page number and the running head. Its
// first kegiatan belong to the last program of the part before the break,
// as if the table were whole: the page break is no new table. Read alone,
// the part had no program above its kegiatan and left their parents NULL.
//
// What is trusted: the part is the continuation continuedCaption (or
// repeatedPart) names (dpt_continued.go: a continuation caption of the same
// number, or the same header just after it), the last budget table read
// is that table (its first part, or an earlier part of it), of the same
// fiscal year, with the same column roles; and no prose stands between
// the two parts. The parent is then proven as the budget reader proves it
// in a whole table (the row order), and checked where the table gives the
// arithmetic: the program's pagu and realisasi are the sums of its
// kegiatan once the program's group closes (a later program or the total
// in the part), and never less than them before. A program whose
// kegiatan do not add up proves nothing: the part's kegiatan keep a NULL
// parent (anggaran.induk_tidak_diketahui).

// continuedBudget is the program and kegiatan the part t of a budget table
// of year with column roles takes from the part before its page break, ""
// when that is not proven.
func (p *parser) continuedBudget(t *tableInfo, year int, roles []int) (string, string) {
	c := p.angCarry
	if t.partOf == nil || c.end == 0 || c.first != t.partOf.Start || c.year != year || c.end >= t.b.Start {
		return "", "" // the last budget table read is not this table's earlier part
	}
	if !sameRoles(c.roles, roles) {
		return "", "" // another header: another table, whatever its caption
	}
	if no, ok := statedTableNo(p.blocks[p.cur].Caption); ok {
		// "Lanjutan Tabel 3.6" under a running head continues Tabel 3.6
		// only, whatever table of its width stands above it; a first part
		// that states no number (its caption under the table, cut off by
		// the break) only under the same header, and so one whose label is
		// the table's before it (staleSameHeader)
		first, ok := statedTableNo(t.partOf.Caption)
		if ok && first != no && !p.staleSameHeader(t.partOf) || !ok && !sameHeader(t.partOf.Header, p.blocks[p.cur].Header) {
			return "", ""
		}
	}
	for i := p.cur - 1; i >= 0 && p.blocks[i].End > c.end; i-- {
		if b := &p.blocks[i]; b.Kind == extract.Paragraph && !b.IsCaption && len(b.Text) > 120 {
			return "", "" // prose between the parts: the table ended there
		}
	}
	return c.program, c.kegiatan
}

// staleSameHeader: part b (a block of p.blocks) carries the label of the
// table before it (staleLabel) and the current block repeats its header.
func (p *parser) staleSameHeader(b *extract.Block) bool {
	for i := range p.blocks {
		if &p.blocks[i] == b {
			return sameHeader(b.Header, p.blocks[p.cur].Header) && p.staleLabel(i)
		}
	}
	return false
}

// sameRoles: two tables' columns play the same roles, one for one.
func sameRoles(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// checkContinuedParent checks the program prog the kegiatan of the part
// read into p.doc.Anggaran[start:] took across the page break against the
// program's own amounts (pagu, realisasi), when the table states them and
// every kegiatan under it does: equal to their sum once the program's
// group closes in this part, not less than it while the group may go on
// over the next page. When they disagree the kegiatan that took the
// program from the break lose it, with a finding, and false is returned.
func (p *parser) checkContinuedParent(start int, prog string) bool {
	rows := p.doc.Anggaran
	if start >= len(rows) {
		return true
	}
	year := rows[start].Tahun
	pi := -1
	for i := start - 1; i >= 0; i-- {
		if a := &rows[i]; a.Tingkat == facts.LevelProgram && a.Kode == prog && a.Tahun == year {
			pi = i
			break
		}
	}
	if pi < 0 {
		return true // the program row is not read: the order alone, as in a whole table
	}
	var carried []int // the part's kegiatan under prog by the break, not by their own code
	closed := false
	for i := start; i < len(rows); i++ {
		a := &rows[i]
		if a.Tingkat == facts.LevelProgram || a.Tingkat == facts.LevelTotal {
			closed = true
			break
		}
		if a.Tingkat != facts.LevelKegiatan || a.KodeInduk != prog {
			continue
		}
		if m, ok := kegiatanCode(a.KodeTeks); ok && m[1] != "" {
			continue // "CQ.6639": its code names its program
		}
		carried = append(carried, i)
	}
	if len(carried) == 0 {
		return true
	}
	pr := &rows[pi]
	ok := true
	for k, want := range []*int64{pr.Pagu, pr.Realisasi} {
		if want == nil {
			continue
		}
		var sum int64
		whole := true
		for i := pi + 1; i < len(rows); i++ {
			a := &rows[i]
			if a.Tingkat != facts.LevelKegiatan || a.KodeInduk != prog || a.Tahun != year {
				continue
			}
			v := a.Pagu
			if k == 1 {
				v = a.Realisasi
			}
			if v == nil {
				whole = false
				break
			}
			sum += *v
		}
		if whole && (sum > *want || closed && sum != *want) {
			ok = false
		}
	}
	if ok {
		return true
	}
	for _, i := range carried {
		a := &rows[i]
		a.KodeInduk = ""
		p.find("anggaran.induk_tidak_diketahui", facts.Info, a.Start, a.End, a.Kode,
			"kegiatan %s: programnya di halaman sebelum lanjutan tabel (%s) tidak sama dengan jumlah kegiatannya; kode_induk dibiarkan kosong", a.Kode, prog)
	}
	return false
}

// statedTableNo is the number of the first "Tabel n.m" anywhere in a
// caption ("Laporan Kinerja 2022 Lanjutan Tabel 3.3" gives 3.3).
func statedTableNo(c string) (string, bool) {
	for i := 0; i+5 <= len(c); i++ {
		if (c[i] == 't' || c[i] == 'T') && asciiPrefixFold(c[i:], "tabel") {
			if no, ok := tabelNo(c[i:]); ok {
				return no, true
			}
		}
	}
	return "", false
}
