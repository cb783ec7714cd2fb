package parse

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Key : value blocks ("lembar isian"): a report that writes each table row
// as a record of lines
//
//	Sasaran Strategis 1
//	Indikator Kinerja   : Opini BPK atas Laporan Keuangan
//	Target              : WTP
//	Realisasi           : WTP
//
// is read as the table it stands for: consecutive records with the same
// keys are the rows of one table whose header is the keys (the record's
// title line gives the row number or the budget code); a lone record is a
// one-row table, or, when its keys carry weights ("Perencanaan Kinerja
// (bobot 30) : 19,55"), a component table. The tables then go through the
// same header-driven readers as any other table.

var (
	reKVLine  = regexp.MustCompile(`^\s*([A-Za-z][^:]{1,70}?)\s*:\s*(\S.*?)\s*$`)
	reKVBobot = regexp.MustCompile(`(?i)^(.*?)\s*\(\s*bobot\s+(\d+(?:[.,]\d+)?)\s*%?\s*\)\s*$`)
	reKVCode  = regexp.MustCompile(`(?i)^(?:program|kegiatan|output|sub\s*kegiatan|kro|ro)\s+([0-9A-Z][0-9A-Z.]*[0-9A-Z])\s*$`)
	reKVNo    = regexp.MustCompile(`(\d{1,3})\s*$`)
	reKVTotal = regexp.MustCompile(`(?i)^(?:jumlah|total|grand\s+total)\b`)
)

type kvLine struct {
	n          int
	key, value string // key "" for a text line
	text       string
}

type kvRecord struct {
	title      string
	named      bool // the title opens the paragraph or follows a record: it may name the row (kv_title.go)
	start, end int
	keys       []string
	vals       map[string]string
}

// kvLines splits a paragraph back into its lines; nil unless at least
// three of them are "key : value" (or "key ...... value", kv_leader.go).
func (p *parser) kvLines(b *extract.Block) []kvLine { return p.kvLinesMin(b, 3) }

// kvLinesMin is kvLines with at least least "key : value" lines.
func (p *parser) kvLinesMin(b *extract.Block, least int) []kvLine {
	if strings.Count(b.Text, ":") < least && !strings.Contains(b.Text, "...") && !strings.Contains(b.Text, "…") || b.End-b.Start < least-1 {
		return nil
	}
	raw := p.lines(b.Start, b.End)
	if len(raw) != b.End-b.Start+1 {
		return nil
	}
	out := make([]kvLine, 0, len(raw))
	n := 0
	var leader []int // the lines read as "key ...... value"
	toc := p.tableOfContents(b)
	for i, t := range raw {
		l := kvLine{n: b.Start + i, text: strings.TrimSpace(t)}
		if l.text == "" {
			continue // the blank line between record paragraphs read as one (kv_records.go)
		}
		if m := reKVLine.FindStringSubmatch(t); m != nil && kvSideBySide(m[2]) {
			// "20        TPS       : 56": a second field beside the value
			// across a wide gap, records printed side by side (box labels
			// two across): one line holds two records, so no line is one
			// record's field and the paragraph is no column of records
			// (label_columns.go reads it column by column)
			return nil
		} else if m != nil && !strings.Contains(m[1], ". ") && len(strings.Fields(m[1])) <= 9 &&
			!strings.Contains(m[2], "://") {
			l.key, l.value = strings.TrimRight(strings.Join(strings.Fields(m[1]), " "), " .…"), literalValue(m[2]) // "Target ...... : 80"
			n++
		} else if k, v, ok := kvLeader(l.text); ok {
			l.key, l.value = k, v // "Target 2022 ........ 100 %" (kv_leader.go)
			leader = append(leader, i)
			n++
		} else if leaderLine(l.text) {
			toc = true // "BAB I PENDAHULUAN ....... 1" beside them: a table of contents, its figures pages
		}
		out = append(out, l)
	}
	if toc {
		for _, i := range leader {
			out[i].key, out[i].value = "", ""
			n--
		}
	}
	if n < least {
		return nil
	}
	kvNamed(out)
	return out
}

// literalValue is v without the dress of a code literal: a shell's or a
// database console's object prints "kecamatan: 'AESESA'," — the quotes
// and the comma that parts the fields are no part of the name (nor a
// figure's: "desa: 21,"). Only a whole value in one pair of the same
// quote is unwrapped; a comma is dropped only at the very end.
func literalValue(v string) string {
	t := strings.TrimSpace(v)
	t = strings.TrimSuffix(t, ",")
	if n := len(t); n >= 2 && (t[0] == '\'' || t[0] == '"') && t[n-1] == t[0] && strings.IndexByte(t[1:n-1], t[0]) < 0 {
		return t[1 : n-1]
	}
	if len(t) < len(strings.TrimSpace(v)) && t != "" && isDigitByte(t[len(t)-1]) {
		return t // "21,": the field's separator
	}
	return v
}

