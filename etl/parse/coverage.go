package parse

import (
	"fmt"
	"regexp"
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
type mark struct{ cap, seri, ang, sk, skk, dpt, find int }

func (p *parser) mark() mark {
	d := p.doc
	return mark{len(d.Capaian), len(d.CapaianSeri), len(d.Anggaran), len(d.Sakip), len(d.SakipKomponen), len(d.DPT), len(d.Findings)}
}

// spans are the line spans of the facts and findings added since m.
func (p *parser) spansSince(m mark) (facts_, finds []facts.Span) {
	d := p.doc
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
	numeric := 0
	for i := range b.Rows {
		if numericRow(&b.Rows[i]) {
			numeric++
		}
	}
	if numeric == 0 {
		return
	}
	p.cov.tables++
	got, finds := p.spansSince(m)
	if len(got) > 0 {
		p.cov.tablesRead++
		for i := range b.Rows {
			r := &b.Rows[i]
			if !numericRow(r) || overlaps(got, r.Start, r.End) || overlaps(finds, r.Start, r.End) || isFootnoteRow(r) {
				continue
			}
			p.find("tabel.baris_tidak_dikenali", facts.Info, r.Start, r.End, shorten(strings.Join(nonEmptyCells(r.Cells), " | "), 200),
				"%s: baris dengan angka tidak dibaca: %s", t.label, shorten(strings.Join(nonEmptyCells(r.Cells), " | "), 200))
		}
		return
	}
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

var reProseNumber = regexp.MustCompile(`(?i)\bRp\.?\s*\d|\d+(?:[.,]\d+)?\s*%|\b\d{1,3}(?:[.,]\d{1,3})+\b`)

// sentenceFamily names the family a sentence speaks of, from its words;
// "" for none. low is the lower-cased sentence.
func sentenceFamily(low string) string {
	switch {
	case strings.Contains(low, "reformasi birokrasi") || strings.Contains(low, " rb "):
		return "rb"
	case strings.Contains(low, "akip") || strings.Contains(low, "akuntabilitas kinerja") && strings.Contains(low, "predikat"):
		return "sakip"
	case strings.Contains(low, "dpt") || strings.Contains(low, "daftar pemilih") || strings.Contains(low, "pemilih tetap"):
		return "dpt"
	case strings.Contains(low, "pagu") || strings.Contains(low, "anggaran") && (strings.Contains(low, "rp") || strings.Contains(low, "realisasi")) ||
		strings.Contains(low, "dipa") && strings.Contains(low, "rp"):
		return "anggaran"
	}
	return ""
}

// afterProse reports the sentences of a paragraph that state a number
// beside a family's words when the paragraph gave no value.
func (p *parser) afterProse(b *extract.Block, hits, finds int) {
	if len(b.Text) < 20 || !hasDigitStr(b.Text) {
		return
	}
	read := p.cov.hits > hits
	told := len(p.doc.Findings) > finds // a finding already says why
	for _, s := range sentences(b.Text) {
		low := " " + strings.ToLower(s) + " "
		fam := sentenceFamily(low)
		if fam == "" || !reProseNumber.MatchString(s) {
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

// flatUnproven reports a table written one cell per line whose rows could
// not be proven by its own arithmetic: nothing of it is loaded.
func (p *parser) flatUnproven(b *extract.Block) {
	var lines []string
	for _, r := range b.Rows {
		lines = append(lines, strings.Join(nonEmptyCells(r.Cells), " "))
	}
	p.cov.tables++
	p.find("tabel.tidak_dikenali", facts.Warning, b.Start, b.End, shorten(b.Caption, 200),
		"tabel baris %d-%d ditulis satu sel per baris dan barisnya tidak dapat dibuktikan (jumlah, selisih atau persentase); tidak dimuat: judul %q; isi %q",
		b.Start, b.End, shorten(b.Caption, 160), shorten(strings.Join(lines, " / "), 240))
}
