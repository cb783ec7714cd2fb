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

// TestProseTotalClasses: a budget total stated in prose.
//   - sisa: pagu − realisasi when none is stated (as for a table without a
//     Sisa column); a stated sisa is kept when the subtraction proves it,
//     else NULL with a finding.
//   - serapan: the percentage written after the realisasi ("96,67 persen"
//     too), or after the pagu when realisasi / pagu proves it; a share
//     after the pagu that the ratio does not prove is no serapan.
//   - a grant's (hibah) pagu and realisasi, in its own sentence or one
//     referring back to it ("dana tersebut"), are not the budget's.
func TestProseTotalClasses(t *testing.T) {
	const (
		pagu = "Pagu anggaran Tahun Anggaran 2022 sebesar Rp 3.000.000.000 dengan realisasi sebesar Rp 2.900.000.000 atau 96,67%"
		real = "Realisasi anggaran Tahun Anggaran 2022 sebesar Rp 2.900.000.000 dari total pagu Rp 3.000.000.000 atau "
	)
	tests := []struct {
		name    string
		text    string
		year    int
		sisa    int64  // 0: NULL
		serapan string // "-": NULL
		finding string
		awal    int64 // pagu_awal; 0: NULL
	}{
		{"no sisa stated", pagu + ".", 2022, 100000000, "96.67", "", 0},
		{"earlier year", "Sebagai pembanding, total pagu Tahun Anggaran 2021 sebesar Rp 2.500.000.000 dengan realisasi sebesar Rp 2.437.500.000 atau 97,50%.",
			2021, 62500000, "97.5", "", 0},
		{"stated sisa proven", pagu + ", sehingga sisa anggaran sebesar Rp 100.000.000.", 2022, 100000000, "96.67", "", 0},
		{"stated sisa contradicted", pagu + ", sehingga sisa anggaran sebesar Rp 110.000.000.", 2022, 0, "96.67", "anggaran.sisa_tidak_cocok", 0},
		{"persen written out", "Pada Tahun Anggaran 2022 pagu sebesar Rp 3.000.000.000 dengan realisasi sebesar Rp 2.900.000.000 atau 96,67 persen.",
			2022, 100000000, "96.67", "", 0},
		{"percent after the pagu", real + "96,67%.", 2022, 100000000, "96.67", "", 0},
		{"a share after the pagu", real + "12,50% dari pagu provinsi.", 2022, 100000000, "-", "", 0},
		{"a grant's budget beside it", "Anggaran hibah Pemilihan Bupati Tahun 2022 sebesar Rp 25.000.000.000 dengan realisasi sebesar Rp 24.100.000.000 atau 96,40%. " +
			"Total anggaran Sekretariat TA 2022 sebesar Rp 3.000.000.000, terealisasi Rp 2.900.000.000 (96,67%).", 2022, 100000000, "96.67", "", 0},
		{"the grant named a sentence before", "Pada tahun 2022 dikelola dana hibah dari Pemerintah Daerah. Pagu dana tersebut Rp 25.000.000.000 dan realisasinya Rp 24.100.000.000. " +
			"Pagu anggaran Tahun Anggaran 2022 sebesar Rp 3.000.000.000 dengan realisasi sebesar Rp 2.900.000.000.", 2022, 100000000, "-", "", 0},
		{"DIPA induk, then revised", "Pagu DIPA induk Tahun Anggaran 2022 sebesar Rp 2.500.000.000, kemudian setelah revisi sebanyak 4 (empat) kali menjadi Rp 3.000.000.000. " +
			"Realisasi sampai dengan 31 Desember 2022 sebesar Rp 2.900.000.000 atau 96,67%.", 2022, 100000000, "96.67", "", 2500000000},
		{"a percentage far from realisasi / pagu", "Pagu anggaran Tahun Anggaran 2022 sebesar Rp 3.000.000.000 dengan realisasi sebesar Rp 2.900.000.000 atau 80,00%.",
			0, 0, "-", "anggaran.konflik_sumber", 0},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.text)
		var a *facts.Anggaran
		for i := range d.Anggaran {
			if d.Anggaran[i].Kode == "TOTAL" && d.Anggaran[i].Tahun == tc.year {
				a = &d.Anggaran[i]
			}
		}
		switch {
		case tc.year == 0 && len(d.Anggaran) > 0:
			t.Errorf("%s: loaded %+v, want nothing", tc.name, d.Anggaran)
		case tc.year != 0 && a == nil:
			t.Errorf("%s: no TOTAL %d in %+v", tc.name, tc.year, d.Anggaran)
		case a != nil && (i64(a.Sisa) != tc.sisa || fmtNum(a.SerapanLapor) != tc.serapan || i64(a.PaguAwal) != tc.awal):
			t.Errorf("%s: sisa %d serapan %s awal %d, want %d %s %d", tc.name, i64(a.Sisa), fmtNum(a.SerapanLapor), i64(a.PaguAwal), tc.sisa, tc.serapan, tc.awal)
		case tc.finding != "" && !hasRule(d, tc.finding):
			t.Errorf("%s: no finding %s in %+v", tc.name, tc.finding, d.Findings)
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
