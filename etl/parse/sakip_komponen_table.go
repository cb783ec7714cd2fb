package parse

// The SAKIP components table (Perencanaan 30, Pengukuran 30, Pelaporan 15,
// Evaluasi Internal 25 and the total): its columns, one value column per
// evaluated year, its rows, and the total's grade.

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// komponenOf maps a component name to its id.
func komponenOf(s string) string {
	k := normalize.Key(s)
	switch {
	case strings.Contains(k, "perencanaan") || strings.Contains(k, "performance planning"): // and the English names
		return "perencanaan"
	case strings.Contains(k, "pengukuran") || strings.Contains(k, "performance measurement"):
		return "pengukuran"
	case strings.Contains(k, "pelaporan") || strings.Contains(k, "performance reporting"):
		return "pelaporan"
	case strings.Contains(k, "evaluasi") && !strings.Contains(k, "hasil evaluasi") && !strings.Contains(k, "nilai") ||
		strings.Contains(k, "internal evaluation"):
		return "evaluasi_internal"
	case strings.Contains(k, "capaian"):
		return "capaian"
	}
	return ""
}

// sakipKomponenTable reads the SAKIP component table: Perencanaan 30,
// Pengukuran 30, Pelaporan 15, Evaluasi Internal 25, and its total.
func (p *parser) sakipKomponenTable(t *tableInfo) {
	b := t.b
	unfuseColumns(b) // "Nilai Komponen" over "22,25 Perencanaan Kinerja" (table_fused.go)
	cols := columnTexts(b)
	bobot, nama := -1, -1
	var nilaiCols []int // every value column, in order
	for j, cs := range cols {
		isNilai := false
		for _, c := range cs {
			k := normalize.SpacedKey(c)
			switch {
			case shareHeader(k): // "Porsi Nilai (%)": a share of the final score (share_columns.go)
			case has(k, "bobot") && bobot < 0:
				bobot = j
			case has(k, "nilai", "skor") || strings.Contains(k, " nilai ") || yearOnly(k):
				// "Tahun 2022" alone over a component column: that year's scores
				isNilai = j != bobot
			case has(k, "uraian", "komponen", "aspek", "kriteria") && nama < 0:
				nama = j
			}
		}
		if isNilai {
			nilaiCols = append(nilaiCols, j)
		}
	}
	if len(nilaiCols) == 0 {
		return // without a Bobot column the weights come from the names: "Perencanaan Kinerja (30)"
	}
	nilaiCols = dropMergedScore(b, nama, nilaiCols) // the score merged down beside the components (sakip_merged_score.go)
	// "Skor Tersedia | Skor Diraih": the weight told by its figures (sakip_weight_column.go)
	bobot, nilaiCols = p.weightByFigures(t, nama, bobot, nilaiCols)
	p.komponenLegend(t, nama) // "A | 30,00 | 22,30" under a key "A = Perencanaan Kinerja" (sakip_komponen_legend.go)
	year := p.komponenTableYear(b)
	// one value column per evaluated year ("Nilai 2021 | Nilai 2022"): each
	// column is read as its own year. Several value columns that do not
	// name distinct years cannot be told apart: nothing is loaded.
	type valCol struct{ col, year int }
	var vals []valCol
	seenYear := map[int]bool{}
	for _, j := range nilaiCols {
		ys := distinctYears(strings.Join(cols[j], " "))
		if len(ys) == 1 && !seenYear[ys[0]] {
			seenYear[ys[0]] = true
			vals = append(vals, valCol{j, ys[0]})
		}
	}
	variant := -1
	if len(vals) == 0 && len(nilaiCols) > 1 {
		variant = komponenQualified(b, cols, nilaiCols, bobot, nama)
	}
	switch {
	case len(vals) == len(nilaiCols):
	case len(nilaiCols) == 1:
		vals = []valCol{{nilaiCols[0], year}}
	case variant >= 0:
		// "Nilai Komponen (skala 100)" beside "Nilai Tertimbang": the
		// column that sums to the total within the bobot (qualified_cols.go)
		vals = []valCol{{variant, year}}
	case len(vals) == 0 && anyRescaled(cols, nilaiCols):
		p.find("sakip.baris_tidak_pasti", facts.Warning, b.Start, b.End, t.label,
			"%s: %d kolom nilai komponen, satu di antaranya varian (skala 100, persentase); hitungan bobot dan total tidak membuktikan kolom nilainya; tidak dimuat", t.label, len(nilaiCols))
		return
	default:
		p.find("sakip.baris_tidak_pasti", facts.Warning, b.Start, b.End, t.label,
			"%s: %d kolom nilai komponen tanpa tahun yang dinilai masing-masing; tidak dimuat", t.label, len(nilaiCols))
		return
	}
	satker := p.doc.Meta.SatkerID
	if fs := distinctSatkers(normalize.FindSatkers(b.Caption, p.prov, false)); len(fs) == 1 {
		satker = fs[0]
	}
	for _, vc := range vals {
		p.sakipKomponenColumn(t, satker, vc.year, nama, bobot, vc.col, len(vals) > 1)
	}
}

