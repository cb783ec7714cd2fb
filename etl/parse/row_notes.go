package parse

import (
	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// noteFinding is the finding a table note of one kind leaves on its line.
type noteFinding struct {
	rule   string
	level  string // facts.Info, facts.Warning
	format string // one %s: the note's text
}

// noteFindings: the notes extract leaves for rows it read no fact from,
// and why.
//   - NoteOddPair: a cell under a paired header ("Desa/Kel / TPS",
//     "Target / Realisasi") held no pair; extract left both halves empty
//     (pair_roles.go), so their facts are NULL.
//   - NoteExample: the template's example row (extract/rows_example.go);
//     its figures are the template's, so no fact is read from it.
var noteFindings = map[string]noteFinding{
	extract.NoteOddPair: {"nilai.pasangan_ganjil", facts.Warning,
		"sel di bawah kepala berpasangan tidak terbagi dua (%s); kedua nilainya dimuat NULL"},
	extract.NoteExample: {"tabel.baris_contoh", facts.Info,
		"baris contoh templat (%s) bukan data satker; tidak dimuat"},
}

// rowNotes reports each note of noteFindings on the row's line.
func (p *parser) rowNotes(b *extract.Block) {
	for _, n := range b.Notes {
		if f, ok := noteFindings[n.Why]; ok {
			p.find(f.rule, f.level, n.Line, n.Line, n.Text, f.format, n.Text)
		}
	}
}
