package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Two tables set side by side on the page, as a word processor's two text
// columns or a spreadsheet with two ranges give them: each line holds the
// left table's cells, an empty cell, then the right table's, and the line
// above the headers holds both captions ("Tabel 3.3 Realisasi Anggaran
// …" far left, "Tabel 3.3a Realisasi per Jenis Belanja" far right). Read
// as one table, the right half's columns repeat the left's roles (a second
// "Realisasi", a second "Nilai") and the left one loses its facts; its
// rows past the shorter half end early. Read apart, each half is an
// ordinary table under its own caption.

// sideBySide reads b as two tables when its header has exactly one empty
// cell between named ones, every row's cell there is empty (or the row
// ends before it), and the line just above holds exactly two captions.
// It returns false, reading nothing, otherwise.
func (p *parser) sideBySide(b *extract.Block) bool {
	g := gapColumn(b)
	if g < 0 {
		return false
	}
	capL, capR, ok := p.captionPair(b)
	if !ok {
		return false
	}
	right := false
	for _, r := range b.Rows {
		if len(r.Cells) > g && strings.TrimSpace(r.Cells[g]) != "" {
			return false
		}
		right = right || len(r.Cells) > g+1
	}
	if !right {
		return false
	}
	half := func(from, to int, capt string) *extract.Block {
		out := halfBlock(b, from, to)
		out.Caption, out.CaptionParts = capt, []string{capt}
		return out
	}
	w := len(b.Header[0].Cells)
	for _, h := range []*extract.Block{half(0, g, capL), half(g+1, w, capR)} {
		if jenisHalf(h) {
			// a breakdown of the spending by jenis belanja beside the budget:
			// no facts, and its caption, naming no year, would date its
			// Jumlah to the report's year
			p.find("anggaran.jenis_belanja", facts.Info, h.Start, h.End, h.Caption,
				"%s: rincian per jenis belanja di samping tabel anggaran; bukan fakta, tidak dimuat", h.Caption)
			continue
		}
		p.table(h)
	}
	return true
}

// jenisHalf: a half whose header names the jenis belanja (or the akun) and
// no program, kegiatan or code column: a breakdown of spending by type.
func jenisHalf(b *extract.Block) bool {
	jenis := false
	for _, c := range b.Header[0].Cells {
		k := normalize.SpacedKey(c)
		if has(k, "program", "kegiatan", "kode", "uraian") {
			return false
		}
		jenis = jenis || has(k, "jenis belanja", "akun")
	}
	return jenis
}

// gapColumn is the index of the one empty header cell with named cells on
// both sides and at least two named cells in each half, or -1.
func gapColumn(b *extract.Block) int {
	if len(b.Header) != 1 {
		return -1
	}
	h := b.Header[0].Cells
	g := -1
	for j := 1; j+1 < len(h); j++ {
		if strings.TrimSpace(h[j]) == "" {
			if g >= 0 {
				return -1
			}
			g = j
		}
	}
	if g < 2 || g+2 >= len(h) || h[g-1] == "" || h[g+1] == "" {
		return -1
	}
	return g
}

// captionPair: the block right above b is one line of exactly two cells
// (the two tables' captions, TABs between them), the left one a table
// caption.
func (p *parser) captionPair(b *extract.Block) (left, right string, ok bool) {
	if p.cur < 1 || p.cur >= len(p.blocks) || &p.blocks[p.cur] != b {
		return "", "", false
	}
	c := &p.blocks[p.cur-1]
	if c.Kind != extract.Table || c.Start != c.End || b.Start-c.End > 2 || len(c.Rows)+len(c.Header) != 1 {
		return "", "", false
	}
	line := c.Rows
	if len(c.Header) == 1 {
		line = c.Header
	}
	n := 0
	for _, s := range line[0].Cells {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		switch n++; n {
		case 1:
			left = s
		case 2:
			right = s
		}
	}
	if n != 2 || !hasPrefix(" "+normalize.Key(left), "tabel", "table") {
		return "", "", false
	}
	return left, right, true
}

// cutRow is r's cells from..to (short rows padded by nothing).
// halfBlock is b's columns from to to, its header's and each row's that
// holds anything there.
func halfBlock(b *extract.Block, from, to int) *extract.Block {
	out := *b
	out.Header = []extract.Row{cutRow(b.Header[0], from, to)}
	out.Rows = nil
	for _, r := range b.Rows {
		if c := cutRow(r, from, to); c.NonEmpty() > 0 {
			out.Rows = append(out.Rows, c)
		}
	}
	out.Width = to - from
	return &out
}

func cutRow(r extract.Row, from, to int) extract.Row {
	out := extract.Row{Start: r.Start, End: r.End}
	if from < len(r.Cells) {
		out.Cells = r.Cells[from:min(to, len(r.Cells)):min(to, len(r.Cells))]
	}
	return out
}

// Two kinds of rows set side by side under one caption, each half with
// titles of its own: "No | Indikator Kinerja (persentase) | Target (%) |
// … | No | Indikator Kinerja (predikat/opini) | Satuan | Target | …", the
// right half the shorter, its cells empty under its last row. Read as one
// table, the right half's columns repeat the left's roles and its rows
// were lost; read apart under the one caption, each half is an ordinary
// table. A header repeating its left half word for word is a list printed
// two-up (table_twoup.go), not this.

// sideBySideNo reads b as its two halves when its header holds a second
// "No" before a name column (as the first one does), and every row's cell
// under it is a row number or empty.
func (p *parser) sideBySideNo(b *extract.Block) bool {
	if len(b.Header) != 1 || len(b.Rows) == 0 {
		return false
	}
	h := b.Header[0].Cells
	if len(h) < 6 || !noTitle(h[0]) {
		return false
	}
	g := -1
	for j := 2; j < len(h); j++ {
		if noTitle(h[j]) {
			if g >= 0 {
				return false
			}
			g = j
		}
	}
	if g < 3 || len(h)-g < 3 || !rowNameTitle(h[1]) || !rowNameTitle(h[g+1]) || strings.EqualFold(strings.TrimSpace(h[1]), strings.TrimSpace(h[g+1])) {
		return false
	}
	right := 0
	for _, r := range b.Rows {
		c := strings.TrimSpace(r.Cell(g))
		if c == "" {
			continue
		}
		if !allDigits(c) || len(c) > 3 {
			return false
		}
		right++
	}
	if right == 0 {
		return false
	}
	p.find("tabel.dua_bagian", facts.Info, b.Start, b.End, b.Caption,
		"%s: dua tabel berdampingan, masing-masing dengan judul kolomnya (No di kolom %d); dibaca terpisah", b.Caption, g+1)
	p.table(halfBlock(b, 0, g))
	p.table(halfBlock(b, g, len(h)))
	return true
}

// noTitle: a No column's title, not an empty one (capaian_rowcodes.go).
func noTitle(t string) bool {
	return strings.TrimSpace(t) != "" && rowNumberTitle(t)
}

// rowNameTitle: a title of the column naming a table's rows.
func rowNameTitle(t string) bool {
	k := normalize.SpacedKey(t)
	return has(k, "indikator", "uraian", "kecamatan", "program", "komponen", "kegiatan", "sasaran")
}
