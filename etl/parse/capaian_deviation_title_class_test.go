package parse

import "testing"

// TestCapaianDifferenceTitleClass: a last column giving the capaian's
// distance from 100 % in points ("Capaian thd 100% (poin)", "Selisih
// Capaian") loads as no capaian; the RKT/PK form's titles ("Tolok Ukur
// Kinerja", "Rencana Tingkat Capaian", "Tingkat Pencapaian (%)") name the
// indicator, target and capaian.
func TestCapaianDifferenceTitleClass(t *testing.T) {
	doc := func(header, c1, c2 string) []string {
		return []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2020", "", header,
			"1\tPersentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya\t%\t80,00\t84,27\t" + c1,
			"2\tPersentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu\t%\t100,00\t95,65\t" + c2, ""}
	}
	diff := map[string][]string{"capaian": {
		"Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya|80|84.27|<nil>",
		"Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu|100|95.65|<nil>"}}
	stated := map[string][]string{"capaian": {
		"Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya|80|84.27|105.34",
		"Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu|100|95.65|95.65"}}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"points from 100", doc("No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian thd 100% (poin)", "+5,34", "-4,35"), diff},
		{"Selisih Capaian", doc("No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tSelisih Capaian", "5,34", "-4,35"), diff},
		{"the RKT/PK form", doc("No\tTolok Ukur Kinerja\tSatuan\tRencana Tingkat Capaian\tRealisasi\tTingkat Pencapaian (%)", "105,34", "95,65"), stated},
	})
}
