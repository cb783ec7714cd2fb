package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Labelled rows. A web page saved in reader mode writes each row of a
// table as one list item whose cells are named in words:
//
//	• Opini BPK atas Laporan Keuangan: target WTP, realisasi WTP, capaian 100,00%
//	• Pengelolaan Keuangan (3355): pagu Rp 612.323.000, realisasi Rp 586.772.777, sisa Rp 25.550.223, serapan 95,83%
//	• Perencanaan Kinerja (bobot 30): 20,15
//
// A run of such items is the table it stands for: the label is the row's
// text (a code in parentheses at its end is the row's code), the words
// are the header. The run is read only when every item names the same
// columns in the same order and each names exactly one value (a figure
// with a second one beside it, "Rp 4.338.387.000 (95,72%)", is not one):
// then nothing about the columns is guessed, and the table goes through
// the same header-driven readers as any other. A run of items of one
// value each is a component table when their labels carry the weights
// (kv.go, kvKomponen). Anything else stays prose.

// inlineKeys are the words that name a cell of a labelled row.
var inlineKeys = map[string]bool{"target": true, "realisasi": true, "capaian": true, "pagu": true, "sisa": true,
	"serapan": true, "penyerapan": true, "anggaran": true, "alokasi": true, "nilai": true, "bobot": true, "skor": true,
	"predikat": true, "tps": true, "laki-laki": true, "perempuan": true, "l": true, "p": true, "l+p": true, "jumlah": true,
	"total": true, "dpt": true, "desa": true, "kelurahan": true, "desa/kelurahan": true, "desa/kel": true,
	"persentase": true, "pemilih": true, "kinerja": true, "akhir": true}

// inlineRemarks name a cell of words beside the figures.
var inlineRemarks = map[string]bool{"keterangan": true, "ket.": true, "ket": true, "kategori": true, "status": true}

var (
	reInlineBullet = regexp.MustCompile(`^(?:[•\x{f0b7}◦▪·*-]|\d{1,2}[.)]|[a-z][.)])\s+`)
	reInlineYear   = regexp.MustCompile(`(?i)^(?:tahun(?:\s+anggaran)?\s+|t\.?a\.?\s+)?((?:19|20)\d\d)$`)
	reInlineCode   = regexp.MustCompile(`^(.*\S)\s*\(\s*(` + inlineCode + `)\s*\)$`)
	reInlineLead   = regexp.MustCompile(`^(` + inlineCode + `)\s+(\S.*)$`)
)

// inlineCode: a program (WA, 076.01.WA), kegiatan (3355, WA.3355) or
// output (3355.EBA.956) code.
const inlineCode = `(?:\d{3}\.\d{2}\.)?[A-Z]{2}(?:\.\d{4})?|\d{4}(?:\.[A-Z]{3}(?:\.\d{3})?)?`

type inlineRow struct {
	start, end int
	label      string
	keys, vals []string
}

// inlineItem reads one item "label: key value, key value" written on
// lines start..end (bullet: it must open with a list mark); ok is false
// unless the item names at least two cells, each once, or is a lone
// "label: value", which comes back with no keys and its value. The label
// may end at a dash instead of a colon; a cell may be written "key:
// value" or "value key" ("587 TPS"); cells are parted by commas,
// semicolons or bars.
func inlineItem(t string, start, end int, bullet bool) (inlineRow, bool) {
	m := t[:inlineBullet(t)]
	if bullet && m == "" || len(t) > 400 {
		return inlineRow{}, false
	}
	t = strings.TrimSuffix(strings.TrimSpace(t[len(m):]), ".")
	// the label ends at the first colon or spaced dash
	c, sep := -1, ""
	for _, s := range []string{": ", " – ", " — ", " - "} {
		if k := strings.Index(t, s); k > 0 && (c < 0 || k < c) {
			c, sep = k, s
		}
	}
	if c > 0 && c <= 160 {
		r := inlineRow{start: start, end: end, label: strings.TrimSpace(t[:c])}
		rest := strings.TrimSpace(t[c+len(sep):])
		parts := inlineCells(rest)
		if len(parts) == 1 {
			if sep != ": " || !inlineValue(rest) {
				return inlineRow{}, false
			}
			r.vals = []string{rest}
			return r, true
		}
		for _, part := range parts {
			key, v, ok := inlinePair(part)
			if !ok || hasKey(r.keys, key) {
				return inlineRow{}, false
			}
			r.keys = append(r.keys, key)
			r.vals = append(r.vals, v)
		}
		return r, true
	}
	return inlineRow{}, false
}

// inlineCells parts the cells of a labelled row.
func inlineCells(rest string) []string {
	for _, sep := range []string{"; ", " | "} {
		rest = strings.ReplaceAll(rest, sep, ", ")
	}
	return strings.Split(rest, ", ")
}

