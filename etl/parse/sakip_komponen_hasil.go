package parse

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The SAKIP component table whose score column is not titled Nilai or Skor:
//
//	Tabel B.2 Nilai Evaluasi AKIP Tahun 2018 per Komponen
//	No | Komponen | Bobot | Hasil
//	1  | Perencanaan Kinerja | 30,00 | 17,20
//	...
//	   | Nilai Akhir | 100,00 | 57,36
//
// classify sends a Bobot table to the component reader only when a column
// says Nilai or Skor; a score column titled Hasil, Perolehan, Capaian or
// Realisasi leaves the table unclassified. Those words title many other
// tables (training results, sales, budgets), so the word is not enough:
// the table loads only when the arithmetic proves it is the evaluation's
// score sheet — at least three distinct SAKIP components, each scored
// between 0 and its weight, the weights adding to 100 and the scores to
// the total row. The evaluated year is the caption's ("AKIP Tahun 2018"),
// else the paragraph above's, else the report year − 1 (komponenTableYear).

// komponenHasilWords title the score column of such a table.
var komponenHasilWords = []string{"hasil", "perolehan", "capaian", "realisasi", "diperoleh", "angka"}

// sakipKomponenHasil reads the table and reports whether it did.
func (p *parser) sakipKomponenHasil(t *tableInfo) bool {
	h := t.hdr
	if !has(h, "bobot") || !has(h, komponenHasilWords...) || has(h, "nilai", "skor") {
		return false // cheap gate: Bobot and a score word, Nilai/Skor being classify's
	}
	ctx := sakipContext(t.cap) || sakipContext(h)
	for k := len(p.recent) - 1; k >= 0 && k >= len(p.recent)-2 && !ctx; k-- {
		ctx = sakipContext(normalize.SpacedKey(p.recent[k].text))
	}
	if !ctx || namesRB(t.cap) || namesRB(h) {
		return false // no AKIP in sight, or a Reformasi Birokrasi table (rows pengungkit / hasil)
	}
	b := t.b
	cols := columnTexts(b)
	nama, bobot, nilai := -1, -1, -1
	for j, cs := range cols {
		k := normalize.SpacedKey(strings.Join(cs, " "))
		switch {
		case has(k, "bobot"):
			if bobot >= 0 {
				return false
			}
			bobot = j
		case has(k, komponenHasilWords...):
			if nilai >= 0 {
				return false // two score columns: which year each holds is not said
			}
			nilai = j
		case has(k, "komponen", "uraian", "aspek", "kriteria") && nama < 0:
			nama = j
		}
	}
	if bobot < 0 || nilai < 0 {
		return false
	}
	if !p.komponenHasilProven(t, nama, bobot, nilai) {
		return false
	}
	satker := p.doc.Meta.SatkerID
	if fs := distinctSatkers(normalize.FindSatkers(b.Caption, p.prov, false)); len(fs) == 1 {
		satker = fs[0]
	}
	p.sakipKomponenColumn(t, satker, p.komponenTableYear(b), nama, bobot, nilai, false)
	return true
}

// komponenHasilProven: three or more distinct components, each 0 ≤ score
// ≤ weight, weights adding to 100, scores to the one total row.
func (p *parser) komponenHasilProven(t *tableInfo, nama, bobot, nilai int) bool {
	num := func(c string) (float64, bool) {
		n := normalize.ParseNumber(strings.TrimSpace(c), normalize.Indonesian)
		return n.Value, n.Status == normalize.OK
	}
	seen := map[string]bool{}
	var sumW, sumV, total float64
	totals := 0
	for _, r := range t.b.Rows {
		name := r.Cell(nama)
		if nama < 0 || name == "" {
			for _, c := range r.Cells {
				if c != "" && !valueLike(c) && !isRowNumber(c) {
					name = c
					break
				}
			}
		}
		k := normalize.Key(name)
		w, okW := num(r.Cell(bobot))
		v, okV := num(r.Cell(nilai))
		switch {
		case strings.Contains(k, "nilai") || strings.Contains(k, "total") || strings.Contains(k, "jumlah"):
			if !okV {
				return false
			}
			if okW && math.Abs(w-100) > 0.01 {
				return false
			}
			total = v
			totals++
		default:
			id := komponenOf(name)
			if id == "" {
				if okV || okW {
					return false // a scored row that is no component: not the evaluation's sheet
				}
				continue
			}
			if seen[id] || !okW || !okV || v < 0 || v > w+0.005 {
				return false
			}
			seen[id] = true
			sumW += w
			sumV += v
		}
	}
	return len(seen) >= 3 && totals == 1 && math.Abs(sumW-100) <= 0.01 && math.Abs(sumV-total) <= 0.011
}
