// Package parse reads the text of one LKj (Laporan Kinerja) into typed
// facts: capaian per indicator, capaian series, anggaran, SAKIP, RB and
// DPT. Tables are recognised by their caption and header roles, never by
// line numbers; prose totals and evaluation results are read from
// sentences. A per-document resolver marks one row per natural key as
// Utama and reports conflicts between the copies a report states.
package parse

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Version is the parser version; bump it when the output changes so the
// warehouse re-reads documents.
const Version = "parse-130"

// ErrNotText is returned for input that is not text (binary data).
var ErrNotText = errors.New("bukan dokumen teks")

// Text parses the text of one LKj. name is used in messages. It fills
// doc.Meta.SatkerID, Tahun, Kind ("lkj"), Format ("txt"), Synthetic,
// ParserVersion and all facts + findings, with exactly one Utama row per
// natural key. It returns an error only when the document cannot be used
// at all (not text, no identifiable satker/year, limits exceeded).
func Text(name string, data []byte) (*facts.Document, error) {
	return TextWith(name, data, Options{})
}

// TextWith is Text with what the caller knows of the document's identity.
func TextWith(name string, data []byte, opt Options) (doc *facts.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("parse %s: internal error: %v", name, r)
		}
	}()
	lim := opt.Limits.OrDefault()
	if len(data) > lim.MaxBytes {
		return nil, fmt.Errorf("parse %s: %d bytes exceeds MaxBytes %d", name, len(data), lim.MaxBytes)
	}
	doc = &facts.Document{}
	doc.Meta.Kind = "lkj"
	doc.Meta.Format = "txt"
	doc.Meta.ParserVersion = Version
	doc.Meta.Bytes = int64(len(data))
	bindIndex(doc) // the gates' index of the text's byte triples, this parse's own (scan_index.go)
	defer releaseIndex(doc)
	data = extract.QuotedPrintable(data) // a report saved as an e-mail with a quoted-printable body (extract/quoted_printable.go)
	text, note, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", name, err)
	}
	if err := refuseLongLine(name, text, lim.MaxLineLen); err != nil {
		return nil, err // a line no reader should walk (long_line.go)
	}
	if note != "" {
		doc.Add(facts.Finding{Span: facts.Span{Start: 1, End: 1}, Aturan: "dokumen.encoding", Tingkat: facts.Info, Pesan: note})
	}
	g := new(textMarks) // the strings the readers below gate on, read once per text (scan_marks.go)
	// the reader steps, in the order they run (steps_*.go)
	text, spreadFrom := repairText(doc, text, g) // what saving did to the text; exports not yet rows (steps_repair.go)
	text = readRecords(doc, text, g)             // tables written as something else, a record a row (steps_records.go)
	text, lke, cards := readCards(doc, text, g)  // pipe tables; the SAKIP score cards, read and blanked (steps_cards.go)
	text = readGrids(doc, text, g)               // forms, sessions, dumps, dashboards and charts of cells (steps_grids.go)
	text, padded := readColumns(doc, text, g)    // fixed and aligned columns, then cell conventions (steps_columns.go)
	src, tb := lendText(text)                    // the text as a pooled string; rehome gives the facts their own (scan_rehome.go)
	blocks, done, err := extract.TextLentIn(src, arenaOf(tb), lim)
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", name, err)
	}
	if first := firstLine(text); strings.Contains(strings.ToUpper(first), "SINTETIS") || strings.Contains(strings.ToUpper(first), "SYNTHETIC") {
		doc.Meta.Synthetic = true
	}
	p := newParser(name, doc, blocks)
	p.spread = spreadFrom
	p.lendParserScratch() // readTitle's, heading's and afterTable's scratch, pooled (scan_scratch.go)
	p.raw = text
	p.rawStr = src
	if err := p.identify(opt); err != nil {
		done()
		return nil, fmt.Errorf("parse %s: %w", name, err)
	}
	p.lkeFacts(lke)         // the LKE sheets read above, loaded under the satker identify found (sakip_lke.go)
	p.scoreCardFacts(cards) // the score cards read above, loaded likewise (sakip_score_card.go)
	p.alignedUnproven(padded, text)
	p.exportUnproven(text, g)
	sc := lendScratch(doc, &p.capMeta, &p.angMeta) // not returned on a panic: the collector takes it
	p.capSlab, p.capRows = sc.capSlab, sc.capRows
	p.run()
	sc.capSlab, sc.capRows = p.capSlab[:0], p.capRows[:0] // capaianTable cleared them
	returnScratch(doc, sc, p.capMeta, p.angMeta)
	p.returnParserScratch()
	done() // the facts hold strings, no block, row or cell slice (not on a panic: the collector takes them)
	// a spread JSON line's facts cite the line it was written on (pipes_json_line.go)
	jsonLineSpans(doc, spreadFrom)
	rehome(doc, tb)
	return doc, nil
}

