package parse

import "testing"

// TestRBHistoryOwnWords: a history of RB scores (one row per year) whose
// caption or header names Reformasi Birokrasi is RB even a few lines under
// the chapter heading "AKUNTABILITAS KINERJA"; it never loads as SAKIP
// results graded by their band. A history naming no topic of its own there
// stays SAKIP.
func TestRBHistoryOwnWords(t *testing.T) {
	heading := chapterThree
	cases := []struct {
		name string
		body []string
		want map[string][]string
	}{
		{"caption names RB, Tahun | Nilai", heading("LEMBATA", "2024", "Tabel 3.10 Nilai Reformasi Birokrasi KPU Kabupaten Lembata", "", "Tahun\tNilai", "2022\t22,60", "2023\t24,05", ""),
			map[string][]string{"rb": {"2022|22.6", "2023|24.05"}}},
		{"header names RB, the caption no topic", heading("ALOR", "2023", "Tabel 3.6 Perkembangan Nilai", "", "Tahun\tNilai RB", "2020\t19,85", "2021\t20,70", "2022\t21,95", ""),
			map[string][]string{"rb": {"2020|19.85", "2021|20.7", "2022|21.95"}}},
		{"a percentage beside the score", heading("BELU", "2022", "Tabel 3.4 Hasil Evaluasi Reformasi Birokrasi", "", "Tahun\tNilai\tPersentase", "2020\t20,10\t55,37", "2021\t21,66\t59,67", ""),
			map[string][]string{"rb": {"2020|20.1", "2021|21.66"}}},
		{"no topic of its own: SAKIP as before", heading("ROTE NDAO", "2023", "Tabel 3.3 Hasil Evaluasi", "", "Tahun\tNilai\tPredikat", "2021\t63,40\tB", "2022\t66,15\tB", ""),
			map[string][]string{"sakip": {"2021|63.4|B", "2022|66.15|B"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, tc.body)
			for _, fam := range []string{"sakip", "rb"} {
				wantRows(t, fam, factRows[fam](d), tc.want[fam])
			}
		})
	}
}

// chapterThree: a report's cover lines and the heading of its chapter III
// (AKUNTABILITAS KINERJA), then body.
func chapterThree(kab, year string, body ...string) []string {
	return append([]string{"LAPORAN KINERJA KPU KABUPATEN " + kab + " TAHUN " + year, "", "Sekretaris KPU Kabupaten " + kab, "",
		"BAB III", "AKUNTABILITAS KINERJA", ""}, body...)
}
