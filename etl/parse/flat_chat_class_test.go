package parse

import "testing"

// TestChatBotRows: a table asked of a chat bot, one message line a row,
// every cell after its column's name, the cells joined by a middle dot, a
// bullet or a bar, is read as the table it stands for, every family
// alike: names without a colon proved by every row repeating them, names
// with one, a name column whose rows share their first words too. A row
// with a cell fewer is no table.
func TestChatBotRows(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran", "dpt", "sakip_komponen"}, []docCase{
		{name: "dot-joined DPT rows, names without a colon", body: []string{
			"Petugas Data, [14:05]", "/dpt pemilu2019", "",
			"Asisten Kinerja, [14:05]",
			"📋 Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan",
			"▫️ No 1 · Kecamatan ALOR BARAT LAUT · Desa/Kel 12 · TPS 41 · L 5.120 · P 5.300 · L+P 10.420",
			"▫️ No 2 · Kecamatan ALOR BARAT DAYA · Desa/Kel 9 · TPS 33 · L 4.010 · P 4.190 · L+P 8.200",
			"▫️ No 3 · Kecamatan PANTAR · Desa/Kel 7 · TPS 25 · L 2.500 · P 2.600 · L+P 5.100",
			"▫️ No — · Kecamatan JUMLAH · Desa/Kel 28 · TPS 99 · L 11.630 · P 12.090 · L+P 23.720", ""},
			want: map[string][]string{"dpt": {"pemilu|2019|kecamatan|ALOR BARAT LAUT|12|41|5120|5300|10420",
				"pemilu|2019|kecamatan|ALOR BARAT DAYA|9|33|4010|4190|8200", "pemilu|2019|kecamatan|PANTAR|7|25|2500|2600|5100",
				"pemilu|2019|kabupaten|Kabupaten Sikka|28|99|11630|12090|23720"}}},
		{name: "bullet-joined capaian rows sharing their first word", body: []string{
			"Bot SAKIP, [08:12]",
			"Tabel 3.1 Capaian Kinerja Tahun 2021",
			"🔸 No 1 • Indikator Kinerja Persentase laporan keuangan tepat waktu • Satuan % • Target 90,00 • Realisasi 95,00 • Capaian (%) 105,56",
			"🔸 No 2 • Indikator Kinerja Persentase pegawai yang mengikuti diklat • Satuan % • Target 60,00 • Realisasi 48,00 • Capaian (%) 80,00",
			"🔸 No 3 • Indikator Kinerja Persentase arsip yang tertata • Satuan % • Target 75,00 • Realisasi 75,00 • Capaian (%) 100,00", ""},
			want: map[string][]string{"capaian": {"Persentase laporan keuangan tepat waktu|90|95|105.56",
				"Persentase pegawai yang mengikuti diklat|60|48|80", "Persentase arsip yang tertata|75|75|100"}}},
		{name: "colon-named budget and component rows", body: []string{
			"Bot Keuangan, [16:40]",
			"Tabel 3.3 Realisasi Anggaran Tahun 2023",
			"Kode: 076.01.WA · Program / Kegiatan: Program Dukungan Manajemen · Pagu: 2.000.000.000 · Realisasi: 1.900.000.000 · Sisa: 100.000.000",
			"Kode: 3356 · Program / Kegiatan: Pengelolaan Keuangan · Pagu: 1.200.000.000 · Realisasi: 1.150.000.000 · Sisa: 50.000.000",
			"Kode: 3360 · Program / Kegiatan: Operasional Perkantoran · Pagu: 800.000.000 · Realisasi: 750.000.000 · Sisa: 50.000.000",
			"Kode: — · Program / Kegiatan: JUMLAH · Pagu: 2.000.000.000 · Realisasi: 1.900.000.000 · Sisa: 100.000.000", "",
			"Bot Keuangan, [16:44]",
			"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2022 per Komponen",
			"No 1 | Komponen Perencanaan Kinerja | Bobot 30,00 | Nilai 22,10",
			"No 2 | Komponen Pengukuran Kinerja | Bobot 30,00 | Nilai 19,40",
			"No 3 | Komponen Pelaporan Kinerja | Bobot 15,00 | Nilai 11,25",
			"No 4 | Komponen Evaluasi Akuntabilitas Kinerja Internal | Bobot 25,00 | Nilai 16,75",
			"No — | Komponen Nilai Akhir | Bobot 100,00 | Nilai 69,50", ""},
			want: map[string][]string{"anggaran": {"076.01.WA|program||2023|2000000000|1900000000|100000000",
				"3356|kegiatan|076.01.WA|2023|1200000000|1150000000|50000000",
				"3360|kegiatan|076.01.WA|2023|800000000|750000000|50000000", "TOTAL|total||2023|2000000000|1900000000|100000000"},
				"sakip_komponen": {"2022|perencanaan|30|22.1", "2022|pengukuran|30|19.4", "2022|pelaporan|15|11.25",
					"2022|evaluasi_internal|25|16.75"}}},
		{name: "a row with a cell fewer is no table", body: []string{
			"Bot Data, [09:00]",
			"Tabel 3.4 Rekapitulasi DPT per Kecamatan",
			"No 1 · Kecamatan NUBATUKAN · TPS 60 · L 9.000 · P 9.500 · L+P 18.500",
			"No 2 · Kecamatan ILE APE · TPS 30 · L 4.000 · L+P 8.200",
			"No 3 · Kecamatan OMESURI · TPS 28 · L 3.900 · P 4.100 · L+P 8.000", ""},
			want: map[string][]string{"dpt": nil}},
	})
}
