package parse

import "testing"

// TestSakipEarlierYearProse: an earlier year's SAKIP score stated in a
// sentence under the SAKIP text, its year named "tahun kinerja Y" (the
// words in either order), the grade after or before the score; the clause
// that states the change to the next year states no score of its own
// (made-up figures).
func TestSakipEarlierYearProse(t *testing.T) {
	lead := "Hasil Evaluasi AKIP Tahun 2023 memberikan nilai 71,45 dengan predikat BB."
	checkDocs(t, []string{"sakip"}, []docCase{{
		name: "tahun kinerja Y, the change clause after a semicolon",
		body: []string{lead, "", "Nilai tahun kinerja 2022 adalah 66,72 (B); dengan demikian nilai tahun kinerja 2023 meningkat 4,73 poin."},
		want: map[string][]string{"sakip": {"2023|71.45|BB", "2022|66.72|B"}},
	}, {
		name: "the grade before the score",
		body: []string{lead, "", "Nilai tahun kinerja 2022 adalah B (66,72), sedangkan nilai tahun kinerja 2023 naik 4,73 poin."},
		want: map[string][]string{"sakip": {"2023|71.45|BB", "2022|66.72|B"}},
	}, {
		name: "hasil evaluasi atas kinerja tahun Y sebesar",
		body: []string{lead, "", "Hasil evaluasi atas kinerja tahun 2022 sebesar 66,72 (B)."},
		want: map[string][]string{"sakip": {"2023|71.45|BB", "2022|66.72|B"}},
	}, {
		name: "a component's bare score is no SAKIP score",
		body: []string{"Hasil Evaluasi SAKIP Tahun 2023 untuk komponen Perencanaan Kinerja memperoleh nilai 18,40 dari bobot 30."},
	}, {
		name: "a change from the year before is no score of that year",
		body: []string{"Hasil Evaluasi AKIP Tahun 2024 memberikan nilai 71,45 dengan predikat BB.", "",
			"Nilai tahun kinerja 2023 turun dari 73,10 (BB) pada tahun sebelumnya."},
		want: map[string][]string{"sakip": {"2024|71.45|BB"}},
	}})
}
