package parse

import "testing"

// TestSakipAfterMixedNote: a sentence giving an earlier year's result by
// its grade ("Atas kinerja tahun 2019, nilainya 63,10 (predikat B).")
// follows the SAKIP text even when a caption or note naming both the
// evaluation and RB stands between; the text before those decides. Text
// about RB alone before it, or the sentence naming RB itself, reads none.
func TestSakipAfterMixedNote(t *testing.T) {
	table := []string{"No\tKomponen\tBobot\tNilai",
		"1\tPerencanaan Kinerja\t30,00\t22,10", "2\tPengukuran Kinerja\t30,00\t19,60",
		"3\tPelaporan Kinerja\t15,00\t10,30", "4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t16,40",
		"\tNilai Akhir\t100,00\t68,40", ""}
	doc := func(before, caption, note, sentence string) []string {
		body := []string{before, "", caption, ""}
		body = append(body, table...)
		if note != "" {
			body = append(body, note, "")
		}
		return chapterThree("ENDE", "2021", append(body, sentence, "")...)
	}
	intro := "Hasil evaluasi AKIP tahun 2020 oleh Inspektorat Utama memberikan nilai 68,40 dengan predikat B."
	rbIntro := "Hasil penilaian mandiri Reformasi Birokrasi tahun 2021 disajikan bersama evaluasi kinerja."
	mixedCap := "Tabel 3.3 Hasil Evaluasi AKIP Tahun 2020 serta Penilaian Mandiri Reformasi Birokrasi"
	mixedNote := "Catatan: komponen di atas adalah komponen evaluasi AKIP; hasil PMPRB disajikan terpisah."
	earlier := "Atas kinerja tahun 2019, nilai yang diperoleh adalah 63,10 (predikat B)."
	both := []string{"2020|68.4|B", "2020|68.4|B", "2019|63.1|B"}
	cases := []struct {
		name string
		body []string
		want []string
	}{
		{"mixed caption and note between", doc(intro, mixedCap, mixedNote, earlier), both},
		{"mixed caption only", doc(intro, mixedCap, "", earlier), both},
		// look-alikes
		{"RB text before the mixed ones", doc(rbIntro, mixedCap, mixedNote, earlier), []string{"2020|68.4|B"}},
		{"a chart's key naming both", doc(intro, mixedCap, "Nilai = nilai komponen reformasi birokrasi; Predikat = predikat AKIP.", earlier),
			both[:2]},
		{"the sentence names RB", doc(intro, mixedCap, mixedNote,
			"Atas penilaian mandiri RB tahun 2019, nilai yang diperoleh adalah 63,10 (predikat B)."), both[:2]},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, tc.body)
			wantRows(t, "sakip", factRows["sakip"](d), tc.want)
		})
	}
}
