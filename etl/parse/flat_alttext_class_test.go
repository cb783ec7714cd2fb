package parse

import "testing"

// TestAltTextTables: a table pasted as an image keeps only its
// alternative text: a caption line, a line describing the image, then one
// line a row whose cells are named ("Baris 1. Indikator: …; Target: …",
// "Kecamatan Paga: Desa/Kel 17; TPS 54; L …", "Program 076.01.WA …: Pagu
// Rp …", "Batang Perencanaan Kinerja: bobot 30; nilai 20,90"). The rows
// are read as the table they stand for, under the caption the lines above
// them give, through the same header-driven readers as any table (whose
// proofs and findings hold: L + P and children = total are checked by
// validate like a TAB table's).
func TestAltTextTables(t *testing.T) {
	capRows := []string{"Baris 1. Indikator: Persentase arsip yang dikelola; Target: 80,00%; Realisasi: 84,00%; Capaian: 105,00%.",
		"Baris 2. Indikator: Opini BPK atas Laporan Keuangan; Target: WTP; Realisasi: WTP; Capaian: 100,00%."}
	capWant := []string{"Persentase arsip yang dikelola|80|84|105", "Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}
	kecRows := []string{"Kecamatan Paga: Desa/Kel 17; TPS 54; L 4.081; P 4.005; L+P 8.086.",
		"Kecamatan Mego: Desa/Kel 6; TPS 42; L 3.853; P 3.821; L+P 7.674."}
	kecWant := []string{"pemilu|2019|kecamatan|PAGA|17|54|4081|4005|8086", "pemilu|2019|kecamatan|MEGO|6|42|3853|3821|7674"}
	// alt: the caption and the image's description, then the rows, one paragraph
	alt := func(caption, desc string, rows ...string) []string { return append([]string{caption, desc}, rows...) }
	// apart: the same with each row a paragraph of its own
	apart := func(caption string, rows []string) (out []string) {
		out = []string{caption, "Teks alternatif: tabel.", ""}
		for _, r := range rows {
			out = append(out, r, "")
		}
		return out
	}
	altDPT := "[Gambar 3.4: Rekapitulasi DPT Pemilu Tahun 2019]"
	altCap := "[Gambar 3.1: Tabel Capaian Kinerja Tahun 2024]"
	checkDocs(t, []string{"capaian", "anggaran", "dpt", "sakip_komponen", "rb"}, []docCase{
		{"capaian rows named by their indicator, heading lines in the same paragraph",
			alt(altCap, "Teks alternatif: tabel lima kolom (No, Indikator Kinerja, Target, Realisasi, Capaian).", capRows...),
			map[string][]string{"capaian": capWant}},
		listCase("English row word, heading a paragraph of its own", "[Figure 2: Capaian Kinerja Tahun 2024]", "capaian", []string{
			"Row 1. Indikator Kinerja: Persentase arsip yang dikelola; target 80%; realisasi 84%; capaian 105%",
			"Row 2. Indikator Kinerja: Persentase laporan tepat waktu; target 100%; realisasi 90%; capaian 90%"},
			"Persentase arsip yang dikelola|80|84|105", "Persentase laporan tepat waktu|100|90|90"),
		{"capaian rows a paragraph each, no list marks", apart(altCap, capRows), map[string][]string{"capaian": capWant}},
		{"kecamatan rows a paragraph each, no list marks", apart(altDPT, kecRows), map[string][]string{"dpt": kecWant}},
		{"budget rows opened by their level and code", alt("[Gambar 3.3: Tabel Realisasi Anggaran Tahun 2024]",
			"Teks alternatif: tabel realisasi per program dan kegiatan.",
			"Program 076.01.WA Program Dukungan Manajemen: Pagu Rp 1.000.000.000; Realisasi Rp 900.000.000; Serapan 90,00%.",
			"Kegiatan 3355 Pengelolaan Keuangan: Pagu Rp 600.000.000; Realisasi Rp 550.000.000; Serapan 91,67%.",
			"Kegiatan 3360 Operasional Perkantoran: Pagu Rp 400.000.000; Realisasi Rp 350.000.000; Serapan 87,50%.",
			"Jumlah: Pagu Rp 1.000.000.000; Realisasi Rp 900.000.000; Serapan 90,00%."),
			map[string][]string{"anggaran": {"076.01.WA|program||2024|1000000000|900000000|100000000",
				"3355|kegiatan|076.01.WA|2024|600000000|550000000|50000000", "3360|kegiatan|076.01.WA|2024|400000000|350000000|50000000",
				"TOTAL|total||2024|1000000000|900000000|100000000"}}},
		{"DPT rows per kecamatan and the kabupaten's total", alt(altDPT, "Teks alternatif: DPT per kecamatan, kolom Kecamatan, Desa/Kel, TPS, L, P, L+P.",
			append(kecRows, "Jumlah Kabupaten Sikka: Desa/Kel 23; TPS 96; L 7.934; P 7.826; L+P 15.760.")...),
			map[string][]string{"dpt": append(kecWant, "pemilu|2019|kabupaten|Kabupaten Sikka|23|96|7934|7826|15760")}},
		{"a chart's bars after a sentence on RB: SAKIP components, not RB",
			append([]string{"Evaluasi Reformasi Birokrasi tahun 2023 dilaksanakan oleh KPU Provinsi.", ""},
				alt("[Gambar 3.2: Grafik Nilai Komponen Evaluasi SAKIP Tahun 2023]",
					"Teks alternatif: diagram batang empat komponen, nilai tertulis di atas batang.",
					"Batang Perencanaan Kinerja: bobot 30,00; nilai 20,90.", "Batang Pengukuran Kinerja: bobot 30,00; nilai 19,55.",
					"Batang Pelaporan Kinerja: bobot 15,00; nilai 10,10.", "Batang Evaluasi Akuntabilitas Kinerja Internal: bobot 25,00; nilai 16,79.")...),
			map[string][]string{"sakip_komponen": {"2023|perencanaan|30|20.9", "2023|pengukuran|30|19.55", "2023|pelaporan|15|10.1",
				"2023|evaluasi_internal|25|16.79"}}},
	})
}
