package parse

import (
	"testing"
)

// TestNoSilentDrops: a table with numbers is read or reported, a sentence
// with a number beside a family's words is read or reported, and a loaded
// row with NULL measures says why.
func TestNoSilentDrops(t *testing.T) {
	tests := []struct {
		name string
		body []string
		rule string // finding expected ("" = none of the coverage rules)
		cov  string // dokumen.cakupan value
	}{
		{"unknown table with numbers", []string{"Tabel 1.2 Jumlah Pegawai", "", "Golongan\tJumlah", "III\t12", "IV\t3"},
			"tabel.tidak_dikenali", "tabel 0/1 kalimat 0/0"},
		{"table of words only", []string{"Tabel 1.3 Tugas", "", "Divisi\tUraian", "Hukum\tMenyusun produk hukum", "Teknis\tMenyelenggarakan tahapan"},
			"", "tabel 0/0 kalimat 0/0"},
		{"read table", []string{"Tabel 3.1 Realisasi Anggaran", "", "Kode\tUraian\tPagu\tRealisasi", "WA\tProgram Dukungan\t1.000.000.000\t900.000.000", "\tJumlah\t1.000.000.000\t900.000.000"},
			"", "tabel 1/1 kalimat 0/0"},
		{"row with numbers not read", []string{"Tabel 3.1 Realisasi Anggaran", "", "Kode\tUraian\tPagu\tRealisasi", "WA\tProgram Dukungan\t1.000.000.000\t900.000.000", "\tBelanja Pegawai\t500.000.000\t450.000.000"},
			"tabel.baris_tidak_dikenali", "tabel 1/1 kalimat 0/0"},
		{"unread sentence", []string{"Jumlah DPTb pada Pemilu 2024 sebanyak 1.234 pemilih yang tersebar di 300 TPS."},
			"kalimat.tidak_dikenali", "tabel 0/0 kalimat 0/1"},
		{"unread sentence with thousands grouped by spaces that nothing proves", []string{"DPT Pemilu Tahun 2024 berjumlah 272 950 pemilih."},
			"kalimat.tidak_dikenali", "tabel 0/0 kalimat 0/1"},
		{"read sentence", []string{"Total pagu anggaran Tahun Anggaran 2024 sebesar Rp 1.000.000 dengan realisasi sebesar Rp 900.000 atau 90,00%."},
			"", "tabel 0/0 kalimat 1/1"},
		{"NULL realisasi says why", []string{"Tabel 2.1 Perjanjian Kinerja", "", "No\tIndikator Kinerja\tTarget", "1\tPersentase penyelesaian laporan keuangan\t100%"},
			"fakta.nilai_kosong", "tabel 1/1 kalimat 0/0"},
	}
	rules := []string{"tabel.tidak_dikenali", "tabel.baris_tidak_dikenali", "kalimat.tidak_dikenali", "fakta.nilai_kosong"}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		got := map[string]bool{}
		cov := ""
		for _, f := range d.Findings {
			got[f.Aturan] = true
			if f.Aturan == "dokumen.cakupan" {
				cov = f.Nilai
			}
		}
		for _, r := range rules {
			if got[r] != (r == tc.rule) {
				t.Errorf("%s: finding %s = %v, want %v (%v)", tc.name, r, got[r], r == tc.rule, d.Findings)
			}
		}
		if cov != tc.cov {
			t.Errorf("%s: cakupan %q, want %q", tc.name, cov, tc.cov)
		}
	}
}
