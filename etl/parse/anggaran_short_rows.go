package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// Kegiatan rows shorter than their program's: a budget table
// `Kode | Uraian | Pagu | Realisasi | Sisa | %` whose program and total
// rows fill every cell while its kegiatan rows stop after Realisasi (often
// with a note "sisa dan persentase hanya pada baris program dan jumlah").
// The kegiatan's sisa is not stated, as in a table without a Sisa column,
// so it is pagu − realisasi by the same rule; nothing else is derived (no
// percent is printed, serapan_lapor stays NULL).
//
// Only when the table proves it: the row's cells really end after
// Realisasi (an empty Sisa and % under the header, never a printed `-` or
// `0`), pagu ≥ realisasi, every program or total row that prints a sisa
// has sisa = pagu − realisasi, and the kegiatan under a program, all of
// them short and closed by the next program or total row, sum to the
// program's printed sisa. A sum that disagrees (a kegiatan misprinted or
// left out) loads NULL with anggaran.sisa_baris_pendek_tidak_cocok; a
// group cut by the table's end (a page break) is left as it was.

// shortRowsSisa derives the sisa of the short kegiatan rows of the table
// whose rows are p.doc.Anggaran[start:], read from b's rows (padded to
// rows under roles). hasSisa is false when the table has no Sisa column
// or its Sisa column is only a part of the sisa (both derive already).
func (p *parser) shortRowsSisa(t *tableInfo, b *extract.Block, roles []int, rows [][]string, start int, hasSisa, logical bool) {
	if !hasSisa || logical || start >= len(p.doc.Anggaran) {
		return
	}
	jr := indexOf(roles, roleRealisasi)
	if jr < 0 || !onlySisaAfter(roles, jr) {
		return
	}
	got := p.doc.Anggaran[start:]
	// cheap gate: a kegiatan row of pagu and realisasi alone
	if !hasBareKegiatan(got) {
		return
	}
	// every printed sisa of a program or total row must check out
	proven := 0
	for i := range got {
		a := &got[i]
		if a.Tingkat != facts.LevelProgram && a.Tingkat != facts.LevelTotal || a.Sisa == nil {
			continue
		}
		if a.Pagu == nil || a.Realisasi == nil || *a.Pagu-*a.Realisasi != *a.Sisa {
			return // a printed sisa the row does not prove: the table proves nothing
		}
		proven++
	}
	if proven == 0 {
		return // no row prints a sisa: an empty Sisa column, not this layout
	}
	derived, lo, hi := 0, 0, 0
	for i := 0; i < len(got); {
		if got[i].Tingkat != facts.LevelKegiatan {
			i++
			continue
		}
		j := i // the run of kegiatan (and their outputs) rows
		for j < len(got) && (got[j].Tingkat == facts.LevelKegiatan || got[j].Tingkat == facts.LevelOutput) {
			j++
		}
		parent := shortRowsParent(got, i, j)
		if parent != nil && j < len(got) && p.shortGroup(t, b, rows, jr, got[i:j], parent) {
			for k := i; k < j; k++ {
				if got[k].Tingkat == facts.LevelKegiatan {
					if derived == 0 {
						lo = got[k].Start
					}
					derived++
					hi = got[k].End
				}
			}
		}
		i = j
	}
	if derived > 0 {
		p.find("anggaran.sisa_baris_pendek", facts.Info, lo, hi, t.label,
			"%s: %d baris kegiatan berhenti setelah Realisasi (sisa dan persen hanya pada baris program/jumlah); sisa = pagu − realisasi, jumlahnya sama dengan sisa program",
			t.label, derived)
	}
}

