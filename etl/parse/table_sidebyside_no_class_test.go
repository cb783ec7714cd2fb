package parse

import "testing"

// TestSideBySideNoClass: two kinds of indicator side by side under one
// caption, each half with its own No and titles, the right half shorter,
// load as two tables; a list printed two-up with one header repeated is
// not split here.
func TestSideBySideNoClass(t *testing.T) {
	doc := []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2023", "",
		"No\tIndikator Kinerja (persentase)\tTarget (%)\tRealisasi (%)\tCapaian (%)\tNo\tIndikator Kinerja (predikat/opini)\tSatuan\tTarget\tRealisasi\tCapaian (%)",
		"1\tPersentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya\t80,00\t82,67\t103,34\t7\tNilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten\tPredikat\tB\tBB\t100,00",
		"2\tPersentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu\t100,00\t100,00\t100,00\t\t\t\t\t\t",
		"3\tPersentase Pemilih yang Berhak Memilih Tetapi Tidak Masuk dalam Daftar Pemilih Tetap\t1,50\t1,27\t115,33\t\t\t\t\t\t", ""}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"two halves", doc, map[string][]string{"capaian": {
			"Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya|80|82.67|103.34",
			"Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu|100|100|100",
			"Persentase Pemilih yang Berhak Memilih Tetapi Tidak Masuk dalam Daftar Pemilih Tetap|1.5|1.27|115.33",
			"Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten|<nil>|<nil>|100"}}},
	})
	if noTitle("Nomor Urut") || !noTitle("No.") || rowNameTitle("Target") || !rowNameTitle("Indikator Kinerja (persentase)") {
		t.Error("noTitle / rowNameTitle")
	}
}