// sakipKomponenColumn reads one value column of a component table as the
// components and total of year. perYear: the table has one value column
// per year, so a grade counts only when written in this column's cell.
func (p *parser) sakipKomponenColumn(t *tableInfo, satker string, year, nama, bobot, nilai int, perYear bool) {
	b := t.b
	var total *float64
	grade := ""
	start, end := 0, 0
	var comps []facts.SakipKomponen
	var totalW *float64  // the total row's weight
	blankW := -1         // the component whose weight cell is empty (-2: several)
	others := 0          // rows with a score and a name that is no component
	var other unnamedRow // the last of them, when it follows a component
	for i, r := range b.Rows {
		name := komponenRowName(r.Cells, nama)
		read := func(j int) *float64 {
			v, ok := cellNumber(r.Cells, j)
			if !ok {
				return nil
			}
			return &v
		}
		k := normalize.Key(name)
		switch {
		case strings.Contains(k, "nilai") || strings.Contains(k, "total") || strings.Contains(k, "jumlah"):
			if v := read(nilai); v != nil && cellsOwnScore(r.Cells, *v) {
				// "Evaluasi Internal Nilai Akhir : 64,50 (B)": a total line
				// with its score in the label cell was joined to the row
				// above as a wrapped name; the value column is that row's
				// component, not the score. Neither is proven.
				p.find("sakip.baris_tidak_pasti", facts.Warning, r.Start, r.End, name,
					"%s: baris %q memuat nilainya sendiri di kolom nama, bukan %s di kolom nilai; tidak dimuat", t.label, name, fmtNum(v))
				continue
			}
			if v := read(nilai); v != nil {
				total = v
				start, end = r.Start, r.End
				totalW = read(bobot)
			}
			if g := rowGrade(r.Cells, nilai, perYear, true); g != "" {
				grade = g
			}
		case strings.Contains(k, "kategori") || strings.Contains(k, "predikat"):
			if g := rowGrade(r.Cells, nilai, perYear, false); g != "" {
				grade = g
				if start > 0 {
					end = r.End
				}
			}
		default:
			id := komponenOf(name)
			if sub := subItemHead(&r, name); sub != "" {
				id = sub // "Perencanaan Kinerja" over its lettered sub-components (sakip_subitems.go)
			}
			if id == "" {
				if v := read(nilai); hasLetter(name) && v != nil {
					others++
					if len(comps) > 0 {
						other = unnamedRow{row: &b.Rows[i], label: name, nilai: v, bobot: read(bobot)}
					}
				}
				continue
			}
			w := read(bobot)
			if bobot < 0 {
				w = headerWeight(name)
			} else if w == nil && bobot < len(r.Cells) && strings.TrimSpace(r.Cells[bobot]) == "" || w == nil && bobot >= len(r.Cells) {
				if blankW == -1 {
					blankW = len(comps)
				} else {
					blankW = -2
				}
			}
			comps = append(comps, facts.SakipKomponen{Span: facts.Span{Start: r.Start, End: r.End},
				SatkerID: satker, TahunDinilai: year, Komponen: id, Bobot: w, Nilai: read(nilai), Sumber: t.label})
		}
	}
	if total == nil && others == 1 && other.row != nil && unlabelledTotal(other, comps, bobot >= 0) {
		// "117/PW.02-LHE/IV/2022 | 100,00 | 63,37": the last row is
		// labelled by something else (the LHE letter's number) but its
		// figures are the components' sums: it is the total.
		r := other.row
		total, start, end, others = other.nilai, r.Start, r.End, 0
		grade = rowGrade(r.Cells, nilai, perYear, true)
		p.find("sakip.total_tanpa_label", facts.Info, r.Start, r.End, t.label,
			"%s: baris terakhir berlabel %q tanpa kata nilai/total; nilainya %s = jumlah keempat komponen, bobotnya jumlah bobot: dibaca sebagai nilai akhir",
			t.label, strings.TrimSpace(other.label), fmtNum(other.nilai))
	}
	if others > 0 && !komponenSumTotal(comps, total) {
		// scored rows that name no component ("Pelatihan Kearsipan"): a
		// table of other scores whose one row happens to hold a
		// component's word, unless the components alone make the total
		// (the others then are their sub-criteria)
		p.find("sakip.baris_tidak_pasti", facts.Warning, b.Start, b.End, t.label,
			"%s: %d baris bernilai bukan komponen SAKIP, dan komponennya tidak berjumlah nilai total; tidak dimuat", t.label, others)
		return
	}
	if blankW >= 0 {
		p.komponenMergedWeight(t, comps, blankW, totalW) // a weight merged down from the row above (sakip_merged_score.go)
	}
	if bobot >= 0 {
		p.komponenFractionWeights(t, comps) // "Bobot (dari 1)": 0,30 for 30 (sakip_bobot_fraction.go)
	}
	p.komponenCellWeights(t, comps, bobot >= 0) // weights in the name cells (sakip_bobot_cell.go)
	p.komponenNoteWeights(t, comps)             // weights stated in a note by the table (sakip_bobot_note.go)
	p.komponenTableWeights(t, comps)            // weights in a table of their own beside it (sakip_bobot_table.go)
	p.doc.SakipKomponen = append(p.doc.SakipKomponen, comps...)
	if total != nil {
		p.addSakip(facts.Sakip{Span: facts.Span{Start: start, End: end}, SatkerID: satker, TahunDinilai: year,
			Nilai: total, Predikat: grade, Keyakinan: "tinggi", Sumber: t.label}, true)
	}
}

