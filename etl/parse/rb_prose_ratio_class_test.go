package parse

import "testing"

// TestRBRatio: an RB result in a sentence whatever its verb is read when
// nilai, bobot and persen prove each other and follow the words
// Reformasi Birokrasi; figures that disagree are reported, not loaded.
func TestRBRatio(t *testing.T) {
	checkDocs(t, []string{"rb"}, []docCase{
		{"memberikan, percent in words", []string{"Evaluasi Reformasi Birokrasi tahun 2022 memberikan nilai 24,87 dari bobot 36,30 atau 68,51 persen (enam puluh delapan koma lima satu persen)."},
			map[string][]string{"rb": {"2022|24.87"}}},
		{"tercatat, percent in parentheses", []string{"Indeks Reformasi Birokrasi tahun 2022 tercatat 22,27 dari bobot 36,30 (61,35%)."},
			map[string][]string{"rb": {"2022|22.27"}}},
		{"RB abbreviated, meraih", []string{"Nilai RB tahun 2023 meraih 24,18 dari bobot 36,30, 66,61%."},
			map[string][]string{"rb": {"2023|24.18"}}},
		{"English, the year named as 'for'", []string{"The most recent Bureaucratic Reform evaluation, for 2022, gave 21.10 of a maximum weight of 36.30, or 58.13 percent."},
			map[string][]string{"rb": {"2022|21.1"}}},
		{"two years before the score: neither is proven", []string{"The Bureaucratic Reform evaluation of 2021, published in 2022, gave 21.10 of a maximum weight of 36.30, or 58.13 percent."}, nil},
		{"the percent after 'yaitu'", []string{"Untuk Reformasi Birokrasi, evaluasi tahun 2023 menempatkan KPU Kabupaten Sikka pada nilai 23,10 dari bobot maksimal 36,30, yaitu 63,64 persen."},
			map[string][]string{"rb": {"2023|23.1"}}},
		{"the percent after 'yakni', figures that disagree", []string{"Reformasi Birokrasi tahun 2023 dinilai 23,10 dari bobot 36,30, yakni 66,64%."}, nil},
		{"figures that disagree", []string{"Evaluasi Reformasi Birokrasi tahun 2022 memberikan nilai 24,87 dari bobot 36,30 atau 70,51 persen."}, nil},
	})
}
