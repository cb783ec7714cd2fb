package parse

import (
	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// exampleNotes reports the template's example rows extract left out of a
// table (extract/rows_example.go): their figures are the template's, so
// no fact is read from them, and this finding on the row's line says so.
func (p *parser) exampleNotes(b *extract.Block) {
	for _, n := range b.Notes {
		if n.Why == extract.NoteExample {
			p.find("tabel.baris_contoh", facts.Info, n.Line, n.Line, n.Text,
				"baris contoh templat (%s) bukan data satker; tidak dimuat", n.Text)
		}
	}
}
