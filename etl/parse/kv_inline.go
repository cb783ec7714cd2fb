package parse

import (
	"regexp"
	"slices"
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

// inlineKeysEN are the English names of the cells of inlineKeys (a report
// written in English, its lists as the Indonesian ones): read as the
// Indonesian name, so the table's header is the one the readers know.
var inlineKeysEN = map[string]string{"actual": "realisasi", "realized": "realisasi", "realised": "realisasi",
	"realization": "realisasi", "realisation": "realisasi", "achievement": "capaian", "ceiling": "pagu",
	"absorption": "serapan", "balance": "sisa", "weight": "bobot", "score": "nilai", "grade": "predikat",
	"male": "l", "female": "p", "polling stations": "tps", "villages": "desa", "voters": "pemilih"}

// inlineRemarks name a cell of words beside the figures.
var inlineRemarks = map[string]bool{"keterangan": true, "ket.": true, "ket": true, "kategori": true, "status": true, "satuan": true}

var (
	reInlineBullet = regexp.MustCompile(`^(?:[•\x{f0b7}◦▪·*-]|\d{1,2}[.)]|[a-z][.)])\s+`)
	reInlineYear   = regexp.MustCompile(`(?i)^(?:tahun(?:\s+anggaran)?\s+|t\.?a\.?\s+)?((?:19|20)\d\d)$`)
	reInlineCode   = regexp.MustCompile(`^(.*\S)\s*\(\s*(` + inlineCode + `)\s*\)$`)
	reInlineLead   = regexp.MustCompile(`^(?i:(?:program|kegiatan|output|kro|ro)\s+)?(` + inlineCode + `)\s+(\S.*)$`)
	// a realisasi amount with its share in parentheses
	reInlinePaidPct = regexp.MustCompile(`^(.*\d)\s*\(\s*(\d{1,3}(?:[.,]\d{1,2})?\s*%)\s*\)$`)
	// a score and its grade as one lone value: "Nilai akhir: 60,90 —
	// predikat B", "72,45 (BB)"
	reInlineScoreGrade = regexp.MustCompile(`^(\d{1,3}[.,]\d{1,2})\s*(?:(?:[—–-]|,)?\s*(?i:predikat|kategori)\s+([A-Z]{1,2})|\(\s*(?i:predikat\s+)?([A-Z]{1,2})\s*\))$`)
	// a label that only names the column of the row's name, after a row
	// number: "Baris 1. Indikator", "No. 2 Kecamatan", "Uraian"
	reInlineNameKey = regexp.MustCompile(`(?i)^(?:(?:baris|row|no\.?|nomor)?\s*\d{1,3}[.:)]?\s+)?(?:indikator(?:\s+kinerja)?|sasaran(?:\s+strategis)?|uraian|kecamatan|wilayah|komponen|nama(?:\s+\w+)?)$`)
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
	if m == "" {
		t = emojiUnmark(t) // a caption post's "🔹", "📍": no part of the label
	}
	// the label ends at the first colon or spaced dash
	c, sep := -1, ""
	for _, s := range []string{": ", " – ", " — ", " - "} {
		if k := strings.Index(t, s); k > 0 && (c < 0 || k < c) {
			c, sep = k, s
		}
	}
	if c < 0 && m == "" {
		t, c, sep = spokenRow(t) // a row read aloud: "Kecamatan X, 12 desa, 40 TPS, …" (spoken_rows.go)
	}
	if c < 0 && m != "" && figureFirstShape(t) {
		// the figure before its label: "• 83.172 pemilih laki-laki",
		// "• 697 TPS"
		if v, label, ok := inlineFigureFirst(t); ok {
			return inlineRow{start: start, end: end, label: label, vals: []string{v}}, true
		}
	}
	if c > 0 && c <= 160 {
		r := inlineRow{start: start, end: end, label: strings.TrimSpace(t[:c])}
		rest := strings.TrimSpace(t[c+len(sep):])
		parts := inlineCells(rest)
		if len(parts) > 2 && reInlineNameKey.MatchString(r.label) {
			if _, _, ok := inlinePair(parts[0]); !ok && !inlineValue(parts[0]) {
				// "Baris 1. Indikator: Opini BPK; Target: WTP; …": the
				// first cell names the row
				r.label, parts = strings.TrimSpace(parts[0]), parts[1:]
			}
		}
		if len(parts) == 1 {
			if sep != ": " || !inlineValue(rest) && reInlineScoreGrade.FindStringSubmatch(rest) == nil {
				return inlineRow{}, false
			}
			r.vals = []string{rest}
			return r, true
		}
		for _, part := range parts {
			pct := ""
			if m := reInlinePaidPct.FindStringSubmatch(part); m != nil {
				// "realisasi Rp 1.254.599.604 (96,11%)": the amount and
				// its share of the pagu, a cell each (the budget reader
				// checks the share against pagu and realisasi)
				part, pct = m[1], m[2]
			}
			key, v, ok := inlinePair(part)
			if !ok || hasKey(r.keys, key) || pct != "" && (key != "realisasi" || hasKey(r.keys, "serapan")) {
				return inlineRow{}, false
			}
			r.keys = append(r.keys, key)
			r.vals = append(r.vals, v)
			if pct != "" {
				r.keys = append(r.keys, "serapan")
				r.vals = append(r.vals, pct)
			}
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
		if len(ws) > 1 && ws[len(ws)-1] == "(%)" {
			ws = ws[:len(ws)-1] // "Capaian (%)", "Serapan (%)": the column's unit
		}
		k := strings.ToLower(strings.Join(ws, " "))
		if id, ok := inlineKeysEN[k]; ok {
			return id, true // "actual 84%", "polling stations 587": the Indonesian column
		}
		for _, w := range ws {
			if !inlineKeys[strings.ToLower(w)] {
				return "", false
			}
		}
		return k, true
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
	rows, caption := p.inlineLines(&p.blocks[i])
	if rows == nil {
		// list items a paragraph each; or, unmarked, one-line paragraphs
		// of two named cells or more ("Baris 1. Indikator: …; Target: …")
		marked := inlineBullet(p.blocks[i].Text) > 0
		for k := i; k < len(p.blocks) && p.blocks[k].Kind == extract.Paragraph; k++ {
			b := &p.blocks[k]
			if !marked && b.End != b.Start {
				break
			}
			r, ok := inlineItem(b.Text, b.Start, b.End, marked)
			if !ok || !marked && len(r.keys) < 2 || len(rows) > 0 && !inlineFits(rows, r) {
				break
			}
			rows = append(rows, r)
		}
	}
	if len(rows) < 2 {
		return 0
	}
	if caption == "" {
		caption = p.inlineCaption()
	} else {
		// the heading lines are the paragraph just read: a sentence above
		// them is no longer the table's context (rbContext)
		p.recent = append(p.recent, recentText{text: caption, line: p.blocks[i].Start, caption: true})
		if len(p.recent) > 12 {
			p.recent = p.recent[1:]
		}
	}
	if len(rows[0].keys) == 0 {
		// "label (bobot 30): 20,15": a component record, or no table
		rec := kvRecord{start: rows[0].start, end: rows[len(rows)-1].end, vals: map[string]string{}}
		for _, r := range rows {
			if hasKey(rec.keys, r.label) {
				return 0
			}
			rec.keys = append(rec.keys, r.label)
			rec.vals[r.label] = r.vals[0]
			if m := reInlineScoreGrade.FindStringSubmatch(r.vals[0]); m != nil && !hasKey(rec.keys, "Predikat") {
				// "Nilai akhir: 60,90 — predikat B": the score, and its grade apart
				rec.vals[r.label] = m[1]
				rec.keys = append(rec.keys, "Predikat")
				rec.vals["Predikat"] = m[2] + m[3]
			}
		}
		blk := extract.Block{Kind: extract.Table, Start: rec.start, End: rec.end, Caption: caption}
		if caption != "" {
			blk.CaptionParts = []string{caption}
		}
		switch {
		case len(rows) >= 3 && p.kvKomponen(&blk, rec):
			p.table(&blk)
		case caption != "" && kvRoll(rec.keys) && !kvNamesArea(rec.keys) && !namesSubArea(caption):
			// (no caption: the run starts inside a longer list)
			// "• Pemilih laki-laki: 83.172", "• Jumlah pemilih (L+P):
			// 170.505": a voter roll's own totals, one figure a bullet
			p.kvTable([]kvRecord{rec}, caption)
		default:
			return 0
		}
		return rec.end
	}
	p.inlineTable(rows, caption)
	return rows[len(rows)-1].end
}

// inlineLines: the items of a paragraph of several lines, each line one
// item (list marks or not); nil unless every line is one.
//
// Up to two lines above the items may be their heading: the caption and
// the description an image's alternative text opens with ("[Gambar 3.1:
// Tabel Capaian Kinerja Tahun 2022]", "Teks alternatif: tabel lima
// kolom …"); they come back as the caption.
func (p *parser) inlineLines(b *extract.Block) ([]inlineRow, string) {
	if b.End == b.Start {
		return nil, ""
	}
	var rows []inlineRow
	var head []string
	for k, t := range p.lines(b.Start, b.End) {
		t = strings.TrimSpace(t)
		r, ok := inlineItem(t, b.Start+k, b.Start+k, false)
		if !ok && len(rows) == 0 && len(head) < 2 && len(t) <= 200 {
			head = append(head, t)
			continue
		}
		if !ok || len(rows) > 0 && !inlineFits(rows, r) {
			return nil, ""
		}
		rows = append(rows, r)
	}
	if len(head) > 0 && len(rows) < 2 {
		return nil, ""
	}
	return rows, strings.Join(head, " ")
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
	case hasKey(keys, "l") || hasKey(keys, "laki-laki") || hasKey(keys, "pemilih laki-laki"):
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
	if coded && hasKey(keys, "pagu") {
		inlineBudgetTotal(&blk, 2+slices.Index(keys, "pagu")) // kv_inline_total.go
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
		if len(t) <= 90 && !strings.HasSuffix(t, ".") || len(t) <= 250 && inlineHeadShape(t) {
			return t // a heading, or an image's caption and description
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
	colons := countSep(t, ": ")
	cells := countSep(t, ", ") + countSep(t, "; ") + countSep(t, " | ")
	if inlineBullet(t) > 0 {
		first := figureFirstShape(t[inlineBullet(t):]) && loneWords(t)
		if colons == 0 && !strings.ContainsAny(t, "–—-") && !first || cells == 0 && !containsFold(t, "bobot") && !inlineLoneShape(t) && !first {
			return false // no named cells, no weighted component, no "label: figure"
		}
	} else if n := b.End - b.Start + 1; n == 1 && (colons == 0 || cells < 2 || !oneLineItemShape(t)) && !spokenShape(t) ||
		n > 1 && (colons < n || cells < n) && (n < 4 || colons < n-2 || cells < n-2 || !inlineHeadShape(t)) {
		return false // not every line an item, nor a caption's two lines above the items, nor a one-line item of three cells
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

// inlineLoneShape: a list item "label: figure" whose figure is short (a
// lone value: "• Pemilih laki-laki: 83.172", "• Nilai akhir: 60,90 —
// predikat B"), tested cheaply before the item is read.
func inlineLoneShape(t string) bool {
	if len(t) > 140 {
		return false // a label and one figure: a short item
	}
	c := strings.LastIndex(t, ": ")
	return c > 0 && len(t)-c <= 32 && strings.ContainsAny(t[c:], "0123456789") && loneWords(t)
}

// loneWords: a one-figure item names a voter roll's or an evaluation's
// measure; the lone-value tables read are those (kvRoll, kvKomponen).
func loneWords(t string) bool {
	for _, w := range [...]string{"pemilih", "laki", "perempuan", "tps", "l+p", "dpt", "nilai", "bobot", "predikat"} {
		if containsFold(t, w) {
			return true
		}
	}
	return false
}

// figureFirstShape: t is short and opens with a digit (cheap test before
// inlineFigureFirst).
func figureFirstShape(t string) bool { return t != "" && len(t) <= 80 && isDigitByte(t[0]) }

// inlineFigureFirst reads an item written figure first: one figure, then
// a label of at most six words without a digit. The label may hold the
// figure's unit word ("697 TPS").
func inlineFigureFirst(t string) (v, label string, ok bool) {
	ws := strings.Fields(t)
	if len(ws) < 2 || len(ws) > 7 || !inlineValue(ws[0]) || strings.ContainsAny(strings.Join(ws[1:], " "), "0123456789") {
		return "", "", false
	}
	return ws[0], strings.Join(ws[1:], " "), true
}

// inlineHeadShape: paragraph text t opens with a caption (a figure's or a
// table's, bracketed or not) that may head its labelled rows.
func inlineHeadShape(t string) bool {
	if t == "" {
		return false
	}
	if t[0] == '[' {
		return true
	}
	for _, w := range [...]string{"gambar", "grafik", "tabel", "table", "figure", "chart", "diagram", "teks alternatif", "alt text"} {
		if normalize.HasLowerPrefix(t, w) {
			return true
		}
	}
	return false
}

// oneLineItemShape: a paragraph of one line may be a labelled row: short,
// its cells parted by semicolons or holding three figures after the label.
func oneLineItemShape(t string) bool {
	if len(t) > 300 {
		return false
	}
	if strings.Count(t, "; ") >= 2 {
		return true
	}
	c := strings.Index(t, ": ")
	groups := 0
	for i := c + 1; c >= 0 && i < len(t); i++ {
		if isDigitByte(t[i]) && !isDigitByte(t[i-1]) && t[i-1] != '.' && t[i-1] != ',' {
			groups++
		}
	}
	return groups >= 3
}

// namesSubArea: a caption that names a kecamatan, village or district
// (dapil): a lone roll record under it is that area's, not the satker's.
func namesSubArea(caption string) bool {
	for _, w := range [...]string{"kecamatan", "desa", "kelurahan", "dapil", "daerah pemilihan", "district"} {
		if containsFold(caption, w) {
			return true
		}
	}
	return false
}
