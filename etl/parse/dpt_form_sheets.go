package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// DPT as form sheets. A recapitulation form (Model D.Hasil, DA1, DB1 …)
// printed once per area gives each area a head of "key : value" lines and
// a small table of the voter rows under L / P / total columns:
//
//	KECAMATAN        : WAIGETE
//	JUMLAH DESA/KEL  : 12
//	JUMLAH TPS       : 40
//	I. DATA PEMILIH  L      P      JML
//	1. Pemilih dalam DPT     5.010  5.120  10.130
//	2. Pemilih dalam DPTb    12     9      21
//	3. …
//
// the kabupaten's sheet last. Read one block at a time the head is a
// table without figures and the voter table a list of rolls with no area,
// so nothing loads. The sheets are one DPT table: a row per sheet, named
// by the head's area key, its desa and TPS from the head, its L / P /
// total from the one row that names the DPT itself (DPTb, DPK and their
// sums are other rolls, no facts). The rebuilt table goes through the
// ordinary DPT reader, which proves L + P = total and the kabupaten's
// row against its kecamatan.

// formSheet is one area's sheet: its head's figures and its DPT row.
type formSheet struct {
	level, name, desa, tps string
	l, pr, lp              string
	start, end             int
}

// dptFormSheets reads the run of form sheets that starts at blocks[i];
// it returns the index of the last block read, or i-1 when blocks[i]
// opens no sheet.
func (p *parser) dptFormSheets(i int) int {
	var sheets []formSheet
	last := i - 1
	for j := i; j+1 < len(p.blocks); {
		s, ok := p.formSheetAt(j)
		if !ok {
			break
		}
		sheets = append(sheets, s)
		last = j + 1
		j += 2
		// the sheet's printed title ("MODEL D.HASIL KECAMATAN - …") between sheets
		for j < len(p.blocks) && p.blocks[j].Kind == extract.Paragraph && formTitle(p.blocks[j].Text) {
			j++
		}
	}
	if len(sheets) == 0 {
		return i - 1
	}
	head := &p.blocks[i]
	blk := extract.Block{Kind: extract.Table, Start: head.Start, End: p.blocks[last].End, Caption: head.Caption,
		CaptionParts: head.CaptionParts, CaptionStart: head.CaptionStart, CaptionEnd: head.CaptionEnd}
	hdr := []string{"Kecamatan", "Jumlah Desa/Kelurahan", "Jumlah TPS", "Laki-laki", "Perempuan", "Jumlah"}
	blk.Header = []extract.Row{{Start: head.Start, End: head.Start, Cells: hdr}}
	blk.Width = len(hdr)
	for _, s := range sheets {
		blk.Rows = append(blk.Rows, extract.Row{Start: s.start, End: s.end, Cells: []string{s.name, s.desa, s.tps, s.l, s.pr, s.lp}})
	}
	p.tableNo++
	p.cur = i
	p.table(&blk)
	return last
}

// formTitle: a short line without a full stop, the title a form prints
// over each sheet.
func formTitle(t string) bool {
	return len(t) <= 160 && !strings.HasSuffix(strings.TrimSpace(t), ".")
}

// formSheetAt reads blocks[j] as a sheet's head and blocks[j+1] as its
// voter table.
func (p *parser) formSheetAt(j int) (formSheet, bool) {
	h, v := &p.blocks[j], &p.blocks[j+1]
	if h.Kind != extract.Table || v.Kind != extract.Table || v.Start-h.End > 1 || len(h.Header)+len(h.Rows) > 6 || !formKeyed(h) {
		return formSheet{}, false
	}
	s, ok := formHead(h)
	if !ok {
		return formSheet{}, false
	}
	return s, formVoters(v, &s)
}

// formKeyed: the block's first line is "key : value", the cheap test
// that keeps every other table out of formHead.
func formKeyed(b *extract.Block) bool {
	rows := b.Header
	if len(rows) == 0 {
		rows = b.Rows
	}
	if len(rows) == 0 || len(rows[0].Cells) == 0 {
		return false
	}
	c := rows[0].Cells
	return strings.Contains(c[0], ":") || len(c) > 1 && strings.HasPrefix(c[1], ":")
}

// formHead reads a sheet's head: every line "key : value", one key naming
// the area.
func formHead(b *extract.Block) (formSheet, bool) {
	var s formSheet
	s.start = b.Start
	for _, r := range append(b.Header[:len(b.Header):len(b.Header)], b.Rows...) {
		line := strings.Join(r.Cells, " ")
		k, v, ok := strings.Cut(line, ":")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok || k == "" || v == "" || len(k) > 40 {
			return s, false
		}
		switch dptRole(k) {
		case roleNama:
			key := normalize.SpacedKey(k)
			switch {
			case has(key, "kecamatan"):
				s.level, s.name = "kecamatan", v
			case s.level == "" && has(key, "kabupaten", "kab"):
				s.level, s.name = "kabupaten", areaNamed("Kabupaten", v)
			case s.level == "" && has(key, "kota"):
				s.level, s.name = "kabupaten", areaNamed("Kota", v)
			}
		case roleDesa:
			s.desa = v
		case roleTPS:
			s.tps = v
		}
	}
	return s, s.level != "" && !hasDigitStr(s.name)
}

// areaNamed prefixes the area's kind unless its name already starts with it.
func areaNamed(kind, name string) string {
	if strings.HasPrefix(strings.ToLower(name), strings.ToLower(kind)+" ") {
		return name
	}
	return kind + " " + name
}

// formVoters finds, in a sheet's voter table, the L / P / total columns
// by their header and the one row that names the DPT.
func formVoters(b *extract.Block, s *formSheet) bool {
	if len(b.Header) != 1 {
		return false
	}
	cl, cp, clp := -1, -1, -1
	for c, h := range b.Header[0].Cells {
		switch dptRole(h) {
		case roleL:
			cl = c
		case roleP:
			cp = c
		case roleLP:
			clp = c
		}
	}
	if cl <= 0 || cp <= 0 || clp <= 0 {
		return false
	}
	found := false
	for _, r := range b.Rows {
		if len(r.Cells) <= max(cl, cp, clp) || !formDPTRow(r.Cells[0]) {
			continue
		}
		if found {
			return false // two rows name the DPT: which one is the roll is not shown
		}
		found = true
		s.l, s.pr, s.lp, s.end = r.Cells[cl], r.Cells[cp], r.Cells[clp], r.End
	}
	return found
}

// formDPTRow: the row label names the DPT alone, not an added roll (DPTb,
// DPK) nor a sum of rolls ("1+2+3", "DPT + DPTb").
func formDPTRow(label string) bool {
	k := normalize.SpacedKey(label)
	return has(k, "dpt") && !has(k, "dptb", "dpk", "dph", "dps", "dpshp", "tambahan") && !strings.Contains(label, "+")
}
