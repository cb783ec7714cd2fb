package parse

import "testing"

// TestSakipEofficeLetter: the SAKIP evaluation as an e-office letter's
// metadata page (SRIKANDI, TNDE, …): the letter's fields, the subject
// naming the evaluated year, the components and the score in the summary
// field. Other satkers, other labels, other orders (made-up figures).
func TestSakipEofficeLetter(t *testing.T) {
	komp := []string{"2020|perencanaan|30|21.4", "2020|pengukuran|30|18.75", "2020|pelaporan|15|10.05", "2020|evaluasi_internal|25|14.3"}
	checkDocs(t, []string{"sakip", "sakip_komponen"}, []docCase{{
		name: "SRIKANDI detail page, fixed columns, Bobot before Nilai",
		body: []string{"SRIKANDI  >  Naskah Masuk  >  Detail Naskah", "--------------------------------------------",
			"Nomor Naskah      : 012/PW.01/IT/III/2021", "Tanggal Naskah    : 9 Maret 2021", "Sifat Naskah      : Biasa",
			"Hal               : Laporan Hasil Evaluasi Akuntabilitas Kinerja Tahun 2020",
			"Asal Naskah       : Inspektorat Utama", "Tujuan            : Sekretaris KPU Kabupaten Sikka",
			"--------------------------------------------", "Isi Ringkas:",
			"  Disampaikan hasil evaluasi SAKIP dengan rincian:",
			"    Komponen                        Bobot     Nilai",
			"    a. Perencanaan Kinerja          30,00     21,40", "    b. Pengukuran Kinerja           30,00     18,75",
			"    c. Pelaporan Kinerja            15,00     10,05", "    d. Evaluasi Internal            25,00     14,30",
			"    Nilai Hasil Evaluasi           100,00     64,50", "    Predikat                                  B",
			"--------------------------------------------", "Riwayat Naskah", "  10-03-2021 08:00   Disposisi kepada Kasubbag Perencanaan 30,00"},
		want: map[string][]string{"sakip": {"2020|64.5|B"}, "sakip_komponen": komp},
	}, {
		name: "TNDE, Perihal, Nilai before Bobot, score and grade on one line",
		body: []string{"Agenda Surat Masuk (TNDE)", "", "No. Surat   : 77/IT/2021", "Tgl Surat   : 2 Februari 2021",
			"Perihal     : Hasil Evaluasi AKIP atas kinerja tahun 2020", "Pengirim    : Inspektorat", "Ringkasan Isi :",
			"   Komponen                                    Nilai   Bobot", "   1. Pengukuran Kinerja                      18,75   30",
			"   2. Perencanaan Kinerja                     21,40   30", "   3. Evaluasi Akuntabilitas Kinerja Internal 14,30   25",
			"   4. Pelaporan Kinerja                       10,05   15", "   Nilai Akhir : 64,50 (B)"},
		want: map[string][]string{"sakip": {"2020|64.5|B"}, "sakip_komponen": {"2020|pengukuran|30|18.75", "2020|perencanaan|30|21.4", "2020|evaluasi_internal|25|14.3", "2020|pelaporan|15|10.05"}},
	}, {
		name: "score only, weights not given, year in the subject",
		body: []string{"Nomor     : 5/IT/2023", "Tanggal   : 3 Maret 2023", "Hal       : Nilai SAKIP Tahun 2022",
			"Kepada    : KPU Kabupaten Alor", "Isi Singkat: Nilai hasil evaluasi 71,25 dengan predikat BB.",
			"  - Perencanaan Kinerja   22,00", "  - Pengukuran Kinerja    21,00", "  - Pelaporan Kinerja     11,00",
			"  - Evaluasi Internal     17,25", "  - Nilai Hasil Evaluasi  71,25", "  - Predikat  BB"},
		want: map[string][]string{"sakip": {"2022|71.25|BB"}, "sakip_komponen": {"2022|perencanaan|<nil>|22", "2022|pengukuran|<nil>|21", "2022|pelaporan|<nil>|11", "2022|evaluasi_internal|<nil>|17.25"}},
	}, {
		name: "components that do not add up to the score",
		body: []string{"Nomor Naskah : 1/IT/2021", "Tanggal Naskah : 9 Maret 2021", "Hal : Laporan Hasil Evaluasi AKIP Tahun 2020", "Isi Ringkas:",
			"  a. Perencanaan Kinerja  30,00  21,40", "  b. Pengukuran Kinerja  30,00  18,75", "  c. Pelaporan Kinerja  15,00  10,05",
			"  d. Evaluasi Internal  25,00  14,30", "  Nilai Hasil Evaluasi  100,00  66,50", "  Predikat  B"},
	}, {
		name: "a letter about RB gives nothing",
		body: []string{"Nomor Naskah : 1/IT/2021", "Tanggal Naskah : 9 Maret 2021", "Hal : Hasil Evaluasi Reformasi Birokrasi Tahun 2020", "Isi Ringkas:",
			"  a. Manajemen Perubahan  5,00  3,10", "  Nilai Hasil Evaluasi  36,30  22,40"},
	}, {
		name: "no year in the subject: the letter's date is not the year evaluated",
		body: []string{"Nomor Naskah : 1/IT/2021", "Tanggal Naskah : 9 Maret 2021", "Hal : Laporan Hasil Evaluasi Akuntabilitas Kinerja", "Isi Ringkas:",
			"  Nilai Hasil Evaluasi  100,00  64,50", "  Predikat  B"},
	}, {
		name: "fields not a letter's: no subject",
		body: []string{"Satuan Kerja : KPU Kabupaten Sikka", "Isi Ringkas:", "  Nilai Hasil Evaluasi  100,00  64,50", "  Predikat  B"},
	}})
}

