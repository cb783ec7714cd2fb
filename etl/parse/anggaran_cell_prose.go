package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// A list kept for another purpose — the archive list of the budget files
// (Daftar Arsip Aktif), a register of letters, an inventory — may carry a
// budget line's figures inside one descriptive cell, written as a sentence:
//
//	1 | KU.02.02 | Berkas LRA Program … (076.01.WA): pagu Rp …, realisasi Rp … (95,19%) | 2022 | Asli | 4 berkas
//	2 | KU.02.03 | Berkas SPJ kegiatan 3355 …: pagu Rp …, realisasi Rp … (95,87%) | …
//
// The other columns (classification codes, quantities, box numbers) are no
// budget figures, so no column reader fits the table. Each such cell is
// read by the prose route, under its rules: the code the sentence names
// owns its amounts (a code led by "kegiatan" only when the stated percent
// or the sums prove it), a sentence naming no code states the year's
// total. Only a cell naming both pagu and realisasi is read: a deposit, an
// asset value or a month's spending beside them is no budget line.

// budgetCells reads the budget sentences in the cells of a table no
// family reader took; it reports whether it read one.
func (p *parser) budgetCells(t *tableInfo) bool {
	b := t.b
	if !anyBudgetSentenceCell(b) {
		return false // the cheap test first: most unread tables hold no such cell
	}
	if y := fiscalYear(b.Caption); y != 0 && y != p.doc.Meta.Tahun {
		return false // the sentences name no year: the caption's would have to be proven theirs
	}
	read := false
	for i := range b.Rows {
		r := &b.Rows[i]
		for _, c := range r.Cells {
			if !budgetSentenceCell(c) {
				continue
			}
			blk := extract.Block{Kind: extract.Paragraph, Start: r.Start, End: r.End, Text: c}
			p.proseAnggaran(&blk, c)
			read = true
		}
	}
	if read {
		// the rows become facts only when the prose is finished: this says
		// why the table is not reported unread (coverage.go)
		p.find("anggaran.kalimat_dalam_sel", facts.Info, b.Start, b.End, shorten(b.Caption, 200),
			"%s: pagu dan realisasi dibaca dari kalimat di dalam sel, bukan dari kolom", t.label)
	}
	return read
}

// anyBudgetSentenceCell: a cell of b writes a budget line as a sentence.
func anyBudgetSentenceCell(b *extract.Block) bool {
	for i := range b.Rows {
		for _, c := range b.Rows[i].Cells {
			if budgetSentenceCell(c) {
				return true
			}
		}
	}
	return false
}

// budgetSentenceCell: a cell writing a budget line as a sentence, an
// amount in rupiah beside both the pagu and the realisasi.
func budgetSentenceCell(c string) bool {
	if len(c) < 30 || !strings.Contains(c, "Rp") {
		return false
	}
	return containsFoldASCII(c, "pagu") && containsFoldASCII(c, "realisasi")
}

// kasWord: lw names the treasury ("kas negara", "saldo kas ") as a word;
// "berkas " (a file) ends in the same letters and says nothing of money.
func kasWord(lw string) bool {
	for k := 0; k < len(lw); {
		i := strings.Index(lw[k:], "kas ")
		if i < 0 {
			return false
		}
		if wordAt(lw, k+i, "kas", true) {
			return true
		}
		k += i + 4
	}
	return false
}
