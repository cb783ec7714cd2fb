package parse

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// coverage counts what the parser understood of a document, so nothing is
// dropped silently: every table with numeric cells is read into facts or
// reported (tabel.tidak_dikenali), every sentence that states a number
// beside a family's words is read or reported (kalimat.tidak_dikenali).
type coverage struct {
	tables, tablesRead       int
	sentences, sentencesRead int
	hits                     int // prose values taken; a paragraph that adds none understood nothing
}

// mark is a position in the document's fact slices, to tell which facts
// one table produced.
type mark struct{ cap, seri, ang, sk, skk, dpt, rb, find int }

func (p *parser) mark() mark {
	d := p.doc
	return mark{len(d.Capaian), len(d.CapaianSeri), len(d.Anggaran), len(d.Sakip), len(d.SakipKomponen), len(d.DPT), len(p.rbCand), len(d.Findings)}
}

// spans are the line spans of the facts and findings added since m.
func (p *parser) spansSince(m mark) (facts_, finds []facts.Span) {
	d := p.doc
	facts_, finds = p.spanBuf[:0], p.findBuf[:0] // reused: one table at a time
	defer func() { p.spanBuf, p.findBuf = facts_[:0], finds[:0] }()
	for _, c := range d.Capaian[m.cap:] {
		facts_ = append(facts_, c.Span)
	}
	for _, c := range d.CapaianSeri[m.seri:] {
		facts_ = append(facts_, c.Span)
	}
	for _, c := range d.Anggaran[m.ang:] {
		facts_ = append(facts_, c.Span)
	}
	for _, c := range d.Sakip[m.sk:] {
		facts_ = append(facts_, c.Span)
	}
	for _, c := range d.SakipKomponen[m.skk:] {
		facts_ = append(facts_, c.Span)
	}
	for _, c := range d.DPT[m.dpt:] {
		facts_ = append(facts_, c.Span)
	}
	for _, c := range p.rbCand[m.rb:] { // RB results are settled at the end
		facts_ = append(facts_, c.rb.Span)
	}
	for _, f := range d.Findings[m.find:] {
		finds = append(finds, f.Span)
	}
	return facts_, finds
}

func overlaps(spans []facts.Span, a, b int) bool {
	for _, s := range spans {
		if s.Start <= b && a <= s.End {
			return true
		}
	}
	return false
}

// numericCell: a cell stating a number that is not a year, a column
// number or a row number.
func numericCell(c string) bool {
	if c == "" || !hasDigitStr(c) {
		return false
	}
	// a value starts with a digit, a sign, "Rp" or "(": text that merely
	// holds a digit ("Nomor 7 Tahun 2017") is not parsed at all
	switch f := c[0]; {
	case f >= '0' && f <= '9', f == '-', f == '(', f == '+', f == 'R' || f == 'r':
	default:
		return false
	}
	if len(c) == 4 && yearWord(c) > 0 || len(c) <= 4 && c[0] == '(' {
		return false
	}
	v := normalize.ParseValue(c, normalize.Unknown)
	return v.Status == normalize.OK || v.Status == normalize.Several || v.Status == normalize.Ambiguous || v.Status == normalize.CutOff
}

