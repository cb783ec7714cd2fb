package parse

import "testing"

// TestMergedTargetClass: a target cell left empty under a run of equal
// targets takes the target above when the row's realisasi over it makes
// its reported capaian; otherwise it stays NULL.
func TestMergedTargetClass(t *testing.T) {
	doc := func(real, capaian string) []string {
		return []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2020", "",
			"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
			"1\tPersentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu\t%\t100,00\t100,00\t100,00",
			"2\tPersentase pembayaran gaji dan tunjangan yang tepat waktu\t%\t\t" + real + "\t" + capaian,
			"3\tPersentase KPU Kabupaten dalam Mengelola Arsip Inaktif Sesuai Aturan Kearsipan\t%\t60,00\t47,50\t79,17", ""}
	}
	first := "Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu|100|100|100"
	third := "Persentase KPU Kabupaten dalam Mengelola Arsip Inaktif Sesuai Aturan Kearsipan|60|47.5|79.17"
	checkDocs(t, []string{"capaian"}, []docCase{
		{"capaian proves the target above", doc("98,50", "98,50"), map[string][]string{"capaian": {
			first, "Persentase pembayaran gaji dan tunjangan yang tepat waktu|100|98.5|98.5", third}}},
		{"capaian of another target", doc("98,50", "103,68"), map[string][]string{"capaian": {
			first, "Persentase pembayaran gaji dan tunjangan yang tepat waktu|<nil>|98.5|103.68", third}}},
	})
}
