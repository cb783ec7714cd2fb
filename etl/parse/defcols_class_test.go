package parse

import "testing"

// defcolsDoc sets a table's TAB lines under a caption, with a sentence and
// a source line around it as a report has them.
func defcolsDoc(caption string, rows ...string) []string {
	out := []string{"Rincian disajikan pada tabel berikut.", "", caption, ""}
	out = append(out, rows...)
	return append(out, "", "Sumber: Subbagian Program dan Data, diolah.", "")
}

// TestDefaultColumnsClass: tables whose top row is not their header. A
// tool's default column names (Excel's Column1.., pandas' Unnamed: 0..,
// Access' F1..) over the real header are dropped; a header row sorted in
// among the data (a range sorted without "My data has headers") heads the
// table from where it stands. Each record is proven as always (sums, L + P
// = total, pagu − realisasi = sisa). Codes as column titles, numbered titles
// with words, and a sorted list of people with its header among them are
// left as they are.
func TestDefaultColumnsClass(t *testing.T) {
	budget := defcolsDoc("Tabel 3.3 Realisasi Anggaran Tahun 2024",
		"Column1\tColumn2\tColumn3\tColumn4\tColumn5",
		"Kode\tUraian\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)",
		"076.01.WA\tProgram Dukungan Manajemen\t800.000.000\t720.000.000\t80.000.000",
		"3357\tPengelolaan Perencanaan\t500.000.000\t450.000.000\t50.000.000",
		"3358\tPengelolaan SDM\t300.000.000\t270.000.000\t30.000.000",
		"Total\t\t800.000.000\t720.000.000\t80.000.000")
	capaian := defcolsDoc("Tabel 3.1 Capaian Indikator Kinerja Tahun 2024",
		"Unnamed: 0\tUnnamed: 1\tUnnamed: 2\tUnnamed: 3\tUnnamed: 4",
		"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
		"1\tPersentase partisipasi pemilih dalam Pemilu\t80\t82,5\t103,13",
		"2\tPersentase laporan keuangan yang disusun tepat waktu\t100\t95\t95,00")
	// sorted A-Z by kecamatan: the header is the fourth row, the kabupaten's among the places
	dptSorted := defcolsDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"ALOK\t60\t7.210\t7.305\t14.515",
		"ALOK BARAT\t30\t3.100\t3.200\t6.300",
		"Kabupaten Sikka\t156\t16.930\t17.138\t34.068",
		"Kecamatan\tTPS\tLaki-laki\tPerempuan\tJumlah",
		"KEWAPANTE\t25\t2.500\t2.600\t5.100",
		"NITA\t41\t4.120\t4.033\t8.153")
	// Access' F1.. over a Pilkada table, the total row an Excel Total Row
	dptAccess := defcolsDoc("Tabel 4 DPT Pilkada 2020 menurut Kecamatan",
		"F1\tF2\tF3\tF4\tF5\tF6",
		"No\tKecamatan\tJumlah Desa\tPemilih L\tPemilih P\tTotal Pemilih",
		"1\tWAIGETE\t14\t3.210\t3.305\t6.515",
		"2\tTALIBURA\t9\t2.000\t2.100\t4.100",
		"Total\tKAB. SIKKA\t23\t5.210\t5.405\t10.615")
	// components sorted by Nilai, descending: the score first, the header third, no No column
	komponen := defcolsDoc("Tabel 3.2 Hasil Evaluasi AKIP Tahun 2023 per Komponen",
		"Nilai Akhir\t100,00\t73,45",
		"Perencanaan Kinerja\t30,00\t24,50",
		"Komponen\tBobot\tNilai",
		"Pengukuran Kinerja\t30,00\t21,30",
		"Evaluasi Akuntabilitas Kinerja Internal\t25,00\t16,40",
		"Pelaporan Kinerja\t15,00\t11,25")
	// look-alike: codes as column titles, explained in a legend
	codes := defcolsDoc("Tabel 5 Hasil Survei Kepuasan Layanan per Kecamatan",
		"Kecamatan\tK1\tK2\tK3",
		"ALOK\t7.210\t7.305\t14.515",
		"NITA\t4.120\t4.033\t8.153",
		"", "Keterangan: K1 = responden puas, K2 = responden cukup puas, K3 = jumlah kuesioner.")
	// look-alike: numbered column titles that carry words
	kolom := defcolsDoc("Tabel 6 Rekap Unggahan Dokumen",
		"Kolom 1 (Target)\tKolom 2 (Realisasi)\tKolom 3 (Keterangan)",
		"12 dokumen\t10 dokumen\tbelum lengkap")
	// look-alike: a sorted list of people with its title row among them
	people := defcolsDoc("Tabel 7 Daftar Pegawai Sekretariat (urut abjad)",
		"Agustinus Bala\t198203\tKepala Subbagian\t45",
		"Maria Goreti\t199011\tStaf\t33",
		"Nama\tNIP\tJabatan\tUmur",
		"Yohanes Nama\t198807\tBendahara\t36")
	// look-alike: a shop's stock under Column1..: the header is no LKj header
	stock := defcolsDoc("Persediaan ATK gudang",
		"Column1\tColumn2\tColumn3\tColumn4",
		"Barang\tMasuk\tKeluar\tSisa",
		"Kertas A4\t120\t80\t40",
		"Tinta\t30\t25\t5")
	// look-alike: a headerless list of years glued over another table's header:
	// the first column holds years above it, names under it
	glued := defcolsDoc("Tabel 3.2 Hasil Evaluasi AKIP per Komponen",
		"2021\t71,20\t30,00",
		"2022\t72,05\t25,00",
		"Komponen\tBobot\tNilai",
		"Perencanaan Kinerja\t30,00\t24,50",
		"Pengukuran Kinerja\t30,00\t21,30")
	checkDocs(t, []string{"anggaran", "capaian", "dpt", "sakip_komponen"}, []docCase{
		{"budget under Column1..5", budget, map[string][]string{"anggaran": {"076.01.WA|program||2024|800000000|720000000|80000000", "3357|kegiatan|076.01.WA|2024|500000000|450000000|50000000", "3358|kegiatan|076.01.WA|2024|300000000|270000000|30000000", "TOTAL|total||2024|800000000|720000000|80000000"}}},
		{"capaian under Unnamed: 0..4", capaian, map[string][]string{"capaian": {"Persentase partisipasi pemilih dalam Pemilu|80|82.5|103.13", "Persentase laporan keuangan yang disusun tepat waktu|100|95|95"}}},
		{"DPT sorted A-Z, header fourth", dptSorted, map[string][]string{"dpt": {"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|ALOK BARAT|<nil>|30|3100|3200|6300", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|156|16930|17138|34068", "pemilu|2024|kecamatan|KEWAPANTE|<nil>|25|2500|2600|5100", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153"}}},
		{"DPT under F1..F6, Total Row", dptAccess, map[string][]string{"dpt": {"pilkada|2020|kecamatan|WAIGETE|14|<nil>|3210|3305|6515", "pilkada|2020|kecamatan|TALIBURA|9|<nil>|2000|2100|4100", "pilkada|2020|kabupaten|Kabupaten Sikka|23|<nil>|5210|5405|10615"}}},
		{"components sorted by Nilai descending", komponen, map[string][]string{"sakip_komponen": {"2023|perencanaan|30|24.5", "2023|pengukuran|30|21.3", "2023|evaluasi_internal|25|16.4", "2023|pelaporan|15|11.25"}}},
		{"codes K1 K2 K3 with a legend", codes, nil},
		{"Kolom 1 (Target) titles", kolom, nil},
		{"sorted list of people with Nama in a row", people, nil},
		{"a shop's stock under Column1..4", stock, nil},
		{"years glued over another table's header", glued, nil},
	})
}
