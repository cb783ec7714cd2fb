package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// TestSakipHistoryClasses: scores of several years in one sentence in any
// order of year and score, per-year value columns of the component table,
// a history table with an evaluation-year column, a scanned all-satker
// table (low confidence, garbled cells skipped) and the predikat of a
// score stated without one.
func TestSakipHistoryClasses(t *testing.T) {
	type want = sakipWant
	type komp struct {
		year  int
		id    string
		nilai float64
	}
	tests := []struct {
		name   string
		body   []string
		want   []want
		komp   []komp
		absent []int // years (of satker 5307) that must not be loaded
	}{
		{"score before its year", []string{
			"Hasil evaluasi SAKIP Tahun 2022 adalah 71,94 (BB), naik dari 65,88 (B) pada tahun 2021."},
			[]want{{"5307", 2022, 71.94, "BB", "tinggi"}, {"5307", 2021, 65.88, "B", "tinggi"}}, nil, nil},
		{"grade before the score, years after", []string{
			"Nilai AKIP KPU Kabupaten Sikka hasil evaluasi tahun 2022 adalah ВВ (71,55), meningkat dari B (65,30) pada hasil evaluasi tahun 2021."},
			[]want{{"5307", 2022, 71.55, "BB", "tinggi"}, {"5307", 2021, 65.30, "B", "tinggi"}}, nil, nil},
		{"years first, a list", []string{
			"Hasil evaluasi SAKIP KPU Kabupaten Sikka terus meningkat: tahun 2016 sebesar 48,76 (C), tahun 2017 sebesar 53,10 (CC), tahun 2018 sebesar 57,74 (CC)."},
			[]want{{"5307", 2016, 48.76, "C", "tinggi"}, {"5307", 2017, 53.10, "CC", "tinggi"}, {"5307", 2018, 57.74, "CC", "tinggi"}}, nil, nil},
		{"earlier years in the next sentence; a received year is no evaluated year", []string{
			"Hasil Evaluasi atas Implementasi SAKIP Tahun 2020 yang disampaikan KPU RI pada tahun 2021 memberikan nilai 68,30 dengan predikat B. Nilai ini meningkat dibandingkan hasil evaluasi tahun 2019 sebesar 63,60 (B) dan tahun 2018 sebesar 59,19 (CC)."},
			[]want{{"5307", 2020, 68.30, "B", "tinggi"}, {"5307", 2019, 63.60, "B", "tinggi"}, {"5307", 2018, 59.19, "CC", "tinggi"}}, nil, nil},
		{"a score without a grade takes its band", []string{
			"Hasil evaluasi SAKIP Tahun 2019 yang diterima pada tahun 2020 memberikan nilai 61,80 dengan predikat B, naik dari 57,36 pada evaluasi tahun 2018."},
			[]want{{"5307", 2019, 61.80, "B", "tinggi"}, {"5307", 2018, 57.36, "CC", "tinggi"}}, nil, nil},
		{"one score with its grade, the year after the satker", []string{
			"Hasil evaluasi AKIP KPU Kabupaten Sikka Tahun 2023 adalah ВВ (72,65)."},
			[]want{{"5307", 2023, 72.65, "BB", "tinggi"}}, nil, nil},
		{"two scores, one year: not read", []string{
			"Nilai evaluasi SAKIP naik dari 57,36 menjadi 61,80 pada tahun 2019 dan tahun 2018 sebelumnya."},
			nil, nil, []int{2018}},
		{"component table, a value column per year", []string{
			"Tabel 3.2 Nilai Komponen Evaluasi SAKIP Tahun Kinerja 2021 dan 2022", "",
			"Komponen\tBobot\tNilai 2021\tNilai 2022",
			"Perencanaan Kinerja\t30\t20,35\t21,25", "Pengukuran Kinerja\t30\t19,55\t22,85",
			"Pelaporan Kinerja\t15\t10,45\t11,25", "Evaluasi Akuntabilitas Kinerja Internal\t25\t15,53\t16,59",
			"Nilai Akhir\t100\t65,88\t71,94"},
			[]want{{"5307", 2021, 65.88, "B", "tinggi"}, {"5307", 2022, 71.94, "BB", "tinggi"}},
			[]komp{{2021, "perencanaan", 20.35}, {2022, "perencanaan", 21.25}, {2021, "evaluasi_internal", 15.53}, {2022, "evaluasi_internal", 16.59}}, nil},
		{"component table, two value columns without years: not loaded", []string{
			"Tabel 3.2 Nilai Komponen Evaluasi SAKIP", "",
			"Komponen\tBobot\tNilai Awal\tNilai Akhir",
			"Perencanaan Kinerja\t30\t20,35\t21,25", "Pengukuran Kinerja\t30\t19,55\t22,85",
			"Pelaporan Kinerja\t15\t10,45\t11,25", "Evaluasi Akuntabilitas Kinerja Internal\t25\t15,53\t16,59",
			"Jumlah\t100\t65,88\t71,94"},
			nil, nil, []int{2021, 2022}},
		{"history table with the evaluation year beside", []string{
			"Tabel 3.3 Riwayat Hasil Evaluasi SAKIP", "",
			"Tahun yang Dinilai\tNilai\tPredikat\tTahun Evaluasi", "2015\t45,60\tC\t2016", "2016\t50,85\tCC\t2017"},
			[]want{{"5307", 2015, 45.60, "C", "tinggi"}, {"5307", 2016, 50.85, "CC", "tinggi"}}, nil, nil},
		{"components as columns, one row per evaluated year, weights in the header", []string{
			"Tabel 3.3 Hasil Evaluasi Akuntabilitas Kinerja (Tahun yang Dinilai 2022 dan 2023)", "",
			"Tahun yang Dinilai\tPerencanaan Kinerja (30)\tPengukuran Kinerja (30)\tPelaporan Kinerja (15)\tEvaluasi Internal (25)\tNilai Akhir\tPredikat",
			"2022\t17,40\t17,35\t9,00\t17,46\t61,21\tB",
			"2023\t19,05\t17,50\t9,05\t16,19\t61,79\tB"},
			[]want{{"5307", 2022, 61.21, "B", "tinggi"}, {"5307", 2023, 61.79, "B", "tinggi"}},
			[]komp{{2022, "perencanaan", 17.40}, {2023, "perencanaan", 19.05}}, nil},
		// running text that introduces a table (and so is taken as its
		// caption) still states the predikat of the score the table gives
		{"the caption's prose gives the table's score its predikat", []string{
			"Predikat akuntabilitas kinerja belum mencapai target B. Hasil Evaluasi AKIP Tahun 2023 memberikan nilai 58,47 (CC) dengan rincian komponen pada tabel berikut.", "",
			"Komponen\tBobot\tNilai",
			"Perencanaan Kinerja\t30\t17,55",
			"Pengukuran Kinerja\t30\t16,65",
			"Pelaporan Kinerja\t15\t9,30",
			"Evaluasi Akuntabilitas Kinerja Internal\t25\t14,97",
			"Nilai Hasil Evaluasi\t100\t58,47"},
			[]want{{"5307", 2023, 58.47, "CC", "tinggi"}}, nil, nil},
		{"scanned all-satker table", []string{
			"HASIL EVALUASI AKIP KPU KABUPATEN/KOTA SE-NTT TAHUN 2019", "(hasil pindai surat KPU Provinsi)", "",
			"No\tSatker\tNilai\tPredikat", "1\tKPU Kab. Kupang\t66,34\tB", "2\tKPU Kab. Sumba Tengah\t58,8O\tCC",
			"3\tKPU Kab. Sumba Barat Daja\t63,51\tB"},
			[]want{{"5301", 2019, 66.34, "B", "rendah"}, {"5318", 2019, 63.51, "B", "rendah"}}, nil, nil},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		checkSakip(t, tc.name, d, tc.want)
		for _, s := range d.Sakip {
			if s.SatkerID == "5317" {
				t.Errorf("%s: garbled row loaded: %+v", tc.name, s)
			}
			for _, y := range tc.absent {
				if s.SatkerID == "5307" && s.TahunDinilai == y {
					t.Errorf("%s: %d loaded from an unproven reading: %+v", tc.name, y, s)
				}
			}
		}
		for _, k := range tc.komp {
			found := false
			for _, c := range d.SakipKomponen {
				if c.TahunDinilai == k.year && c.Komponen == k.id {
					found = true
					if c.Nilai == nil || *c.Nilai != k.nilai {
						t.Errorf("%s: komponen %d %s = %v, want %v", tc.name, k.year, k.id, fmtNum(c.Nilai), k.nilai)
					}
				}
			}
			if !found {
				t.Errorf("%s: no komponen %d %s", tc.name, k.year, k.id)
			}
		}
		if len(tc.absent) > 0 && len(tc.komp) == 0 {
			for _, c := range d.SakipKomponen {
				t.Errorf("%s: komponen loaded from an unproven reading: %+v", tc.name, c)
			}
		}
	}
}

