package parse

import "testing"

// TestSakipClauses: SAKIP scores of several years in one sentence, a
// clause each, or in a sentence under the SAKIP text that names no SAKIP
// word: each clause with one score and one evaluated year is read; a
// grade that is not the score's band, a clause about another measure, a
// clause with two evaluated years, or a text far from SAKIP is not.
func TestSakipClauses(t *testing.T) {
	checkDocs(t, []string{"sakip", "rb"}, []docCase{{
		name: "two years, parted by sedangkan, the second year also the one it was evaluated in",
		body: []string{"Hasil evaluasi SAKIP menunjukkan kemajuan: kinerja tahun 2018 dinilai 61,10 (B), sedangkan kinerja tahun 2019 yang dievaluasi pada tahun 2020 memperoleh nilai 61,21 dengan predikat B."},
		want: map[string][]string{"sakip": {"2018|61.1|B", "2019|61.21|B"}},
	}, {
		name: "SAKIP and RB in one sentence",
		body: []string{"Evaluasi SAKIP atas kinerja tahun 2021 memberikan nilai 67,34 (B), dan evaluasi Reformasi Birokrasi tahun 2021 memberikan nilai 21,84 dari bobot 36,30 atau 60,17 persen."},
		want: map[string][]string{"sakip": {"2021|67.34|B"}, "rb": {"2021|21.84"}},
	}, {
		name: "an earlier year under the SAKIP text, no SAKIP word, words beside the figures",
		body: []string{"Nilai evaluasi SAKIP atas kinerja tahun 2022 adalah 74,19 dengan predikat BB.", "",
			"Dua tahun sebelumnya kinerja tahun 2020 dinilai 65,92 (enam puluh lima koma sembilan dua) dan kinerja tahun 2021 dinilai 67,55 (enam puluh tujuh koma lima lima)."},
		want: map[string][]string{"sakip": {"2022|74.19|BB", "2020|65.92|B", "2021|67.55|B"}},
	}, {
		name: "English: against the year before",
		body: []string{"The SAKIP evaluation report received in October 2024 rated the performance of fiscal year 2023 at 68.23 (B), against 74.31 (BB) for fiscal year 2022."},
		want: map[string][]string{"sakip": {"2023|68.23|B", "2022|74.31|BB"}},
	}, {
		name: "a grade outside the score's band proves nothing",
		body: []string{"Hasil evaluasi SAKIP atas kinerja tahun 2022 adalah 75,20 (BB).", "",
			"Pada evaluasi sebelumnya kinerja tahun 2021 memperoleh nilai 61,14 (BB)."},
		want: map[string][]string{"sakip": {"2022|75.2|BB"}},
	}, {
		name: "far from SAKIP, another measure, two evaluated years: nothing",
		body: []string{"Pelaksanaan kegiatan berjalan lancar sepanjang tahun.", "",
			"Pada evaluasi sebelumnya kinerja tahun 2020 memperoleh nilai 61,14 (B).", "",
			"Hasil evaluasi SAKIP telah diterima.", "",
			"Nilai IKPA atas kinerja tahun 2021 adalah 95,30 (A), sedangkan kinerja tahun 2019 dan tahun 2020 dinilai 61,14 (B)."},
	}})
}
