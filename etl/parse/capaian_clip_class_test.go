package parse

import "testing"

// clipDoc sets a wrapper's lines under the capaian section of a report.
func clipDoc(wrapper ...string) []string {
	body := []string{
		"BAB III AKUNTABILITAS KINERJA", "",
		"A. Capaian Kinerja", "",
		"Capaian setiap indikator dicatat dari sorotan dan catatan pimpinan; isinya diketik ulang.", "",
		"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
	}
	body = append(body, wrapper...)
	return append(body, "", "Sumber: Subbagian Perencanaan, Data dan Informasi, diolah.", "")
}

// TestClipLinesClass: an indicator's capaian as one labelled line, in
// whatever wrapper: e-reader clippings, a notes export, a PDF annotation
// summary, a log, a bookmark file; labels in any order and spelling, the
// name before or after the figures, units on the figures or a satuan.
func TestClipLinesClass(t *testing.T) {
	// an e-reader's clippings in Indonesian, `;` separators, `%` apart from
	// the figures, a grade pair, the rule closing each clipping
	kindle := clipDoc(
		"Laporan Kinerja KPU Sikka 2024 (Sekretariat)",
		"- Sorotan Anda di halaman 7 | Lokasi 101-103 | Ditambahkan pada Rabu, 8 Januari 2025 10:02:11", "",
		"IKK 1 Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan: satuan %; target 77,50 %; realisasi 81,20 %; capaian 104,77%",
		"==========",
		"Laporan Kinerja KPU Sikka 2024 (Sekretariat)",
		"- Sorotan Anda di halaman 8 | Lokasi 120-121 | Ditambahkan pada Rabu, 8 Januari 2025 10:05:40", "",
		"IKK 2 Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten: satuan Predikat; target BB; realisasi BB; capaian 100,00%",
		"==========")
	wantKindle := []string{"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|77.5|81.2|104.77",
		"Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten|<nil>|<nil>|100"}
	// a notes app's export: title and date, labels in another order,
	// `Persentase Capaian`, `%` on target and realisasi, lower is better
	notes := clipDoc(
		"Capaian IKU 2024",
		"Diubah 9 Januari 2025 pukul 08.15", "",
		"Persentase Sengketa Hukum yang dimenangkan KPU | Realisasi 100% | Target 100% | Persentase Capaian 100,00",
		"Persentase Penyelenggara Pemilu/Pemilihan yang terbukti melakukan Pelanggaran Pemilu/Pemilihan | Target 4,00% | Realisasi 2,50% | Persentase Capaian 137,50",
		"", "#kinerja #lkj")
	wantNotes := []string{"Persentase Sengketa Hukum yang dimenangkan KPU|100|100|100",
		"Persentase Penyelenggara Pemilu/Pemilihan yang terbukti melakukan Pelanggaran Pemilu/Pemilihan|4|2.5|137.5"}
	// a PDF annotation summary: a highlight a line, comments between,
	// `Capaian Realisasi` for the realisasi, `–` separators
	annots := clipDoc(
		"Ringkasan Anotasi: LKj-2024-final.pdf", "",
		"Highlight [page 14]: Persentase pembayaran gaji dan tunjangan yang tepat waktu – Target 100,00 – Capaian Realisasi 98,50 – Capaian 98,50%",
		"Comment [page 14]: cek ke bendahara",
		"Highlight [page 15]: Opini BPK atas Laporan Keuangan – Target WTP – Capaian Realisasi WTP – Capaian 100%")
	wantAnnots := []string{"Persentase pembayaran gaji dan tunjangan yang tepat waktu|100|98.5|98.5",
		"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}
	// a log's lines: a timestamp and a level before, short labels, the
	// figures first and the name after
	logs := clipDoc(
		"[2025-01-08 10:02:11] INFO sinkron: T=85,00 R=87,10 %=102,47 | Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya",
		"[2025-01-08 10:02:12] INFO sinkron: T=90,00 R=91,35 %=101,50 | Persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja Pegawai yang berfungsi dengan baik",
		"[2025-01-08 10:02:13] INFO sinkron selesai: 2 indikator")
	wantLogs := []string{"Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya|85|87.1|102.47",
		"Persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja Pegawai yang berfungsi dengan baik|90|91.35|101.5"}
	// a bookmark file: the unit a word after the figures, no satuan label,
	// the capaian as achievement
	bookmarks := clipDoc(
		"Penanda 1 (hal. 12) » IKU 3 Jumlah laporan kinerja yang disusun tepat waktu, target 14 Laporan, realisasi 14 Laporan, achievement 100,00%",
		"Penanda 2 (hal. 13) » IKU 4 Nilai Keterbukaan Informasi Publik, target 80,00, realisasi 84,40, achievement 105,50%")
	wantBookmarks := []string{"Jumlah laporan kinerja yang disusun tepat waktu|14|14|100",
		"Nilai Keterbukaan Informasi Publik|80|84.4|105.5"}
	// a Keep note's checklist: a box or a bullet, then the code and name
	keep := clipDoc(
		"Capaian IKU (Google Keep)", "Label: kinerja", "",
		"☐ IKU 1 Persentase Sengketa Hukum yang dimenangkan KPU: target 100%, realisasi 100%, capaian 100,00%",
		"• IKU 2 Nilai Keterbukaan Informasi Publik: target 80,00, realisasi 84,40, capaian 105,50%")
	wantKeep := []string{"Persentase Sengketa Hukum yang dimenangkan KPU|100|100|100",
		"Nilai Keterbukaan Informasi Publik|80|84.4|105.5"}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"keep checklist, codes after the bullets", keep, map[string][]string{"capaian": wantKeep}},
		{"e-reader clippings", kindle, map[string][]string{"capaian": wantKindle}},
		{"notes export, labels reordered", notes, map[string][]string{"capaian": wantNotes}},
		{"PDF annotation summary", annots, map[string][]string{"capaian": wantAnnots}},
		{"log lines, name after the figures", logs, map[string][]string{"capaian": wantLogs}},
		{"bookmarks, unit words", bookmarks, map[string][]string{"capaian": wantBookmarks}},
	})
}

