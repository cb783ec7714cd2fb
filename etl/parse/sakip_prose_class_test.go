package parse

import "testing"

// TestSakipPerformanceEvaluation: a sentence that states the result of the
// evaluation of a year's performance ("hasil evaluasi atas tahun kinerja
// 2022", "tahun yang dinilai 2018") without naming AKIP is the SAKIP
// result of that year when its grade fits the score's band and it names no
// other measure; a sentence on RB beside it in the paragraph does not hide
// it.
func TestSakipPerformanceEvaluation(t *testing.T) {
	checkDocs(t, []string{"sakip"}, []docCase{{
		name: "tahun kinerja, received a year later, nilai dan predikat",
		body: []string{"Realisasi indikator pertama adalah hasil evaluasi atas tahun kinerja 2022 yang diterima pada tahun 2023 dengan nilai 74,62 dan predikat BB. " +
			"Indikator ketiga diukur dengan persentase nilai reformasi birokrasi terhadap bobotnya."},
		want: map[string][]string{"sakip": {"2022|74.62|BB"}},
	}, {
		name: "tahun yang dinilai in parentheses",
		body: []string{"Realisasi indikator 2.1 diambil dari hasil evaluasi atas tahun kinerja 2018 (tahun yang dinilai 2018), yaitu nilai 61,05 dengan predikat B."},
		want: map[string][]string{"sakip": {"2018|61.05|B"}},
	}, {
		name: "a grade outside the score's band",
		body: []string{"Hasil evaluasi atas tahun kinerja 2022 memberikan nilai 74,62 dengan predikat B."},
		want: map[string][]string{},
	}, {
		name: "another measure evaluated",
		body: []string{"Hasil evaluasi keterbukaan informasi publik atas tahun kinerja 2022 memberikan nilai 74,62 dengan predikat BB."},
		want: map[string][]string{},
	}, {
		name: "a civil servant's own evaluation",
		body: []string{"Hasil evaluasi kinerja pegawai atas tahun kinerja 2022 memberikan nilai 85,10 dengan predikat A."},
		want: map[string][]string{},
	}, {
		name: "no year of performance named",
		body: []string{"Hasil evaluasi tahun 2022 memberikan nilai 74,62 dengan predikat BB."},
		want: map[string][]string{},
	}})
}
