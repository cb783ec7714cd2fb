package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// rbContext: a table that is about Reformasi Birokrasi: its caption or
// header says so, its rows name the RB components (pengungkit, hasil), or
// the sentence before it does; not a table its caption gives to SAKIP.
func (p *parser) rbContext(t *tableInfo) bool {
	rb := rbNamed
	if akipComponentRows(t.b) {
		// the four AKIP components are the table's rows, whatever else
		// its caption names ("Nilai Evaluasi AKIP Tahun 2021 dan
		// Reformasi Birokrasi" over the components, Nilai Akhir and one
		// RB row): its Nilai Akhir is the SAKIP score, never an RB total
		return false
	}
	if rb(t.cap) || rb(t.hdr) {
		return true
	}
	if sakipContext(t.cap) {
		// captioned as the AKIP evaluation: a row naming RB is a stray (the
		// next table's caption run into this one's last row), not its topic
		return false
	}
	for _, r := range t.b.Rows {
		if rb(normalize.SpacedKey(strings.Join(r.Cells, " "))) {
			return true
		}
	}
	if n := len(p.recent); n > 0 && !p.recent[n-1].caption {
		return rb(normalize.SpacedKey(p.recent[n-1].text))
	}
	return false
}

// rbTable reads an RB evaluation table: components (pengungkit, hasil)
// with nilai, bobot and persen, and the total row ("Nilai RB", "Total",
// "Indeks RB") that gives the rb fact of the year the caption names.
func (p *parser) rbTable(t *tableInfo) {
	p.stitchGroupedRows(t)
	if p.rbBesideAKIP(t, false) != nil {
		return // RB one row of a table of the AKIP result (rb_akip_mixed.go)
	}
	b := t.b
	unfuseColumns(b) // "Bobot Nilai" over "36,30 24,73" (table_fused.go)
	cols := columnTexts(b)
	if len(distinctYears(t.hdr)) >= 2 && len(rbYearCols(cols)) >= 2 {
		p.rbYearColumns(t, cols) // one column (or group of columns) per year
		return
	}
	nilai, bobot, persen := -1, -1, -1
	var titleBobot *float64 // "Nilai PMPRB (bobot 36,30)": the weight in the score's own title
	for j, cs := range cols {
		k := normalize.SpacedKey(strings.Join(cs, " "))
		switch {
		case nilai < 0 && has(k, "nilai", "skor", "indeks") && !has(k, "persen", "persentase"):
			if w, ok := weightInTitle(strings.Join(cs, " ")); ok {
				nilai, titleBobot = j, &w
				continue
			}
			if has(k, "bobot") && bobot < 0 {
				bobot = j
				continue
			}
			nilai = j
		case has(k, "persen", "persentase") && persen < 0:
			persen = j // "Persentase terhadap Bobot (%)": a share of the weight, not the weight
		case has(k, "bobot") && bobot < 0:
			bobot = j
		case (has(k, "capaian") || strings.Contains(strings.Join(cs, " "), "%")) && persen < 0:
			persen = j
		case has(k, "nilai", "skor", "indeks") && nilai < 0:
			nilai = j
		}
	}
	if nilai < 0 {
		return
	}
	year := captionYear(b.Caption)
	if year == 0 {
		year = p.introRBYear()
	}
	if year == 0 {
		year = p.doc.Meta.Tahun
	}
	num := func(r int, j int) *float64 { return rowNumber(b, r, j) }
	add := func(i, year int) {
		r := &b.Rows[i]
		p.cov.hits++
		p.rbCand = append(p.rbCand, rbCandidate{rb: facts.RB{Span: facts.Span{Start: r.Start, End: r.End}, SatkerID: p.doc.Meta.SatkerID,
			Tahun: year, Nilai: num(i, nilai), Bobot: orWeight(num(i, bobot), titleBobot), Persen: num(i, persen), Sumber: t.label}, years: []int{year}})
	}
	// one row per evaluated year: "Tahun | Nilai | Bobot | Persentase"
	tahun := -1
	for j, cs := range cols {
		if k := normalize.SpacedKey(strings.Join(cs, " ")); has(k, "tahun") && j != nilai && j != bobot && j != persen {
			tahun = j
		}
	}
	if tahun >= 0 {
		n := 0
		for i := range b.Rows {
			if ys := yearsIn(b.Rows[i].Cell(tahun)); len(ys) == 1 && num(i, nilai) != nil {
				add(i, ys[0])
				n++
			}
		}
		if n > 0 {
			return
		}
	}
	if len(b.Rows) == 1 && num(0, nilai) != nil && (bobot >= 0 || titleBobot != nil) {
		add(0, year) // a one-row table: the year's result
		return
	}
	for i := len(b.Rows) - 1; i >= 0; i-- {
		r := &b.Rows[i]
		label := normalize.SpacedKey(strings.Join(nonEmptyCells(r.Cells), " "))
		if !rbTotalLabel(label) {
			continue
		}
		v := num(i, nilai)
		if v == nil {
			return
		}
		p.cov.hits++
		p.rbCand = append(p.rbCand, rbCandidate{rb: facts.RB{Span: facts.Span{Start: r.Start, End: r.End}, SatkerID: p.doc.Meta.SatkerID,
			Tahun: year, Nilai: v, Bobot: num(i, bobot), Persen: num(i, persen), Sumber: t.label}, years: []int{year}})
		return
	}
}

