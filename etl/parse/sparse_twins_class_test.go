package parse

import "testing"

// TestSparseTwinsClass: one role in two columns that the rows fill apart
// (figures and grades in pairs of their own; a programme's amounts
// stepped apart from its kegiatan's) reads as one column; two columns
// that rows fill together stay as before (the source-twins check).
func TestSparseTwinsClass(t *testing.T) {
	capaian := []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2019", "",
		"No\tIndikator Kinerja\tSatuan\tTarget (angka)\tRealisasi (angka)\tTarget (predikat/opini)\tRealisasi (predikat/opini)\tCapaian (%)",
		"1\tPersentase Sengketa Hukum yang dimenangkan KPU\t%\t100,00\t90,00\t\t\t90,00",
		"2\tOpini BPK atas Laporan Keuangan\tOpini\t\t\tWTP\tWTP\t100,00", ""}
	budget := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2023", "",
		"Kode\tProgram/Kegiatan\tPagu Program (Rp)\tRealisasi Program (Rp)\tPagu Kegiatan (Rp)\tRealisasi Kegiatan (Rp)\tSisa (Rp)\tSerapan (%)",
		"076.01.WA\tProgram Dukungan Manajemen\t1.500.000.000\t1.350.000.000\t\t\t150.000.000\t90,00",
		"3355\tPengelolaan Keuangan\t\t\t1.000.000.000\t900.000.000\t100.000.000\t90,00",
		"3360\tOperasional Perkantoran\t\t\t500.000.000\t450.000.000\t50.000.000\t90,00", ""}
	checkDocs(t, []string{"capaian", "anggaran"}, []docCase{
		{"figures and grades", capaian, map[string][]string{"capaian": {
			"Persentase Sengketa Hukum yang dimenangkan KPU|100|90|90",
			"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}}},
		{"stepped by level", budget, map[string][]string{"anggaran": {
			"076.01.WA|program||2023|1500000000|1350000000|150000000", "3355|kegiatan|076.01.WA|2023|1000000000|900000000|100000000",
			"3360|kegiatan|076.01.WA|2023|500000000|450000000|50000000"}}},
	})
}
