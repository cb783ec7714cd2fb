package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestSakipAsIndicatorRealisation: the SAKIP result written as the
// realisation of the capaian table's indicator, without the word AKIP, is
// loaded only when it names one year scored and the grade is the score's
// band (made-up figures; read by proseSakip, sakip.go).
func TestSakipAsIndicatorRealisation(t *testing.T) {
	table := func(grade string) []string {
		return []string{"Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
			"1\tNilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten\t" + grade + "\t" + grade + "\t100,00%",
			"2\tNilai Keterbukaan Informasi Publik\t70\t72,50\t103,57%", ""}
	}
	tests := []struct {
		name  string
		grade string // the table's realisation of the AKIP indicator
		text  string
		want  string
	}{
		{"the year scored named as such, grade after 'dan'", "BB",
			"Realisasi indikator pertama adalah hasil evaluasi atas tahun kinerja 2023 yang diterima pada tahun 2024 dengan nilai 74,62 dan predikat BB.",
			"5307 2023 74.62 BB"},
		{"'tahun yang dinilai' in brackets, grade after 'dengan'", "B",
			"Realisasi indikator 1 diambil dari hasil evaluasi atas tahun kinerja 2023 (tahun yang dinilai 2023), yaitu nilai 61,05 dengan predikat B.",
			"5307 2023 61.05 B"},
		{"the grade is not the score's band", "B",
			"Realisasi indikator pertama adalah hasil evaluasi atas tahun kinerja 2023 dengan nilai 74,62 dan predikat B.", ""},
		{"two years scored", "BB",
			"Realisasi indikator pertama adalah hasil evaluasi atas tahun kinerja 2023, naik dari tahun kinerja 2022, dengan nilai 74,62 dan predikat BB.", ""},
		{"no year named as the one scored", "BB",
			"Realisasi indikator pertama adalah hasil evaluasi yang diterima pada tahun 2024 dengan nilai 74,62 dan predikat BB.", ""},
		{"an RB evaluation", "BB",
			"Realisasi indikator ketiga adalah hasil evaluasi reformasi birokrasi atas tahun kinerja 2023 dengan nilai 74,62 dan predikat BB.", ""},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, append(table(tc.grade), tc.text)...)
		var got []string
		for _, s := range d.Sakip {
			if s.Nilai != nil {
				got = append(got, fmt.Sprintf("%s %d %v %s", s.SatkerID, s.TahunDinilai, *s.Nilai, s.Predikat))
			}
		}
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%s: sakip %q, want %q", tc.name, got, tc.want)
		}
	}
}
