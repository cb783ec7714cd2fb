package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A roll table may count the ad hoc bodies instead of the areas: "No |
// Kecamatan | PPS | KPPS | Laki-laki | Perempuan | Jumlah Pemilih". A PPS
// count is no village count in general (several villages may share one
// PPS, a KPPS may serve two TPS, a staffing table counts members), so the
// PPS column is read as jumlah_desa and the KPPS column as jumlah_tps only
// when a note or sentence by the table states the one-to-one relation
// ("PPS dibentuk satu di setiap desa/kelurahan", "jumlah KPPS sama dengan
// jumlah TPS", "one KPPS at every polling station"), each body on its own
// statement, and only when the column's last figure is the sum of the rows
// above it (the kabupaten row of its kecamatan). Otherwise both stay NULL.

// ppsBody tells which ad hoc body a header names: 1 PPS, 2 KPPS, 0 none.
// Only the bare body or its count ("Jumlah PPS", "Jml. KPPS"): "Anggota
// KPPS" counts members, "PPS (Desa/Kel)" is read by its words already.
func ppsBody(cell string) int {
	if len(cell) > 16 || !containsFoldASCII(cell, "pps") {
		return 0 // most headers: no key built
	}
	k := strings.TrimSpace(normalize.SpacedKey(cell))
	k = strings.TrimPrefix(strings.TrimPrefix(k, "jumlah "), "jml ")
	switch k {
	case "pps":
		return 1
	case "kpps":
		return 2
	}
	return 0
}

// ppsNoteColumns gives the PPS and KPPS columns the roles of the village
// and TPS counts when the text by the table proves each relation.
func (p *parser) ppsNoteColumns(t *tableInfo, cols [][]string, roles []int) {
	if indexOf(roles, roleLP) < 0 || indexOf(roles, roleDesa) >= 0 && indexOf(roles, roleTPS) >= 0 {
		return
	}
	col := [3]int{-1, -1, -1}
	for j, cs := range cols {
		if roles[j] != roleNone {
			continue
		}
		for _, c := range cs {
			if w := ppsBody(c); w > 0 {
				if col[w] >= 0 {
					return // two columns of one body (years, elections): none is proven the one
				}
				col[w] = j
				break
			}
		}
	}
	if col[1] < 0 && col[2] < 0 {
		return
	}
	notes := p.ppsNotes(t)
	for w, role := range [3]int{0, roleDesa, roleTPS} {
		if w == 0 || col[w] < 0 || indexOf(roles, role) >= 0 {
			continue
		}
		n, ok := ppsStated(notes, w, t.label)
		if !ok || !columnSums(t.b.Rows, col[w]) {
			continue // keep NULL: the finding for the empty measure says so
		}
		roles[col[w]] = role
		what, body := "jumlah desa/kelurahan", "PPS"
		if w == 2 {
			what, body = "jumlah TPS", "KPPS"
		}
		p.find("dpt.badan_adhoc_sebagai_wilayah", facts.Info, n.Start, n.End, t.label,
			"%s: kolom %s dibaca sebagai %s menurut catatan %q", t.label, body, what, n.Text)
	}
}

// ppsNotes are the paragraphs by the table: those above it back to the
// table before (its caption and the note under the caption, the sentence
// introducing it) and those under it up to the next table or caption.
// A note-form line above the caption ("Catatan: …" after the table
// before's rows) belongs to the table before, and is left out.
func (p *parser) ppsNotes(t *tableInfo) []extract.Block {
	if p.cur < 0 || p.cur >= len(p.blocks) || p.blocks[p.cur].Kind != extract.Table {
		return nil
	}
	var out []extract.Block
	capStart := t.b.CaptionStart
	if capStart == 0 {
		capStart = t.b.Start
	}
	for i, n := p.cur-1, 0; i >= 0 && n < 6; i, n = i-1, n+1 {
		b := &p.blocks[i]
		if b.Kind != extract.Paragraph {
			break
		}
		if b.Start < capStart && !b.IsCaption && noteForm(b.Text) {
			continue
		}
		out = append(out, *b)
	}
	for _, c := range t.b.CaptionParts {
		out = append(out, extract.Block{Kind: extract.Paragraph, Start: t.b.CaptionStart, End: t.b.CaptionEnd, Text: c})
	}
	for i, n := p.cur+1, 0; i < len(p.blocks) && n < 3; i, n = i+1, n+1 {
		b := &p.blocks[i]
		if b.Kind != extract.Paragraph || b.IsCaption {
			break
		}
		out = append(out, *b)
	}
	return out
}

