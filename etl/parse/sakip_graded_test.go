package parse

import "testing"

// TestGradedUnderSakip: a short sentence under the SAKIP text naming no
// evaluation, only the year scored and a predikat ("Atas tahun 2018, nilai
// yang diperoleh 61,05 (predikat B)."; made-up figures) is that year's
// SAKIP score when the grade fits the score's band; so is one led by the
// year it is for ("Untuk tahun 2018 nilai evaluasi … 61,05 (B)."), also
// under a drawn sheet's key that borrows budget words for the SAKIP ones
// ("PAGU = bobot komponen; …"); not after another family's text (RB's key
// included), and not with a grade out of band.
func TestGradedUnderSakip(t *testing.T) {
	sakip := []string{"B. Evaluasi Akuntabilitas Kinerja", "", "Hasil Evaluasi AKIP Tahun 2019 memberikan nilai 61,45 dengan predikat B.", ""}
	// a drawn sheet's key borrowing budget words for the SAKIP ones
	keyed := []string{"B. Evaluasi Akuntabilitas Kinerja", "", "Hasil Evaluasi AKIP Tahun 2019 memberikan nilai 61,45 dengan predikat B.", "",
		"PAGU = bobot komponen; DITERIMA = nilai komponen; JUMLAH = nilai evaluasi AKIP; GOLONGAN = predikat.", ""}
	rbKey := []string{"B. Evaluasi Akuntabilitas Kinerja", "", "Hasil Evaluasi AKIP Tahun 2019 memberikan nilai 61,45 dengan predikat B.", "",
		"PAGU = bobot komponen reformasi birokrasi; DITERIMA = nilai; GOLONGAN = predikat AKIP.", ""}
	budget := []string{"C. Realisasi Anggaran", "", "Pagu anggaran tahun 2019 sebesar Rp 5.000.000.000 terealisasi Rp 4.800.000.000 (96,00%).", ""}
	tests := []struct {
		name string
		body []string
		want bool // a 2018 row of 61,05
	}{
		{"under the SAKIP text", append(sakip[:4:4], "Atas tahun 2018, nilai yang diperoleh 61,05 (predikat B)."), true},
		{"tahun kinerja", append(sakip[:4:4], "Untuk tahun kinerja 2018 nilainya 61,05 (predikat B)."), true},
		{"untuk kinerja tahun", append(sakip[:4:4], "Untuk kinerja tahun 2018, nilai evaluasi yang diterima adalah 61,05 (predikat B)."), true},
		{"untuk kinerja tahun, after the budget", append(append(sakip[:4:4], budget...), "Untuk kinerja tahun 2018, nilai evaluasi yang diterima adalah 61,05 (predikat B)."), false},
		{"grade out of band", append(sakip[:4:4], "Atas tahun 2018, nilai yang diperoleh 61,05 (predikat A)."), false},
		{"under the budget", append(append(sakip[:4:4], budget...), "Atas tahun 2018, nilai yang diperoleh 61,05 (predikat B)."), false},
		{"led by the year it is for", append(sakip[:4:4], "Untuk tahun 2018 nilai evaluasi yang diterima 61,05 (B)."), true},
		{"led by the year, grade out of band", append(sakip[:4:4], "Untuk tahun 2018 nilai evaluasi yang diterima 61,05 (BB)."), false},
		{"led by the year, after the budget", append(append(sakip[:4:4], budget...), "Untuk tahun 2018 nilai evaluasi yang diterima 61,05 (B)."), false},
		{"under a key borrowing budget words", append(keyed[:6:6], "Evaluasi atas tahun 2018 memberikan nilai 61,05 (B)."), true},
		{"under an RB key", append(rbKey[:6:6], "Evaluasi atas tahun 2018 memberikan nilai 61,05 (B)."), false},
		{"targets for coming years", append(sakip[:4:4], "Untuk evaluasi berikutnya ditetapkan target nilai 61,05 pada tahun 2018 dan 64,00 pada tahun 2019."), false},
		{"targets under a key", append(keyed[:6:6], "Untuk evaluasi berikutnya ditetapkan target nilai 61,05 pada tahun 2018 dan 64,00 pada tahun 2019."), false},
		{"the year inside the sentence", append(sakip[:4:4], "Nilai evaluasi yang diterima untuk tahun 2018 adalah 61,05 (B)."), false},
	}
	for _, tc := range tests {
		d, err := Text("sikka.txt", doc(tc.body...))
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, s := range d.Sakip {
			if s.TahunDinilai == 2018 && *s.Nilai == 61.05 && s.Predikat == "B" {
				got = true
			}
			if s.TahunDinilai == 2018 && !tc.want {
				t.Errorf("%s: loaded %+v", tc.name, s)
			}
		}
		if got != tc.want {
			t.Errorf("%s: 2018 row %v, want %v", tc.name, got, tc.want)
		}
	}
}
