package parse

import "testing"

// TestSakipBoundScores: scores told each right beside their evaluated year
// in a sentence naming more years than the one-score readers take, or a
// change from an earlier year: the score before its year ("57,90 untuk
// tahun kinerja 2018"), the earlier year's graded score of a change ("naik
// dari 64,02 (B) pada tahun kinerja 2020"), the year before its score
// ("kinerja tahun 2019, yaitu 58,02 (CC)"). A grade outside the band, a
// bare score with nothing proving it, a change figure, another measure or a
// year on both sides of a score give nothing.
func TestSakipBoundScores(t *testing.T) {
	lead := func(y, v, g string) string {
		return "Hasil Evaluasi AKIP Tahun " + y + " yang disampaikan Inspektorat Utama KPU memberikan nilai " + v + " dengan predikat " + g + "."
	}
	checkDocs(t, []string{"sakip", "rb"}, []docCase{{
		name: "bare scores before their years, beside the proven one",
		body: []string{lead("2021", "68,42", "B"), "",
			"Nilai tahun kinerja 2021 (68,42) meneruskan tren dua tahun terdahulu: 57,90 untuk tahun kinerja 2019 dan 62,88 untuk tahun kinerja 2020."},
		want: map[string][]string{"sakip": {"2021|68.42|B", "2019|57.9|CC", "2020|62.88|B"}},
	}, {
		name: "a change from the earlier year's graded score",
		body: []string{lead("2021", "70,35", "BB"), "",
			"Nilai tahun kinerja 2021 itu meningkat dari 64,02 (B) pada tahun kinerja 2020."},
		want: map[string][]string{"sakip": {"2021|70.35|BB", "2020|64.02|B"}},
	}, {
		name: "the year before its score, the grade in words",
		body: []string{lead("2020", "63,10", "B"), "",
			"Nilai ini lebih tinggi dibandingkan kinerja tahun 2019, yaitu 58,02 dengan predikat CC."},
		want: map[string][]string{"sakip": {"2020|63.1|B", "2019|58.02|CC"}},
	}, {
		name: "a fall from a score after its year's evaluation",
		body: []string{lead("2023", "69,75", "B"), "",
			"Nilai tersebut turun dibandingkan hasil evaluasi tahun 2022 sebesar 72,16 (BB)."},
		want: map[string][]string{"sakip": {"2023|69.75|B", "2022|72.16|BB"}},
	}, {
		name: "bare scores with nothing proving them",
		body: []string{lead("2021", "68,42", "B"), "",
			"Nilai tahun kinerja 2021 meneruskan tren dua tahun terdahulu: 57,90 untuk tahun kinerja 2019 dan 62,88 untuk tahun kinerja 2020."},
		want: map[string][]string{"sakip": {"2021|68.42|B"}},
	}, {
		name: "a grade outside the band, a change figure, another measure",
		body: []string{lead("2021", "70,35", "BB"), "",
			"Nilai tahun kinerja 2021 itu meningkat dari 64,02 (BB) pada tahun kinerja 2020.", "",
			"Nilai tahun kinerja 2021 naik 10,35 poin dari tahun kinerja 2020.", "",
			"Realisasi indikator nilai tahun kinerja 2021 naik dari 91,50 (A) pada tahun kinerja 2020.", "",
			"Nilai RB tahun kinerja 2021 naik dari 62,40 (B) pada tahun kinerja 2020."},
		want: map[string][]string{"sakip": {"2021|70.35|BB"}},
	}, {
		name: "a year on both sides of the score",
		body: []string{lead("2021", "70,35", "BB"), "",
			"Nilai kinerja tahun 2021 naik, sedangkan tahun kinerja 2019 adalah 64,02 (B) pada tahun kinerja 2020."},
		want: map[string][]string{"sakip": {"2021|70.35|BB"}},
	}})
}
