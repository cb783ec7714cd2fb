package parse

import "testing"

// TestSakipCommaClauses: earlier years' SAKIP scores listed with commas
// alone, each with its own evaluated year, are read a clause each; a comma
// that parts a score from its only year does not split the clause.
func TestSakipCommaClauses(t *testing.T) {
	checkDocs(t, []string{"sakip"}, []docCase{{
		name: "two earlier years after the current one, commas only",
		body: []string{"Hasil evaluasi SAKIP atas kinerja tahun 2021 adalah 63,20 dengan predikat B.", "",
			"Nilai tahun kinerja 2020 adalah 58,40 (CC), tahun kinerja 2019 52,15 (CC)."},
		want: map[string][]string{"sakip": {"2021|63.2|B", "2020|58.4|CC", "2019|52.15|CC"}},
	}, {
		name: "three years in one sentence, kinerja tahun first",
		body: []string{"Evaluasi AKIP mencatat kinerja tahun 2022 dinilai 66,05 (B), kinerja tahun 2021 dinilai 61,90 (B), kinerja tahun 2020 dinilai 49,75 (C)."},
		want: map[string][]string{"sakip": {"2022|66.05|B", "2021|61.9|B", "2020|49.75|C"}},
	}, {
		name: "a comma between a score and its only year keeps the clause whole",
		body: []string{"Hasil evaluasi SAKIP atas kinerja tahun 2023 adalah 70,12 dengan predikat BB.", "",
			"Evaluasi sebelumnya memberi nilai 65,30 (B), kinerja tahun 2022."},
		want: map[string][]string{"sakip": {"2023|70.12|BB", "2022|65.3|B"}},
	}})
}
