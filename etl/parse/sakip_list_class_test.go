package parse

import "testing"

// TestSakipKomponenList: the four SAKIP components stated as a list, one
// item per line ("a. Perencanaan Kinerja, bobot 30, nilai 20,20;"), under
// the paragraph naming the evaluated year and the score. The items are read
// together, in any order, the weight before or after the score; they load
// only when they add up to the score the paragraph states.
func TestSakipKomponenList(t *testing.T) {
	const intro = "Berdasarkan Laporan Hasil Evaluasi AKIP atas tahun kinerja 2022, Sekretariat KPU Kabupaten Sikka memperoleh nilai 66,30 dengan predikat B, yang terdiri atas:"
	weightFirst := []string{"a. Perencanaan Kinerja, bobot 30, nilai 20,20;", "b. Pengukuran Kinerja, bobot 30, nilai 20,30;",
		"c. Pelaporan Kinerja, bobot 15, nilai 10,65;", "d. Evaluasi Akuntabilitas Kinerja Internal, bobot 25, nilai 15,15;"}
	komp := []string{"2022|perencanaan|30|20.2", "2022|pengukuran|30|20.3", "2022|pelaporan|15|10.65", "2022|evaluasi_internal|25|15.15"}
	list := func(items ...string) []string { return append([]string{intro, ""}, items...) }
	checkDocs(t, []string{"sakip_komponen"}, []docCase{{
		name: "lettered list, weight first",
		body: list(weightFirst...),
		want: map[string][]string{"sakip_komponen": komp},
	}, {
		name: "internal evaluation first, written short",
		body: list("1) Evaluasi Internal, bobot 25, nilai 15,15;", "2) Perencanaan Kinerja, bobot 30, nilai 20,20;",
			"3) Pengukuran Kinerja, bobot 30, nilai 20,30;", "4) Pelaporan Kinerja, bobot 15, nilai 10,65."),
		want: map[string][]string{"sakip_komponen": {"2022|evaluasi_internal|25|15.15", "2022|perencanaan|30|20.2", "2022|pengukuran|30|20.3", "2022|pelaporan|15|10.65"}},
	}, {
		name: "score before the weight",
		body: list("- Perencanaan Kinerja: nilai 20,20 dari bobot 30;", "- Pengukuran Kinerja: nilai 20,30 dari bobot 30;",
			"- Pelaporan Kinerja: nilai 10,65 dari bobot 15;", "- Evaluasi Akuntabilitas Kinerja Internal: nilai 15,15 dari bobot 25."),
		want: map[string][]string{"sakip_komponen": komp},
	}, {
		name: "items that do not add up to the score",
		body: list(weightFirst[0], weightFirst[1], weightFirst[2], "d. Evaluasi Akuntabilitas Kinerja Internal, bobot 25, nilai 16,15;"),
		want: map[string][]string{},
	}, {
		name: "three items only",
		body: list(weightFirst[:3]...),
		want: map[string][]string{},
	}})
}
