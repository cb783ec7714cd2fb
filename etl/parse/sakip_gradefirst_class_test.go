package parse

import "testing"

// TestSakipGradeFirstHistory: a SAKIP history whose one column holds the
// predikat before the score ("Predikat (Nilai)" over "B (61,45)"), beside
// the year the result came ("Diterima Tahun"), gives each year dinilai its
// score and predikat; the component table without a caption under a
// sentence naming the year scored ("tahun yang dinilai 2021") scores that
// year, not the report year − 1.
func TestSakipGradeFirstHistory(t *testing.T) {
	checkDocs(t, []string{"sakip", "sakip_komponen"}, []docCase{{"history and components", []string{
		"Perkembangan hasil evaluasi AKIP KPU Kabupaten Sikka tiga tahun terakhir disajikan dalam tabel berikut.", "",
		"Tahun yang Dinilai\tPredikat (Nilai)\tDiterima Tahun", "2019\tB (61,45)\t2020", "2020\tB (66,40)\t2021", "2021\tB (64,56)\t2022", "",
		"Rincian nilai per komponen atas evaluasi tahun yang dinilai 2021:", "",
		"Komponen\tBobot\tNilai\tKenaikan/(Penurunan) terhadap 2020", "Perencanaan\t30,00\t18,50\t(2,75)",
		"Pengukuran\t30,00\t20,30\t1,40", "Pelaporan\t15,00\t10,00\t(0,60)", "Evaluasi Internal\t25,00\t15,76\t0,11", ""},
		map[string][]string{"sakip": {"2019|61.45|B", "2020|66.4|B", "2021|64.56|B"},
			"sakip_komponen": {"2021|perencanaan|30|18.5", "2021|pengukuran|30|20.3", "2021|pelaporan|15|10", "2021|evaluasi_internal|25|15.76"}}}})
}