func firstLine(b []byte) string {
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		var ln []byte
		if i < 0 {
			ln, b = b, nil
		} else {
			ln, b = b[:i], b[i+1:]
		}
		if s := strings.TrimSpace(string(ln)); s != "" {
			return s
		}
	}
	return ""
}

// decode returns UTF-8 text: UTF-8 as is (BOM dropped), UTF-16 with a BOM
// or with the tell-tale zero bytes converted, other byte soup read as
// Latin-1 with a note. Binary input is refused.
func decode(data []byte) ([]byte, string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, "", fmt.Errorf("%w: dokumen kosong", ErrNotText)
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return utf16To8(data[2:], false), "dokumen UTF-16 diubah ke UTF-8", nil
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return utf16To8(data[2:], true), "dokumen UTF-16 diubah ke UTF-8", nil
	}
	if zeros := bytes.Count(data, []byte{0}); zeros > 0 {
		if zeros*3 >= len(data) && len(data) >= 4 {
			// UTF-16 without BOM: ASCII text has a zero in every other byte
			be := data[0] == 0
			return utf16To8(data, be), "dokumen UTF-16 tanpa BOM diubah ke UTF-8", nil
		}
		return nil, "", fmt.Errorf("%w: berisi byte nol (biner)", ErrNotText)
	}
	if ctlCount(data)*50 > len(data) {
		return nil, "", fmt.Errorf("%w: terlalu banyak karakter kontrol", ErrNotText)
	}
	if utf8.Valid(data) {
		return data, "", nil
	}
	// Latin-1 (or Windows-1252): every byte is one character
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for _, c := range data {
		b.WriteRune(rune(c))
	}
	return []byte(b.String()), "dokumen bukan UTF-8; dibaca sebagai Latin-1", nil
}

// ctlCount is the number of bytes of data that isCtl marks, eight bytes
// at a time: the high bit of each byte below 0x20, by a mask (most words
// of a table hold a TAB or a newline, so most words have one or two),
// and isCtl asked of those bytes alone. (Testing a word for any byte
// below 0x20 first sent most words of a table to a loop over all eight.)
func ctlCount(data []byte) int {
	const ones, lows, highs = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	n := 0
	for len(data) >= 8 {
		w := binary.LittleEndian.Uint64(data)
		// bytes < 0x20: no carry, 0x7f + 0x60 < 0x100
		for below := ^(w&lows + (0x80-0x20)*ones) &^ w & highs; below != 0; below &= below - 1 {
			n += int(isCtl[byte(w>>(bits.TrailingZeros64(below)-7))])
		}
		data = data[8:]
	}
	for _, c := range data {
		n += int(isCtl[c])
	}
	return n
}

// isCtl is 1 for the control characters that do not occur in text.
var isCtl = func() (t [256]uint8) {
	for c := 0; c < 0x20; c++ {
		if c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			t[c] = 1
		}
	}
	return t
}()

func utf16To8(b []byte, bigEndian bool) []byte {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return []byte(string(utf16.Decode(u)))
}

