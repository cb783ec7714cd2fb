package parse

import (
	"strings"
	"testing"
)

// TestSakipYearLabelClass: a line under the SAKIP text labelling an earlier
// year's score with its year ("Nilai tahun 2020: 63,46 (predikat B).") is
// that year's sakip row when its grade fits the score's band (made-up
// offices and figures); look-alikes give no row for that year.
func TestSakipYearLabelClass(t *testing.T) {
	head := func(office string, year int) []string {
		return []string{"LAPORAN KINERJA", "KPU KABUPATEN " + office, "TAHUN " + itoa(year), ""}
	}
	sakipTable := []string{
		"B. Evaluasi Akuntabilitas Kinerja", "",
		"Hasil Evaluasi AKIP Tahun 2022 dari Inspektorat Utama KPU memberikan nilai 66,10 dengan predikat B.", "",
	}
	sakipTab := []string{
		"Tabel 3.4 Hasil Evaluasi SAKIP Tahun 2022", "",
		"No\tKomponen\tBobot\tNilai",
		"1\tPerencanaan Kinerja\t30,00\t20,10",
		"2\tPengukuran Kinerja\t30,00\t19,00",
		"3\tPelaporan Kinerja\t15,00\t10,00",
		"4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t17,00",
		"\tNilai Akhir\t100,00\t66,10", "",
	}
	budget := []string{"C. Realisasi Anggaran", "", "Pagu anggaran tahun 2022 sebesar Rp 4.000.000.000 terealisasi Rp 3.900.000.000 (97,50%).", ""}
	tests := []struct {
		name  string
		body  []string
		year  int
		score float64
		grade string // "" when no row of year may be loaded
	}{
		{"colon, predikat in brackets", append(append(head("ALOR", 2022), sakipTable...), "Nilai tahun 2021: 63,46 (predikat B)."), 2021, 63.46, "B"},
		{"AKIP word, equals sign, bare grade", append(append(head("ROTE NDAO", 2022), sakipTable...), "Nilai AKIP tahun 2020 = 58,20 (CC)"), 2020, 58.20, "CC"},
		{"under the component table, comma", append(append(head("SABU RAIJUA", 2022), sakipTab...), "Skor SAKIP tahun 2021, 61,75 dengan predikat B."), 2021, 61.75, "B"},
		{"evaluasi word, pada tahun", append(append(head("MALAKA", 2022), sakipTable...), "Nilai evaluasi pada tahun 2019: 55,02 (predikat CC)."), 2019, 55.02, "CC"},
		// look-alikes
		{"grade out of band", append(append(head("ALOR", 2022), sakipTable...), "Nilai tahun 2021: 63,46 (predikat BB)."), 2021, 0, ""},
		{"under the budget", append(append(append(head("ALOR", 2022), sakipTable...), budget...), "Nilai tahun 2021: 63,46 (predikat B)."), 2021, 0, ""},
		{"no label mark after the year", append(append(head("ALOR", 2022), sakipTable...), "Nilai tahun 2021 yang sudah dinilai ulang pada 2023 menjadi 63,46 (predikat B)."), 2021, 0, ""},
		{"two years", append(append(head("ALOR", 2022), sakipTable...), "Nilai tahun 2021: 63,46 (predikat B), diterima 2022."), 2021, 0, ""},
		{"another measure's label", append(append(head("ALOR", 2022), sakipTable...), "Nilai IKPA tahun 2021: 93,46 (predikat A)."), 2021, 0, ""},
		{"no SAKIP text above", append(head("ALOR", 2022), "Nilai tahun 2021: 63,46 (predikat B)."), 2021, 0, ""},
	}
	for _, tc := range tests {
		d, err := Text("lkj.txt", []byte(strings.Join(tc.body, "\n")+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		got := 0
		for _, s := range d.Sakip {
			if s.TahunDinilai != tc.year {
				continue
			}
			got++
			if tc.grade == "" {
				t.Errorf("%s: loaded %+v", tc.name, s)
				continue
			}
			if s.Nilai == nil || *s.Nilai != tc.score || s.Predikat != tc.grade {
				t.Errorf("%s: got %+v, want %.2f %s", tc.name, s, tc.score, tc.grade)
			}
		}
		if tc.grade != "" && got != 1 {
			t.Errorf("%s: %d rows of %d, want 1", tc.name, got, tc.year)
		}
	}
}
