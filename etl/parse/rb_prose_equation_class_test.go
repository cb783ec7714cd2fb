package parse

import "testing"

// TestRBEquation: an RB result stated as its computation is read by the
// places of its figures when the three prove each other; words naming the
// ratio the other way round, figures that disagree, or no word of RB in
// the sentence or the one before it load nothing.
func TestRBEquation(t *testing.T) {
	checkDocs(t, []string{"rb"}, []docCase{
		{"words, figures, result", []string{"Penilaian mandiri pelaksanaan Reformasi Birokrasi (PMPRB) tahun 2023 dihitung sebagai berikut:", "Capaian PMPRB = nilai : bobot x 100% = 22,90 : 36,30 x 100% = 63,09%."},
			map[string][]string{"rb": {"2023|22.9"}}},
		{"the score named with its own word", []string{"Capaian Reformasi Birokrasi tahun 2023 = Nilai PMPRB / Bobot x 100% = 22,90 / 36,30 x 100% = 63,09%."},
			map[string][]string{"rb": {"2023|22.9"}}},
		{"slash and ×, no words side", []string{"Capaian Reformasi Birokrasi tahun 2022 = 24,10 / 36,30 × 100 % = 66,39 %."},
			map[string][]string{"rb": {"2022|24.1"}}},
		{"words the other way round", []string{"Capaian Reformasi Birokrasi 2023 = bobot : nilai x 100% = 22,90 : 36,30 x 100% = 63,09%."}, nil},
		{"figures that disagree", []string{"Capaian Reformasi Birokrasi 2023 = nilai : bobot x 100% = 22,90 : 36,30 x 100% = 68,09%."}, nil},
		{"no word of RB", []string{"Capaian kinerja dihitung sebagai berikut:", "Capaian = realisasi : target x 100% = 22,90 : 36,30 x 100% = 63,09%."}, nil},
	})
}