// parser holds the state of one document's parse.
type parser struct {
	words map[string]bool // isWord answers: they depend on the word and raw only

	errata []erratum // corrections the report prints of its own figures (errata.go)

	spread []int // the original line of each line of a text whose one-line JSON was spread (pipes_json_line.go)

	name   string
	doc    *facts.Document
	blocks []extract.Block
	prov   string // province of the reporting satker
	ref    normalize.Satker

	section string // depan, ikhtisar, bab, lampiran
	bab     int
	recent  []recentText // the last paragraphs, nearest last

	sakipTableEnd int // the last line of the last table read into SAKIP facts

	cur          int    // index of the block being read
	topic        string // the indicator the last heading announced
	raw          []byte // the decoded text, for word look-ups
	rawStr       string // raw as the string the blocks are cut from (its lines need no copy)
	tableNo      int
	capMeta      []capMeta
	spareInfo    *tableInfo // a tableInfo table() is done with, for the next classify (table.go)
	levelRows    [2][]int   // sameLevel's earlier rows by stated tingkat, reused from table to table
	capSlab      []capRow   // capaianTable's logical rows, reused from table to table (capaian.go)
	capRows      []*capRow  // and the list of them
	capClip      int        // the width the table being emitted clipped its names at, 0 if none (capaian_width.go)
	angClipDepth int        // anggaranTable's nesting: a table read in parts is checked for clipped uraian once (capaian_width.go)
	angMeta      []angMeta
	skMeta       []sakipMeta
	rbMeta       []rbMeta
	foot         []footnote
	rbCand       []rbCandidate
	proseRows    []*proseAng
	angCarry     budgetCarry      // the program and kegiatan of the last budget table (anggaran_carry.go)
	codedProse   []*proseCoded    // prose amounts per program/kegiatan code (prose_coded.go)
	starred      map[float64]bool // values written with a footnote star
	low          []byte           // scratch: the paragraph being read, lower-cased
	upBuf        []byte           // scratch: readTitle's text being read, upper-cased (scan_title.go)
	titleJoin    []byte           // scratch: readTitle's rows of one block, joined (scan_title.go)
	cov          coverage
	famSeen      bool  // the paragraph being read names a family's words
	lineOff      []int // byte offset of each line of raw, built on first use (kv.go)
	lineBuf      []int // scratch: pooled room for lineOff (scan_scratch.go)
	readTo       int   // the last line already read with a block before (kv_inline.go, prose_break.go)
	chartTo      int   // the last line of a chart's data labels read (chart_labels.go): a table block within was read
	chartCap     int   // the line of the caption under the last chart read: no caption of the next one
	spanBuf      []facts.Span
	findBuf      []facts.Span
	// DPT rows read from prose, added after the tables'
	proseDPTRows []facts.DPT
}

type recentText struct {
	text    string
	line    int
	end     int // its last line; 0 when not kept
	caption bool
}

func newParser(name string, doc *facts.Document, blocks []extract.Block) *parser {
	return &parser{name: name, doc: doc, blocks: blocks, section: "depan", starred: map[float64]bool{}}
}

func (p *parser) find(rule, sev string, start, end int, nilai, format string, args ...any) {
	if end < start {
		end = start
	}
	p.doc.Add(facts.Finding{Span: facts.Span{Start: start, End: end}, Aturan: rule, Tingkat: sev,
		Pesan: fmt.Sprintf(format, args...), Nilai: nilai})
}

