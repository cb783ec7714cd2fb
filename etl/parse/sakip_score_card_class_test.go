package parse

import "testing"

// TestSakipScoreCard: the evaluation's score card typed again, its ruler
// never read, the pairs' order proven by the sums (weights to 100, each
// score at most its weight, the scores to the total), the score the
// components' sum and a stated predikat the score's band.
func TestSakipScoreCard(t *testing.T) {
	head := []string{"LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN SUMBA BARAT TAHUN 2022", "", "Sekretaris KPU Kabupaten Sumba Barat", "",
		"Hasil evaluasi disampaikan oleh Inspektorat Utama dalam bentuk kartu nilai.", ""}
	ruler := []string{
		"                D                   C          CC       B      BB       A      AA",
		"    |-----------------------|---------------|-------|-------|-------|-------|-------|",
		"    0                      30              50      60      70      80      90      100",
		"                                                            ▲",
		"                                                          66,25", ""}
	card := func(title string, withRuler bool, score string, pairs ...string) []string {
		out := append([]string{}, head...)
		out = append(out, "Tabel 3.4 Kartu Nilai", "", "*****************************************************", "  "+title, "  KPU KABUPATEN SUMBA BARAT", "")
		if withRuler {
			out = append(out, ruler...)
		}
		if score != "" {
			out = append(out, "  "+score, "")
		}
		for _, p := range pairs {
			out = append(out, "    "+p)
		}
		return append(out, "*****************************************************", "", "Demikian hasil evaluasi tersebut.")
	}
	comps := []string{"2021|perencanaan|30|20.1", "2021|pengukuran|30|19.4", "2021|pelaporan|15|10.5", "2021|evaluasi_internal|25|16.25"}
	cases := []docCase{{
		name: "nilai / bobot after leaders, the ruler and pointer, the year in the title",
		body: card("KARTU HASIL EVALUASI SAKIP TAHUN 2021", true, "Nilai Hasil Evaluasi : 66,25 (Predikat B)",
			"Perencanaan Kinerja ............ 20,10 / 30,00", "Pengukuran Kinerja ............. 19,40 / 30,00",
			"Pelaporan Kinerja .............. 10,50 / 15,00", "Evaluasi Kinerja Internal ...... 16,25 / 25,00",
			"Jumlah ......................... 66,25 / 100,00"),
		want: map[string][]string{"sakip": {"2021|66.25|B"}, "sakip_komponen": comps},
	}, {
		name: "the weight first, decided by the sums; no ruler",
		body: card("KARTU HASIL EVALUASI SAKIP TAHUN 2021", false, "Nilai Akhir = 66,25; Predikat: B",
			"Evaluasi Internal …………… 25 / 16,25", "Perencanaan Kinerja …………… 30 / 20,10",
			"Pengukuran Kinerja …………… 30 / 19,40", "Pelaporan Kinerja …………… 15 / 10,50",
			"Total …………… 100 / 66,25"),
		want: map[string][]string{"sakip": {"2021|66.25|B"}, "sakip_komponen": {"2021|evaluasi_internal|25|16.25",
			"2021|perencanaan|30|20.1", "2021|pengukuran|30|19.4", "2021|pelaporan|15|10.5"}},
	}, {
		name: "nilai dari bobot, percentages, the stated score the sum",
		body: card("KARTU HASIL EVALUASI SAKIP TAHUN 2021", true, "Nilai SAKIP : 66,25",
			"Perencanaan Kinerja : 20,10% dari 30%", "Pengukuran Kinerja : 19,40% dari 30%",
			"Pelaporan Kinerja : 10,50% dari 15%", "Evaluasi Internal : 16,25% dari 25%", "Jumlah : 66,25% dari 100%"),
		want: map[string][]string{"sakip": {"2021|66.25|B"}, "sakip_komponen": comps},
	}, {
		name: "nilai (bobot), the year from the caption",
		body: card("KARTU NILAI EVALUASI", false, "",
			"Perencanaan Kinerja .... 20,10 (30)", "Pengukuran Kinerja .... 19,40 (30)",
			"Pelaporan Kinerja .... 10,50 (bobot 15)", "Evaluasi Internal .... 16,25 (25)", "Nilai Akhir .... 66,25 (100)"),
		want: map[string][]string{"sakip": {"2021|66.25|B"}, "sakip_komponen": comps},
	}, {
		name: "look-alike: the ruler alone gives nothing",
		body: card("KARTU HASIL EVALUASI SAKIP TAHUN 2021", true, ""),
	}, {
		name: "look-alike: components that do not make the total load nothing",
		body: card("KARTU HASIL EVALUASI SAKIP TAHUN 2021", true, "Nilai Hasil Evaluasi : 66,25 (Predikat B)",
			"Perencanaan Kinerja ............ 21,10 / 30,00", "Pengukuran Kinerja ............. 19,40 / 30,00",
			"Pelaporan Kinerja .............. 10,50 / 15,00", "Evaluasi Kinerja Internal ...... 16,25 / 25,00",
			"Jumlah ......................... 66,25 / 100,00"),
	}, {
		name: "look-alike: a predikat outside the score's band loads nothing",
		body: card("KARTU HASIL EVALUASI SAKIP TAHUN 2021", false, "Nilai Hasil Evaluasi : 66,25 (Predikat BB)",
			"Perencanaan Kinerja ............ 20,10 / 30,00", "Pengukuran Kinerja ............. 19,40 / 30,00",
			"Pelaporan Kinerja .............. 10,50 / 15,00", "Evaluasi Kinerja Internal ...... 16,25 / 25,00",
			"Jumlah ......................... 66,25 / 100,00"),
	}}
	for i := range cases {
		cases[i].body = cases[i].body[4:] // parseDoc's head is Sikka's: the card's own head replaces it
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, append(append([]string{}, head[:4]...), tc.body...))
			for _, fam := range []string{"sakip", "sakip_komponen"} {
				wantRows(t, fam, factRows[fam](d), tc.want[fam])
			}
		})
	}
}
