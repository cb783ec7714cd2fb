package parse

import (
	"fmt"
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
		{"read table", []string{"Tabel 3.1 Realisasi Anggaran", "", "Kode\tUraian\tPagu\tRealisasi\t%", "WA\tProgram Dukungan\t1.000.000.000\t900.000.000\t90,00", "\tJumlah\t1.000.000.000\t900.000.000\t90,00"},
			"", "tabel 1/1 kalimat 0/0"},
		{"read table without a serapan column says so", []string{"Tabel 3.1 Realisasi Anggaran", "", "Kode\tUraian\tPagu\tRealisasi", "WA\tProgram Dukungan\t1.000.000.000\t900.000.000", "\tJumlah\t1.000.000.000\t900.000.000"},
			"fakta.nilai_kosong", "tabel 1/1 kalimat 0/0"},
		{"row with numbers not read", []string{"Tabel 3.1 Realisasi Anggaran", "", "Kode\tUraian\tPagu\tRealisasi\t%", "WA\tProgram Dukungan\t1.000.000.000\t900.000.000\t90,00", "\tBelanja Pegawai\t500.000.000\t450.000.000\t90,00"},
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

// TestPartNullsOncePerTable: a table that lacks a column the warehouse
// shows (TPS, sisa, a reported capaian) says so in one finding over its
// rows, and a row whose own cell is empty elsewhere gets its own.
func TestPartNullsOncePerTable(t *testing.T) {
	tests := []struct {
		name string
		body []string
		want []string // fakta.nilai_kosong findings as "start-end"
	}{
		{"DPT table without desa and TPS columns", []string{
			"Tabel 4.1 Rekapitulasi DPT Pemilu 2024 Kabupaten Alor", "",
			"No\tKecamatan\tL\tP\tJumlah",
			"1\tTeluk Mutiara\t10.120\t10.480\t20.600",
			"2\tAlor Barat Laut\t7.005\t7.195\t14.200",
			"3\tPantar\t4.410\t4.590\t9.000",
			"\tJumlah\t21.535\t22.265\t43.800"},
			[]string{"8-11"}}, // parseDoc puts the body after a four-line cover
		{"budget tables without a Sisa column: sisa is derived, nothing to explain", []string{
			"Tabel 3.1 Realisasi Anggaran Program Tahun 2023", "",
			"Kode\tUraian\tPagu\tRealisasi\t%",
			"WA\tProgram Dukungan Manajemen\t2.000.000.000\t1.900.000.000\t95,00",
			"\tJumlah\t2.000.000.000\t1.900.000.000\t95,00",
			"",
			"Anggaran tersebut digunakan untuk mendukung seluruh tahapan kegiatan kantor sepanjang tahun.",
			"",
			"Tabel 3.2 Realisasi Anggaran Tahun 2022", "",
			"Kode\tUraian\tPagu\tRealisasi\t%",
			"WA\tProgram Dukungan Manajemen\t1.800.000.000\t1.710.000.000\t95,00",
			"\tJumlah\t1.800.000.000\t1.710.000.000\t95,00"},
			nil},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		var got []string
		for _, f := range d.Findings {
			if f.Aturan == "fakta.nilai_kosong" {
				got = append(got, fmt.Sprintf("%d-%d", f.Start, f.End))
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s: fakta.nilai_kosong at %v, want %v (%v)", tc.name, got, tc.want, d.Findings)
		}
	}
}
