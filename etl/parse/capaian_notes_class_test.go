package parse

import "testing"

// TestNotesCapaian: capaian told in prose one indicator a block, the
// indicator named by the block's title (a slide of printed Notes Pages, a
// heading line, a memo's numbered heading) or by the sentence's subject
// ("Untuk indikator …, target …"), each figure's role fixed by its role
// word across the block's sentences, read only when the figures prove
// each other; a sentence about an earlier year is not taken, and
// look-alike text gives no facts.
func TestNotesCapaian(t *testing.T) {
	rule := "------------------------------------------------------------"
	notes := []string{"(cetakan halaman catatan paparan kinerja 2024)", "",
		rule,
		"Slide 2    Persentase pemilih disabilitas yang terdaftar dalam DPT",
		"[gambar slide: diagram lingkaran]", "",
		"Catatan:",
		"Hadirin sekalian, target indikator ini pada Perjanjian Kinerja ditetapkan 90,00%. Adapun",
		"realisasi yang berhasil dicapai 94,50%, sehingga tingkat capaiannya 105,00%.", "",
		"Halaman Catatan 2", "",
		rule,
		"Slide 3    Predikat SAKIP satuan kerja",
		"[gambar slide: tabel]", "",
		"Catatan:",
		"Targetnya predikat BB, realisasinya predikat BB, dicatat sebagai capaian 100,00%.", "",
		"Halaman Catatan 3", "",
		rule, ""}
	speech := []string{"Berikut kami sampaikan capaian kinerja tahun ini.", "",
		"Untuk indikator Persentase laporan keuangan yang disusun tepat waktu, target kita adalah 80%,",
		"dan realisasinya mencapai 84%. Jadi capaian kinerjanya 105%.", "",
		"Pada indikator Jumlah dokumen perencanaan yang disahkan, realisasi yang dicapai 9 dokumen",
		"dari target sebanyak 10 dokumen; capaian 90,00%.", ""}
	memo := []string{"Dengan hormat, bersama ini kami laporkan capaian indikator kinerja.", "",
		"1. Indeks kepuasan layanan informasi publik", "",
		"Target dalam Rencana Kinerja Tahunan adalah 3.50. Realisasi yang tercatat 3.71, sehingga tingkat capaian 106.00%.", "",
		"2. Persentase arsip yang dikelola sesuai ketentuan", "",
		"Pada tahun 2023 realisasinya 60,00%. Tahun ini target 75,00%, realisasi 72,00%, capaian 96,00%.", ""}
	noBobot := []string{"Nilai akhir evaluasi AKIP Tahun 2023 adalah 70,11. Rinciannya: Perencanaan Kinerja memperoleh 21,30;",
		"Pengukuran Kinerja memperoleh 21,00; Pelaporan Kinerja memperoleh 11,40; Evaluasi Akuntabilitas",
		"Kinerja Internal memperoleh 16,41.", ""}
	// look-alikes: figures that do not prove each other, two roles before
	// one figure, a title with no figures under it, a target without realisasi
	disagree := []string{rule, "Slide 4    Persentase kehadiran pegawai", "", "Catatan:",
		"Target dalam Perjanjian Kinerja adalah 95,00%. Realisasi yang kita capai 90,00%, sehingga tingkat capaiannya 99,00%.", ""}
	twoRoles := []string{"Untuk indikator Persentase kehadiran pegawai, target dan realisasi masing-masing 95,00% dan 96,00%, capaian 101,05%.", ""}
	noFigure := []string{"Persentase kehadiran pegawai", "",
		"Target kehadiran pegawai selalu menjadi perhatian pimpinan, dan realisasinya dipantau setiap bulan.", ""}
	targetOnly := []string{rule, "Slide 5    Persentase kehadiran pegawai", "", "Catatan:", "Target dalam Perjanjian Kinerja adalah 95,00%, capaian 100%.", ""}
	checkDocs(t, []string{"capaian", "sakip_komponen"}, []docCase{
		{"notes pages: a percentage and a grade", notes, map[string][]string{"capaian": {
			"Persentase pemilih disabilitas yang terdaftar dalam DPT|90|94.5|105",
			"Predikat SAKIP satuan kerja|<nil>|<nil>|100"}}},
		{"a speech, the name the sentence's subject, realisasi first", speech, map[string][]string{"capaian": {
			"Persentase laporan keuangan yang disusun tepat waktu|80|84|105",
			"Jumlah dokumen perencanaan yang disahkan|10|9|90"}}},
		{"a memo's numbered headings, English numbers, an earlier year's figure", memo, map[string][]string{"capaian": {
			"Indeks kepuasan layanan informasi publik|3.5|3.71|106",
			"Persentase arsip yang dikelola sesuai ketentuan|75|72|96"}}},
		{"components without their weights are not read", noBobot, nil},
		{"figures that disagree", disagree, nil},
		{"two roles before one figure", twoRoles, nil},
		{"a heading and prose without figures", noFigure, nil},
		{"a target without realisasi", targetOnly, nil},
	})
}

