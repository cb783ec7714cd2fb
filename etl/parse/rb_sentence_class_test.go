package parse

import "testing"

// TestRBSentenceForms: an RB result whose sentence joins the year's label
// to the score with a colon ("Nilai Reformasi Birokrasi Tahun 2022: 22,95
// dari bobot 36,30 (63,22%)") or gives the weight and percentage in one
// parenthesis ("21,77 (bobot 36,30; 59,97%)"); the three must agree (a
// percentage the division does not give loads nothing).
func TestRBSentenceForms(t *testing.T) {
	checkDocs(t, []string{"rb"}, []docCase{
		{"colon", []string{"Nilai Reformasi Birokrasi Tahun 2022: 22,95 dari bobot 36,30 (63,22%)."}, map[string][]string{"rb": {"2022|22.95"}}},
		{"weight and percentage in one parenthesis", []string{"Penilaian Reformasi Birokrasi Tahun 2021 menghasilkan nilai 21,77 (bobot 36,30; 59,97%)."},
			map[string][]string{"rb": {"2021|21.77"}}},
		{"a percentage that does not agree", []string{"Penilaian Reformasi Birokrasi Tahun 2021 menghasilkan nilai 21,77 (bobot 36,30; 69,97%)."},
			map[string][]string{"rb": nil}},
	})
}
