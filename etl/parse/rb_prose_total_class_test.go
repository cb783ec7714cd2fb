package parse

import "testing"

// TestRBProseTotal: an RB sentence that gives the components' scores
// before the total ("pengungkit 14,10 dari bobot 21,78 dan hasil 8,95 dari
// bobot 14,52, total 23,05 dari bobot 36,30 (63,50%)") reads the total when
// the components sum to it and the three figures prove each other; a sum
// that fails loads nothing (made-up figures).
func TestRBProseTotal(t *testing.T) {
	checkDocs(t, []string{"rb"}, []docCase{
		{"components, then total with a percent in parentheses", []string{
			"Nilai evaluasi Reformasi Birokrasi tahun 2023: komponen pengungkit 14,10 dari bobot 21,78 dan komponen hasil 8,95 dari bobot 14,52, total 23,05 dari bobot 36,30 (63,50%)."},
			map[string][]string{"rb": {"2023|23.05"}}},
		{"RB short, secara keseluruhan, percent after atau", []string{
			"Hasil evaluasi RB tahun 2022 menunjukkan pengungkit 13,42 dari bobot 21,78, hasil 7,61 dari bobot 14,52, dan secara keseluruhan 21,03 dari bobot 36,30 atau 57,93%."},
			map[string][]string{"rb": {"2022|21.03"}}},
		{"components that do not sum to the total", []string{
			"Nilai evaluasi Reformasi Birokrasi tahun 2023: komponen pengungkit 14,10 dari bobot 21,78 dan komponen hasil 8,85 dari bobot 14,52, total 23,05 dari bobot 36,30 (63,50%)."}, nil},
	})
}