// rowGrade is the grade a total or predikat row of a component table
// states: the one in its value column, else the first in the row. A lookup
// table of bands typed beside the components (`Batas Bawah | Predikat`,
// the sheet's VLOOKUP helper) puts other grades right of it, on the same
// rows. perYear: only the value column's own cell counts. withScore: a
// grade written after the score ("63.55 (B)") counts too.
func rowGrade(cells []string, nilai int, perYear, withScore bool) string {
	of := func(c string) string {
		if g := normalize.Grade(c); g != "" {
			return g
		}
		if withScore {
			_, g := splitScoreGrade(c)
			return g
		}
		return ""
	}
	if nilai >= 0 && nilai < len(cells) {
		if g := of(cells[nilai]); g != "" || perYear {
			return g
		}
	}
	if perYear {
		return ""
	}
	for _, c := range cells {
		if g := of(c); g != "" {
			return g
		}
	}
	return ""
}

// unnamedRow is a scored row of a component table whose label names no
// component: its row, label, score and weight as the table's reader read
// them.
type unnamedRow struct {
	row          *extract.Row
	label        string
	nilai, bobot *float64
}

// unlabelledTotal: r, a row after the components whose label names no
// component nor a total, is proven the total by its figures: the four
// components each once above it, r's score their sum and, with a Bobot
// column (weighted), r's weight the sum of theirs.
func unlabelledTotal(r unnamedRow, comps []facts.SakipKomponen, weighted bool) bool {
	if len(comps) != 4 || r.row.Start <= comps[len(comps)-1].End || !komponenSumTotal(comps, r.nilai) {
		return false
	}
	seen := map[string]bool{}
	wsum := 0.0
	for _, c := range comps {
		if seen[c.Komponen] || c.Bobot == nil && weighted {
			return false
		}
		seen[c.Komponen] = true
		if c.Bobot != nil {
			wsum += *c.Bobot
		}
	}
	return !weighted || r.bobot != nil && math.Abs(*r.bobot-wsum) <= 0.01
}

// komponenSumTotal: the components' scores, every one given, sum to the
// total (within 0,01 a component).
func komponenSumTotal(comps []facts.SakipKomponen, total *float64) bool {
	if total == nil || len(comps) < 2 {
		return false
	}
	sum := 0.0
	for _, c := range comps {
		if c.Nilai == nil {
			return false
		}
		sum += *c.Nilai
	}
	return math.Abs(sum-*total) <= 0.01*float64(len(comps))+1e-9
}

// komponenRowName is a component table row's name: its name column's
// cell, else its first cell that is no value and no row number.
func komponenRowName(cells []string, nama int) string {
	if nama >= 0 && nama < len(cells) && cells[nama] != "" {
		return cells[nama]
	}
	for _, c := range cells {
		if c != "" && !valueLike(c) && !isRowNumber(c) {
			return c
		}
	}
	return ""
}

// cellNumber reads cells[j] as a number (a grade after it aside).
func cellNumber(cells []string, j int) (float64, bool) {
	if j < 0 || j >= len(cells) {
		return 0, false
	}
	c, _ := splitScoreGrade(cells[j])
	n := normalize.ParseNumber(c, normalize.Indonesian)
	return n.Value, n.Status == normalize.OK
}
