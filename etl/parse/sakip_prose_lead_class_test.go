package parse

import "testing"

// TestSakipScoreBeforeItsYear: a score stated before the "Evaluasi AKIP
// Tahun Y" it belongs to ("predikat BB dengan nilai 75,37 dalam Hasil
// Evaluasi AKIP Tahun 2023") is that year's when only connecting words
// stand between; a score tied to another year before it is not.
func TestSakipScoreBeforeItsYear(t *testing.T) {
	checkDocs(t, []string{"sakip"}, []docCase{{
		name: "two years, the first year's score before its mention",
		body: []string{"KPU Kabupaten Sikka memperoleh predikat BB dengan nilai 75,37 dalam Hasil Evaluasi AKIP Tahun 2023, " +
			"setelah pada Evaluasi AKIP Tahun 2022 memperoleh 69,88 (B)."},
		want: map[string][]string{"sakip": {"2023|75.37|BB", "2022|69.88|B"}},
	}, {
		name: "one year, score and grade in parentheses before it",
		body: []string{"Nilai 72,45 (BB) pada Evaluasi AKIP Tahun 2023 diperoleh berkat perbaikan dokumen perencanaan."},
		want: map[string][]string{"sakip": {"2023|72.45|BB"}},
	}, {
		name: "a score tied to an earlier year before the mention is not the mentioned year's",
		body: []string{"Dari nilai 70,10 (B) pada tahun 2021, KPU Kabupaten Sikka naik pada Evaluasi AKIP Tahun 2022 menjadi 72,00 (BB)."},
		want: map[string][]string{"sakip": {"2022|72|BB"}},
	}})
}
