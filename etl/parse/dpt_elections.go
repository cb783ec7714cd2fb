package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A DPT table may list elections rather than areas: a column "Jenis
// Pemilihan" (or "Pemilihan", "Pemilu") names the election of each row
// ("Pemilu Presiden dan Wakil Presiden, DPR, DPD dan DPRD", "Pemilihan
// Gubernur ... Bupati ..."), and the counts are the reporting satker's (or
// the satker the caption names). Each row is that satker's row for its
// election; the year is the one the row names, else the table's. A row
// naming no single election (a "Jumlah" over both) is no fact, and two
// rows of the same election and year prove neither.

// electionColumn is the column whose header names the election and whose
// every data cell that has a letter names exactly one election, with at
// least one such cell; -1 otherwise.
func electionColumn(b *extract.Block, roles []int) int {
	for j, cs := range columnTexts(b) {
		if j < len(roles) && roles[j] != roleNone {
			continue
		}
		named := false
		for _, c := range cs {
			if k := normalize.SpacedKey(c); has(k, "pemilihan", "pemilu", "pilkada") {
				named = true
			}
		}
		if !named {
			continue
		}
		n := 0
		for _, r := range b.Rows {
			c := r.Cell(j)
			if !hasLetter(c) {
				continue
			}
			if pemilihanOf(c) == "" {
				if !totalText(c) && !subtotalWords(c) {
					n = -1 // a row of something else
					break
				}
				continue
			}
			n++
		}
		if n > 0 {
			return j
		}
	}
	return -1
}

// dptElectionRows loads one row per election of a table whose rows are
// elections (see above) for owner.
func (p *parser) dptElectionRows(t *tableInfo, roles []int, elect, year int, owner string, convs map[int]normalize.Convention) {
	b := t.b
	s, ok := normalize.SatkerByID(owner)
	if !ok {
		return
	}
	tingkat := "kabupaten"
	if owner == p.prov {
		tingkat = "provinsi"
	}
	type key struct {
		pemilihan string
		tahun     int
	}
	var rows []facts.DPT
	seen := map[key]int{}
	for _, r := range b.Rows {
		cell := r.Cell(elect)
		pemilihan := pemilihanOf(cell)
		if pemilihan == "" {
			continue // "Jumlah", a note: no election's row
		}
		y := electionYear(cell)
		if y == 0 {
			y = year
		}
		if !p.dptYearHeld(t, pemilihan, y, r.Start, r.End) {
			continue
		}
		num := func(role int) *int64 { return p.dptCount(t, &r, roles, convs, role) }
		d := facts.DPT{Span: facts.Span{Start: r.Start, End: r.End}, Pemilihan: pemilihan, Tahun: y, Sumber: t.label,
			SatkerID: owner, TingkatWilayah: tingkat, Wilayah: s.Wilayah,
			JumlahDesa: num(roleDesa), JumlahTPS: num(roleTPS), PemilihL: num(roleL), PemilihP: num(roleP), PemilihTotal: num(roleLP)}
		if d.PemilihTotal == nil && d.PemilihL == nil {
			continue
		}
		seen[key{pemilihan, y}]++
		rows = append(rows, d)
	}
	for _, d := range rows {
		if seen[key{d.Pemilihan, d.Tahun}] > 1 {
			p.find("dpt.pemilihan_tidak_pasti", facts.Warning, d.Start, d.End, strings.Join(b.Rows[0].Cells, " "),
				"%s: beberapa baris DPT %s %d; tidak dimuat", t.label, d.Pemilihan, d.Tahun)
			continue
		}
		p.doc.DPT = append(p.doc.DPT, d)
	}
}