// reKVBeside is a "key : value" field after a wide gap: the field of a
// record printed beside another.
var reKVBeside = regexp.MustCompile(`\S {3,}[A-Za-z][^:]{0,70}?\s*:\s*\S`)

// kvSideBySide: the value v of a "key : value" line goes on, across a gap
// of three spaces or more, with another "key : value" field.
func kvSideBySide(v string) bool {
	return strings.Contains(v, "   ") && reKVBeside.MatchString(v)
}

// kvSideBySideFind reports a paragraph kvLines refused because its records
// stand side by side (two or more lines each holding two "key : value"
// fields across a wide gap): its figures are read by no reader, so the
// refusal is said (tabel.tidak_dikenali) rather than left silent.
func (p *parser) kvSideBySideFind(b *extract.Block) {
	if b.End <= b.Start || strings.Count(b.Text, ":") < 4 {
		return // fewer than two lines of two fields: no such paragraph (cheap test first)
	}
	n, first := 0, ""
	for _, t := range p.lines(b.Start, b.End) {
		if m := reKVLine.FindStringSubmatch(t); m != nil && kvSideBySide(m[2]) {
			if n == 0 {
				first = strings.TrimSpace(t)
			}
			n++
		}
	}
	if n < 2 {
		return
	}
	p.find("tabel.tidak_dikenali", facts.Warning, b.Start, b.End, shorten(first, 200),
		"rekaman kunci : nilai baris %d-%d tercetak berdampingan (%d baris memuat dua rekaman); tidak dibaca sebagai tabel", b.Start, b.End, n)
}