func hasDigitStr(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

func numericRow(r *extract.Row) bool {
	first := true
	for _, c := range r.Cells {
		if c == "" {
			continue
		}
		if first && isRowNumber(c) {
			first = false
			continue // the row's number
		}
		first = false
		if numericCell(c) {
			return true
		}
	}
	return false
}

// afterTable reports a table that yielded nothing, and the rows with
// numbers of a read table that no fact and no finding covers.
func (p *parser) afterTable(b *extract.Block, t *tableInfo, m mark) {
	got, finds := p.spansSince(m)
	if len(p.doc.Sakip) > m.sk || len(p.doc.SakipKomponen) > m.skk {
		p.sakipTableEnd = b.End // the SAKIP text a graded sentence under it follows (sakip_pairs.go)
	}
	if len(got) > 0 {
		p.cov.tables++
		p.cov.tablesRead++
		for i := range b.Rows {
			r := &b.Rows[i]
			if overlaps(got, r.Start, r.End) || overlaps(finds, r.Start, r.End) || isFootnoteRow(r) || !numericRow(r) {
				continue
			}
			p.find("tabel.baris_tidak_dikenali", facts.Info, r.Start, r.End, shorten(strings.Join(nonEmptyCells(r.Cells), " | "), 200),
				"%s: baris dengan angka tidak dibaca: %s", t.label, shorten(strings.Join(nonEmptyCells(r.Cells), " | "), 200))
		}
		return
	}
	numeric := 0 // rows with digits, once one row is proven numeric
	for i := range b.Rows {
		if numeric == 0 {
			if numericRow(&b.Rows[i]) {
				numeric = 1
			}
			continue
		}
		for _, c := range b.Rows[i].Cells {
			if hasDigitStr(c) {
				numeric++
				break
			}
		}
	}
	if numeric == 0 {
		return
	}
	p.cov.tables++
	// a finding about the whole table (tabel.tidak_dibaca, dpt.pemilihan_tidak_diketahui) already says why
	for _, f := range p.doc.Findings[m.find:] {
		if f.Start <= b.Start && f.End >= b.End {
			return
		}
	}
	var hdr []string
	for _, h := range b.Header {
		hdr = append(hdr, strings.Join(nonEmptyCells(h.Cells), " | "))
	}
	sev := facts.Info
	if t.fam != famNone || familyWords(t.hdr+t.cap) {
		sev = facts.Warning
	}
	p.find("tabel.tidak_dikenali", sev, b.Start, b.End, shorten(b.Caption, 200),
		"tabel baris %d-%d tidak dikenali (%d baris berangka): judul %q; kepala %q", b.Start, b.End, numeric,
		shorten(b.Caption, 160), shorten(strings.Join(hdr, " / "), 200))
}

// familyWords: a text that speaks of one of the families.
func familyWords(k string) bool {
	return has(k, "target", "realisasi", "capaian", "pagu", "anggaran", "sakip", "akip", "dpt", "pemilih", "tps", "predikat", "bobot", "rb") ||
		strings.Contains(k, "reformasi birokrasi")
}

// proseNumber: a sentence states a number that is not a bare integer (a
// year, a decree number): an amount, a percentage, a decimal or a number
// with thousands separators.
func proseNumber(s []byte) bool {
	for i := outlineNumber(s); i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			if i+2 < len(s) && (s[i+1] == '.' || s[i+1] == ',') && isDigitByte(s[i+2]) || i+1 < len(s) && s[i+1] == '%' ||
				i+2 < len(s) && s[i+1] == ' ' && s[i+2] == '%' || spacedGroup(s, i) {
				return true
			}
			continue
		}
		if c == 'r' && i+2 < len(s) && s[i+1] == 'p' && (isDigitByte(s[i+2]) || s[i+2] == '.' || s[i+2] == ' ') && (i == 0 || s[i-1] == ' ') {
			return true
		}
	}
	return false
}

// spacedGroup: the digit at s[i] is followed by a space and exactly three
// digits, a number grouped with spaces ("348 710", a narrow no-break space
// folded), which the readers take only when proven (dpt_prose.go).
func spacedGroup(s []byte, i int) bool {
	return i+4 < len(s) && s[i+1] == ' ' && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) && isDigitByte(s[i+4]) &&
		(i+5 == len(s) || !isDigitByte(s[i+5]))
}

