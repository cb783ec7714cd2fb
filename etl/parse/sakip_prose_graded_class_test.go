package parse

import "testing"

// TestSakipGradedSentence: an earlier year's SAKIP score told under the
// SAKIP text with no SAKIP word, proven by the predikat written after it
// ("… atau BB", "… dengan predikat CC", "(B)"), dated by the year the
// sentence itself names as evaluated. A grade outside the score's band, a
// year only in another sentence, RB or a percentage, two figures, or a
// text far from SAKIP give nothing.
func TestSakipGradedSentence(t *testing.T) {
	lead := "Hasil Evaluasi AKIP Tahun 2022 yang disampaikan Inspektorat Utama KPU memberikan nilai 71,08 dengan predikat BB."
	checkDocs(t, []string{"sakip", "rb"}, []docCase{{
		name: "the year in brackets, the grade after atau",
		body: []string{lead, "", "Pada penilaian terdahulu (kinerja tahun 2021) nilai yang diraih 66,45 atau B."},
		want: map[string][]string{"sakip": {"2022|71.08|BB", "2021|66.45|B"}},
	}, {
		name: "no certificate that year, a component named after the score",
		body: []string{lead, "", "Untuk kinerja tahun 2020 kantor kami tidak memperoleh penghargaan: nilai evaluasinya 58,91 dengan predikat CC, maka pembenahan tahun berikutnya difokuskan pada komponen evaluasi internal."},
		want: map[string][]string{"sakip": {"2022|71.08|BB", "2020|58.91|CC"}},
	}, {
		name: "nilai, the grade after a comma",
		body: []string{lead, "", "Sebagai pembanding, untuk kinerja tahun 2019 nilai yang kami terima 62,37, predikat B."},
		want: map[string][]string{"sakip": {"2022|71.08|BB", "2019|62.37|B"}},
	}, {
		name: "a grade outside the score's band proves nothing",
		body: []string{lead, "", "Pada penilaian terdahulu (kinerja tahun 2021) nilai yang diraih 66,45 atau BB."},
		want: map[string][]string{"sakip": {"2022|71.08|BB"}},
	}, {
		name: "the year only in the sentence before",
		body: []string{lead, "", "Kinerja tahun 2021 juga telah dievaluasi. Nilai yang diraih 66,45 atau B."},
		want: map[string][]string{"sakip": {"2022|71.08|BB"}},
	}, {
		name: "a percentage, two figures, or far from SAKIP",
		body: []string{lead, "", "Pada penilaian terdahulu (kinerja tahun 2021) nilai yang diraih 66,45 atau B, setara 66,45%.", "",
			"Pada penilaian terdahulu (kinerja tahun 2020) nilai yang diraih 61,20 atau B setelah 58,75 pada penilaian awal.", "",
			"Kegiatan sosialisasi dilaksanakan di seluruh kecamatan sepanjang tahun.", "",
			"Pelaksanaan tugas berjalan baik.", "",
			"Untuk kinerja tahun 2019 nilai yang diraih 57,40 atau CC."},
		want: map[string][]string{"sakip": {"2022|71.08|BB"}},
	}})
}
