package parse

import (
	"math"
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// An office may set its RB result (PMPRB) as one row of a table whose other
// rows are the AKIP evaluation (its components and Nilai Akhir, or its total
// beside other evaluations): "Reformasi Birokrasi (PMPRB 2022) | 36,30 |
// 21,70" under the four components, or "Penilaian Mandiri RB | 2023 | 23,05
// | 36,30 | 63,50" under "Evaluasi AKIP | 2022 | 72,78 | 100,00 | 72,78".
// Only the row whose own label names RB is RB; the AKIP rows never are
// (read as RB they were a wrong fact), and what the SAKIP readers take
// from the table stays theirs.

// rePctNote: a percentage stated in a note under the table ("setara 59,78%").
var rePctNote = regexp.MustCompile(`(\d{1,3}(?:[.,]\d{1,2})?)\s*%`)

// rbBesideAKIP reads the RB row(s) of a table that also holds the AKIP
// result and returns their indexes (loaded or refused, they are RB's,
// never SAKIP's); nil when t is no such table (then the caller reads it as
// before). komponen: the table was classified as the AKIP components'.
func (p *parser) rbBesideAKIP(t *tableInfo, komponen bool) []int {
	b := t.b
	if len(b.Rows) < 2 || len(b.Rows) > 12 || !rowsNameRB(b) {
		return nil
	}
	cols := columnTexts(b)
	nilai, bobot, persen, tahun := -1, -1, -1, -1
	var maxCol bool // the weight is the column of RB's scale maximum
	for j, cs := range cols {
		raw := strings.Join(cs, " ")
		k := normalize.SpacedKey(raw)
		switch {
		case has(k, "bobot") && bobot < 0:
			bobot = j
		case hasPrefix(k, "maks", "max", "tertinggi") && bobot < 0:
			bobot, maxCol = j, true // "Nilai Maksimum", "Skor Maksimal", "Maks."
		case (has(k, "persen", "persentase") || strings.Contains(raw, "%")) && persen < 0:
			persen = j
		case has(k, "tahun") && !has(k, "nilai", "skor") && tahun < 0:
			tahun = j
		case has(k, "nilai", "skor", "indeks"):
			if nilai >= 0 {
				return nil // a value column per year or kind: which is RB's is unproven
			}
			nilai = j
		}
	}
	if nilai < 0 {
		return nil
	}
	value := func(j int) bool { return j == nilai || j == bobot || j == persen || j == tahun }
	var rbRows []int
	area := false // RB's own sheet: its areas and components are rows
	akip := komponen && akipComponentRows(b)
	for i := range b.Rows {
		switch k := rowLabelKey(&b.Rows[i], value); {
		case rbRowLabel(k) && !sakipContext(k):
			rbRows = append(rbRows, i)
		case akipResultLabel(k) && !rbNamed(k):
			akip = true // "Evaluasi Akuntabilitas Kinerja (AKIP)", "Nilai SAKIP"
		case rbAreaLabel(k):
			area = true
		}
	}
	if !akip || area || len(rbRows) == 0 {
		return nil
	}
	num := func(i, j int) *float64 { return rowNumber(b, i, j) }
	noteYear, notePct := p.rbNoteBelow(b)
	years := make([]int, len(rbRows))
	count := map[int]int{}
	for n, i := range rbRows {
		if num(i, nilai) != nil {
			years[n] = p.rbRowYear(t, &b.Rows[i], tahun, value, noteYear)
			count[years[n]]++
		}
	}
	for n, i := range rbRows {
		r := &b.Rows[i]
		label := strings.Join(nonEmptyCells(r.Cells), " | ")
		v, w := num(i, nilai), num(i, bobot)
		if v == nil {
			continue
		}
		year := years[n]
		if year == 0 {
			p.find("rb.tahun_tidak_pasti", facts.Warning, r.Start, r.End, fmtNum(v),
				"%s: baris RB %q tanpa tahun (baris, catatan, judul); tidak dimuat", t.label, shorten(label, 120))
			continue
		}
		if count[year] > 1 {
			// two RB rows of one year: which is the result is unproven
			p.find("rb.tahun_tidak_pasti", facts.Warning, r.Start, r.End, fmtNum(v),
				"%s: dua baris RB tahun %d; tidak dimuat", t.label, year)
			continue
		}
		if w != nil && (*w <= 0 || *v > *w) {
			// not a weight of this score: said, so the NULL bobot has its why
			p.find("rb.tidak_konsisten", facts.Warning, r.Start, r.End, fmtNum(w),
				"%s: bobot RB %s tidak mungkin untuk nilai %s; bobot dimuat NULL", t.label, fmtNum(w), fmtNum(v))
			w = nil
		}
		pct, stated := num(i, persen), persen >= 0 && strings.TrimSpace(r.Cell(persen)) != ""
		pctText := strings.TrimSpace(r.Cell(persen))
		if persen < 0 && notePct != "" && len(rbRows) == 1 {
			pct, stated, pctText = numOf(notePct), true, notePct // "setara 59,78% dari bobotnya"
		}
		if maxCol && (!stated || pct == nil || w == nil || !agreesPrinted(*v / *w * 100, pctText)) {
			// a scale's maximum is RB's weight only when the stated percent proves it
			p.find("rb.tidak_konsisten", facts.Warning, r.Start, r.End, fmtNum(v),
				"%s: nilai maksimum %s tidak terbukti bobot RB (nilai %s, persen %q); tidak dimuat", t.label, fmtNum(w), fmtNum(v), pctText)
			continue
		}
		if stated && (pct == nil || w == nil || !agreesPrinted(*v / *w * 100, pctText)) {
			p.find("rb.tidak_konsisten", facts.Warning, r.Start, r.End, fmtNum(v),
				"%s: nilai RB %s dari bobot %s bukan %s%%; persen dimuat NULL", t.label, fmtNum(v), fmtNum(w), pctText)
			pct = nil
		}
		p.cov.hits++
		p.rbCand = append(p.rbCand, rbCandidate{rb: facts.RB{Span: facts.Span{Start: r.Start, End: r.End}, SatkerID: p.doc.Meta.SatkerID,
			Tahun: year, Nilai: v, Bobot: w, Persen: pct, Sumber: t.label}, years: []int{year}})
		if !stated && w != nil {
			p.find("rb.persen_tidak_disebut", facts.Info, r.Start, r.End, fmtNum(v),
				"nilai RB %s dari bobot %s tanpa persentase; persen dimuat NULL", fmtNum(v), fmtNum(w))
		}
	}
	return rbRows
}

// rowsNameRB: a cheap byte check before any split: some cell of b's rows
// may name RB ("Reformasi", "RB", "PMPRB", "Rb").
func rowsNameRB(b *extract.Block) bool {
	for i := range b.Rows {
		for _, c := range b.Rows[i].Cells {
			if strings.Contains(c, "RB") || strings.Contains(c, "Rb") || containsFoldASCII(c, "reformasi") {
				return true
			}
		}
	}
	return false
}

// rowLabelKey: the folded words of a row outside its value columns.
func rowLabelKey(r *extract.Row, value func(int) bool) string {
	var sb strings.Builder
	for j, c := range r.Cells {
		if c == "" || value(j) || isRowNumber(c) {
			continue
		}
		sb.WriteString(c)
		sb.WriteByte(' ')
	}
	return normalize.SpacedKey(sb.String())
}

// rbRowLabel: a row label naming the RB result itself (Reformasi
// Birokrasi, PMPRB, RB, Indeks RB), not one of its areas or components
// ("Manajemen Perubahan", "Komponen Pengungkit").
func rbRowLabel(k string) bool {
	return (strings.Contains(k, "reformasi birokrasi") || has(k, "rb", "pmprb")) &&
		!has(k, "pengungkit", "komponen hasil", "area", "manajemen perubahan", "penataan")
}

// akipResultLabel: a row label naming the AKIP evaluation's result
// ("Evaluasi Akuntabilitas Kinerja (AKIP)", "Nilai SAKIP 2022"), not an RB
// area that borrows the words ("Penguatan Akuntabilitas", "Kapasitas dan
// Akuntabilitas Kinerja Organisasi").
func akipResultLabel(k string) bool {
	return has(k, "akip", "sakip", "lakip") || strings.Contains(k, "evaluasi akuntabilitas kinerja") ||
		strings.Contains(k, "sistem akuntabilitas kinerja")
}

// rbAreaLabel: a row of RB's own sheet: a component or an area of change.
func rbAreaLabel(k string) bool {
	return has(k, "pengungkit", "manajemen perubahan", "deregulasi", "penataan", "penguatan", "bebas kkn") ||
		hasPrefix(k, "komponen hasil", "area perubahan")
}

// rbRowYear: the year of an RB row: its Tahun cell, else the one year its
// label names ("(PMPRB 2022)"), else the note under the table, else the
// caption or the introducing sentence when they name the RB year; 0 when
// none does.
func (p *parser) rbRowYear(t *tableInfo, r *extract.Row, tahun int, value func(int) bool, noteYear int) int {
	if tahun >= 0 {
		if ys := distinctYears(r.Cell(tahun)); len(ys) == 1 {
			return ys[0]
		} else if len(ys) > 1 {
			return 0
		}
	}
	var label []string
	for j, c := range r.Cells {
		if !value(j) {
			label = append(label, c)
		}
	}
	if ys := distinctYears(strings.Join(label, " ")); len(ys) == 1 {
		return ys[0]
	} else if len(ys) > 1 {
		return 0
	}
	if noteYear > 0 {
		return noteYear
	}
	if m := reRBNamedYear.FindStringSubmatch(t.b.Caption); m != nil {
		return atoi(m[1])
	}
	return p.introRBYear()
}

// rbNoteBelow: the note right under the table (Keterangan, Catatan, a mark)
// when it names RB: the year it ties to RB ("hasil penilaian mandiri RB
// tahun 2022", or its only year) and its one percentage.
func (p *parser) rbNoteBelow(b *extract.Block) (year int, pct string) {
	if p.cur < 0 || p.cur+1 >= len(p.blocks) || &p.blocks[p.cur] != b {
		return 0, ""
	}
	nb := &p.blocks[p.cur+1]
	if nb.Kind != extract.Paragraph || nb.IsCaption || nb.Start-b.End > 3 || !tableNote(nb.Text) {
		return 0, ""
	}
	k := normalize.SpacedKey(nb.Text)
	if !strings.Contains(k, "reformasi birokrasi") && !has(k, "rb", "pmprb") {
		return 0, ""
	}
	if m := reRBNamedYear.FindStringSubmatch(nb.Text); m != nil {
		year = atoi(m[1])
	} else if ys := distinctYears(nb.Text); len(ys) == 1 {
		year = ys[0]
	}
	if ms := rePctNote.FindAllStringSubmatch(nb.Text, -1); len(ms) == 1 {
		pct = ms[0][1]
	}
	return year, pct
}

// agreesPrinted: d rounds to the printed percentage at its own decimals.
func agreesPrinted(d float64, printed string) bool {
	n := normalize.ParseNumber(printed, normalize.Unknown)
	if n.Status != normalize.OK {
		return false
	}
	dec := 0
	if i := strings.LastIndexAny(printed, ",."); i >= 0 {
		dec = len(strings.TrimSpace(printed[i+1:]))
	}
	return math.Abs(d-n.Value) <= 0.5*math.Pow(10, -float64(dec))+1e-9
}
