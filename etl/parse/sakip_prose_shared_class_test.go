package parse

import "testing"

// TestSakipNilaiLeads: earlier years' SAKIP scores under one "nilai" that
// opens the sentence, after the SAKIP text: a list of years then as many
// scores ("masing-masing", "berturut-turut"), or clauses each naming its
// year then its score. A written grade outside its score's band, a count
// of scores other than the years', another measure or a change leave the
// sentence unread. A score without its grade takes its band's.
func TestSakipNilaiLeads(t *testing.T) {
	lead := "Hasil Evaluasi AKIP Tahun 2023 yang disampaikan Inspektorat Utama memberikan nilai 66,20 dengan predikat B."
	this := "2023|66.2|B"
	checkDocs(t, []string{"sakip"}, []docCase{{
		name: "respective list with grades",
		body: []string{lead, "", "Nilai atas kinerja tahun 2020 dan 2021 masing-masing 62,15 (B) dan 64,80 (B)."},
		want: map[string][]string{"sakip": {this, "2020|62.15|B", "2021|64.8|B"}},
	}, {
		name: "three years in order, bare scores, another sentence before it",
		body: []string{lead, "", "Capaian ini patut disyukuri. Adapun nilai tahun kinerja 2020, 2021 dan 2022 berturut-turut 58,40, 61,75 dan 63,10."},
		want: map[string][]string{"sakip": {this, "2020|58.4|CC", "2021|61.75|B", "2022|63.1|B"}},
	}, {
		name: "adalah before the respective word, a year repeated with tahun",
		body: []string{lead, "", "Sebelumnya nilai atas kinerja tahun 2021 dan tahun 2022 adalah masing-masing sebesar 63,05 dan 65,90."},
		want: map[string][]string{"sakip": {this, "2021|63.05|B", "2022|65.9|B"}},
	}, {
		name: "clauses each naming the year before its score",
		body: []string{lead, "", "Sebagai perbandingan, nilai tahun kinerja 2021 sebesar 61,02 dan tahun kinerja 2022 63,44."},
		want: map[string][]string{"sakip": {this, "2021|61.02|B", "2022|63.44|B"}},
	}, {
		name: "a grade outside its score's band: the list unread",
		body: []string{lead, "", "Nilai tahun kinerja 2020 dan 2021 masing-masing 59,40 (B) dan 63,60 (B)."},
		want: map[string][]string{"sakip": {this}},
	}, {
		name: "more scores than years: unread",
		body: []string{lead, "", "Nilai tahun kinerja 2021 dan 2022 masing-masing 60,10, 62,30 dan 63,00."},
		want: map[string][]string{"sakip": {this}},
	}, {
		name: "a change between years: unread",
		body: []string{lead, "", "Nilai tahun kinerja 2021 sebesar 61,02 dan tahun kinerja 2022 naik 2,42 poin."},
		want: map[string][]string{"sakip": {this}},
	}})
}

// TestSakipScoresOwnYears: a sentence naming two years as evaluated and a
// score for each, the later one with "dengan predikat", gives each year
// its own score; the one-score pattern finding the later score must not
// date it by the first year.
func TestSakipScoresOwnYears(t *testing.T) {
	checkDocs(t, []string{"sakip"}, []docCase{{
		name: "sedangkan, the later score with dengan predikat",
		body: []string{"Evaluasi SAKIP atas kinerja tahun 2019 memberikan nilai 58,35 (CC), sedangkan kinerja tahun 2020 memperoleh nilai 61,90 dengan predikat B."},
		want: map[string][]string{"sakip": {"2019|58.35|CC", "2020|61.9|B"}},
	}, {
		name: "AKIP named, atas kinerja tahun twice",
		body: []string{"Hasil evaluasi AKIP atas kinerja tahun 2021 sebesar 57,10 (CC), sedangkan atas kinerja tahun 2022 diperoleh nilai 62,45 dengan predikat B."},
		want: map[string][]string{"sakip": {"2021|57.1|CC", "2022|62.45|B"}},
	}})
}