// noteForm: a paragraph written as a table's note ("Catatan:", "Ket.:",
// "Keterangan", "Note:", "*)").
func noteForm(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "*") {
		return true
	}
	k := normalize.SpacedKey(firstWords(s, 2))
	return strings.HasPrefix(k, " catatan ") || strings.HasPrefix(k, " keterangan ") ||
		strings.HasPrefix(k, " ket ") || strings.HasPrefix(k, " note ") || strings.HasPrefix(k, " notes ")
}

// firstWords is s's first n words.
func firstWords(s string, n int) string {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			n--
			if n == 0 {
				return s[:i]
			}
		}
	}
	return s
}

// ppsStated finds the note stating one body per area: body 1 one PPS per
// desa/kelurahan, body 2 one KPPS per TPS.
func ppsStated(notes []extract.Block, body int, label string) (extract.Block, bool) {
	for _, n := range notes {
		if !containsFoldASCII(n.Text, "pps") || otherTableNamed(n.Text, label) {
			continue
		}
		for _, c := range clauses(n.Text) {
			if oneToOne(normalize.SpacedKey(c), body) {
				return n, true
			}
		}
	}
	return extract.Block{}, false
}

// otherTableNamed: the text names a table by its number that is not this
// one ("Tabel 3.3 menunjukkan …" over Tabel 3.4); this table's own caption
// and label are kept.
func otherTableNamed(s, label string) bool {
	if !containsFoldASCII(s, "tabel") && !containsFoldASCII(s, "table") {
		return false
	}
	k, own := normalize.SpacedKey(s), normalize.SpacedKey(label)
	for _, w := range [2]string{" tabel ", " table "} {
		for i := strings.Index(k, w); i >= 0; {
			if !strings.HasPrefix(k[i:], own) {
				return true
			}
			j := strings.Index(k[i+1:], w)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return false
}

// clauses splits a note at the joints between statements: "dan", "serta",
// "and", commas and semicolons, so "PPS … di setiap desa dan KPPS … per
// dua TPS" is judged body by body.
func clauses(s string) []string {
	s = strings.ToLower(s)
	s = strings.NewReplacer(";", ",", " dan ", ",", " serta ", ",", " and ", ",", " sedangkan ", ",", " while ", ",", " whereas ", ",").Replace(s)
	return strings.Split(s, ",")
}

// oneToOne: the clause k (a spaced key) says one body of its kind per
// area, and says nothing that breaks the one-to-one (another number, a
// member count, a negation).
func oneToOne(k string, body int) bool {
	pps, kpps := has(k, "pps"), has(k, "kpps")
	if pps == kpps {
		return false // neither, or both in one clause: no relation of one body
	}
	if body == 1 && !pps || body == 2 && !kpps {
		return false
	}
	area := has(k, "desa", "kelurahan", "kel", "village", "villages")
	if body == 2 {
		area = has(k, "tps", "polling station", "polling stations")
	}
	// "per desa" alone is no proof ("sebaran PPS per desa"): the words
	// must say one body for every area, or as many bodies as areas
	if !area || !has(k, "setiap", "tiap", "masing masing", "satu", "sama dengan", "each", "every", "equal", "equals", "same", "one") {
		return false
	}
	if has(k, "dua", "tiga", "empat", "lima", "enam", "tujuh", "beberapa", "two", "three", "several",
		"anggota", "orang", "member", "members", "tidak", "bukan", "belum", "kecuali", "lebih", "kurang", "gabungan",
		"not", "no", "except", "more", "less", "kali", "times") {
		return false
	}
	for _, w := range strings.Fields(k) {
		if w[0] >= '0' && w[0] <= '9' && w != "1" && len(w) != 4 {
			return false // "per 2 TPS": a number other than one (a year is no count of bodies)
		}
	}
	return true
}

// columnSums: the column's last figure is the sum of the figures above it,
// and there are at least two of them (empty cells skipped; columnSum reads
// the figures).
func columnSums(rows []extract.Row, j int) bool {
	var filled []extract.Row
	for _, r := range rows {
		if strings.TrimSpace(r.Cell(j)) != "" {
			filled = append(filled, r)
		}
	}
	if len(filled) < 3 {
		return false
	}
	conv := rowsConvention(rows, j)
	sum, ok := columnSum(filled[:len(filled)-1], j, conv)
	last, lastOK := columnSum(filled[len(filled)-1:], j, conv)
	return ok && lastOK && sum == last
}
