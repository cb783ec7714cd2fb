package parse

import "testing"

// TestProseFigures: figures stated in sentences.
//   - DPT with thousands grouped by spaces (a narrow no-break or thin
//     space, folded to a space) is read only when the convention is proven
//     (the total so grouped, laki-laki + perempuan make it); a count a
//     spaced group may have cut is never loaded as its last group; a later
//     sentence naming another year does not hide the count's election.
//   - RB stated as a change from an earlier year ("naik menjadi") gives
//     the later year's value; a percentage nilai and bobot do not give
//     keeps it out.
//   - A SAKIP score stated before the "Evaluasi AKIP Tahun Y" it belongs
//     to is that year's when only connecting words stand between.
func TestProseFigures(t *testing.T) {
	checkDocs(t, []string{"dpt", "rb", "sakip"}, []docCase{{
		name: "narrow no-break spaces, L + P prove them, the TPS count grouped too",
		body: []string{"DPT Pemilu Tahun 2024 yang ditetapkan pada tanggal 21 Juni 2023 berjumlah 272\u202f950 pemilih, terdiri atas " +
			"133\u202f957 pemilih laki-laki dan 138\u202f993 pemilih perempuan yang tersebar di 1\u202f045 TPS."},
		want: map[string][]string{"dpt": {"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|1045|133957|138993|272950"}},
	}, {
		name: "thin spaces, no TPS",
		body: []string{"Daftar Pemilih Tetap Pemilihan Bupati Tahun 2020 sebanyak 201\u2009314 pemilih (98\u2009100 laki-laki dan 103\u2009214 perempuan)."},
		want: map[string][]string{"dpt": {"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|<nil>|98100|103214|201314"}},
	}, {
		name: "spaced groups that L + P do not make: nothing proves the convention",
		body: []string{"DPT Pemilu Tahun 2024 berjumlah 272 950 pemilih, terdiri atas 133 957 pemilih laki-laki dan 138 000 pemilih perempuan."},
	}, {
		name: "a dotted total, a TPS count grouped with a space: the count is not read as its last group",
		body: []string{"DPT Pemilu Tahun 2024 berjumlah 272.950 pemilih, terdiri atas 133.957 laki-laki dan 138.993 perempuan, di 1 045 TPS."},
		want: map[string][]string{"dpt": {"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|133957|138993|272950"}},
	}, {
		name: "a later sentence names another year",
		body: []string{"Evaluasi Pemilihan Bupati dan Wakil Bupati Tahun 2020 mencatat DPT sebanyak 201.314 pemilih (98.100 laki-laki " +
			"dan 103.214 perempuan) pada 558 TPS. Dana hibah Pemilihan yang tersisa dikembalikan ke kas daerah pada bulan Maret 2021."},
		want: map[string][]string{"dpt": {"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|558|98100|103214|201314"}},
	}, {
		name: "naik menjadi, the year opening the sentence",
		body: []string{"Nilai evaluasi Reformasi Birokrasi Tahun 2022 adalah 22,10 (60,88%) dari bobot 36,30. Pada Tahun 2023 " +
			"nilai evaluasi Reformasi Birokrasi naik menjadi 24,00 (66,12%) dari bobot 36,30."},
		want: map[string][]string{"rb": {"2022|22.1", "2023|24"}},
	}, {
		name: "turun menjadi, the percentage after the weight",
		body: []string{"Pada Tahun 2023 nilai Reformasi Birokrasi turun menjadi 20,00 dari bobot 36,30 atau 55,10%."},
		want: map[string][]string{"rb": {"2023|20"}},
	}, {
		name: "the percentage written as a word",
		body: []string{"Evaluasi Reformasi Birokrasi Tahun 2024 menghasilkan nilai 25,37 dari bobot 36,30, atau 69,89 persen dari nilai maksimal."},
		want: map[string][]string{"rb": {"2024|25.37"}},
	}, {
		name: "the percentage written as a word is checked too: 80 persen is not 25,37 of 36,30",
		body: []string{"Evaluasi Reformasi Birokrasi Tahun 2024 menghasilkan nilai 25,37 dari bobot 36,30, atau 80,00 persen dari nilai maksimal."},
	}, {
		name: "a second year's result in the same sentence",
		body: []string{"Nilai Reformasi Birokrasi Tahun 2023 adalah 24,18 dari bobot 36,30 (66,61%), sedangkan Tahun 2022 23,47 dari bobot 36,30 (64,66%)."},
		want: map[string][]string{"rb": {"2023|24.18", "2022|23.47"}},
	}, {
		name: "a second year's result its percentage does not give: only the first",
		body: []string{"Nilai Reformasi Birokrasi Tahun 2023 adalah 24,18 dari bobot 36,30 (66,61%), sedangkan Tahun 2022 23,47 dari bobot 36,30 (70,00%)."},
		want: map[string][]string{"rb": {"2023|24.18"}},
	}, {
		name: "a colon links the year to the score",
		body: []string{"Nilai Reformasi Birokrasi Tahun 2022: 22,95 dari bobot 36,30 (63,22%)."},
		want: map[string][]string{"rb": {"2022|22.95"}},
	}, {
		name: "weight and percentage in one parenthesis",
		body: []string{"Penilaian Reformasi Birokrasi Tahun 2021 menghasilkan nilai 21,77 (bobot 36,30; 59,97%)."},
		want: map[string][]string{"rb": {"2021|21.77"}},
	}, {
		name: "weight and a percentage it does not give in one parenthesis: not loaded",
		body: []string{"Penilaian Reformasi Birokrasi Tahun 2021 menghasilkan nilai 21,77 (bobot 36,30; 70,00%)."},
	}, {
		name: "a percentage nilai and bobot do not give: not loaded",
		body: []string{"Pada Tahun 2023 nilai Reformasi Birokrasi naik menjadi 24,00 dari bobot 36,30 atau 70,00%."},
	}, {
		name: "two years, the first year's score before its mention",
		body: []string{"KPU Kabupaten Sikka memperoleh predikat BB dengan nilai 75,37 dalam Hasil Evaluasi AKIP Tahun 2023, " +
			"setelah pada Evaluasi AKIP Tahun 2022 memperoleh 69,88 (B)."},
		want: map[string][]string{"sakip": {"2023|75.37|BB", "2022|69.88|B"}},
	}, {
		name: "one year, score and grade in parentheses before it",
		body: []string{"Nilai 72,45 (BB) pada Evaluasi AKIP Tahun 2023 diperoleh berkat perbaikan dokumen perencanaan."},
		want: map[string][]string{"sakip": {"2023|72.45|BB"}},
	}, {
		name: "a score tied to an earlier year before the mention is not the mentioned year's",
		body: []string{"Dari nilai 70,10 (B) pada tahun 2021, KPU Kabupaten Sikka naik pada Evaluasi AKIP Tahun 2022 menjadi 72,00 (BB)."},
		want: map[string][]string{"sakip": {"2022|72|BB"}},
	}})
}
