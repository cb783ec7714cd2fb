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
	// the amounts: a satker's usual billions (a wrong thousands unit lifts
	// them past Rp 1 triliun, proven wrong) and a small budget in millions
	// (lifted to billions, still plausible: only the other source tells)
	for _, am := range []struct{ pagu, real, pagu000, real000, want, oth, othReal string }{
		{"4.605.282.000", "4.531.661.000", "4.605.282", "4.531.661", "4605282000", "4.700.000.000", "4.600.000.000"},
		{"460.528.000", "453.166.000", "460.528", "453.166", "460528000", "470.000.000", "460.000.000"},
	} {
		scaleDoubt(t, am.pagu, am.real, am.pagu000, am.real000, am.oth, am.othReal, atoi64(am.want))
	}
}

func atoi64(s string) int64 {
	var v int64
	for i := 0; i < len(s); i++ {
		v = v*10 + int64(s[i]-'0')
	}
	return v
}

func scaleDoubt(t *testing.T, pagu, real, pagu000, real000, oth, othReal string, want int64) {
	t.Helper()
	var (
		hdr     = "Kode\tUraian\tPagu\tRealisasi\t%"
		full    = "WA\tProgram Dukungan Manajemen\t" + pagu + "\t" + real + "\t98,40\nJUMLAH\t\t" + pagu + "\t" + real + "\t98,40"
		thou    = "WA\tProgram Dukungan Manajemen\t" + pagu000 + "\t" + real000 + "\t98,40\nJUMLAH\t\t" + pagu000 + "\t" + real000 + "\t98,40"
		prose   = "Pagu anggaran Tahun Anggaran 2022 sebesar Rp " + pagu + " dengan realisasi sebesar Rp " + real + " atau 98,40%."
		proseMi = "Pagu anggaran Tahun Anggaran 2022 sebesar Rp " + pagu000 + " dengan realisasi sebesar Rp " + real000 + " atau 98,40%."
		other   = "Pagu anggaran Tahun Anggaran 2022 sebesar Rp " + oth + " dengan realisasi sebesar Rp " + othReal + "."
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
			[]string{prose, "", "Tabel 3.5 Realisasi Anggaran Tahun 2022 (dalam ribuan rupiah)", "", hdr, thou}, want, want, "", true},
		{"stated in x Rp 1.000, right",
			[]string{"Tabel 3.5 Realisasi Anggaran Tahun 2022 (x Rp1.000)", "", hdr, thou, "", prose}, want, want, "", true},
		{"a genuine different figure",
			[]string{other, "", "Tabel 3.5 Realisasi Anggaran Tahun 2022", "", hdr, full}, want, want, "anggaran.konflik_sumber", true},
		{"prose amounts a thousand too small",
			[]string{proseMi, "", "Tabel 3.5 Realisasi Anggaran Tahun 2022", "", hdr, full}, 0, 0, "anggaran.skala_ragu", false},
		{"a summary table against the detail table",
			[]string{"Tabel 3.4 Ringkasan Realisasi Anggaran Tahun 2022 (dalam ribuan rupiah)", "", hdr, full, "",
				"Tabel 3.5 Realisasi Anggaran Tahun 2022", "", hdr, full}, 0, 0, "anggaran.skala_ragu", false},
		{"two tables agreeing",
			[]string{"Tabel 3.4 Ringkasan Realisasi Anggaran Tahun 2022 (dalam ribuan rupiah)", "", hdr, thou, "",
				"Tabel 3.5 Realisasi Anggaran Tahun 2022", "", hdr, full}, want, want, "", true},
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

// TestBudgetUnitBound: a table alone, no other source for its total. A
// stated unit that lifts a program or total line to Rp 1 triliun or more
// is proven wrong (no KPU satker's DIPA is that large): every amount
// NULL with anggaran.skala_ragu, percentages kept. A unit that gives a
// plausible budget loads.
func TestBudgetUnitBound(t *testing.T) {
	const hdr = "Kode\tUraian\tPagu\tRealisasi\t%"
	tests := []struct {
		name, caption, row string
		pagu               int64 // 0: NULL
	}{
		{"ribuan over whole rupiah", " (dalam ribuan rupiah)", "WA\tProgram Dukungan Manajemen\t4.605.282.000\t4.531.661.000\t98,40", 0},
		{"juta over thousands", " (Rp juta)", "WA\tProgram Dukungan Manajemen\t4.605.282\t4.531.661\t98,40", 0},
		{"juta with decimals", " (Rp juta)", "WA\tProgram Dukungan Manajemen\t4.605,28\t4.531,66\t98,40", 4605280000},
		{"ribuan over thousands", " (dalam ribuan rupiah)", "WA\tProgram Dukungan Manajemen\t4.605.282\t4.531.661\t98,40", 4605282000},
		{"an election year's large budget", " (dalam ribuan rupiah)", "WA\tProgram Dukungan Manajemen\t312.605.282\t304.531.661\t97,42", 312605282000},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, "Tabel 3.5 Realisasi Anggaran Tahun 2022"+tc.caption, "", hdr, tc.row)
		if len(d.Anggaran) != 1 {
			t.Errorf("%s: rows %+v", tc.name, d.Anggaran)
			continue
		}
		a := d.Anggaran[0]
		if i64(a.Pagu) != tc.pagu {
			t.Errorf("%s: pagu %d, want %d", tc.name, i64(a.Pagu), tc.pagu)
		}
		if tc.pagu == 0 && (a.Realisasi != nil || a.SerapanLapor == nil || !hasRule(d, "anggaran.skala_ragu")) {
			t.Errorf("%s: %+v %+v", tc.name, a, d.Findings)
		}
	}
}
