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
		k := " " + normalize.Key(prev.Caption) + " "
		if has(k, "lanjutan", "sambungan", "continued", "lanj") {
			continue // a continuation itself: its first part is further up
		}
		nb := *b
		nb.Caption, nb.CaptionParts = prev.Caption, prev.CaptionParts
		t.b, t.cap = &nb, k
		return
	}
}
