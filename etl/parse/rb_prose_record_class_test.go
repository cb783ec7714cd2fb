package parse

import "testing"

// TestRBRecord: an RB result written as one labelled record, each figure
// after its own key and '=' or ':', the keys parted by '//', ';' or ','
// (a telegram or form house style), is read when nilai, bobot and persen
// prove each other; figures that disagree load nothing.
func TestRBRecord(t *testing.T) {
	checkDocs(t, []string{"rb"}, []docCase{
		{"capitals, '=' and '//'", []string{"SKOR RB TAHUN 2021 = 21,84 // BOBOT = 36,30 // PERSEN = 60,17 // SELESAI."},
			map[string][]string{"rb": {"2021|21.84"}}},
		{"colons and semicolons, words written out", []string{"Indeks Reformasi Birokrasi 2023: 26,02; bobot maksimal: 36,30; persentase: 71,68%."},
			map[string][]string{"rb": {"2023|26.02"}}},
		{"no year in the key: the report's", []string{"Nilai RB = 19,66 // Bobot = 36,30 // Persen = 54,16"},
			map[string][]string{"rb": {"2024|19.66"}}},
		{"index sentence, the year bare after the words", []string{"Indeks Reformasi Birokrasi 2022 sebesar 23,10."},
			map[string][]string{"rb": {"2022|23.1"}}},
		{"index sentence, two bare years", []string{"Indeks Reformasi Birokrasi 2021 dan 2022 sebesar 23,10."}, nil},
		{"figures that disagree", []string{"NILAI RB TAHUN 2021 = 21,84 // BOBOT = 36,30 // PERSEN = 64,17 // SELESAI."}, nil},
		{"two years in the key", []string{"NILAI RB 2020 DAN 2021 = 21,84 // BOBOT = 36,30 // PERSEN = 60,17."}, nil},
	})
}