// run walks the blocks in order, then resolves Utama rows.
func (p *parser) run() {
	for i := 0; i < len(p.blocks); i++ {
		b := &p.blocks[i]
		if j, ok := p.controlCards(i); ok { // a budget kept as control cards per kegiatan (control_cards.go)
			i = j
			continue
		}
		switch b.Kind {
		case extract.Paragraph:
			if j := p.dptRecordRun(i); j >= i {
				i = j // DPT records one a paragraph: photo captions, map placemarks (dpt_records.go)
				continue
			}
			if j := p.dptMapLabelRun(i); j >= i {
				i = j // a thematic map's labels typed again, grouped by the legend's classes (dpt_map_labels.go)
				continue
			}
			p.heading(b)
			if tp := topicOf(b.Text); tp != "" {
				p.topic = tp
			}
			if j, ok := p.capaianNarrative(i); ok {
				// an indicator heading and its narrative (prose_capaian.go), a list of indicators (capaian_list.go)
				p.recent = append(p.recent, recentText{text: b.Text, line: b.Start})
				i = j
				b = &p.blocks[i]
			} else if !b.IsCaption || captionIsProse(b.Text) || dptRouteGate(b.Text) {
				// (a short route map over its kabupaten's box is taken for the box's caption: dpt_route_map.go)
				if j := p.kvOrProseRun(i); j > i {
					// record paragraphs read as one block (kv_records.go)
					for k := i + 1; k <= j; k++ {
						p.recent = append(p.recent, recentText{text: p.blocks[k-1].Text, line: p.blocks[k-1].Start})
					}
					i = j
					b = &p.blocks[i]
				}
			}
			if b.IsCaption {
				if st := captionStatedTotal(b.Text); st != "" {
					cb := *b // "Tabel 3.3 … (jumlah pagu Rp…, realisasi Rp… atau 97,91%)" (caption_total.go)
					cb.Text, cb.IsCaption = st, false
					p.prose(&cb)
				}
			}
			p.recent = append(p.recent, recentText{text: b.Text, line: b.Start, end: b.End, caption: b.IsCaption})
			if len(p.recent) > 12 {
				// the oldest dropped in place: re-slicing past it made
				// append grow a new array every few paragraphs
				p.recent = p.recent[:copy(p.recent, p.recent[1:])]
			}
		case extract.Table:
			if b.End <= p.chartTo {
				continue // a line of data labels the chart reader took (chart_labels.go)
			}
			if j := p.dptFormSheets(i); j > i {
				i = j // an area's form sheets, one per block pair (dpt_form_sheets.go)
				continue
			}
			p.tableNo++
			p.cur = i
			p.table(b)
		}
	}
	p.finishProse()
	p.statedSerapan() // a total's absorption stated in a sentence without amounts (anggaran_serapan.go)
	// a total stated in prose beside one table per program (anggaran_program_tables.go)
	p.programTablesTotal()
	p.finishCodedProse()
	p.finishRB()
	p.finishDPT()
	p.seriDashUnits()
	p.applyErrata()
	p.eofficeSakip() // SAKIP in an e-office letter page's summary field (sakip_eoffice.go)
	p.resolve()
	p.unjoinedDesa() // villages and TPS in an unread table of their own (dpt_unjoined.go)
	p.nullMeasures()
	p.coverageFinding()
}

// heading tracks the part of the report a block is in: the executive
// summary, a chapter (BAB), or the appendices.
func (p *parser) heading(b *extract.Block) {
	t := b.Text
	if len(t) > 90 {
		return
	}
	if !mayBeHeading(t) {
		return
	}
	up := upperASCIIIn(&p.upBuf, t) // strings.ToUpper(t) in the parser's scratch: nothing below keeps it
	switch {
	case strings.HasPrefix(up, "BAB "):
		rest := strings.Fields(up[4:])
		if len(rest) > 0 {
			if n := roman(strings.Trim(rest[0], ".:")); n > 0 {
				p.section, p.bab = "bab", n
			}
		}
	case strings.Contains(up, "EKSEKUTIF") && len(strings.Fields(up)) <= 3 || strings.HasPrefix(up, "RINGKASAN EKSEKUTIF"):
		p.section = "ikhtisar"
	case strings.HasPrefix(up, "LAMPIRAN"):
		p.section = "lampiran"
	case up == "KATA PENGANTAR" || up == "DAFTAR ISI" || strings.HasPrefix(up, "DAFTAR TABEL"):
		p.section = "depan"
	}
}

// mayBeHeading is false when heading's switch cannot match t: an ASCII
// text (upper-cased byte by byte) that starts with none of B, L, K, D and
// does not name EKSEKUTIF.
func mayBeHeading(t string) bool {
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] >= 0x80 {
			return true // upper-casing may turn other letters into these
		}
	}
	switch t[0] {
	case 'B', 'b', 'L', 'l', 'K', 'k', 'D', 'd':
		return true
	}
	const w = "eksekutif"
	for i := 0; i+len(w) <= len(t); i++ {
		j := 0
		for j < len(w) && t[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

func roman(s string) int {
	switch s {
	case "I", "1":
		return 1
	case "II", "2":
		return 2
	case "III", "3":
		return 3
	case "IV", "4":
		return 4
	case "V", "5":
		return 5
	case "VI", "6":
		return 6
	}
	return 0
}
