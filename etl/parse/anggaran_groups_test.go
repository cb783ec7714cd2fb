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
				"076.01.WA\tProgram Dukungan Manajemen\t4.000.000.000\t1.000.000.000\t2.800.000.000\t3.800.000.000\t95,00",
				"\tJUMLAH\t4.000.000.000\t1.000.000.000\t2.800.000.000\t3.800.000.000\t95,00"},
			4000000000, 3800000000},
		{"two realisasi columns, no header names the whole",
			[]string{"Tabel 3.4 Realisasi Anggaran Tahun Anggaran 2024", "",
				"Kode\tProgram\tPagu\tRealisasi SP2D\tRealisasi SAKTI\t% Serapan",
				"076.01.WA\tProgram Dukungan Manajemen\t4.000.000.000\t3.700.000.000\t3.800.000.000\t95,00",
				"\tJUMLAH\t4.000.000.000\t3.700.000.000\t3.800.000.000\t95,00"},
			4000000000, 0},
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
