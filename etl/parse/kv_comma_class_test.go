package parse

import "testing"

// TestCommaLabelledItems: SAKIP components written as list items, one
// item each ("a. Perencanaan Kinerja, bobot 30, nilai 20,20;", "20,20
// dari bobot 30", "dengan bobot 30 memperoleh nilai 20,20"), under the
// sentence that states the score and the year scored, are read by the list
// reader (sakip_prose_komponen.go) only when they add up to that score; a
// list of duties with commas states nothing (made-up figures).
func TestCommaLabelledItems(t *testing.T) {
	intro := "Berdasarkan Laporan Hasil Evaluasi AKIP atas tahun kinerja 2023, Sekretariat KPU Kabupaten Sikka memperoleh nilai 66,10 dengan predikat B, yang tersusun atas:"
	runScoreCases(t, intro, []scoreCase{
		{"lettered items, weight then score", []string{"a. Perencanaan Kinerja, bobot 30, nilai 20,20;",
			"b. Pengukuran Kinerja, bobot 30, nilai 21,10;", "c. Pelaporan Kinerja, bobot 15, nilai 10,65;",
			"d. Evaluasi Akuntabilitas Kinerja Internal, bobot 25, nilai 14,15."},
			"komp 2023 evaluasi_internal=14.15/25 pelaporan=10.65/15 pengukuran=21.1/30 perencanaan=20.2/30 | sakip 5307/2023=66.1"},
		{"numbered items, score then weight", []string{"1) Perencanaan Kinerja, nilai 20,20, bobot 30",
			"2) Pengukuran Kinerja, nilai 21,10, bobot 30", "3) Pelaporan Kinerja, nilai 10,65, bobot 15",
			"4) Evaluasi Akuntabilitas Kinerja Internal, nilai 14,15, bobot 25"},
			"komp 2023 evaluasi_internal=14.15/25 pelaporan=10.65/15 pengukuran=21.1/30 perencanaan=20.2/30 | sakip 5307/2023=66.1"},
		{"list items stating the score before 'dari bobot'", []string{"a. Perencanaan Kinerja 20,20 dari bobot 30;",
			"b. Pengukuran Kinerja 21,10 dari bobot 30;", "c. Pelaporan Kinerja 10,65 dari bobot 15;",
			"d. Evaluasi Akuntabilitas Kinerja Internal 14,15 dari bobot 25."},
			"komp 2023 evaluasi_internal=14.15/25 pelaporan=10.65/15 pengukuran=21.1/30 perencanaan=20.2/30 | sakip 5307/2023=66.1"},
		{"list items naming the weight first in words", []string{"1. Perencanaan Kinerja dengan bobot 30 memperoleh nilai 20,20;",
			"2. Pengukuran Kinerja dengan bobot 30 memperoleh nilai 21,10;", "3. Pelaporan Kinerja dengan bobot 15 memperoleh nilai 10,65;",
			"4. Evaluasi Akuntabilitas Kinerja Internal dengan bobot 25 memperoleh nilai 14,15."},
			"komp 2023 evaluasi_internal=14.15/25 pelaporan=10.65/15 pengukuran=21.1/30 perencanaan=20.2/30 | sakip 5307/2023=66.1"},
		{"list items that do not add up to the score", []string{"a. Perencanaan Kinerja 20,20 dari bobot 30;",
			"b. Pengukuran Kinerja 21,10 dari bobot 30;", "c. Pelaporan Kinerja 10,65 dari bobot 15;",
			"d. Evaluasi Akuntabilitas Kinerja Internal 15,15 dari bobot 25."}, "sakip 5307/2023=66.1"},
		{"a list of duties is no table", []string{"a. menyusun rencana, anggaran, dan jadwal kegiatan;",
			"b. melaksanakan evaluasi, bobot kerja, dan pelaporan;", "c. membentuk PPK, PPS, dan KPPS."}, "sakip 5307/2023=66.1"},
	})
}
