package parse

import "testing"

// TestSakipLetterList: the SAKIP evaluation quoted as the Inspektorat's
// letter: an earlier numbered paragraph names the evaluated year (the
// letter's subject, or "evaluasi atas implementasi SAKIP Tahun Y"), the
// next states the score and its grade (quoted or not) with no year, and a
// lettered list gives the components, "Perencanaan Kinerja, bobot 30,00:
// nilai 20,45;" (a colon after the weight). The items load only when they
// add up to the score; two different years named above prove neither
// (made-up figures).
func TestSakipLetterList(t *testing.T) {
	items := []string{"   a. Perencanaan Kinerja, bobot 30,00: nilai 20,45;", "   b. Pengukuran Kinerja, bobot 30,00: nilai 21,10;",
		"   c. Pelaporan Kinerja, bobot 15,00: nilai 10,85;", "   d. Evaluasi Akuntabilitas Kinerja Internal, bobot 25,00: nilai 17,60;"}
	komp := []string{"2022|perencanaan|30|20.45", "2022|pengukuran|30|21.1", "2022|pelaporan|15|10.85", "2022|evaluasi_internal|25|17.6"}
	letter := func(named, score string, list ...string) []string {
		return append([]string{"Hal      : Laporan Hasil Evaluasi atas Implementasi SAKIP", "",
			named, "", score, ""}, list...)
	}
	const p1 = "1. Inspektorat Utama telah melakukan evaluasi atas implementasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) Tahun 2022 pada KPU Kabupaten Ende."
	checkDocs(t, []string{"sakip", "sakip_komponen"}, []docCase{{
		name: "grade quoted, year in the paragraph before",
		body: letter(p1, "2. Hasil evaluasi menunjukkan nilai 70,00 dengan predikat \"BB\", dengan rincian per komponen sebagai berikut:", items...),
		want: map[string][]string{"sakip": {"2022|70|BB"}, "sakip_komponen": komp},
	}, {
		name: "other verb, grade bare, weights written whole",
		body: letter("1) Evaluasi AKIP Tahun 2022 telah selesai dilaksanakan.", "2) Nilai yang diperoleh adalah 70,00 dengan predikat BB, terdiri atas:",
			"a. Pengukuran Kinerja, bobot 30: nilai 21,10;", "b. Perencanaan Kinerja, bobot 30: nilai 20,45;",
			"c. Pelaporan Kinerja, bobot 15: nilai 10,85;", "d. Evaluasi Akuntabilitas Kinerja Internal, bobot 25: nilai 17,60."),
		want: map[string][]string{"sakip": {"2022|70|BB"}, "sakip_komponen": {"2022|pengukuran|30|21.1", "2022|perencanaan|30|20.45", "2022|pelaporan|15|10.85", "2022|evaluasi_internal|25|17.6"}},
	}, {
		name: "items that do not add up",
		body: letter(p1, "2. Hasil evaluasi menunjukkan nilai 71,00 dengan predikat \"BB\":", items...),
	}, {
		name: "two years named above prove neither",
		body: letter("1. Evaluasi atas implementasi SAKIP Tahun 2022 melanjutkan evaluasi SAKIP Tahun 2021.",
			"2. Hasil evaluasi menunjukkan nilai 70,00 dengan predikat \"BB\", dengan rincian:", items...),
	}})
}