// lines returns the raw text of lines from..to (1-based, inclusive).
func (p *parser) lines(from, to int) []string {
	if p.lineOff == nil {
		// in pooled room when it is large enough (scan_scratch.go): an int
		// per line was a tenth of the bytes parse allocated
		need := bytes.Count(p.raw, []byte{'\n'}) + 1
		if cap(p.lineBuf) < need {
			p.lineBuf = make([]int, 0, need)
		}
		p.lineOff = append(p.lineBuf[:0], 0)
		for i := 0; ; { // each newline found by IndexByte, not a test per byte
			j := bytes.IndexByte(p.raw[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			p.lineOff = append(p.lineOff, i)
		}
	}
	out := make([]string, 0, max(to-from+1, 0)) // one array, not one per doubling
	for n := from; n <= to; n++ {
		if n-1 < 0 || n-1 >= len(p.lineOff) {
			return out
		}
		s := p.lineOff[n-1]
		e := len(p.raw)
		if n < len(p.lineOff) {
			e = p.lineOff[n] - 1
		}
		out = append(out, strings.TrimRight(p.rawStr[s:e], "\r\f")) // raw's bytes, cut without a copy
	}
	return out
}

// kvParagraph reads a paragraph holding key:value records. It returns
// false when the paragraph holds none (the caller reads it as prose).
// Text lines around the records are read as prose paragraphs of their own.
func (p *parser) kvParagraph(b *extract.Block, prose func(*extract.Block)) bool {
	ls := p.kvLines(b)
	if ls == nil {
		p.kvSideBySideFind(b)
		return false
	}
	var recs []kvRecord
	var text []kvLine
	flushText := func() {
		if len(text) == 0 {
			return
		}
		parts := make([]string, len(text))
		for i, l := range text {
			parts[i] = l.text
		}
		prose(&extract.Block{Kind: extract.Paragraph, Start: text[0].n, End: text[len(text)-1].n, Text: strings.Join(parts, " ")})
		text = text[:0]
	}
	caption := ""
	var cur *kvRecord
	closeRec := func() {
		if cur != nil && len(cur.keys) > 0 {
			recs = append(recs, *cur)
		}
		cur = nil
	}
	flushRecs := func() {
		closeRec()
		if len(recs) > 0 {
			p.kvTables(recs, caption)
		}
		recs = nil
	}
	for i, l := range ls {
		nextKV := i+1 < len(ls) && ls[i+1].key != ""
		switch {
		case l.key == "" && nextKV && !strings.HasSuffix(l.text, ".") && (len(l.text) <= 70 || len(l.text) <= 160 && kvTitleAlone(ls, i)):
			// a record's title ("Sasaran Strategis 1", "Program 076.01.WA",
			// an indicator's name)
			if len(recs) == 0 && cur == nil {
				flushText()
			}
			closeRec()
			cur = &kvRecord{title: l.text, named: kvTitleAlone(ls, i), start: l.n, end: l.n, vals: map[string]string{}}
		case l.key == "":
			if cur != nil || len(recs) > 0 {
				flushRecs()
			}
			text = append(text, l)
			if len(l.text) <= 70 && !strings.HasSuffix(l.text, ".") {
				caption = l.text
			}
		default:
			if len(text) > 0 {
				if t := text[len(text)-1]; len(t.text) <= 70 && !strings.HasSuffix(t.text, ".") {
					caption = t.text
				}
				flushText()
			}
			if cur != nil && len(recs) > 0 && cur.vals[l.key] == "" && !hasKey(recs[len(recs)-1].keys, l.key) && len(cur.keys) >= len(recs[len(recs)-1].keys) {
				closeRec() // a key the records before never had, after a full record: a record of its own
			}
			if cur == nil || cur.vals[l.key] != "" {
				closeRec()
				cur = &kvRecord{start: l.n, end: l.n, vals: map[string]string{}}
			}
			cur.keys = append(cur.keys, l.key)
			cur.vals[l.key] = l.value
			cur.end = l.n
		}
	}
	flushRecs()
	flushText()
	return true
}

// kvValues are the record's values under keys, "" where it has none.
func kvValues(r kvRecord, keys []string) []string {
	out := make([]string, len(keys))
	for j, k := range keys {
		out[j] = r.vals[k]
	}
	return out
}

func hasKey(keys []string, k string) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}

// kvTables groups consecutive records sharing most of their keys into
// tables and reads each.
func (p *parser) kvTables(recs []kvRecord, caption string) {
	for i := 0; i < len(recs); {
		j := i + 1
		for j < len(recs) && shareKeys(recs[i].keys, recs[j].keys) {
			j++
		}
		p.kvTable(recs[i:j], caption)
		i = j
	}
}

// shareKeys: two records of one table: at least half of the smaller key
// set is in the other.
func shareKeys(a, b []string) bool {
	n := 0
	for _, k := range b {
		if hasKey(a, k) {
			n++
		}
	}
	return n*2 >= min(len(a), len(b)) && n >= 2
}

func (p *parser) kvTable(recs []kvRecord, caption string) {
	own := caption // a line of the records' own paragraph, not a heading further up
	if caption == "" && len(p.recent) > 0 {
		// the heading paragraph just before the records: "3.3 Lembar Isian Reformasi Birokrasi"
		if r := p.recent[len(p.recent)-1]; len(r.text) <= 90 && !strings.HasSuffix(r.text, ".") {
			caption = r.text
		}
	}
	blk := extract.Block{Kind: extract.Table, Start: recs[0].start, End: recs[len(recs)-1].end, Caption: caption}
	if caption != "" {
		blk.CaptionParts = []string{caption}
	}
	if len(recs) == 1 && p.kvKomponen(&blk, recs[0]) {
		p.table(&blk)
		return
	}
	var keys []string
	for _, r := range recs {
		for _, k := range r.keys {
			if !hasKey(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	titleHdr := "No"
	for _, r := range recs {
		if reKVCode.MatchString(r.title) {
			titleHdr = "Kode"
		}
	}
	// the records' common title words say what they are ("Indikator Kinerja
	// Kegiatan 1", "Sasaran Strategis 2"): part of the caption
	if pre := titlePrefix(recs); pre != "" && !strings.Contains(strings.ToLower(blk.Caption), strings.ToLower(pre)) {
		blk.Caption = strings.TrimSpace(blk.Caption + " " + pre)
		blk.CaptionParts = []string{blk.Caption}
	}
	if len(recs) == 1 && titleHdr == "No" && kvRoll(keys) && !kvNamesArea(keys) {
		// the title, or the line above it in the record's own paragraph
		if titleNamesSubArea(recs[0].title) || titleNamesSubArea(own) {
			// "Kepada Yth. Ketua PPK Kecamatan Malaka" over the figures: a
			// kecamatan's record (its name maybe cut by a wrap), never the
			// satker's own totals; alone, nothing proves its whole name
			p.find("dpt.wilayah_tidak_dikenal", facts.Warning, recs[0].start, recs[0].end, recs[0].title,
				"rekaman DPT baris %d berjudul wilayah di bawah kabupaten (%q); bukan jumlah kabupaten; tidak dimuat", recs[0].start, recs[0].title)
			return
		}
		// a lone record of a voter roll: the satker's own totals
		titleHdr = "Kecamatan"
		recs[0].title = "Jumlah"
	}
	hdr := append([]string{titleHdr}, keys...)
	titled := kvTitleLabel(recs, keys) // records named by their titles (kv_title.go)
	if titled != "" {
		hdr = append([]string{"No", titled}, keys...)
	}
	blk.Header = []extract.Row{{Start: recs[0].start, End: recs[0].start, Cells: hdr}}
	blk.Width = len(hdr)
	for _, r := range recs {
		cells := make([]string, len(hdr))
		if titled != "" {
			cells[0], cells[1] = kvTitleParts(r.title)
			copy(cells[2:], kvValues(r, keys))
			blk.Rows = append(blk.Rows, extract.Row{Start: r.start, End: r.end, Cells: cells})
			continue
		}
		switch {
		case titleHdr == "Kode" && reKVCode.MatchString(r.title):
			cells[0] = reKVCode.FindStringSubmatch(r.title)[1]
		case reKVTotal.MatchString(r.title) || titleHdr == "Kecamatan":
			cells[0] = r.title
		default:
			if m := reKVNo.FindStringSubmatch(r.title); m != nil {
				cells[0] = m[1]
			}
		}
		copy(cells[1:], kvValues(r, keys))
		if j := kvNameKey(recs, keys); cells[0] == "" && r.title != "" && j >= 0 && cells[j+1] == "" {
			// a record that lacks the name the others give, titled
			// instead: "Kabupaten Lembata" over the kabupaten's figures
			cells[j+1] = r.title
		}
		if titleHdr == "Kode" && reKVTotal.MatchString(r.title) {
			// the total's label in the text column too: "JUMLAH KESELURUHAN"
			for j, k := range keys {
				if anggaranRole(k) == roleUraian && cells[j+1] == "" {
					cells[j+1] = r.title
				}
			}
		}
		blk.Rows = append(blk.Rows, extract.Row{Start: r.start, End: r.end, Cells: cells})
	}
	p.table(&blk)
}

// kvKomponen turns a lone record whose keys carry weights into a
// component table: Komponen | Bobot | Nilai, the final score last.
func (p *parser) kvKomponen(blk *extract.Block, r kvRecord) bool {
	var rows []extract.Row
	year, final, pred := "", "", ""
	for _, k := range r.keys {
		v := r.vals[k]
		lk := strings.ToLower(k)
		if m := reKVBobot.FindStringSubmatch(k); m != nil {
			c := []string{m[1], m[2], v}
			rows = append(rows, extract.Row{Start: r.start, End: r.end, Cells: c})
			continue
		}
		switch {
		case strings.Contains(lk, "tahun") && strings.Contains(lk, "dinilai"):
			year = v
		case final == "" && (lk == "nilai akhir" || lk == "nilai hasil evaluasi" || lk == "nilai" || lk == "total nilai" || lk == "nilai akip" || lk == "nilai sakip"):
			final = v
		case strings.HasPrefix(lk, "predikat") || strings.HasPrefix(lk, "kategori"):
			pred = v
		}
	}
	if len(rows) < 3 {
		return false
	}
	if final != "" {
		c := []string{"Nilai Hasil Evaluasi", "100", final}
		rows = append(rows, extract.Row{Start: r.start, End: r.end, Cells: c})
	}
	if pred != "" {
		c := []string{"Predikat", "", pred}
		rows = append(rows, extract.Row{Start: r.start, End: r.end, Cells: c})
	}
	hdr := []string{"Komponen", "Bobot", "Nilai"}
	blk.Header = []extract.Row{{Start: r.start, End: r.start, Cells: hdr}}
	blk.Rows, blk.Width = rows, 3
	if y := sakipYear(blk.Caption); year == "" && y > 0 {
		// the sentence introducing the record names the year scored: "Hasil
		// evaluasi atas implementasi SAKIP tahun 2018, diterima pada tahun 2019:"
		year = strconv.Itoa(y)
	}
	if year != "" {
		// the year last: the table reader takes a caption's last "Tahun Y"
		blk.Caption = strings.TrimSpace(blk.Caption + " Hasil Evaluasi AKIP (yang dinilai) Tahun " + year)
		blk.CaptionParts = []string{blk.Caption}
	}
	return true
}

// kvOrProse reads a paragraph: its key:value records as tables, the rest
// as prose.
func (p *parser) kvOrProse(b *extract.Block) {
	if p.dptChartItems(b) {
		return // DPT as a chart's labels typed again (dpt_chart_items.go)
	}
	if p.dptRouteMap(b) {
		return // DPT as a logistics route map's stops (dpt_route_map.go)
	}
	if p.dptItemsSkip(b) {
		return // DPT records as short items in a line of text (dpt_items.go)
	}
	if p.inlineSkip(b) {
		return // a list item of a labelled-rows table, or read before
	}
	if p.chatRecords(b) {
		return // a chat bot's rows, every cell after its column's name (flat_chat.go)
	}
	if p.chartRun(b) {
		return // a chart's data labels (chart_labels.go)
	}
	if j, ok := p.pageJoined(b); ok && p.kvLines(b) == nil {
		// a sentence cut by a page break, read whole (prose_break.go)
		p.readTo = j.End
		b = &j
	}
	prose := func(pb *extract.Block) {
		hits, finds := p.cov.hits, len(p.doc.Findings)
		p.famSeen = false
		p.prose(pb)
		p.afterProse(pb, hits, finds)
	}
	if !budgetListParagraph(b.Text) && p.kvParagraph(b, prose) { // a reflowed list of budget items is prose (prose_list_items.go)
		return
	}
	prose(b)
}

var (
	reScoreGrade2 = regexp.MustCompile(`^\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:\(\s*([A-Za-z]{1,2}[+-]?|[А-Яа-я]{1,2})\s*\)|/\s*([A-Za-z]{1,2}[+-]?|[А-Яа-я]{1,2}))\s*$`)
	// the grade first: "BB (72,45)", "ВВ (72,45)"
	reGradeScore = regexp.MustCompile(`^\s*([A-Za-z]{1,2}|[А-Яа-я]{1,2})\s*\(\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*\)\s*$`)
)

// splitScoreGrade splits "63.55 (B)", "73,99 / BB" or "BB (72,45)" into its
// score and grade; a cell without a grade beside its score is returned
// whole with grade "".
func splitScoreGrade(c string) (string, string) {
	if !strings.ContainsAny(c, "(/") {
		return c, ""
	}
	if m := reScoreGrade2.FindStringSubmatch(c); m != nil {
		if g := normalize.Grade(m[2] + m[3]); g != "" {
			return m[1], g
		}
		return c, ""
	}
	if m := reGradeScore.FindStringSubmatch(c); m != nil {
		if g := normalize.Grade(m[1]); g != "" {
			return m[2], g
		}
	}
	return c, ""
}

// titlePrefix is the title the records share once their numbers are cut
// ("Sasaran Strategis"), or "".
func titlePrefix(recs []kvRecord) string {
	pre := ""
	for i, r := range recs {
		t := strings.TrimSpace(reKVNo.ReplaceAllString(r.title, ""))
		if t == "" || i > 0 && t != pre {
			return ""
		}
		pre = t
	}
	return pre
}

// kvNamesArea: a key names the record's area ("Kecamatan : Nubatukan"):
// the record is that area's row, not the satker's own totals.
func kvNamesArea(keys []string) bool {
	for _, k := range keys {
		if dptRole(k) == roleNama {
			return true
		}
	}
	return false
}

// titleNamesSubArea: a record's title names one area below the kabupaten
// or the office of one ("Ketua PPK Kecamatan Alok", "Kec. Kota Baru",
// "Desa Bola"), a word of its own; "se-Kecamatan", "seluruh kecamatan",
// "24 Kecamatan" count them all, the whole's words.
func titleNamesSubArea(t string) bool {
	ws := strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return r == ' ' || r == ',' || r == '/' || r == '(' || r == ')' || r == ':' })
	for i, w := range ws {
		switch strings.TrimRight(w, ".") {
		case "kecamatan", "kec", "ppk", "pps", "desa", "kelurahan", "distrik", "dapil":
			if i > 0 {
				switch prev := ws[i-1]; {
				case prev == "per" || prev == "seluruh" || prev == "semua" || prev == "antar" || prev == "tiap" || prev == "setiap" || allDigits(prev):
					continue
				}
			}
			return true
		}
	}
	return false
}

// kvRoll: the keys of a voter-roll record (L, P and L+P figures).
func kvRoll(keys []string) bool {
	l, lp := false, false
	for _, k := range keys {
		switch dptRole(k) {
		case roleL, roleP:
			l = true
		case roleLP:
			lp = true
		}
	}
	return l && lp
}
