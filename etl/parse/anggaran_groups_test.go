package parse

import "testing"

// TestAnggaranDuplicateColumns: a budget table that gives pagu or realisasi
// more than once (per jenis belanja, per triwulan) is read from the whole
// figure's column, named as such; when no header names it, nothing is read
// from those columns.
func TestAnggaranDuplicateColumns(t *testing.T) {
	tests := []struct {
		name       string
		body       []string
		pagu, real int64 // TOTAL row; 0 = NULL
	}{
		{"matrix per jenis belanja with a Jumlah group",
			[]string{"Tabel 3.4 Pagu dan Realisasi menurut Jenis Belanja TA 2024 (dalam ribuan rupiah)", "",
				"Kode\tProgram/Kegiatan\tBelanja Pegawai\t\tBelanja Barang\t\tJumlah\t\t%",
				"\t\tPagu\tRealisasi\tPagu\tRealisasi\tPagu\tRealisasi\t",
				"076.01.WA\tProgram Dukungan Manajemen\t1.000\t900\t3.000\t2.900\t4.000\t3.800\t95,00",
				"\tJUMLAH\t1.000\t900\t3.000\t2.900\t4.000\t3.800\t95,00"},
			4000000, 3800000},
		{"realisasi per triwulan and cumulative",
			[]string{"Tabel 3.4 Realisasi Anggaran per Triwulan Tahun Anggaran 2024", "",
				"Kode\tProgram\tPagu\tRealisasi TW I\tRealisasi TW II\tRealisasi s.d. TW II\t% Serapan",
				"076.01.WA\tProgram Dukungan Manajemen\t4.000.000\t1.000.000\t2.800.000\t3.800.000\t95,00",
				"\tJUMLAH\t4.000.000\t1.000.000\t2.800.000\t3.800.000\t95,00"},
			4000000, 3800000},
		{"two realisasi columns, no header names the whole",
			[]string{"Tabel 3.4 Realisasi Anggaran Tahun Anggaran 2024", "",
				"Kode\tProgram\tPagu\tRealisasi SP2D\tRealisasi SAKTI\t% Serapan",
				"076.01.WA\tProgram Dukungan Manajemen\t4.000.000\t3.700.000\t3.800.000\t95,00",
				"\tJUMLAH\t4.000.000\t3.700.000\t3.800.000\t95,00"},
			4000000, 0},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		found := false
		for _, a := range d.Anggaran {
			if a.Kode != "TOTAL" || a.Tahun != 2024 {
				continue
			}
			found = true
			if pagu, real := i64(a.Pagu), i64(a.Realisasi); pagu != tc.pagu || real != tc.real {
				t.Errorf("%s: pagu %d realisasi %d, want %d %d", tc.name, pagu, real, tc.pagu, tc.real)
			}
		}
		if !found {
			t.Errorf("%s: no TOTAL row", tc.name)
		}
	}
}

// TestNextYearTarget: "Target 2024 | Realisasi 2024 | Capaian | Target
// 2025" measures 2024 and plans 2025: capaian rows with 2024's target, no
// series rows.
func TestNextYearTarget(t *testing.T) {
	d := parseDoc(t, "next year",
		"Tabel 3.1 Capaian Kinerja Sasaran Strategis Tahun 2024", "",
		"No\tIndikator Kinerja\tTarget 2024\tRealisasi 2024\tCapaian\tTarget 2025",
		"1\tPersentase Partisipasi Pemilih dalam Pemilu/Pemilihan\t77,50%\t81,36%\t104,98%\t80%",
		"2\tPersentase Sengketa Hukum yang dimenangkan KPU\t100%\t100%\t100%\t90%")
	if len(d.CapaianSeri) != 0 {
		t.Errorf("%d series rows, want none", len(d.CapaianSeri))
	}
	if len(d.Capaian) != 2 {
		t.Fatalf("%d capaian rows, want 2", len(d.Capaian))
	}
	if got := d.Capaian[0].TargetTeks; got != "77,50%" {
		t.Errorf("target %q, want 77,50%%", got)
	}
}
