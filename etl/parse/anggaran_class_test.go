package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// hasRule: d holds a finding with rule id.
func hasRule(d *facts.Document, rule string) bool {
	for _, f := range d.Findings {
		if f.Aturan == rule {
			return true
		}
	}
	return false
}

// TestProseTotalSisa: a budget total stated in prose gives sisa =
// pagu − realisasi when it states no sisa (as a table without a Sisa
// column does), keeps a stated sisa the subtraction proves, and loads NULL
// with a finding when the stated sisa disagrees.
func TestProseTotalSisa(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		year    int
		sisa    int64 // 0: NULL
		finding string
	}{
		{"no sisa stated", "Pada Tahun Anggaran 2022 pagu anggaran sebesar Rp 3.000.000.000 dengan realisasi sebesar Rp 2.900.000.000 atau 96,67%.",
			2022, 100000000, ""},
		{"earlier year, ribu words", "Sebagai pembanding, total pagu Tahun Anggaran 2021 sebesar Rp 2.500.000.000 dengan realisasi sebesar Rp 2.437.500.000 atau 97,50%.",
			2021, 62500000, ""},
		{"stated sisa proven", "Pagu anggaran Tahun Anggaran 2022 sebesar Rp 3.000.000.000 dengan realisasi sebesar Rp 2.900.000.000 atau 96,67%, sehingga sisa anggaran sebesar Rp 100.000.000.",
			2022, 100000000, ""},
		{"stated sisa contradicted", "Pagu anggaran Tahun Anggaran 2022 sebesar Rp 3.000.000.000 dengan realisasi sebesar Rp 2.900.000.000 atau 96,67%, sehingga sisa anggaran sebesar Rp 110.000.000.",
			2022, 0, "anggaran.sisa_tidak_cocok"},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.text)
		var a *facts.Anggaran
		for i := range d.Anggaran {
			if d.Anggaran[i].Kode == "TOTAL" && d.Anggaran[i].Tahun == tc.year {
				a = &d.Anggaran[i]
			}
		}
		if a == nil {
			t.Errorf("%s: no TOTAL %d in %+v", tc.name, tc.year, d.Anggaran)
			continue
		}
		if got := i64(a.Sisa); got != tc.sisa {
			t.Errorf("%s: sisa = %d, want %d", tc.name, got, tc.sisa)
		}
		if tc.finding != "" && !hasRule(d, tc.finding) {
			t.Errorf("%s: no finding %s in %+v", tc.name, tc.finding, d.Findings)
		}
	}
}

// TestProseTotalPercent: the serapan a sentence states, written "97,12
// persen" or after the pagu ("... dari pagu Rp ... atau 97,12%"), is kept
// when realisasi / pagu proves it; a percentage after a pagu that the
// ratio does not prove (a share of another total) is not the serapan.
func TestProseTotalPercent(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		serapan float64 // 0: NULL
	}{
		{"persen after the realisasi", "Pada Tahun Anggaran 2022 pagu sebesar Rp 3.000.000.000 dengan realisasi sebesar Rp 2.900.000.000 atau 96,67 persen.", 96.67},
		{"percent after the pagu", "Realisasi anggaran Tahun Anggaran 2022 sebesar Rp 2.900.000.000 dari total pagu Rp 3.000.000.000 atau 96,67%.", 96.67},
		{"a share after the pagu", "Realisasi anggaran Tahun Anggaran 2022 sebesar Rp 2.900.000.000 dari total pagu Rp 3.000.000.000 atau 12,50% dari pagu provinsi.", 0},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.text)
		if len(d.Anggaran) != 1 {
			t.Errorf("%s: anggaran %+v", tc.name, d.Anggaran)
			continue
		}
		got := 0.0
		if a := d.Anggaran[0]; a.SerapanLapor != nil {
			got = *a.SerapanLapor
		}
		if got != tc.serapan {
			t.Errorf("%s: serapan_lapor = %v, want %v", tc.name, got, tc.serapan)
		}
	}
}

// TestAnggaranPaguAwalColumn: "Pagu Awal" beside "Pagu Akhir" is the
// initial pagu (pagu_awal), the other the pagu; two pagu columns that say
// nothing of which is which load neither.
func TestAnggaranPaguAwalColumn(t *testing.T) {
	tests := []struct {
		name          string
		header        string
		pagu, awal    int64 // 0: NULL
		columnFinding bool
	}{
		{"awal and akhir", "Kode\tProgram\tPagu Awal\tPagu Akhir\tRealisasi\t%", 3120450000, 3000000000, false},
		{"semula and setelah revisi", "Kode\tProgram\tPagu Semula\tPagu Setelah Revisi\tRealisasi\t%", 3120450000, 3000000000, false},
		{"two unnamed pagu columns", "Kode\tProgram\tPagu\tPagu\tRealisasi\t%", 0, 0, true},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, "Tabel 3.7 Realisasi Anggaran Tahun 2024", "", tc.header,
			"WA\tProgram Dukungan Manajemen\t3.000.000.000\t3.120.450.000\t3.002.110.000\t96,21")
		if len(d.Anggaran) != 1 {
			t.Errorf("%s: anggaran %+v", tc.name, d.Anggaran)
			continue
		}
		a := d.Anggaran[0]
		if i64(a.Pagu) != tc.pagu || i64(a.PaguAwal) != tc.awal || i64(a.Realisasi) != 3002110000 {
			t.Errorf("%s: pagu %d awal %d realisasi %d, want %d %d 3002110000", tc.name, i64(a.Pagu), i64(a.PaguAwal), i64(a.Realisasi), tc.pagu, tc.awal)
		}
		if hasRule(d, "anggaran.kolom_ganda") != tc.columnFinding {
			t.Errorf("%s: anggaran.kolom_ganda raised %v, want %v", tc.name, !tc.columnFinding, tc.columnFinding)
		}
	}
}