// TestClipLinesRefused: lines whose capaian the figures do not give, whose
// name the wrapper cut, or with prose after the figures load nothing; the
// proven lines beside them do.
func TestClipLinesRefused(t *testing.T) {
	body := clipDoc(
		"Highlight [page 3]: Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan: target 77,50, realisasi 81,20, capaian 140,77%",
		"Highlight [page 3]: pemilih dalam Pemilu/Pemilihan: target 77,50, realisasi 81,20, capaian 104,77%",
		"Highlight [page 4]: Persentase Sengketa Hukum yang dimenangkan…: target 100, realisasi 100, capaian 100%",
		"Highlight [page 4]: Persentase Sengketa Hukum yang: target 100, realisasi 100, capaian 100%",
		"Highlight [page 5]: Nilai Keterbukaan Informasi Publik: target 80,00, realisasi 84,40, capaian 105,50% menurut reviu",
		"Highlight [page 6]: Opini BPK atas Laporan Keuangan: target WTP, realisasi WTP, capaian 100%")
	checkDocs(t, []string{"capaian"}, []docCase{
		{"refused lines", body, map[string][]string{"capaian": {"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}}},
	})
}

// TestClipLinesLookAlikes: wrappers of the same syntax holding no LKj
// measure give nothing.
func TestClipLinesLookAlikes(t *testing.T) {
	none := map[string][]string{"capaian": nil}
	checkDocs(t, []string{"capaian"}, []docCase{
		// reading notes quoting figures: no labelled block, no name
		{"reading notes", clipDoc(
			"Buku: Manajemen Kinerja Sektor Publik",
			"- Your Highlight on page 45 | Location 690-692 | Added on Friday, 3 January 2025 21:10:05", "",
			"\"Instansi yang menetapkan target 70 persen lalu mencapai realisasi 80 persen mencatat capaian 114 persen.\"",
			"=========="), none},
		// a fitness app's daily log: goals and steps, no indicator
		{"fitness log", clipDoc(
			"2024-03-01 06:30 Langkah harian: target 10.000 langkah, realisasi 8.000 langkah, capaian 80,00%",
			"2024-03-02 06:31 Jumlah langkah harian: target 10.000 langkah, realisasi 12.000 langkah, capaian 120,00%",
			"2024-03-03 06:29 Jarak lari: target 5 km, realisasi 4 km"), none},
		// a sales team's highlights: the arithmetic holds, the names are no
		// indicator of an LKj
		{"sales highlights", clipDoc(
			"Sorotan Penjualan Q4",
			"- Toko Maumere: target 120.000.000, realisasi 132.000.000, capaian 110,00%",
			"- Jumlah pelanggan baru: target 400, realisasi 380, capaian 95,00%",
			"Highlight [slide 2]: Jumlah transaksi harian | Target 1.000 | Realisasi 1.050 | Capaian 105,00%"), none},
	})
}

// TestClipLinesTexts: the figures load as written, their units with them,
// and the satuan from the label or the figures' unit.
func TestClipLinesTexts(t *testing.T) {
	d := parseDoc(t, "texts", clipDoc(
		"IKK 1 Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan: satuan %; target 77,50 %; realisasi 81,20 %; capaian 104,77%",
		"==========",
		"Penanda 1 (hal. 12) » IKU 3 Jumlah laporan kinerja yang disusun tepat waktu, target 14 Laporan, realisasi 14 Laporan, achievement 100,00%",
		"Persentase Sengketa Hukum yang dimenangkan KPU | Realisasi 100% | Target 100% | Persentase Capaian 100,00")...)
	var texts []string
	for _, c := range d.Capaian {
		texts = append(texts, c.Indikator+"|"+c.Satuan+"|"+c.TargetTeks+"|"+c.RealisasiTeks)
	}
	wantRows(t, "capaian texts", texts, []string{
		"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|persen|77,50 %|81,20 %",
		"Jumlah laporan kinerja yang disusun tepat waktu|laporan|14 Laporan|14 Laporan",
		"Persentase Sengketa Hukum yang dimenangkan KPU|persen|100%|100%"})
}
