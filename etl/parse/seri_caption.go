package parse

import (
	"slices"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/indicator"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Series tables of one indicator named by their caption. A report that
// follows one indicator over the years often gives it a small table with
// no indicator column, either with the years as rows
//
//	Tabel 3.1a Tingkat Partisipasi Pemilih 2014-2019
//	Tahun   Pemilu/Pemilihan        Target   Realisasi
//	2014    Pemilu Legislatif       75%      72,15%
//
// or with the years as columns and one row per kind
//
//	Tabel 3.1a Partisipasi Pemilih Pemilu 2014, 2019 dan 2024
//	Uraian      2014     2019     2024
//	Target      75%      77,5%    78%
//	Realisasi   70,12%   81,66%   84,37%
//
// The caption names the indicator. It is read only when the name is proven:
// the caption matches a catalogue indicator outright, or its words all
// belong to the indicators of this report's own capaian rows of one and the
// same catalogue indicator. The series then carries the catalogue's name
// (the caption's wording is no indicator statement).

// seriByCaption reads such a table; false when t is not one.
func (p *parser) seriByCaption(t *tableInfo) bool {
	b := t.b
	if len(b.Header) == 0 || len(b.Rows) == 0 || !strings.Contains(t.hdr, "realisa") && !hasYearDigits(t.hdr) {
		return false // neither a Realisasi column nor a header of years
	}
	for _, r := range capaianRoles(b) {
		if r == roleIndikator || r == roleSasaran || r == roleProgram {
			return false
		}
	}
	if moneyTable(t) {
		return false
	}
	nb, ok := yearRowsBlock(b)
	if !ok {
		nb, ok = kindRowsBlock(b)
	}
	if !ok {
		return false
	}
	caption := b.Caption
	if caption == "" {
		caption = p.introLine() // "Tren indikator … 2020-2023:" in place of a caption
	}
	name := p.captionIndicator(caption, nb)
	if name == "" {
		return false
	}
	nb.Rows[0].Cells[0] = name
	nt := *t
	nt.money = 0 // another block: moneyTable asks again
	nt.b, nt.fam, nt.hdr = nb, famSeri, headerText(nb)
	nt.roles = capaianRoles(nb)
	nt.years = make([]int, nb.Width)
	nt.jenis = make([]string, nb.Width)
	for j, c := range nb.Header[0].Cells {
		if y, err := strconv.Atoi(c); err == nil && j >= 2 {
			nt.years[j], nt.jenis[j] = y, "realisasi" // the kind column says which
		}
	}
	p.seriTable(&nt)
	return true
}

// yearRowsBlock turns a table with a year per row and Target/Realisasi
// columns into the kinds-as-rows form: "Indikator | Uraian | years…".
func yearRowsBlock(b *extract.Block) (*extract.Block, bool) {
	roles := capaianRoles(b)
	yc := -1
	for j, cs := range columnTexts(b) {
		for _, c := range cs {
			if k := normalize.Key(c); k == "tahun" || k == "ta" || k == "tahun anggaran" || k == "periode" {
				yc = j
			}
		}
	}
	tc, rc := indexOf(roles, roleTarget), indexOf(roles, roleRealisasi)
	if yc < 0 || rc < 0 {
		return nil, false
	}
	var years []string
	for _, r := range b.Rows {
		if yc >= len(r.Cells) {
			return nil, false
		}
		y, _ := yearCell(r.Cells[yc])
		if y == 0 || strings.TrimSpace(r.Cells[yc]) != strconv.Itoa(y) {
			return nil, false
		}
		years = append(years, r.Cells[yc])
	}
	if len(years) < 2 {
		return nil, false
	}
	cell := func(r extract.Row, j int) string {
		if j < 0 || j >= len(r.Cells) {
			return ""
		}
		return r.Cells[j]
	}
	head := append([]string{"Indikator", "Uraian"}, years...)
	tr := extract.Row{Start: b.Rows[0].Start, End: b.Rows[len(b.Rows)-1].End, Cells: []string{"", "Target"}}
	rr := extract.Row{Start: tr.Start, End: tr.End, Cells: []string{"", "Realisasi"}}
	for _, r := range b.Rows {
		tr.Cells = append(tr.Cells, cell(r, tc))
		rr.Cells = append(rr.Cells, cell(r, rc))
	}
	nb := *b
	nb.Header = []extract.Row{{Start: b.Header[0].Start, End: b.Header[len(b.Header)-1].End, Cells: head}}
	nb.Rows = []extract.Row{tr, rr}
	if tc < 0 {
		nb.Rows = []extract.Row{rr} // realisations only: the year columns are theirs
	}
	nb.Width = len(head)
	return &nb, true
}

// kindRowsBlock takes a table whose first column names each row's kind
// (Target, Realisasi) under a header of years, and prefixes it with an
// empty indicator column.
func kindRowsBlock(b *extract.Block) (*extract.Block, bool) {
	h := b.Header[len(b.Header)-1].Cells
	years := 0
	for j, c := range h {
		if j == 0 {
			continue
		}
		y, _ := yearCell(c)
		if y == 0 || strings.TrimSpace(c) != strconv.Itoa(y) {
			return nil, false
		}
		years++
	}
	if years < 2 {
		return nil, false
	}
	target, real := false, false
	for _, r := range b.Rows {
		switch rowKind(r.Cells, 0) {
		case "target", "target_nasional":
			target = true
		case "realisasi":
			real = true
		default:
			if len(r.Cells) > 0 && roleOf(r.Cells[0]) != roleCapaian {
				return nil, false
			}
		}
	}
	if !real || !target {
		return nil, false
	}
	nb := *b
	nb.Header = []extract.Row{{Start: b.Header[0].Start, End: b.Header[len(b.Header)-1].End, Cells: append([]string{"Indikator"}, h...)}}
	nb.Rows = make([]extract.Row, len(b.Rows))
	for i, r := range b.Rows {
		nb.Rows[i] = extract.Row{Start: r.Start, End: r.End, Cells: append([]string{""}, r.Cells...)}
	}
	nb.Width = b.Width + 1
	return &nb, true
}

// captionWords are caption words that say nothing of which indicator.
var captionWords = map[string]bool{"tabel": true, "tingkat": true, "perkembangan": true, "realisasi": true, "capaian": true,
	"target": true, "data": true, "perbandingan": true, "tahun": true, "dan": true, "di": true, "pada": true, "sd": true,
	"s": true, "d": true, "terakhir": true, "kinerja": true, "indikator": true, "periode": true, "tren": true, "trend": true,
	// the span of years told in words: "dalam tiga tahun terakhir", "selama lima tahun"
	"dalam": true, "selama": true, "kurun": true, "waktu": true, "beberapa": true, "tiga": true, "empat": true,
	"lima": true, "enam": true, "sebagai": true, "berikut": true}

// captionIndicator is the catalogue name of the indicator a caption names,
// or "" when nothing proves one. A caption whose words belong to two of
// the report's indicators ("Tren Partisipasi Pemilih" beside "…
// Partisipasi Pemilih" and "… Partisipasi Pemilih Perempuan") names the
// one whose capaian of the report year the table's own row of that year
// repeats, target and realisasi both (seriesAgree); none or two: none.
func (p *parser) captionIndicator(caption string, nb *extract.Block) string {
	var content []string
	for _, w := range strings.Fields(normalize.Key(caption)) {
		if captionWords[w] || len(w) < 4 || w[0] >= '0' && w[0] <= '9' {
			continue
		}
		content = append(content, w)
	}
	if len(content) < 2 {
		return ""
	}
	text := strings.Join(content, " ")
	if id, _, ok := indicator.Match(text); ok {
		if e, ok := indicator.Lookup(id); ok {
			return e.Teks
		}
	}
	var found []string
	for _, c := range p.doc.Capaian {
		k := normalize.SpacedKey(c.Indikator)
		all := true
		for _, w := range content {
			if !strings.Contains(k, " "+w+" ") && !rootIn(w, k) {
				all = false
				break
			}
		}
		if !all {
			continue
		}
		id, _, ok := indicator.Match(withoutYear(c.Indikator))
		if !ok {
			return "" // no catalogue indicator: the caption names none for sure
		}
		if !slices.Contains(found, id) {
			found = append(found, id)
		}
	}
	if len(found) > 1 {
		agree := ""
		for _, id := range found {
			if p.seriesAgree(id, nb) {
				if agree != "" {
					return ""
				}
				agree = id
			}
		}
		found = append(found[:0], agree)
	}
	if len(found) == 1 {
		if e, ok := indicator.Lookup(found[0]); ok && found[0] != "" {
			return e.Teks
		}
	}
	return ""
}

// seriesAgree: the series block nb (kinds as rows under a header of years)
// has a column of the report year whose Target and Realisasi cells read as
// the report's capaian of indicator id, both of them.
func (p *parser) seriesAgree(id string, nb *extract.Block) bool {
	if nb == nil || len(nb.Header) == 0 {
		return false
	}
	col := -1
	for j, c := range nb.Header[0].Cells {
		if j >= 2 && yearAlone(c) == p.doc.Meta.Tahun {
			col = j
		}
	}
	if col < 0 {
		return false
	}
	for i := range p.doc.Capaian {
		c := &p.doc.Capaian[i]
		if c.IndikatorID != id || c.Tahun != p.doc.Meta.Tahun || c.TargetNilai == nil || c.RealisasiNilai == nil {
			continue
		}
		t, r := false, false
		for _, row := range nb.Rows {
			if col >= len(row.Cells) {
				continue
			}
			v := normalize.ParseValue(strings.TrimSpace(row.Cells[col]), normalize.Unknown)
			if v.Num == nil {
				continue
			}
			switch rowKind(row.Cells, 1) {
			case "target":
				t = *v.Num == *c.TargetNilai
			case "realisasi":
				r = *v.Num == *c.RealisasiNilai
			}
		}
		return t && r
	}
	return false
}

// withoutYear drops the year qualifiers of an indicator statement ("...
// dalam Pemilu Tahun 2019", "... (Pemilu 2024)"): the election measured,
// not the indicator.
func withoutYear(s string) string {
	if !hasYearDigits(s) {
		return s
	}
	var out []string
	depth := 0
	for _, w := range strings.Fields(s) {
		open := strings.HasPrefix(w, "(")
		if open {
			depth++
		}
		drop := depth > 0 || len(yearsIn(w)) > 0 || strings.EqualFold(w, "tahun")
		if strings.HasSuffix(w, ")") && depth > 0 {
			depth--
		}
		if !drop {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// rootIn: a word of the indicator key k shares w's root, the caption naming
// the indicator in another form of the word ("ketersediaan" for
// "tersedianya", "kesesuaian" for "sesuai", "pemutakhiran" for
// "memutakhirkan"). One suffix and one prefix come off, never below five
// letters.
func rootIn(w, k string) bool {
	r := wordRoot(w)
	for _, v := range strings.Fields(k) {
		if wordRoot(v) == r {
			return true
		}
	}
	return false
}

func wordRoot(w string) string {
	for _, s := range []string{"nya", "kan", "an"} {
		if len(w) >= len(s)+5 && strings.HasSuffix(w, s) {
			w = w[:len(w)-len(s)]
			break
		}
	}
	for _, p := range []string{"ke", "pe", "me"} {
		if len(w) >= len(p)+5 && strings.HasPrefix(w, p) {
			w = w[len(p):]
			break
		}
	}
	return w
}

// introLine is the line right above the table that introduces it in place
// of a caption: one short paragraph ending in ':' ("Tren indikator
// ketersediaan sarana dan prasarana kerja 2020-2023:"). "" otherwise.
func (p *parser) introLine() string {
	if p.cur < 1 || p.cur >= len(p.blocks) {
		return ""
	}
	b := &p.blocks[p.cur-1]
	t := strings.TrimSpace(b.Text)
	if b.Kind != extract.Paragraph || len(t) > 160 || !strings.HasSuffix(t, ":") || len(sentences(t)) > 1 {
		return ""
	}
	return t
}