// TestNotesSakipKomponen: a speaker's note giving the evaluation's score
// and every component "memperoleh … dari bobot …" under the paragraph
// that names the year evaluated; the components' sum proves the score.
func TestNotesSakipKomponen(t *testing.T) {
	note := []string{"Hasil Evaluasi AKIP Tahun 2023 dari Inspektorat memberikan predikat BB.", "",
		"Slide 9    Hasil Evaluasi SAKIP", "[gambar slide: tabel komponen]", "",
		"Catatan:",
		"Nilai akhir evaluasi adalah 72,45. Rinciannya: Perencanaan Kinerja memperoleh 22,10 dari",
		"bobot 30; Pengukuran Kinerja memperoleh 21,60 dari bobot 30; Pelaporan Kinerja memperoleh 11,25",
		"dari bobot 15; Evaluasi Akuntabilitas Kinerja Internal memperoleh 17,50 dari bobot 25.", ""}
	paren := []string{"Evaluasi atas SAKIP Tahun 2023 oleh Inspektorat menghasilkan predikat BB.", "",
		"Catatan pembicara:",
		"Skor akhirnya 72,45: Perencanaan Kinerja memperoleh nilai 22,10 (bobot 30), Pengukuran Kinerja",
		"memperoleh nilai 21,60 (bobot 30), Pelaporan Kinerja memperoleh nilai 11,25 (bobot 15) dan Evaluasi",
		"Internal memperoleh nilai 17,50 (bobot 25).", ""}
	offSum := []string{"Hasil Evaluasi AKIP Tahun 2023 dari Inspektorat memberikan predikat BB.", "",
		"Catatan:",
		"Nilai akhir evaluasi adalah 73,45. Rinciannya: Perencanaan Kinerja memperoleh 22,10 dari",
		"bobot 30; Pengukuran Kinerja memperoleh 21,60 dari bobot 30; Pelaporan Kinerja memperoleh 11,25",
		"dari bobot 15; Evaluasi Akuntabilitas Kinerja Internal memperoleh 17,50 dari bobot 25.", ""}
	checkDocs(t, []string{"sakip_komponen"}, []docCase{
		{"a note under the year's paragraph", note, map[string][]string{"sakip_komponen": {
			"2023|perencanaan|30|22.1", "2023|pengukuran|30|21.6", "2023|pelaporan|15|11.25", "2023|evaluasi_internal|25|17.5"}}},
		{"nilai … (bobot …) under a label", paren, map[string][]string{"sakip_komponen": {
			"2023|perencanaan|30|22.1", "2023|pengukuran|30|21.6", "2023|pelaporan|15|11.25", "2023|evaluasi_internal|25|17.5"}}},
		{"a sum that is not the score", offSum, nil},
	})
}
