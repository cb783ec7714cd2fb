package parse

import "testing"

// TestFormBoxesClass: a web form printed with its input boxes reads as
// its fields: the box around a value is layout, an empty box no value,
// Realisasi written before Target.
func TestFormBoxesClass(t *testing.T) {
	checkDocs(t, []string{"capaian"}, []docCase{
		{"boxed fields, Realisasi before Target", []string{
			"Formulir Capaian Kinerja KPU Kabupaten Manggarai Barat Tahun 2021",
			"",
			"Indikator Kinerja: [ Persentase laporan keuangan tepat waktu ]",
			"Realisasi: [ 95,00 ]",
			"Target: [ 100,00 ]",
			"Capaian: [ 95,00 ]",
			"",
			"Indikator Kinerja: [ Indeks kepuasan layanan informasi publik ]",
			"Realisasi: [  84,00  ]",
			"Target: [ 80,00 ]",
			"Capaian: [ 105,00 ]",
			"",
		}, map[string][]string{"capaian": {
			"Persentase laporan keuangan tepat waktu|100|95|95",
			"Indeks kepuasan layanan informasi publik|80|84|105"}}},
		{"boxes without spaces, one left empty", []string{
			"Isian Capaian Kinerja KPU Kabupaten Sabu Raijua Tahun 2019",
			"",
			"Indikator Kinerja :[Persentase TPS dengan logistik tepat waktu]",
			"Realisasi :[98,20]",
			"Target :[100,00]",
			"Capaian :[ ]",
			"",
		}, map[string][]string{"capaian": {
			"Persentase TPS dengan logistik tepat waktu|100|98.2|<nil>"}}},
	})
}
