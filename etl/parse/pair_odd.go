package parse

import (
	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// pairOddNotes reports the rows whose cell under a paired header ("Desa/Kel
// / TPS", "Target / Realisasi") held no pair: extract left both halves
// empty (pair_roles.go), so their facts are NULL, and this finding on the
// row's line says why.
func (p *parser) pairOddNotes(b *extract.Block) {
	for _, n := range b.Notes {
		if n.Why == extract.NoteOddPair {
			p.find("nilai.pasangan_ganjil", facts.Warning, n.Line, n.Line, n.Text,
				"sel di bawah kepala berpasangan tidak terbagi dua (%s); kedua nilainya dimuat NULL", n.Text)
		}
	}
}