// outlineNumber is the length of the section number a heading opens with
// ("3.2 ", "3.1.2. "): parts of one or two digits, not a thousands group
// ("3.374 pemilih"), followed by a space and a word. 0 when there is none.
func outlineNumber(s []byte) int {
	i, parts, dots := 0, 0, 0
	for {
		n := 0
		for i < len(s) && isDigitByte(s[i]) {
			i++
			n++
		}
		if n == 0 || n > 2 {
			return 0
		}
		parts++
		if i < len(s) && s[i] == '.' {
			i++
			dots++
			if i < len(s) && isDigitByte(s[i]) {
				continue
			}
		}
		break
	}
	if dots == 0 || parts < 2 || i+1 >= len(s) || s[i] != ' ' || isDigitByte(s[i+1]) {
		return 0
	}
	return i
}

// sentenceFamily names the family a sentence speaks of, from its words;
// "" for none. low is the lower-cased sentence.
func sentenceFamily(low []byte) string {
	has := func(w string) bool { return bytes.Contains(low, []byte(w)) }
	switch {
	case has("reformasi birokrasi") || has(" rb "):
		return "rb"
	case has("akip") || has("akuntabilitas kinerja") && has("predikat"):
		return "sakip"
	case has("dpt") || has("daftar pemilih") || has("pemilih tetap"):
		return "dpt"
	case has("pagu") || has("anggaran") && (has("rp") || has("realisasi")) || has("dipa") && has("rp"):
		return "anggaran"
	}
	return ""
}

// afterProse reports the sentences of a paragraph that state a number
// beside a family's words when the paragraph gave no value.
func (p *parser) afterProse(b *extract.Block, hits, finds int) {
	if !p.famSeen || len(b.Text) < 20 || len(p.low) != len(b.Text) || !proseNumber(p.low) {
		return
	}
	read := p.cov.hits > hits
	told := len(p.doc.Findings) > finds // a finding already says why
	off := 0
	for _, s := range sentences(b.Text) {
		if off+len(s) > len(p.low) {
			break // sentences tile the paragraph; never read past it
		}
		low := p.low[off : off+len(s)]
		off += len(s) + 1
		if off > len(p.low) {
			off = len(p.low)
		}
		fam := sentenceFamily(low)
		if fam == "" || !proseNumber(low) {
			continue
		}
		p.cov.sentences++
		if read {
			p.cov.sentencesRead++
			continue
		}
		if told {
			continue
		}
		p.find("kalimat.tidak_dikenali", facts.Info, b.Start, b.End, shorten(s, 200),
			"kalimat %s dengan angka tidak dibaca: %q", fam, shorten(s, 240))
	}
}

// coverageFinding states per document what was understood, for lkj status
// and the ingest summary.
func (p *parser) coverageFinding() {
	c := p.cov
	p.find("dokumen.cakupan", facts.Info, 1, 1, fmt.Sprintf("tabel %d/%d kalimat %d/%d", c.tablesRead, c.tables, c.sentencesRead, c.sentences),
		"tabel berangka dibaca %d dari %d; kalimat berangka dibaca %d dari %d", c.tablesRead, c.tables, c.sentencesRead, c.sentences)
}

// flatUnproven reports a table written without TABs (one cell per line,
// cells parted by spaces, leader dots or a delimiter) whose columns or
// rows could not be proven: nothing of it is loaded.
func (p *parser) flatUnproven(b *extract.Block) {
	var lines []string
	for _, r := range b.Rows {
		lines = append(lines, strings.Join(nonEmptyCells(r.Cells), " "))
	}
	p.cov.tables++
	p.find("tabel.tidak_dikenali", facts.Warning, b.Start, b.End, shorten(b.Caption, 200),
		"tabel baris %d-%d ditulis tanpa TAB (satu sel per baris, dipisah spasi, titik-titik atau pemisah) dan kolom atau barisnya tidak dapat dibuktikan (lebar baris sama, jumlah, selisih atau persentase); tidak dimuat: judul %q; isi %q",
		b.Start, b.End, shorten(b.Caption, 160), shorten(strings.Join(lines, " / "), 240))
}
