package parse

import "testing"

// TestCapaianArithPartialClass: a capaian table naming one of target,
// realisasi and capaian by its title and the two others in words no
// vocabulary holds ("Hasil Pengukuran", "Persentase Keberhasilan";
// "Kinerja yang Direncanakan", "Kinerja yang Dicapai") has them named by
// their figures, the capaian being realisasi/target × 100; figures no
// reading fits name nothing.
func TestCapaianArithPartialClass(t *testing.T) {
	doc := func(header string, cells ...string) []string {
		return []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2020", "", header,
			"1\tPersentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya\t%\t" + cells[0],
			"2\tPersentase tersedianya sarana dan prasarana yang berfungsi dengan baik\t%\t" + cells[1],
			"3\tNilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten\tPredikat\tB\tB\t100,00", ""}
	}
	rows := []string{"75,00\t79,36\t105,81", "85,00\t83,12\t97,79"}
	proven := map[string][]string{"capaian": {
		"Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya|75|79.36|105.81",
		"Persentase tersedianya sarana dan prasarana yang berfungsi dengan baik|85|83.12|97.79",
		"Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten|<nil>|<nil>|100"}}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"target named", doc("No\tIndikator Kinerja\tSatuan\tTarget\tHasil Pengukuran\tPersentase Keberhasilan (%)", rows...), proven},
		{"capaian named", doc("No\tIndikator Kinerja\tSatuan\tKinerja yang Direncanakan\tKinerja yang Dicapai\tPersentase Capaian (%)", rows...), proven},
		{"no reading fits", doc("No\tIndikator Kinerja\tSatuan\tTarget\tHasil Pengukuran\tPersentase Keberhasilan (%)",
			"75,00\t79,36\t12,00", "85,00\t83,12\t13,00"), map[string][]string{"capaian": {
			"Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya|75|<nil>|<nil>",
			"Persentase tersedianya sarana dan prasarana yang berfungsi dengan baik|85|<nil>|<nil>",
			"Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten|<nil>|<nil>|<nil>"}}},
	})
}