// inlinePair reads one named cell: "target 85%", "target: 85%", "realisasi
// = 82,70%" or "587 TPS". Every word of the name is a column word.
func inlinePair(part string) (key, val string, ok bool) {
	keyOf := func(ws []string) (string, bool) {
		if len(ws) == 0 || len(ws) > 3 {
			return "", false
		}
		for _, w := range ws {
			if !inlineKeys[strings.ToLower(w)] {
				return "", false
			}
		}
		return strings.ToLower(strings.Join(ws, " ")), true
	}
	// a remark: "keterangan tercapai", "kategori: sangat baik"
	if ws := strings.Fields(strings.Replace(part, ":", " ", 1)); len(ws) >= 2 && inlineRemarks[strings.ToLower(ws[0])] {
		v := strings.Join(ws[1:], " ")
		return strings.ToLower(ws[0]), v, len(v) <= 60 && !strings.ContainsAny(v, "0123456789")
	}
	if c := strings.IndexAny(part, ":="); c > 0 {
		k, ok := keyOf(strings.Fields(part[:c]))
		v := strings.TrimSpace(part[c+1:])
		return k, v, ok && inlineValue(v)
	}
	ws := strings.Fields(part)
	for n := min(3, len(ws)-1); n >= 1; n-- {
		if k, ok := keyOf(ws[:n]); ok {
			v := strings.Join(ws[n:], " ")
			return k, v, inlineValue(v)
		}
	}
	// the figure first: "587 TPS", "50.176 laki-laki"
	if len(ws) >= 2 && inlineValue(ws[0]) {
		if k, ok := keyOf(ws[1:]); ok {
			return k, ws[0], true
		}
	}
	return "", "", false
}

// inlineValue: one figure, percentage, amount, grade or opinion.
func inlineValue(v string) bool {
	x := normalize.ParseValue(v, normalize.Unknown)
	switch x.Status {
	case normalize.OK:
		// the whole text is the figure, or the figure and its unit word
		// ("4 laporan"); "Rp 4.338.387.000 (95,72%)" states two
		n := normalize.ParseNumber(v, normalize.Unknown)
		ws := strings.Fields(n.Rest)
		return n.Status == normalize.OK && (len(ws) == 0 || len(ws) == 1 && normalize.UnitOf(ws[0]) != "")
	case normalize.Word:
		return x.Grade != "" || x.Unit == "opini"
	}
	return false
}

// inlineRun reads the lines of block i as one table when each of them is
// an item, else the list items from block i on; it returns the last line
// it took, or 0 when they are no table.
func (p *parser) inlineRun(i int) int {
	rows := p.inlineLines(&p.blocks[i])
	if rows == nil {
		for k := i; k < len(p.blocks) && p.blocks[k].Kind == extract.Paragraph; k++ {
			b := &p.blocks[k]
			r, ok := inlineItem(b.Text, b.Start, b.End, true)
			if !ok || len(rows) > 0 && !inlineFits(rows, r) {
				break
			}
			rows = append(rows, r)
		}
	}
	if len(rows) < 2 {
		return 0
	}
	caption := p.inlineCaption()
	if len(rows[0].keys) == 0 {
		// "label (bobot 30): 20,15": a component record, or no table
		rec := kvRecord{start: rows[0].start, end: rows[len(rows)-1].end, vals: map[string]string{}}
		for _, r := range rows {
			rec.keys = append(rec.keys, r.label)
			rec.vals[r.label] = r.vals[0]
		}
		blk := extract.Block{Kind: extract.Table, Start: rec.start, End: rec.end, Caption: caption}
		if caption != "" {
			blk.CaptionParts = []string{caption}
		}
		if len(rows) < 3 || !p.kvKomponen(&blk, rec) {
			return 0
		}
		p.table(&blk)
		return rec.end
	}
	p.inlineTable(rows, caption)
	return rows[len(rows)-1].end
}

// inlineLines: the items of a paragraph of several lines, each line one
// item (list marks or not); nil unless every line is one.
func (p *parser) inlineLines(b *extract.Block) []inlineRow {
	if b.End == b.Start {
		return nil
	}
	var rows []inlineRow
	for k, t := range p.lines(b.Start, b.End) {
		r, ok := inlineItem(strings.TrimSpace(t), b.Start+k, b.Start+k, false)
		if !ok || len(rows) > 0 && !inlineFits(rows, r) {
			return nil
		}
		rows = append(rows, r)
	}
	return rows
}

