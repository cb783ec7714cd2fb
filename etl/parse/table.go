package parse

import (
	"strconv"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// table dispatches one table to the parser of its family.
func (p *parser) table(b *extract.Block) {
	for _, n := range b.Notes {
		_ = n // layout notes (page numbers, repeated headers) need no finding
	}
	t := p.classify(b)
	switch t.fam {
	case famCapaian:
		p.capaianTable(t)
	case famSeri:
		p.seriTable(t)
	case famAnggaran, famAnggaranTahun:
		p.anggaranTable(t)
	case famSakipKomponen:
		p.sakipKomponenTable(t)
	case famSakipSatker:
		p.sakipSatkerTable(t)
	case famDPT:
		p.dptTable(t)
	default:
		p.footnoteRows(b)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
