package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// stitchGroupedRows completes a header without rows from the tables that
// follow it when their group heading lines lost their cells: the text
// layer of a PDF writes "A. Pengungkit" as a plain line inside the table,
// which then reads as the caption of a headerless table of the rows below
// it. Each such table right after the header (nothing but its caption in
// between, as many columns, no header of its own, a short caption that is
// no "Tabel" caption) gives its caption back as a group row and its rows;
// it is emptied, so it is not read twice. It reports whether rows were
// taken.
func (p *parser) stitchGroupedRows(t *tableInfo) bool {
	b := t.b
	if len(b.Rows) > 0 || len(b.Header) == 0 || p.cur < 0 || p.cur >= len(p.blocks) || &p.blocks[p.cur] != b {
		return false
	}
	var rows []extract.Row
	for i := p.cur + 1; i < len(p.blocks); i++ {
		nb := &p.blocks[i]
		if nb.Kind == extract.Paragraph {
			if nb.IsCaption {
				continue // the group line, also kept as the next table's caption
			}
			break
		}
		c := strings.TrimSpace(nb.Caption)
		if len(nb.Header) > 0 || len(nb.Rows) == 0 || nb.Width != b.Width || c == "" || len(c) > 80 ||
			asciiPrefixFold(c, "tabel") || asciiPrefixFold(c, "table") || asciiPrefixFold(c, "lampiran") {
			break
		}
		group := make([]string, b.Width)
		group[0] = c
		rows = append(rows, extract.Row{Start: nb.CaptionStart, End: nb.CaptionEnd, Cells: group})
		rows = append(rows, nb.Rows...)
		nb.Rows = nil
	}
	if len(rows) == 0 {
		return false
	}
	b.Rows, b.End = rows, rows[len(rows)-1].End
	return true
}