func TestOCRGarbled(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{{"58,8O", true}, {"Sg,S8", true}, {"58,80", false}, {"BB", false}, {"Lembata", false}, {"12,3a", true}} {
		if got := ocrGarbled(tc.in); got != tc.want {
			t.Errorf("ocrGarbled(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	if fs := normalize.FindSatkers("Kab. Sumba Barat Daja", "53", true); len(fs) != 1 || fs[0].ID != "5318" {
		t.Errorf("Sumba Barat Daja: %+v, want 5318", fs)
	}
}

func TestRBPercentBeforeWeight(t *testing.T) {
	d := parseDoc(t, "rb", "Indeks Reformasi Birokrasi KPU Kabupaten Sikka Tahun 2023 sebesar 23,96 atau 66,01% dari bobot maksimal 36,30.")
	if len(d.RB) != 1 || d.RB[0].Tahun != 2023 || d.RB[0].Nilai == nil || *d.RB[0].Nilai != 23.96 ||
		d.RB[0].Bobot == nil || *d.RB[0].Bobot != 36.30 || d.RB[0].Persen == nil || *d.RB[0].Persen != 66.01 {
		t.Errorf("rb = %+v, want 2023 23,96 / 36,30 / 66,01%%", d.RB)
	}
}

// TestSakipEarlierYearSentence: an earlier year's score in the sentence
// after the evaluation, the year named as the one evaluated; and one in a
// key: value line with its year and grade in parentheses.
func TestSakipEarlierYearSentence(t *testing.T) {
	for _, tc := range []struct {
		body  string
		year  int
		nilai float64
	}{
		{"Laporan Hasil Evaluasi atas Implementasi SAKIP yang diterima pada bulan Mei 2021 menilai kinerja tahun 2020. KPU Kabupaten Sikka memperoleh nilai 61,14 dengan predikat B. Pada evaluasi sebelumnya, yaitu atas tahun 2019, nilai yang diperoleh 64,89 (B), sehingga terjadi penurunan 3,75 poin yang disebabkan oleh lemahnya pengukuran kinerja.", 2019, 64.89},
		{"Nilai AKIP tahun sebelumnya : 64,71 (Tahun yang Dinilai 2020, predikat B)", 2020, 64.71},
	} {
		d := parseDoc(t, "x", tc.body)
		found := false
		for _, s := range d.Sakip {
			if s.TahunDinilai == tc.year && s.Nilai != nil && *s.Nilai == tc.nilai && s.Predikat == "B" {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no SAKIP %d = %v B: %+v", tc.body, tc.year, tc.nilai, d.Sakip)
		}
	}
}