// reTitleWeight is a weight stated in a column title: "(bobot 36,30)",
// "bobot: 36,30".
var reTitleWeight = regexp.MustCompile(`(?i)\bbobot\s*:?\s*([0-9]+(?:[.,][0-9]+)?)`)

// weightInTitle is the weight a score's column title states
// ("Nilai PMPRB (bobot 36,30)").
func weightInTitle(title string) (float64, bool) {
	m := reTitleWeight.FindStringSubmatch(title)
	if m == nil {
		return 0, false
	}
	n := normalize.ParseNumber(m[1], normalize.Indonesian)
	return n.Value, n.Status == normalize.OK
}

// orWeight is the row's own weight, else the one its score's title states.
func orWeight(row, title *float64) *float64 {
	if row != nil {
		return row
	}
	return title
}

// rbTotalLabel: a row label (folded, spaced) that names the RB result as a
// whole, not one of its components.
func rbTotalLabel(label string) bool {
	return has(label, "total", "jumlah", "nilai rb", "indeks rb", "nilai akhir", "indeks reformasi birokrasi", "nilai reformasi birokrasi")
}

// reRBNamedYear: the year named with the RB evaluation itself ("Reformasi
// Birokrasi Tahun 2023", "RB 2023"), not a later year of the sentence
// ("yang diterima pada tahun 2024").
var reRBNamedYear = regexp.MustCompile(`(?i)\b(?:reformasi\s+birokrasi|rb)\s+(?:tahun\s+)?((?:19|20)\d\d)\b`)

// introRBYear: a table without a caption introduced by a sentence that
// ends with a colon takes the year that sentence names for the RB
// evaluation; 0 when it names none.
func (p *parser) introRBYear() int {
	n := len(p.recent)
	if n == 0 || p.recent[n-1].caption {
		return 0
	}
	t := strings.TrimSpace(p.recent[n-1].text)
	if !strings.HasSuffix(t, ":") {
		return 0
	}
	if m := reRBNamedYear.FindStringSubmatch(t); m != nil {
		return atoi(m[1])
	}
	return 0
}

// akipComponentRows: three or more distinct AKIP components name rows of
// b by their own names, which say whose performance they weigh
// ("Perencanaan Kinerja", "Evaluasi Akuntabilitas Kinerja Internal",
// "Performance Planning"). A PMPRB sheet's components borrow the first
// words ("Perencanaan Perubahan", "Evaluasi Internal Birokrasi") and stay
// RB's.
func akipComponentRows(b *extract.Block) bool {
	seen := map[string]bool{}
	for _, r := range b.Rows {
		for _, c := range r.Cells {
			k := normalize.SpacedKey(c)
			if id := komponenOf(c); id != "" && id != "capaian" && !rbNamed(k) && !has(k, "birokrasi") &&
				(has(k, "kinerja") || has(k, "performance")) {
				seen[id] = true
				break
			}
		}
	}
	return len(seen) >= 3
}

// rowNumber is the number in row i, column j of b (Indonesian notation),
// nil when either is absent or the cell holds no plain number.
func rowNumber(b *extract.Block, i, j int) *float64 {
	if i < 0 || j < 0 || i >= len(b.Rows) {
		return nil
	}
	n := normalize.ParseNumber(b.Rows[i].Cell(j), normalize.Indonesian)
	if n.Status != normalize.OK {
		return nil
	}
	v := n.Value
	return &v
}
