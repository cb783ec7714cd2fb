package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestBudgetScaleDoubt: a budget table's total and a total stated
// elsewhere for the same year (a prose sentence, a summary table) that
// differ by exactly a power of a thousand are one figure read in two
// scales; nothing proves which holds, so the table's amounts (every row
// of it) and the other total load NULL with anggaran.skala_ragu. A unit
// stated right agrees and loads; a genuinely different figure keeps the
// conflict rule (the table wins, anggaran.konflik_sumber).
func TestBudgetScaleDoubt(t *testing.T) {
	const (
		hdr     = "Kode\tUraian\tPagu\tRealisasi\t%"
		full    = "WA\tProgram Dukungan Manajemen\t4.605.282.000\t4.531.661.000\t98,40\nJUMLAH\t\t4.605.282.000\t4.531.661.000\t98,40"
		thou    = "WA\tProgram Dukungan Manajemen\t4.605.282\t4.531.661\t98,40\nJUMLAH\t\t4.605.282\t4.531.661\t98,40"
		prose   = "Pagu anggaran Tahun Anggaran 2022 sebesar Rp 4.605.282.000 dengan realisasi sebesar Rp 4.531.661.000 atau 98,40%."
		proseMi = "Pagu anggaran Tahun Anggaran 2022 sebesar Rp 4.605.282 dengan realisasi sebesar Rp 4.531.661 atau 98,40%."
		other   = "Pagu anggaran Tahun Anggaran 2022 sebesar Rp 4.700.000.000 dengan realisasi sebesar Rp 4.600.000.000 atau 97,87%."
	)
	tests := []struct {
		name     string
		body     []string
		wa, tot  int64 // pagu of the program and of the utama TOTAL; 0: NULL
		rule     string
		noReject bool // the scale rule must not fire
	}{
		{"ribuan stated wrongly over whole rupiah",
			[]string{prose, "", "Tabel 3.5 Realisasi Anggaran Tahun 2022 (dalam ribuan rupiah)", "", hdr, full}, 0, 0, "anggaran.skala_ragu", false},
		{"the unit in the header, stated wrongly",
			[]string{"Tabel 3.5 Realisasi Anggaran Tahun 2022", "", "Kode\tUraian\tPagu (Rp 000)\tRealisasi (Rp 000)\t%", full, "", prose}, 0, 0, "anggaran.skala_ragu", false},
		{"a unit of millions against thousands",
			[]string{"Tabel 3.5 Realisasi Anggaran Tahun 2022 (dalam jutaan rupiah)", "", hdr, thou, "", prose}, 0, 0, "anggaran.skala_ragu", false},
		{"whole rupiah stated over thousands, prose in rupiah",
			[]string{"Tabel 3.5 Realisasi Anggaran Tahun 2022", "", "Kode\tUraian\tPagu (Rp)\tRealisasi (Rp)\t%", thou, "", prose}, 0, 0, "anggaran.skala_ragu", false},
		{"the factor stated right",
			[]string{prose, "", "Tabel 3.5 Realisasi Anggaran Tahun 2022 (dalam ribuan rupiah)", "", hdr, thou}, 4605282000, 4605282000, "", true},
		{"stated in x Rp 1.000, right",
			[]string{"Tabel 3.5 Realisasi Anggaran Tahun 2022 (x Rp1.000)", "", hdr, thou, "", prose}, 4605282000, 4605282000, "", true},
		{"a genuine different figure",
			[]string{other, "", "Tabel 3.5 Realisasi Anggaran Tahun 2022", "", hdr, full}, 4605282000, 4605282000, "anggaran.konflik_sumber", true},
		{"prose amounts a thousand too small",
			[]string{proseMi, "", "Tabel 3.5 Realisasi Anggaran Tahun 2022", "", hdr, full}, 0, 0, "anggaran.skala_ragu", false},
		{"a summary table against the detail table",
			[]string{"Tabel 3.4 Ringkasan Realisasi Anggaran Tahun 2022 (dalam ribuan rupiah)", "", hdr, full, "",
				"Tabel 3.5 Realisasi Anggaran Tahun 2022", "", hdr, full}, 0, 0, "anggaran.skala_ragu", false},
		{"two tables agreeing",
			[]string{"Tabel 3.4 Ringkasan Realisasi Anggaran Tahun 2022 (dalam ribuan rupiah)", "", hdr, thou, "",
				"Tabel 3.5 Realisasi Anggaran Tahun 2022", "", hdr, full}, 4605282000, 4605282000, "", true},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		var wa, tot *facts.Anggaran
		for i := range d.Anggaran {
			a := &d.Anggaran[i]
			switch {
			case a.Kode == "076.01.WA" && a.Utama:
				wa = a
			case a.Kode == "TOTAL" && a.Tahun == 2022 && a.Utama:
				tot = a
			}
		}
		if wa == nil || tot == nil {
			t.Errorf("%s: rows %+v", tc.name, d.Anggaran)
			continue
		}
		if i64(wa.Pagu) != tc.wa || i64(tot.Pagu) != tc.tot {
			t.Errorf("%s: pagu WA %d TOTAL %d, want %d %d", tc.name, i64(wa.Pagu), i64(tot.Pagu), tc.wa, tc.tot)
		}
		if tc.wa == 0 && (wa.Realisasi != nil || wa.Sisa != nil || tot.Realisasi != nil) {
			t.Errorf("%s: amounts left: %+v %+v", tc.name, wa, tot)
		}
		if tc.wa == 0 && (tot.SerapanLapor == nil || *tot.SerapanLapor != 98.40) {
			t.Errorf("%s: the stated percentage is lost: %+v", tc.name, tot)
		}
		if tc.rule != "" && !hasRule(d, tc.rule) {
			t.Errorf("%s: no finding %s in %+v", tc.name, tc.rule, d.Findings)
		}
		if tc.noReject && hasRule(d, "anggaran.skala_ragu") {
			t.Errorf("%s: scale doubt raised: %+v", tc.name, d.Findings)
		}
	}
}

// TestPowerApart: the same amount in units a thousand or a million apart,
// exact or rounded to the coarser unit; other gaps are no scale.
func TestPowerApart(t *testing.T) {
	tests := []struct {
		x, y, want int64
	}{
		{4605282000, 4605282, 1000},
		{4605282, 4605282000, -1000},
		{4605282000, 4605, 1_000_000},
		{4605282400, 4605282, 1000}, // thousands rounded down
		{4605282600, 4605283, 1000}, // thousands rounded up
		{4605282000, 4605282000, 0},
		{4700000000, 4605282, 0},
		{4605282000, 4605281, 0}, // a thousand and one rupiah off
		{500000, 50, 0},          // too small to be an amount in thousands
	}
	for _, tc := range tests {
		if got := powerApart(tc.x, tc.y); got != tc.want {
			t.Errorf("powerApart(%d, %d) = %d, want %d", tc.x, tc.y, got, tc.want)
		}
	}
}
