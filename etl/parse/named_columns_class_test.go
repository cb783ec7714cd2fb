package parse

import "testing"

// TestNamedColumnsClass: a table whose header row did not copy, its
// columns named in order by a sentence above it, reads under the header
// that sentence names, in the order it names them; a sentence naming
// another count of columns than the rows hold proves no header.
func TestNamedColumnsClass(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran", "sakip_komponen"}, []docCase{
		{"semicolons, Realisasi before Target", []string{
			"LAPORAN KINERJA KPU KABUPATEN SUMBA TIMUR TAHUN 2022",
			"",
			"Tabel 3.1 Capaian Indikator Kinerja Tahun 2022",
			"",
			"Urutan kolom tabel: No; Indikator Kinerja; Realisasi; Target; Capaian (%).",
			"",
			"1\tPersentase laporan keuangan yang disusun tepat waktu\t97,50\t100,00\t97,50",
			"2\tIndeks kepuasan layanan informasi publik\t88,00\t80,00\t110,00",
			"",
		}, map[string][]string{"capaian": {
			"Persentase laporan keuangan yang disusun tepat waktu|100|97.5|97.5",
			"Indeks kepuasan layanan informasi publik|80|88|110"}}},
		{"commas with a closing dan, the sentence right above the rows", []string{
			"LAPORAN KINERJA KPU KABUPATEN ROTE NDAO TAHUN 2020",
			"",
			"Tabel 3.3 Realisasi Anggaran Tahun 2020",
			"Susunan kolom: Kode, Uraian, Pagu (Rp), Realisasi (Rp), dan Sisa (Rp).",
			"076.01.WA\tProgram Dukungan Manajemen\t3.400.000\t3.250.000\t150.000",
			"3355\tPengelolaan Keuangan dan Barang Milik Negara\t1.900.000\t1.850.000\t50.000",
			"3360\tOperasional Perkantoran dan Dukungan Sarana Prasarana\t1.500.000\t1.400.000\t100.000",
			"",
		}, map[string][]string{"anggaran": {
			"076.01.WA|program||2020|3400000|3250000|150000",
			"3355|kegiatan|076.01.WA|2020|1900000|1850000|50000",
			"3360|kegiatan|076.01.WA|2020|1500000|1400000|100000"}}},
		{"components, Nilai before Bobot", []string{
			"LAPORAN KINERJA KPU KABUPATEN ALOR TAHUN 2023",
			"",
			"Hasil evaluasi AKIP Tahun 2022 per komponen:",
			"",
			"Kolom berturut-turut: No; Komponen; Nilai; Bobot.",
			"",
			"1\tPerencanaan Kinerja\t21,40\t30,00",
			"2\tPengukuran Kinerja\t19,80\t30,00",
			"3\tPelaporan Kinerja\t11,25\t15,00",
			"4\tEvaluasi Akuntabilitas Kinerja Internal\t16,90\t25,00",
			"\tNilai Akhir\t69,35\t100,00",
			"",
		}, map[string][]string{"sakip_komponen": {
			"2022|perencanaan|30|21.4",
			"2022|pengukuran|30|19.8",
			"2022|pelaporan|15|11.25",
			"2022|evaluasi_internal|25|16.9"}}},
		{"a sentence naming fewer columns than the rows hold proves nothing", []string{
			"LAPORAN KINERJA KPU KABUPATEN LEMBATA TAHUN 2021",
			"",
			"Tabel 3.1 Capaian Indikator Kinerja Tahun 2021",
			"",
			"Kolom tabel berturut-turut: No; Indikator Kinerja; Realisasi; Target.",
			"",
			"1\tPersentase laporan keuangan yang disusun tepat waktu\t97,50\t100,00\t97,50",
			"",
		}, map[string][]string{}},
	})
}
