package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A SAKIP component table with no Bobot column whose weights stand in a
// table of their own right beside it: "a. Bobot komponen" (`No | Komponen
// | Bobot`, the four weights, `Jumlah 100,00`) then "b. Nilai komponen"
// (`No | Komponen | Nilai`, the four scores, `Nilai Akhir`), or the other
// way round, under one caption or two ("Tabel 3.2a" / "Tabel 3.2b"). The
// weights table's weights are the components' bobot only when
//   - it is a table of component weights: a Bobot column and no score
//     column, every weighted row one of the components and none twice (a
//     table of RB areas or of sub-components is none);
//   - it is the only one near the scores: no other table, no chapter and
//     no prose between the two, and a second weights table beside them voids both
//     (two statements of one weight: which is it);
//   - it names every component of the scores table and no other (the old
//     framework's five, with Capaian Kinerja, are no weights of today's
//     four);
//   - the weights hold (weightsHold, as for a note): they sum to 100 or to
//     the weights table's stated total, and no score exceeds its weight.
// Else bobot stays NULL with a finding (sakip.bobot_tabel).

// bobotTableReach bounds how far apart the two tables may stand: blocks
// between (captions, a short note, a page's foot) and lines between.
const (
	bobotTableBlocks = 4
	bobotTableLines  = 24
	bobotTableProse  = 120 // bytes of a paragraph between that is no caption: a page's foot, a short note
)

// componentWeights is a table of component weights: the weight per
// component id and the total its Jumlah row states (nil when none).
type componentWeights struct {
	b     *extract.Block
	w     map[string]float64
	total *float64
}

// weightsOnlyTable reads b as a table of component weights; ok is false
// when b is no such table (see the head of this file).
func weightsOnlyTable(b *extract.Block) (cw componentWeights, ok bool) {
	if b.Kind != extract.Table || len(b.Header) == 0 || len(b.Rows) < 2 {
		return cw, false
	}
	// cheap gate: the header says "bobot" or "weight"
	gate := false
	for _, h := range b.Header {
		for _, c := range h.Cells {
			if hasWeightWord(c) {
				gate = true
			}
		}
	}
	if !gate {
		return cw, false
	}
	bobot, nama := -1, -1
	for j, cs := range columnTexts(b) {
		for _, c := range cs {
			k := normalize.SpacedKey(c)
			switch {
			case has(k, "bobot", "weight") && bobot < 0:
				bobot = j
			case has(k, "nilai", "skor", "score", "hasil", "capaian", "realisasi", "persentase") || yearOnly(k):
				return cw, false // a score beside the weight: a components table, not a weights table
			case has(k, "uraian", "komponen", "aspek", "kriteria", "component") && nama < 0:
				nama = j
			}
		}
	}
	if bobot < 0 || bobot == nama {
		return cw, false
	}
	cw = componentWeights{b: b, w: map[string]float64{}}
	for i := range b.Rows {
		r := &b.Rows[i]
		name := ""
		if nama >= 0 && nama < len(r.Cells) {
			name = r.Cells[nama]
		}
		if name == "" {
			for j, c := range r.Cells {
				if j != bobot && c != "" && !valueLike(c) && !isRowNumber(c) {
					name = c
					break
				}
			}
		}
		var w *float64
		if bobot < len(r.Cells) {
			if n := normalize.ParseNumber(strings.TrimSuffix(strings.TrimSpace(r.Cells[bobot]), "%"), normalize.Indonesian); n.Status == normalize.OK {
				v := n.Value
				w = &v
			}
		}
		k := normalize.Key(name)
		if strings.Contains(k, "jumlah") || strings.Contains(k, "total") {
			if w != nil {
				cw.total = w
			}
			continue
		}
		id := komponenOf(name)
		switch {
		case id == "" && w == nil:
			continue // a wrapped line, a note row
		case id == "" || w == nil:
			return cw, false // another thing weighted (an RB area, a sub-component), or a component unweighted
		}
		if _, dup := cw.w[id]; dup {
			return cw, false // "a. Perencanaan Strategis" under "Perencanaan Kinerja": sub-components
		}
		cw.w[id] = *w
	}
	return cw, len(cw.w) >= 2
}

// nearWeightTables are the tables of component weights beside the block
// being read (p.cur), before and after it, within reach; a table of any
// other kind, or a chapter's heading, ends the search that way.
func (p *parser) nearWeightTables(b *extract.Block) []componentWeights {
	if p.cur < 0 || p.cur >= len(p.blocks) || &p.blocks[p.cur] != b {
		return nil // a table rebuilt from another has no place among the blocks
	}
	var found []componentWeights
	for _, dir := range []int{-1, 1} {
		edge := b.Start // the line of the nearest block seen that way
		if dir > 0 {
			edge = b.End
		}
		for i, n := p.cur+dir, 0; i >= 0 && i < len(p.blocks) && n < bobotTableBlocks; i, n = i+dir, n+1 {
			nb := &p.blocks[i]
			far := edge - nb.End
			if dir > 0 {
				far = nb.Start - edge
			}
			if far > bobotTableLines {
				break
			}
			if nb.Kind != extract.Table {
				if chapterHeading(nb.Text) || !nb.IsCaption && len(nb.Text) > bobotTableProse {
					break // a chapter, or prose: the tables no longer stand together
				}
				edge = nb.Start
				if dir > 0 {
					edge = nb.End
				}
				continue
			}
			cw, ok := weightsOnlyTable(nb)
			if !ok {
				break // another table between: the weights, if any beyond, are another's
			}
			found = append(found, cw)
			edge = nb.Start
			if dir > 0 {
				edge = nb.End
			}
		}
	}
	return found
}

// chapterHeading: a paragraph opening a chapter ("BAB IV", "Bab 3").
func chapterHeading(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) >= 4 && strings.EqualFold(s[:4], "bab ")
}

// komponenTableWeights sets the components' bobot of the scores table t
// from the weights table beside it (see the head of this file), or says
// why not. Components with a weight already (a Bobot column, a name cell,
// a note) are left as they are.
func (p *parser) komponenTableWeights(t *tableInfo, comps []facts.SakipKomponen) {
	if len(comps) < 2 {
		return
	}
	for _, c := range comps {
		if c.Bobot != nil {
			return
		}
	}
	found := p.nearWeightTables(t.b)
	if len(found) == 0 {
		return
	}
	b := t.b
	refuse := func(why string) {
		p.find("sakip.bobot_tabel", facts.Warning, b.Start, b.End, t.label,
			"%s: tabel bobot komponen di dekatnya %s; bobot dimuat NULL", t.label, why)
	}
	if len(found) > 1 {
		refuse("ada dua, mana yang berlaku tidak pasti")
		return
	}
	cw := found[0]
	seen := map[string]bool{}
	for _, c := range comps {
		if _, named := cw.w[c.Komponen]; !named {
			refuse("tidak menyebut komponen " + c.Komponen)
			return
		}
		if seen[c.Komponen] {
			refuse("berhadapan dengan komponen " + c.Komponen + " dua kali")
			return
		}
		seen[c.Komponen] = true
	}
	if len(seen) != len(cw.w) {
		refuse("menyebut komponen lain dari komponen tabel")
		return
	}
	weightOf := func(i int) float64 { return cw.w[comps[i].Komponen] }
	if why := weightsHold(comps, weightOf, cw.total); why != "" {
		refuse(why)
		return
	}
	for i := range comps {
		v := weightOf(i)
		comps[i].Bobot = &v
	}
}