// shortGroup sets the sisa of the kegiatan rows of grp (one program's,
// closed by a later program or total row) when every one is short and
// their pagu − realisasi sum to the parent's printed sisa.
func (p *parser) shortGroup(t *tableInfo, b *extract.Block, rows [][]string, jr int, grp []facts.Anggaran, parent *facts.Anggaran) bool {
	var sum int64
	n := 0
	for k := range grp {
		a := &grp[k]
		if a.Tingkat != facts.LevelKegiatan {
			continue
		}
		if parent.Tingkat == facts.LevelProgram && a.KodeInduk != "" && a.KodeInduk != parent.Kode ||
			parent.Tingkat == facts.LevelTotal && a.KodeInduk != "" {
			return false // under another program (a part continued from an earlier page): not the parent's to prove
		}
		if !bareRow(a) || *a.Pagu < *a.Realisasi || !shortAfter(b, rows, jr, a) {
			return false // a printed sisa, an overspent row, or cells that do not end at Realisasi
		}
		sum += *a.Pagu - *a.Realisasi
		n++
	}
	if n == 0 {
		return false
	}
	if sum != *parent.Sisa {
		p.find("anggaran.sisa_baris_pendek_tidak_cocok", facts.Warning, grp[0].Start, grp[len(grp)-1].End, t.label,
			"%s: pagu − realisasi %d baris kegiatan tanpa sisa berjumlah %d, sisa %s %d; sisa kegiatan dimuat NULL",
			t.label, n, sum, parent.Kode, *parent.Sisa)
		return false
	}
	for k := range grp {
		if a := &grp[k]; a.Tingkat == facts.LevelKegiatan {
			d := *a.Pagu - *a.Realisasi
			a.Sisa = &d
		}
	}
	return true
}

// shortRowsParent is the row the kegiatan got[i:j] sum to: the program row
// right above them, or, in a table with no program row, the total row
// right below them. nil when that row prints no sisa.
func shortRowsParent(got []facts.Anggaran, i, j int) *facts.Anggaran {
	var par *facts.Anggaran
	if i > 0 && got[i-1].Tingkat == facts.LevelProgram {
		par = &got[i-1]
	} else if i == 0 && j < len(got) && got[j].Tingkat == facts.LevelTotal && !hasLevel(got, facts.LevelProgram) {
		par = &got[j]
	}
	if par == nil || par.Sisa == nil || par.Pagu == nil || par.Realisasi == nil {
		return nil
	}
	return par
}

// shortAfter: the block row a was read from ends at its Realisasi cell:
// the cell is there, unmoved by padding, and nothing is printed after it.
func shortAfter(b *extract.Block, rows [][]string, jr int, a *facts.Anggaran) bool {
	at := -1
	for i := range b.Rows {
		if r := &b.Rows[i]; r.Start == a.Start && r.End == a.End {
			if at >= 0 {
				return false // two rows on one span: which is a's is unknown
			}
			at = i
		}
	}
	if at < 0 || at >= len(rows) {
		return false
	}
	raw, cells := b.Rows[at].Cells, rows[at]
	if jr >= len(raw) || jr >= len(cells) || strings.TrimSpace(raw[jr]) == "" || raw[jr] != cells[jr] {
		return false
	}
	for j := jr + 1; j < len(cells); j++ {
		if strings.TrimSpace(cells[j]) != "" {
			return false
		}
	}
	return true
}

// onlySisaAfter: every column after Realisasi is a Sisa or a percent, and
// one of them is the Sisa.
func onlySisaAfter(roles []int, jr int) bool {
	sisa := false
	for _, r := range roles[jr+1:] {
		switch r {
		case roleSisa:
			sisa = true
		case rolePersen:
		default:
			return false
		}
	}
	return sisa
}

// bareRow: pagu and realisasi read, no sisa, no sisa text, no percent.
func bareRow(a *facts.Anggaran) bool {
	return a.Pagu != nil && a.Realisasi != nil && a.Sisa == nil && a.SisaTeks == "" && a.SerapanLapor == nil
}

func hasBareKegiatan(got []facts.Anggaran) bool {
	for i := range got {
		if got[i].Tingkat == facts.LevelKegiatan && bareRow(&got[i]) {
			return true
		}
	}
	return false
}

func hasLevel(got []facts.Anggaran, level string) bool {
	for i := range got {
		if got[i].Tingkat == level {
			return true
		}
	}
	return false
}
