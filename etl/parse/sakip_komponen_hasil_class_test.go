package parse

import "testing"

// hasilDoc sets a component table under a caption after a paragraph.
func hasilDoc(lead, caption string, rows ...string) []string {
	out := []string{"B. Evaluasi Akuntabilitas Kinerja", "", lead, "", caption, ""}
	out = append(out, rows...)
	return append(out, "", "Sumber: Inspektorat Utama KPU.", "")
}

// TestSakipKomponenHasilClass: the component table whose score column is
// titled Hasil, Perolehan or Capaian (not Nilai or Skor) loads when three
// or more components lie within their weights, the weights make 100 and
// the scores the total row; the year is the caption's, else report − 1.
// Score sheets of other things (training, a sum that fails) give nothing.
func TestSakipKomponenHasilClass(t *testing.T) {
	lead := "Hasil evaluasi AKIP yang disampaikan Inspektorat Utama KPU rinciannya sebagai berikut."
	fams := []string{"sakip_komponen", "sakip"}
	want22 := []string{"2022|perencanaan|30|21.3", "2022|pengukuran|30|19.85", "2022|pelaporan|15|10.2", "2022|evaluasi_internal|25|16.4"}
	rows22 := []string{"1\tPerencanaan Kinerja\t30,00\t21,30", "2\tPengukuran Kinerja\t30,00\t19,85",
		"3\tPelaporan Kinerja\t15,00\t10,20", "4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t16,40"}
	checkDocs(t, fams, []docCase{
		{"Hasil, the year from the caption, total row without a number", hasilDoc(lead,
			"Tabel 3.4 Nilai Evaluasi AKIP Tahun 2022 per Komponen",
			append(append([]string{"No\tKomponen\tBobot\tHasil"}, rows22...), "\tNilai Akhir\t100,00\t67,75")...),
			map[string][]string{"sakip_komponen": want22, "sakip": {"2022|67.75|B"}}},
		{"Perolehan before Bobot, no number column, rows reordered, Jumlah, no caption year", hasilDoc(lead,
			"Tabel 7 Rincian Nilai SAKIP per Komponen",
			"Komponen Evaluasi\tPerolehan\tBobot",
			"Pelaporan Kinerja\t11,5\t15", "Perencanaan Kinerja\t22\t30", "Evaluasi Internal\t17,25\t25",
			"Pengukuran Kinerja\t20,5\t30", "Jumlah\t71,25\t100"),
			map[string][]string{"sakip_komponen": {"2023|pelaporan|15|11.5", "2023|perencanaan|30|22", "2023|evaluasi_internal|25|17.25", "2023|pengukuran|30|20.5"},
				"sakip": {"2023|71.25|BB"}}},
		{"Capaian over the five components of the old model", hasilDoc(lead,
			"Tabel 2.2 Hasil Evaluasi SAKIP Tahun 2016",
			"No\tAspek\tBobot\tCapaian",
			"1\tPerencanaan Kinerja\t35\t22,10", "2\tPengukuran Kinerja\t20\t11,40", "3\tPelaporan Kinerja\t15\t9,60",
			"4\tEvaluasi Kinerja\t10\t5,20", "5\tCapaian Kinerja\t20\t8,30", "\tTotal\t100\t56,60"),
			map[string][]string{"sakip_komponen": {"2016|perencanaan|35|22.1", "2016|pengukuran|20|11.4", "2016|pelaporan|15|9.6",
				"2016|evaluasi_internal|10|5.2", "2016|capaian|20|8.3"}, "sakip": {"2016|56.6|CC"}}},
		{"Realisasi Nilai (classify's Nilai path), predikat written", hasilDoc(lead,
			"Tabel 3.4 Nilai Evaluasi AKIP Tahun 2022 per Komponen",
			append(append([]string{"No\tKomponen\tBobot\tRealisasi Nilai"}, rows22...), "\tNilai Akhir\t100,00\t67,75 (B)")...),
			map[string][]string{"sakip_komponen": want22, "sakip": {"2022|67.75|B"}}},
		// look-alikes

		{"components that do not make the total: nothing", hasilDoc(lead,
			"Tabel 3.4 Nilai Evaluasi AKIP Tahun 2022 per Komponen",
			append(append([]string{"No\tKomponen\tBobot\tHasil"}, rows22...), "\tNilai Akhir\t100,00\t68,75")...),
			nil},
		{"a SAKIP training's test scores, above their weights: nothing", hasilDoc(
			"Bimbingan teknis SAKIP bagi pegawai sekretariat diikuti 24 peserta; nilai rata-rata ujian per materi:",
			"Tabel 5.1 Hasil Ujian Bimtek Akuntabilitas Kinerja per Materi",
			"No\tMateri\tBobot\tHasil",
			"1\tPerencanaan Kinerja\t30\t82,50", "2\tPengukuran Kinerja\t30\t78,00", "3\tPelaporan Kinerja\t15\t88,25",
			"4\tEvaluasi Internal\t25\t80,00", "\tNilai Rata-rata\t100\t81,70"),
			nil},
		{"a course's weighted marks, no AKIP anywhere: nothing", []string{
			"Pelatihan perencanaan bagi operator di kantor desa ditutup dengan ujian.", "",
			"Tabel 6 Hasil Penilaian Peserta Pelatihan", "",
			"No\tKomponen\tBobot\tHasil", "1\tPerencanaan Kegiatan\t30\t24", "2\tPengukuran Lapangan\t30\t21",
			"3\tPelaporan Keuangan\t15\t12", "4\tEvaluasi Akhir\t25\t20", "\tNilai Akhir\t100\t77", ""},
			nil},
	})
}
