package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// A table may join two tables side by side: the indicators with their
// target, realisation and capaian on the left, and the kegiatan that fund
// them with their pagu and realisation on the right ("Program | Kegiatan |
// Pagu | ..."), the two halves read apart. The word "Kegiatan" in the right
// half names the budget lines, not the level of the indicators: the level
// is what the indicator column (or a column left of it that groups its
// rows) and the caption say.

// headerNamesKegiatan reports whether the header names the kegiatan level
// for the indicator rows: a "Kegiatan" or "IKK" header word counts only in
// the indicator or sasaran column, or in a column before the first measure
// (target, realisation, capaian). cut is where cutJoinedHalf cut the
// roles, or -1.
func headerNamesKegiatan(t *tableInfo, roles []int, cut int) bool {
	if !has(t.hdr, "kegiatan", "ikk") {
		return false
	}
	first := -1
	for j, r := range roles {
		if r == roleTarget || r == roleRealisasi || r == roleCapaian {
			first = j
			break
		}
	}
	if first < 0 || len(t.b.Header) == 0 {
		return true
	}
	right := cut >= 0 // a joined half cut off, or a name column right of the measures
	for j := first; j < len(roles) && !right; j++ {
		right = roles[j] == roleProgram
	}
	if !right {
		return true // no other records' names beside the measures: the header's word is the level's
	}
	for j, texts := range columnTexts(t.b) {
		if j >= first && (j >= len(roles) || roles[j] != roleIndikator && roles[j] != roleSasaran) {
			continue // a column right of the measures names its own records
		}
		if has(headerKey([]byte(strings.Join(texts, " "))), "kegiatan", "ikk") {
			return true
		}
	}
	return false
}

// cutJoinedHalf drops the roles of a joined table's right half: after the
// measures, a name column (Program, Kegiatan) that a measure already seen
// follows again ("Realisasi Anggaran", "Target Output") opens the other
// half, whose values belong to its own records and must never fill the
// indicators' columns. It returns the first column cut, or -1.
func cutJoinedHalf(roles []int) int {
	var seen [roleCapaian + 1]bool
	cut := -1
	for j, r := range roles {
		switch r {
		case roleTarget, roleRealisasi, roleCapaian:
			if cut >= 0 && seen[r] {
				for k := cut; k < len(roles); k++ {
					roles[k] = roleNone
				}
				return cut
			}
			seen[r] = true
		case roleProgram, roleSasaran, roleIndikator:
			if cut < 0 && (seen[roleTarget] || seen[roleRealisasi] || seen[roleCapaian]) {
				cut = j
			}
		}
	}
	return -1
}

// joinedBudget reads the right half of a joined table, from column cut on,
// as the budget table it is: its own header and rows, read by the budget
// reader like any other.
func (p *parser) joinedBudget(t *tableInfo, cut int) {
	b := t.b
	nb := &extract.Block{Kind: extract.Table, Start: b.Start, End: b.End, Caption: b.Caption,
		CaptionParts: b.CaptionParts, CaptionStart: b.CaptionStart, CaptionEnd: b.CaptionEnd, Width: b.Width - cut}
	part := func(r extract.Row) extract.Row {
		if len(r.Cells) <= cut {
			r.Cells = nil
		} else {
			r.Cells = r.Cells[cut:]
		}
		return r
	}
	for _, h := range b.Header {
		nb.Header = append(nb.Header, part(h))
	}
	for _, r := range b.Rows {
		if r = part(r); filledCells(r.Cells) > 0 {
			nb.Rows = append(nb.Rows, r)
		}
	}
	if nb.Width < 2 || len(nb.Rows) == 0 {
		return
	}
	nt := &tableInfo{b: nb, label: t.label, hdr: headerText(nb), cap: t.cap, section: t.section, width: nb.Width, fam: famAnggaran}
	p.anggaranTable(nt)
}
