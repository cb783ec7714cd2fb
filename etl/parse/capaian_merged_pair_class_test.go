package parse

import "testing"

// TestCapaianMergedPairClass: a row printing its equal target and
// realisasi once, in a cell merged across both columns, reads that figure
// as both and its last cell as the capaian when proven (the capaian 100
// beside a grade or beside 100); a short row whose figures can be read
// either way (95,00 | 100,00) is read by position, as before.
func TestCapaianMergedPairClass(t *testing.T) {
	doc := func(rows ...string) []string {
		return append([]string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
			"1\tPersentase Partisipasi Pemilih dalam Pemilu/Pemilihan\t%\t80,00\t83,47\t104,34"}, append(rows, "")...)
	}
	first := "Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|80|83.47|104.34"
	checkDocs(t, []string{"capaian"}, []docCase{
		{"merged 100 and a merged grade", doc(
			"2\tPersentase Sengketa Hukum yang dimenangkan KPU\t%\t100,00\t100,00",
			"3\tOpini BPK atas Laporan Keuangan\tOpini\tWTP\t100,00"), map[string][]string{"capaian": {first,
			"Persentase Sengketa Hukum yang dimenangkan KPU|100|100|100",
			"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}}},
		{"either reading: by position", doc(
			"2\tPersentase Sengketa Hukum yang dimenangkan KPU\t%\t95,00\t100,00"), map[string][]string{"capaian": {first,
			"Persentase Sengketa Hukum yang dimenangkan KPU|95|100|<nil>"}}},
	})
}
