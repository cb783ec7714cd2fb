package parse

import "testing"

// TestRBRoles: an RB sentence whose figures come in any order is read by
// each figure's own words when the three prove each other; a fourth
// figure, two of one role, two years or figures that disagree load nothing.
func TestRBRoles(t *testing.T) {
	checkDocs(t, []string{"rb"}, []docCase{
		{"weight first", []string{"Dari bobot maksimal 36,30, penilaian mandiri pelaksanaan Reformasi Birokrasi (PMPRB) tahun 2023 memberikan nilai 23,05, atau 63,50% dari bobot tersebut."},
			map[string][]string{"rb": {"2023|23.05"}}},
		{"percentage first", []string{"Sebesar 66,01 persen dari bobot 36,30 dicapai Reformasi Birokrasi tahun 2022, yakni nilai 23,96."},
			map[string][]string{"rb": {"2022|23.96"}}},
		{"a scale from zero to the weight", []string{"Penilaian mandiri Reformasi Birokrasi (PMPRB) tahun 2024 memberikan nilai 24,90 pada skala 0 sampai 36,30, atau 68,60% dari nilai tertinggi skala tersebut."},
			map[string][]string{"rb": {"2024|24.9"}}},
		{"a scale from another bottom", []string{"Penilaian mandiri Reformasi Birokrasi (PMPRB) tahun 2024 memberikan nilai 24,90 pada skala 10 sampai 36,30, atau 68,60% dari nilai tertinggi skala tersebut."}, nil},
		{"the shortfall to the weight", []string{"Penilaian mandiri Reformasi Birokrasi (PMPRB) tahun 2023 memberikan nilai 23,05, masih kurang 13,25 dari bobot maksimal 36,30; dengan demikian baru 63,50% dari bobot tersebut yang terpenuhi."},
			map[string][]string{"rb": {"2023|23.05"}}},
		{"a shortfall that does not make the weight", []string{"Penilaian mandiri Reformasi Birokrasi (PMPRB) tahun 2023 memberikan nilai 23,05, masih kurang 12,25 dari bobot maksimal 36,30; dengan demikian baru 63,50% dari bobot tersebut yang terpenuhi."}, nil},
		{"figures that disagree", []string{"Dari bobot maksimal 36,30, penilaian Reformasi Birokrasi tahun 2023 memberikan nilai 23,05, atau 68,50% dari bobot tersebut."}, nil},
		{"a fourth figure", []string{"Dari bobot maksimal 36,30, penilaian Reformasi Birokrasi tahun 2023 atas 8 area memberikan nilai 23,05, atau 63,50% dari bobot tersebut."}, nil},
		{"two weights", []string{"Dari bobot 36,30 dan bobot maksimal 40,00, penilaian Reformasi Birokrasi tahun 2023 memberikan 63,50% dari bobot tersebut."}, nil},
		{"two years", []string{"Dari bobot maksimal 36,30, penilaian Reformasi Birokrasi tahun 2022 yang terbit 2023 memberikan nilai 23,05, atau 63,50% dari bobot tersebut."}, nil},
	})
}
