package parse

import "testing"

// TestBareBracketWeights: a bare bracketed number after a component's
// name is its weight only when the weights make their sum (100, or the
// total's, less the earlier framework's Capaian weight) and no score
// exceeds its weight. Held in the two readers that took such a number
// unchecked: the table whose components are its columns and the chart whose
// components are its labels. A year or a share in the brackets loads NULL
// weights with a finding; the scores still load.
func TestBareBracketWeights(t *testing.T) {
	scores := []string{"22.1", "19.6", "10.3", "16.4"}
	rows := func(w ...string) []string {
		out := make([]string, 4)
		for i, k := range []string{"perencanaan", "pengukuran", "pelaporan", "evaluasi_internal"} {
			out[i] = "2023|" + k + "|" + w[i] + "|" + scores[i]
		}
		return out
	}
	kolom := func(names ...string) []string {
		return chapterThree("ENDE", "2024", "Tabel 3.3 Nilai Komponen SAKIP Tahun 2023", "",
			"Tahun\t"+names[0]+"\t"+names[1]+"\t"+names[2]+"\t"+names[3]+"\t"+names[4],
			"2023\t22,10\t19,60\t10,30\t16,40\t68,40", "")
	}
	chart := func(w ...string) []string {
		return chapterThree("ENDE", "2024", "Hasil evaluasi disajikan pada grafik berikut.", "",
			"Gambar 3.2 Nilai per Komponen SAKIP 2023 KPU Kabupaten Ende",
			"Perencanaan ("+w[0]+"): 22,10 | Pengukuran ("+w[1]+"): 19,60 | Pelaporan ("+w[2]+"): 10,30 | Evaluasi Internal ("+w[3]+"): 16,40", "")
	}
	null := rows("<nil>", "<nil>", "<nil>", "<nil>")
	tests := []struct {
		name    string
		body    []string
		want    []string
		finding bool
	}{
		{"columns: weights that make 100", kolom("Perencanaan Kinerja (30)", "Pengukuran Kinerja (30)", "Pelaporan Kinerja (15)",
			"Evaluasi Internal (25)", "Nilai Akhir"), rows("30", "30", "15", "25"), false},
		{"columns: a year in the brackets", kolom("Perencanaan Kinerja (2023)", "Pengukuran Kinerja (2023)", "Pelaporan Kinerja (2023)",
			"Evaluasi Internal (2023)", "Nilai Akhir"), null, true},
		{"columns: each score's share of the sum", kolom("Perencanaan Kinerja (32,31)", "Pengukuran Kinerja (28,65)",
			"Pelaporan Kinerja (15,06)", "Evaluasi Internal (23,98)", "Nilai Akhir"), null, true},
		{"columns: weights of 90", kolom("Perencanaan Kinerja (30)", "Pengukuran Kinerja (30)", "Pelaporan Kinerja (15)",
			"Evaluasi Internal (15)", "Nilai Akhir"), null, true},
		{"columns: the total's weight stated", kolom("Perencanaan Kinerja (3)", "Pengukuran Kinerja (3)", "Pelaporan Kinerja (1,5)",
			"Evaluasi Internal (2,5)", "Nilai Akhir (10)"), null, true}, // the scores exceed weights of ten
		{"chart: weights that make 100", chart("30", "30", "15", "25"), rows("30", "30", "15", "25"), false},
		{"chart: a year in the brackets", chart("2023", "2023", "2023", "2023"), null, true},
		{"chart: weights of 95", chart("25", "30", "15", "25"), null, true},
		{"chart: each score's share of the sum", chart("32,31", "28,65", "15,06", "23,98"), null, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, tc.body)
			wantRows(t, "sakip_komponen", factRows["sakip_komponen"](d), tc.want)
			if got := qualFinding(d, "sakip.bobot_nama"); got != tc.finding {
				t.Errorf("finding sakip.bobot_nama: got %v, want %v", got, tc.finding)
			}
		})
	}
}