// TestSakipEarlierYearBracketed: an earlier year's SAKIP result stated with
// the year in brackets or after "yaitu" following "tahun sebelumnya";
// without a stated year, or about a target, no fact. The sentence sits
// under the SAKIP text, as in a report (the paragraph above).
func TestSakipEarlierYearBracketed(t *testing.T) {
	const above = "Hasil evaluasi AKIP tahun 2022 memperoleh nilai 70,10 dengan predikat BB."
	cur := "2022|70.1|BB"
	checkDocs(t, []string{"sakip"}, []docCase{{
		name: "tahun sebelumnya (tahun Y)",
		body: []string{above, "", "Evaluasi tahun sebelumnya (tahun 2019) memberikan nilai 61,80 dengan predikat B."},
		want: map[string][]string{"sakip": {cur, "2019|61.8|B"}},
	}, {
		name: "hasil evaluasi tahun lalu, yaitu tahun Y",
		body: []string{above, "", "Hasil evaluasi tahun lalu, yaitu tahun 2021, adalah 68,12 dengan predikat B."},
		want: map[string][]string{"sakip": {cur, "2021|68.12|B"}},
	}, {
		name: "periode sebelumnya (tahun kinerja Y)",
		body: []string{above, "", "Evaluasi periode sebelumnya (tahun kinerja 2018) menghasilkan nilai 55,40 dan predikat CC."},
		want: map[string][]string{"sakip": {cur, "2018|55.4|CC"}},
	}, {
		name: "tahun sebelumnya without a year gives nothing",
		want: map[string][]string{"sakip": {cur}},
		body: []string{above, "", "Evaluasi tahun sebelumnya memberikan nilai 61,80 dengan predikat B."},
	}, {
		name: "a target, not a result",
		want: map[string][]string{"sakip": {cur}},
		body: []string{above, "", "Target evaluasi tahun sebelumnya (tahun 2019) adalah nilai 65,00 dengan predikat B."},
	}, {
		name: "score with its grade in brackets, after the SAKIP text",
		want: map[string][]string{"sakip": {cur, "2019|61.8|B"}},
		body: []string{above, "", "Pada evaluasi sebelumnya (tahun 2019) KPU Kabupaten Sikka memperoleh nilai 61,80 (B)."},
	}, {
		name: "score in brackets with a grade outside its band",
		want: map[string][]string{"sakip": {cur}},
		body: []string{above, "", "Pada evaluasi sebelumnya (tahun 2019) KPU Kabupaten Sikka memperoleh nilai 61,80 (A)."},
	}, {
		name: "score without a grade after the bracketed year",
		want: map[string][]string{"sakip": {cur}},
		body: []string{above, "", "Pada evaluasi sebelumnya (tahun 2019) KPU Kabupaten Sikka memperoleh nilai 61,80."},
	}, {
		name: "grade outside the score's band",
		want: map[string][]string{"sakip": {cur}},
		body: []string{above, "", "Evaluasi tahun sebelumnya (tahun 2019) memberikan nilai 61,80 dengan predikat A."},
	}, {
		name: "another measure",
		want: map[string][]string{"sakip": {cur}},
		body: []string{above, "", "Evaluasi kepatuhan pelayanan publik tahun sebelumnya (tahun 2019) memberikan nilai 61,80 dengan predikat B."},
	}})
}
