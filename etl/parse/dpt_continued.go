package parse

import (
	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// continuedCaption gives a table captioned as the continuation of an
// earlier one ("Tabel 3.4 (lanjutan)", "Lanjutan Tabel 3.4", "Table 3.4
// (continued)") that table's caption, so the part after a page break
// keeps the election, year, owner and money unit its first part states.
// The earlier table is the nearest one before it with the same number,
// or, when the continuation names no number, the nearest one of as many
// columns.
func (p *parser) continuedCaption(t *tableInfo) {
	b := t.b
	if p.cur < 0 || p.cur >= len(p.blocks) || &p.blocks[p.cur] != b {
		return // a table rebuilt by the parser, not one of the document's
	}
	if !has(t.cap, "lanjutan", "sambungan", "continued", "lanj") {
		p.repeatedPart(t)
		return
	}
	numbered := t.label != "" && t.label != "tabel baris "+itoa(b.Start) && (asciiPrefixFold(t.label, "tabel ") || asciiPrefixFold(t.label, "lampiran "))
	for i := p.cur - 1; i >= 0; i-- {
		prev := &p.blocks[i]
		if prev.Kind != extract.Table {
			continue
		}
		if numbered && p.label(prev) != t.label || !numbered && prev.Width != b.Width {
			continue // another table's number, or (unnumbered) another shape
		}
		k := normalize.SpacedKey(prev.Caption)
		if has(k, "lanjutan", "sambungan", "continued", "lanj") {
			continue // a continuation itself: its first part is further up
		}
		nb := *b
		nb.Caption, nb.CaptionParts = prev.Caption, prev.CaptionParts
		t.b, t.cap, t.partOf = &nb, k, prev
		return
	}
}

// repeatedPart gives a table that repeats the header of the table just
// above it, with only a few lines of page furniture between them (a web
// table's "Menampilkan 1 sampai 10 dari 22 entri" and paging links, a
// running header), that table's caption: it is the next page of the same
// table. Its own caption, when it has one, must state nothing a table's
// caption states (no number, no year, no election), or it is a table of
// its own: without this the part took the report year, which in a 2023
// report keyed a Pemilu 2024 roll to 2023. A third page follows the
// second back to the first, whose caption states the table.
func (p *parser) repeatedPart(t *tableInfo) {
	b := t.b
	if !p.statesNothing(b) {
		return
	}
	for i := p.cur - 1; i >= 0; i-- {
		prev := &p.blocks[i]
		if prev.Kind != extract.Table {
			if prev.Kind == extract.Paragraph && !prev.IsCaption && len(prev.Text) > 120 {
				return // prose between: another table's text
			}
			continue
		}
		if prev.Width != b.Width || b.Start-prev.End > 8 || !sameHeader(prev.Header, b.Header) {
			return
		}
		if p.statesNothing(prev) {
			b = prev // a middle page whose own caption is page furniture: the first page is further up
			continue
		}
		nb := *t.b
		nb.Caption, nb.CaptionParts = prev.Caption, prev.CaptionParts
		t.b, t.cap, t.partOf = &nb, " "+normalize.Key(prev.Caption)+" ", prev
		return
	}
}

// statesNothing: the table has no number of its own and its caption
// states nothing a table's caption states (no year, no election).
func (p *parser) statesNothing(b *extract.Block) bool {
	if len(b.Header) == 0 || p.label(b) != "tabel baris "+itoa(b.Start) {
		return false
	}
	y, several := electionYearOf(b.Caption)
	return y == 0 && !several && captionYear(b.Caption) == 0 && pemilihanOf(b.Caption) == ""
}

// sameHeader reports whether two header rows read cell for cell alike.
func sameHeader(a, b []extract.Row) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if len(a[i].Cells) != len(b[i].Cells) {
			return false
		}
		for j := range a[i].Cells {
			if normalize.Key(a[i].Cells[j]) != normalize.Key(b[i].Cells[j]) {
				return false
			}
		}
	}
	return true
}

// electionHeld reports whether an election of that kind took place in
// year: the Pemilu every five years since 2004, the simultaneous Pilkada
// in 2015, 2017, 2018, 2020 and 2024.
func electionHeld(pemilihan string, year int) bool {
	switch pemilihan {
	case "pemilu":
		return year >= 2004 && year%5 == 4
	case "pilkada":
		switch year {
		case 2015, 2017, 2018, 2020, 2024:
			return true
		}
	}
	return false
}