// inlineFits: item r belongs to the table of rows: lone values go with
// lone values; named cells share most of their names with the items
// before (a cell an item leaves out is empty: its neighbours are named,
// so nothing shifts).
func inlineFits(rows []inlineRow, r inlineRow) bool {
	if len(r.keys) == 0 || len(rows[0].keys) == 0 {
		return len(r.keys) == len(rows[0].keys)
	}
	return shareKeys(inlineKeysOf(rows), r.keys)
}

// inlineKeysOf is the union of the rows' keys, in the order first named.
func inlineKeysOf(rows []inlineRow) []string {
	var keys []string
	for _, r := range rows {
		for _, k := range r.keys {
			if !hasKey(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// inlineTable builds the table of a run of labelled rows: its label
// column named for what the keys measure, a code column when the labels
// end in codes.
func (p *parser) inlineTable(rows []inlineRow, caption string) {
	keys := inlineKeysOf(rows)
	label := "Uraian"
	years := true
	for _, r := range rows {
		years = years && reInlineYear.MatchString(r.label)
	}
	switch {
	case years:
		label = "Tahun" // "Tahun Anggaran 2020: pagu …": a multi-year table
	case hasKey(keys, "target") || hasKey(keys, "capaian") && !hasKey(keys, "pagu"):
		label = "Indikator Kinerja"
	case hasKey(keys, "l") || hasKey(keys, "laki-laki"):
		label = "Kecamatan"
	case hasKey(keys, "bobot"):
		label = "Komponen"
	}
	coded := false
	for _, r := range rows {
		if reInlineCode.MatchString(r.label) || reInlineLead.MatchString(r.label) {
			coded = true
		}
	}
	hdr := []string{label}
	if coded {
		hdr = []string{"Kode", label}
	}
	for _, k := range keys {
		switch k {
		case "pemilih", "jumlah pemilih": // "233.337 pemilih": the roll's count
			hdr = append(hdr, "Jumlah Pemilih")
		case "l", "p", "l+p", "tps", "dpt":
			hdr = append(hdr, strings.ToUpper(k))
		default:
			hdr = append(hdr, strings.ToUpper(k[:1])+k[1:])
		}
	}
	blk := extract.Block{Kind: extract.Table, Start: rows[0].start, End: rows[len(rows)-1].end, Caption: caption, Width: len(hdr)}
	if caption != "" {
		blk.CaptionParts = []string{caption}
	}
	blk.Header = []extract.Row{{Start: rows[0].start, End: rows[0].start, Cells: hdr}}
	for _, r := range rows {
		var cells []string
		if coded {
			code, text := "", r.label
			if m := reInlineCode.FindStringSubmatch(r.label); m != nil {
				code, text = m[2], m[1]
			} else if m := reInlineLead.FindStringSubmatch(r.label); m != nil {
				code, text = m[1], m[2]
			}
			cells = append(cells, code, text)
		} else if years {
			cells = append(cells, reInlineYear.FindStringSubmatch(r.label)[1])
		} else {
			cells = append(cells, r.label)
		}
		for _, k := range keys {
			v := ""
			for j, rk := range r.keys {
				if rk == k {
					v = r.vals[j]
				}
			}
			cells = append(cells, v)
		}
		blk.Rows = append(blk.Rows, extract.Row{Start: r.start, End: r.end, Cells: cells})
	}
	p.table(&blk)
}

// inlineCaption is the heading the list stands under: the nearest of the
// last paragraphs that is short and no sentence ("Realisasi Anggaran
// Tahun 2021", "Nilai per komponen:").
func (p *parser) inlineCaption() string {
	for k := len(p.recent) - 1; k >= 0 && k >= len(p.recent)-6; k-- {
		t := strings.TrimSpace(p.recent[k].text)
		if inlineBullet(t) > 0 {
			return "" // another list above: no heading of this one
		}
		if len(t) <= 90 && !strings.HasSuffix(t, ".") {
			return t
		}
	}
	return ""
}

// inlineSkip reads a run of labelled rows that starts at paragraph b; it
// reports whether b was taken (as part of a run read before, or now).
func (p *parser) inlineSkip(b *extract.Block) bool {
	if b.Start <= p.readTo {
		return true
	}
	// cheap shapes first: this runs for every paragraph
	t := b.Text
	if inlineBullet(t) > 0 {
		if !countAtLeast(t, 1, ": ") && !strings.ContainsAny(t, "–—-") || !countAtLeast(t, 1, ", ", "; ", " | ") && !containsFold(t, "bobot") {
			return false // no named cells, and no weighted component
		}
	} else if n := b.End - b.Start + 1; n < 2 || !countAtLeast(t, n, ": ") || !countAtLeast(t, n, ", ", "; ", " | ") {
		return false // not every line an item
	}
	i := p.blockIndex(b)
	if i < 0 {
		return false
	}
	if end := p.inlineRun(i); end > 0 {
		p.readTo = end
		return true
	}
	return false
}
