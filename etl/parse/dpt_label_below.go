package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A house style that captions its tables under their rows also prints the
// first of them with no label above at all: an introducing sentence, a
// heading or nothing stands there, and the election and year of the roll
// are written only in the "Tabel" label under it. Without that label the
// table was reported (dpt.pemilihan_tidak_diketahui) though the document
// says which roll it is.
//
// dptLabelBelow gives such a table the label under its rows (a note may
// stand between) as its caption, when nothing above carries a label of its
// own, the label heads no table below (then it is the next table's) and it
// names voters (pemilih, DPT): a label about anything else is not this
// roll's, and the table stays reported rather than keyed by a stranger's
// year.
func (p *parser) dptLabelBelow(t *tableInfo) {
	b := t.b
	if p.cur < 0 || p.cur >= len(p.blocks) || &p.blocks[p.cur] != b {
		return // a table rebuilt by the parser
	}
	if len(b.CaptionParts) > 0 {
		if _, ok := tabelNo(b.CaptionParts[0]); ok {
			return // a label above: dptCaptionUnder decides between the two
		}
	}
	k := p.labelUnder(p.cur)
	if k < 0 || p.blocks[k].IsCaption {
		return
	}
	under := p.blocks[k].Text
	if key := normalize.SpacedKey(under); !strings.Contains(key, "pemilih") && !strings.Contains(key, " dpt") {
		return
	}
	nb := *b
	nb.CaptionParts = []string{under}
	nb.Caption = under
	t.b, t.cap, t.label = &nb, normalize.Key(under), p.label(&extract.Block{Caption: under, Start: b.Start})
}
