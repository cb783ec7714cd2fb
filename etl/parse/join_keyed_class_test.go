package parse

import "testing"

// TestJoinKeyed: a table given in two tables of its own, the plan first
// and the results later under another caption, after prose, is read as
// one table when the second's key column (row number, code, kecamatan or
// indicator name) pairs one to one with a column of the first: row by
// row by the key, never by position. Halves whose keys do not pair, of
// another year, or keyed by row numbers no text ties to the first table,
// stay apart.
func TestJoinKeyed(t *testing.T) {
	prose := "Capaian tersebut tidak lepas dari dukungan seluruh jajaran sekretariat, koordinasi yang baik dengan pemerintah daerah, " +
		"serta pemanfaatan aplikasi yang disediakan oleh KPU RI. Kendala utama adalah jaringan internet yang belum merata di wilayah kepulauan."
	pk := []string{"Tabel 2.3 Perjanjian Kinerja Tahun 2024", "", "No\tIndikator Kinerja\tTarget",
		"1\tPersentase laporan keuangan yang disusun tepat waktu\t100", "2\tPersentase pegawai yang mengikuti pelatihan teknis\t80",
		"3\tIndeks kepuasan layanan informasi publik\t85", "", prose, ""}
	capaian := map[string][]string{"capaian": {"Persentase laporan keuangan yang disusun tepat waktu|100|100|100",
		"Persentase pegawai yang mengikuti pelatihan teknis|80|84|105", "Indeks kepuasan layanan informasi publik|85|85|100"}}
	pkAlone := map[string][]string{"capaian": {"Persentase laporan keuangan yang disusun tepat waktu|100|<nil>|<nil>",
		"Persentase pegawai yang mengikuti pelatihan teknis|80|<nil>|<nil>", "Indeks kepuasan layanan informasi publik|85|<nil>|<nil>"}}

	pagu := []string{"Tabel 3.4 Pagu Anggaran Tahun 2024 (Rp)", "", "Kode\tUraian\tPagu",
		"076.01.WA\tProgram Dukungan Manajemen\t3.150.000.000", "3356\tPengelolaan Keuangan dan BMN\t1.400.000.000",
		"3360\tOperasional Perkantoran\t1.750.000.000", "\tJUMLAH\t3.150.000.000", "", prose, ""}
	budget := map[string][]string{"anggaran": {"076.01.WA|program||2024|3150000000|3024500000|125500000",
		"3356|kegiatan|076.01.WA|2024|1400000000|1351200000|48800000", "3360|kegiatan|076.01.WA|2024|1750000000|1673300000|76700000",
		"TOTAL|total||2024|3150000000|3024500000|125500000"}}

	wilayah := []string{"Tabel 3.7 Wilayah dan TPS Pemilu 2024", "", "No\tKecamatan\tJumlah Desa/Kelurahan\tJumlah TPS",
		"1\tMIOMAFFO BARAT\t11\t30", "2\tNOEMUTI\t9\t21", "3\tBIBOKI UTARA\t8\t19", "\tJUMLAH\t28\t70", "", prose, ""}
	pemilih := []string{"Tabel 3.8 Daftar Pemilih Tetap Pemilu 2024", "", "Kecamatan\tLaki-laki\tPerempuan\tJumlah",
		"Noemuti\t4.210\t4.388\t8.598", "Miomaffo Barat\t5.102\t5.333\t10.435", "Biboki Utara\t3.020\t3.151\t6.171", "Jumlah\t12.332\t12.872\t25.204"}
	dpt := map[string][]string{"dpt": {"pemilu|2024|kecamatan|MIOMAFFO BARAT|11|30|5102|5333|10435",
		"pemilu|2024|kecamatan|NOEMUTI|9|21|4210|4388|8598", "pemilu|2024|kecamatan|BIBOKI UTARA|8|19|3020|3151|6171",
		"pemilu|2024|kabupaten|Kabupaten Sikka|28|70|12332|12872|25204"}}

	checkDocs(t, []string{"capaian", "anggaran", "dpt"}, []docCase{
		{"capaian, realisasi by row number in another order, the text naming the first table", append(pk,
			"Realisasi atas indikator pada Tabel 2.3 adalah sebagai berikut.", "",
			"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "", "No\tRealisasi\tCapaian (%)", "2\t84\t105,00", "1\t100\t100,00", "3\t85\t100,00"), capaian},
		{"capaian, realisasi keyed by the indicator's name", append(pk,
			"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "", "Indikator Kinerja\tRealisasi\tCapaian (%)",
			"Indeks kepuasan layanan informasi publik\t85\t100,00", "Persentase laporan keuangan yang disusun tepat waktu\t100\t100,00",
			"Persentase pegawai yang mengikuti pelatihan teknis\t84\t105,00"), capaian},
		{"capaian, PK targets in BAB II, realisasi by indicator name in BAB III after two other tables", append(append([]string{"BAB II", "PERENCANAAN KINERJA", ""}, pk...),
			"BAB III", "AKUNTABILITAS KINERJA", "", "Tabel 3.1 Nilai SAKIP per Komponen", "", "No\tKomponen\tBobot\tNilai",
			"1\tPerencanaan Kinerja\t30,00\t21,40", "2\tPengukuran Kinerja\t30,00\t20,10", "\tNilai Akhir\t60,00\t41,50", "", prose, "",
			"Tabel 3.2 Indikator Kinerja Utama", "", "No\tIndikator\tSatuan", "1\tPersentase laporan keuangan yang disusun tepat waktu\t%",
			"2\tPersentase pegawai yang mengikuti pelatihan teknis\t%", "", "Tabel 3.3 Realisasi Indikator Kinerja 2024", "",
			"Indikator Kinerja\tRealisasi\tCapaian (%)", "Persentase pegawai yang mengikuti pelatihan teknis\t84\t105,00",
			"Indeks kepuasan layanan informasi publik\t85\t100,00", "Persentase laporan keuangan yang disusun tepat waktu\t100\t100,00"), capaian},
		{"capaian, row numbers no text ties to the first table: apart", append(pk,
			"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "", "No\tRealisasi\tCapaian (%)", "1\t100\t100,00", "2\t84\t105,00", "3\t85\t100,00"), pkAlone},
		{"budget, realisasi and sisa by code in another order, the total as TOTAL", append(pagu,
			"Tabel 3.5 Realisasi Anggaran per Kode (Rp)", "", "Kode\tRealisasi\tSisa", "3360\t1.673.300.000\t76.700.000",
			"076.01.WA\t3.024.500.000\t125.500.000", "3356\t1.351.200.000\t48.800.000", "TOTAL\t3.024.500.000\t125.500.000"), budget},
		{"DPT, voters by kecamatan name after the villages and TPS", append(wilayah, pemilih...), dpt},
		{"DPT, villages and TPS by kecamatan name after the voters", []string{
			"Tabel 3.8 Daftar Pemilih Tetap Pemilu 2024", "", "No\tKecamatan\tL\tP\tL+P", "1\tMIOMAFFO BARAT\t5.102\t5.333\t10.435",
			"2\tNOEMUTI\t4.210\t4.388\t8.598", "3\tBIBOKI UTARA\t3.020\t3.151\t6.171", "\tJUMLAH\t12.332\t12.872\t25.204", "", prose, "",
			"Tabel 3.9 Desa/Kelurahan dan TPS Pemilu 2024", "", "Nama Kecamatan\tDesa/Kel.\tTPS", "Biboki Utara\t8\t19",
			"Noemuti\t9\t21", "Miomaffo Barat\t11\t30", "Total\t28\t70"}, dpt},
		{"DPT, halves of other elections: apart", append(append([]string(nil), wilayah...),
			append([]string{"Tabel 3.8 Daftar Pemilih Tetap Pemilihan Bupati 2024"}, pemilih[1:]...)...), dptAlone("pilkada")},
		{"DPT, a kecamatan the voters' table lacks: apart", append(append([]string(nil), wilayah[:6]...),
			append([]string{"4\tINSANA\t7\t18", "\tJUMLAH\t35\t88", ""}, append(wilayah[8:], pemilih...)...)...), dptAlone("pemilu")},
	})
}

// dptAlone: the voters' table read alone, villages and TPS NULL.
func dptAlone(pemilihan string) map[string][]string {
	return map[string][]string{"dpt": {pemilihan + "|2024|kecamatan|NOEMUTI|<nil>|<nil>|4210|4388|8598",
		pemilihan + "|2024|kecamatan|MIOMAFFO BARAT|<nil>|<nil>|5102|5333|10435", pemilihan + "|2024|kecamatan|BIBOKI UTARA|<nil>|<nil>|3020|3151|6171",
		pemilihan + "|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|12332|12872|25204"}}
}

// TestJoinKeyedUnjoinedDesa: villages and TPS in a table that cannot be
// joined to the voters' rows are no silent NULL: every DPT row that table
// names gets fakta.nilai_kosong on its own lines.
func TestJoinKeyedUnjoinedDesa(t *testing.T) {
	for _, tc := range []struct {
		name string
		body []string
	}{
		{"a kecamatan the voters' table lacks", []string{"Tabel 4.2 Desa dan TPS per Kecamatan", "", "No\tKecamatan\tDesa\tTPS",
			"1\tKOTA SOE\t10\t41", "2\tAMANUBAN BARAT\t12\t33", "3\tBATU PUTIH\t9\t17", "4\tKUANFATU\t13\t25", "\tJUMLAH\t44\t116", "",
			"Tabel 4.3 DPT Pemilu 2019 per Kecamatan", "", "Kecamatan\tL\tP\tL+P", "Kota Soe\t9.118\t9.502\t18.620",
			"Amanuban Barat\t5.230\t5.401\t10.631", "Batu Putih\t3.004\t3.116\t6.120", "Jumlah\t17.352\t18.019\t35.371"}},
		{"a kecamatan written twice in the village table", []string{"Tabel 4.3 DPT Pemilu 2019 per Kecamatan", "", "No\tKecamatan\tLaki-laki\tPerempuan\tJumlah",
			"1\tKota Soe\t9.118\t9.502\t18.620", "2\tAmanuban Barat\t5.230\t5.401\t10.631", "3\tBatu Putih\t3.004\t3.116\t6.120",
			"\tJumlah\t17.352\t18.019\t35.371", "", "Tabel 4.4 Jumlah Desa/Kelurahan dan TPS", "", "Kecamatan\tDesa/Kel\tTPS",
			"Kota Soe\t10\t41", "Amanuban Barat\t12\t33", "Batu Putih\t9\t17", "Kota Soe\t10\t41", "Jumlah\t41\t132"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			if len(d.DPT) != 4 {
				t.Fatalf("want the 4 voters' rows read alone, got %d", len(d.DPT))
			}
			for _, r := range d.DPT {
				if r.JumlahDesa != nil || r.JumlahTPS != nil {
					t.Errorf("%s: desa/TPS joined from halves that do not pair", r.Wilayah)
				}
				found := false
				for _, f := range d.Findings {
					found = found || f.Aturan == "fakta.nilai_kosong" && f.Start <= r.End && r.Start <= f.End
				}
				if !found {
					t.Errorf("%s (lines %d-%d): desa/TPS NULL with no finding on its lines", r.Wilayah, r.Start, r.End)
				}
			}
		})
	}
}
