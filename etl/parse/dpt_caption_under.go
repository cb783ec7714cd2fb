package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// In a house style that captions each table UNDER its rows ("Tabel 3.4:
// Rekapitulasi DPT …" after the total row, "Sumber: …" after that), the
// extractor, which reads captions above, hands a table the label printed
// under the table before it, with the note, heading and introducing
// sentence that follow: the DPT table then took the year of "Realisasi
// Anggaran Tahun 2022", the report year, for a Pemilu 2019 roll.
//
// dptCaptionUnder gives such a table its own caption: the "Tabel" label
// right under its rows (a note such as "Sumber: …" may stand between) that
// heads no table below it, and of the caption above only the paragraphs
// after the stale label (the heading, the introducing sentence), never
// that label nor the note under it. It acts only when the stale label is
// proven the previous table's: it follows that table at once (a note
// aside) and carries another number than the label under this one.
func (p *parser) dptCaptionUnder(t *tableInfo) {
	b := t.b
	if p.cur < 0 || p.cur >= len(p.blocks) || &p.blocks[p.cur] != b || len(b.CaptionParts) == 0 {
		return // a table rebuilt by the parser, or one without a caption above
	}
	k := p.labelUnder(p.cur)
	if k < 0 || p.blocks[k].IsCaption {
		return // no label under it, or one that heads the table below
	}
	under := p.blocks[k].Text
	aboveNo, ok := tabelNo(b.CaptionParts[0])
	if !ok {
		return // the caption above opens with no label: none is stale
	}
	if underNo, _ := tabelNo(under); underNo == aboveNo {
		return
	}
	if _, stale := p.staleFrom(p.cur); !stale {
		return // the label above follows no table at once: it may be this table's
	}
	parts := make([]string, 0, len(b.CaptionParts))
	for _, c := range b.CaptionParts[1:] {
		if !tableNote(c) {
			parts = append(parts, c)
		}
	}
	parts = append(parts, under)
	nb := *b
	nb.CaptionParts = parts
	nb.Caption = strings.Join(parts, " ")
	t.b, t.cap, t.label = &nb, normalize.Key(nb.Caption), p.label(&extract.Block{Caption: under, Start: b.Start})
}

// staleFrom finds the paragraph that opens the caption above table block i
// and tells whether it is the label printed under the table before (it
// follows that table at once, a note aside).
func (p *parser) staleFrom(i int) (int, bool) {
	b := &p.blocks[i]
	first := i - 1
	for first >= 0 && p.blocks[first].Kind == extract.Paragraph && p.blocks[first].Start > b.CaptionStart {
		first--
	}
	if first < 0 || p.blocks[first].Kind != extract.Paragraph || p.blocks[first].Start != b.CaptionStart {
		return -1, false
	}
	return first, p.labelUnder(p.prevTable(first)) == first
}

// staleLabel: table block i's caption opens with a "Tabel" label that is
// the one printed under the table before it, not its own.
func (p *parser) staleLabel(i int) bool {
	b := &p.blocks[i]
	if len(b.CaptionParts) == 0 {
		return false
	}
	if _, ok := tabelNo(b.CaptionParts[0]); !ok {
		return false
	}
	_, ok := p.staleFrom(i)
	return ok
}

// prevTable is the index of the table right before the paragraphs ending
// at block i, -1 when another block or nothing stands there.
func (p *parser) prevTable(i int) int {
	for i--; i >= 0; i-- {
		switch {
		case p.blocks[i].Kind == extract.Table:
			return i
		case !tableNote(p.blocks[i].Text):
			return -1
		}
	}
	return -1
}

// labelUnder is the block index of the "Tabel" label printed under table
// i: the paragraph right after its rows, or after one note under them,
// that opens with "Tabel" and a number; -1 when there is none.
func (p *parser) labelUnder(i int) int {
	if i < 0 || i >= len(p.blocks) || p.blocks[i].Kind != extract.Table {
		return -1
	}
	end := p.blocks[i].End
	for k := i + 1; k < len(p.blocks) && k <= i+2; k++ {
		nb := &p.blocks[k]
		if nb.Kind != extract.Paragraph || nb.Start-end > 3 {
			return -1
		}
		if _, ok := tabelNo(nb.Text); ok {
			return k
		}
		if !tableNote(nb.Text) {
			return -1
		}
		end = nb.End
	}
	return -1
}

// captionElectionYear is the caption's "Tahun NNNN" (captionYear) when it
// can be the roll's election: a year such an election was held (either
// kind while the caption names none). A caption's other year ("Data
// Pemilih Tahun 2022" in a 2022 report) dates the report or the data, not
// an election: 0, so the year comes from the text naming the election.
func captionElectionYear(caption, pemilihan string) int {
	y := captionYear(caption)
	if y == 0 || electionHeld(pemilihan, y) || pemilihan == "" && (electionHeld("pemilu", y) || electionHeld("pilkada", y)) {
		return y
	}
	return 0
}

// dptYearHeld reports whether a roll may be keyed to the year: one such
// an election was held (Pemilu 2019 and 2024, Pilkada 2020 and 2024, …).
// Another year, even one a text names beside the election ("DPT Pemilu
// per Kecamatan Tahun 2023"), is no election's: the rows are not loaded
// (dpt.tahun_tidak_diketahui) rather than keyed to a year no roll has.
func (p *parser) dptYearHeld(t *tableInfo, pemilihan string, year, start, end int) bool {
	if electionHeld(pemilihan, year) {
		return true
	}
	p.find("dpt.tahun_tidak_diketahui", facts.Warning, start, end, t.label,
		"%s: tahun %d bukan tahun %s; tahun DPT tidak terbukti; tidak dimuat", t.label, year, pemilihan)
	return false
}
