package parse

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/indicator"
)

// A spreadsheet printed with wrap text off cuts every name longer than its
// column at the column's width, mid-word and without a mark:
//
//	1	Persentase kesesuaian Kompe	%	90,00	91,25	101,39
//	5	Nilai Evaluasi atas Akuntab	Predikat	B	BB	100,00
//
// Keyed as written each row is an indicator nobody has. The clip shows in
// the table, not the row: several names (the longest ones) end at exactly
// one length L, and at least one of them ends on a piece of a word, a last
// word no indicator of the catalogue and no other name of the table uses.
// Then every name of length L is a prefix (one clipped at a word boundary
// by chance looks whole but is cut as surely), completed as wholeName does
// (capaian_cut.go: the document's earlier tables, else the catalogue) or
// not loaded and reported; the names shorter than L are whole, but for
// one of L-1: a clip just after a word loses its space with the cell's
// trim, so it is completed when it begins exactly one name, else kept.

// A name's place against the clipping width: at it (a prefix), or one
// character short (perhaps clipped just after a word).
const (
	clipAt = 1 + iota
	clipShort
)

// capClipMin: a column narrower than this holds no indicator's name; two
// short names ("Opini BPK", "Nilai SAKIP") may be as long by chance.
const capClipMin = 15

// clipWidth is capClipWidth's test over any column of names.
func (p *parser) clipWidth(names []string) int {
	if len(names) < 3 {
		return 0
	}
	width, n := 0, 0
	for _, name := range names {
		switch l := utf8.RuneCountInString(strings.TrimSpace(name)); {
		case l > width:
			width, n = l, 1
		case l == width:
			n++
		}
	}
	if width < capClipMin || n < 3 {
		return 0
	}
	var shorter map[string]bool // the words of the column's whole names, asked once
	for _, name := range names {
		name = strings.TrimSpace(name)
		if utf8.RuneCountInString(name) != width {
			continue
		}
		w := strings.ToLower(capClipLastWord(name))
		if w == "" || capClipVocab()[w] {
			continue
		}
		if shorter == nil {
			shorter = map[string]bool{}
			for _, o := range names {
				if o := strings.TrimSpace(o); utf8.RuneCountInString(o) < width {
					for _, f := range strings.FieldsFunc(strings.ToLower(o), capClipNotWord) {
						shorter[f] = true
					}
				}
			}
		}
		if !shorter[w] && p.capClipPiece(w) {
			return width
		}
	}
	return 0
}

// anggaranClipped reports a budget table whose uraian were clipped at a
// column's width. The rows stay: a budget row is keyed by its code, not its
// name, and its figures are proven by their own arithmetic; only the names
// are known to be cut.
func (p *parser) anggaranClipped(t *tableInfo, from int) {
	recs := p.doc.Anggaran[from:]
	if len(recs) < 3 {
		return
	}
	names := make([]string, len(recs))
	for i := range recs {
		names[i] = recs[i].Uraian
	}
	if w := p.clipWidth(names); w > 0 {
		p.find("anggaran.uraian_terpotong", facts.Info, recs[0].Span.Start, recs[len(recs)-1].Span.End, t.label,
			"%s: uraian terpotong pada lebar kolom (%d huruf); baris tetap dimuat menurut kodenya", t.label, w)
	}
}

// capClipWidth returns the width the table's names were clipped at, 0 when
// they were not: ≥ 3 names at the longest length, one of them ending
// mid-word (capClipPiece). Names run together from a wrapped cell's lines
// are longer than any clipped one; one or two rows of one length prove
// nothing ("Persentase pemilih yang menggunakan hak pilih" and "Persentase
// pengaduan yang tidak terselesaikan" are both 45 long, both whole).
func (p *parser) capClipWidth(rows []*capRow) int {
	if len(rows) < 3 {
		return 0
	}
	names := make([]string, len(rows))
	for i, cr := range rows {
		names[i] = cr.ind
	}
	return p.clipWidth(names)
}

// capClipLastWord is a name's last run of letters and digits; "" when the
// name ends on a mark (a closing bracket, a slash): a clip inside a word
// leaves letters.
func capClipLastWord(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	if capClipNotWord(r) {
		return ""
	}
	return s[strings.LastIndexFunc(s, capClipNotWord)+1:]
}

func capClipNotWord(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// capClipVocab: every word of the catalogue's names and aliases, lower
// case, built once.
var capClipVocab = sync.OnceValue(func() map[string]bool {
	v := map[string]bool{}
	for _, e := range indicator.Entries() {
		for _, s := range append([]string{e.Teks}, e.Alias...) {
			for _, f := range strings.FieldsFunc(strings.ToLower(s), capClipNotWord) {
				v[f] = true
			}
		}
	}
	return v
})

// capClipPiece reports whether the report writes w as a word once only (in
// the clipped cell itself): a word its prose or another table also uses
// is whole.
func (p *parser) capClipPiece(w string) bool {
	n := 0
	for _, v := range [...]string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
		for text := p.raw; ; {
			i := bytes.Index(text, []byte(v))
			if i < 0 {
				break
			}
			end := i + len(v)
			if (i == 0 || notLetter(rune(text[i-1]))) && (end == len(text) || notLetter(rune(text[end]))) {
				if n++; n > 1 {
					return false
				}
			}
			text = text[end:]
		}
		if strings.ToUpper(w) == w {
			break // one spelling: already counted
		}
	}
	return true
}
