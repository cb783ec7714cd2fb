package parse

import "testing"

// TestSQLInsertClass: a table pasted as an SQL dump is read like the other
// serialized exports: the INSERT's column list (else the CREATE TABLE
// above it) is the header, each tuple a row, NULL no value, ” and \' a
// quote inside a string, rows written one INSERT each joined, English
// decimals never read as thousands.
func TestSQLInsertClass(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran"}, []docCase{
		{"one INSERT, many tuples, a column list", []string{
			"BAB III AKUNTABILITAS KINERJA",
			"",
			"Tabel 3.2 Capaian Indikator Kinerja KPU Kabupaten Ngada Tahun 2022",
			"",
			"INSERT INTO capaian_kinerja (indikator, target, realisasi, capaian) VALUES",
			"  ('Persentase pemutakhiran data pemilih berkelanjutan tepat waktu', 90.00, 94.50, 105.00),",
			"  ('Persentase satker''s laporan keuangan yang tepat waktu', 100.00, 95.00, 95.00),",
			"  ('Tingkat partisipasi masyarakat dalam sosialisasi', 75.000, NULL, NULL);",
			"",
			"Sumber: aplikasi SAKIP, diolah.",
		}, map[string][]string{"capaian": {
			"Persentase pemutakhiran data pemilih berkelanjutan tepat waktu|90|94.5|105",
			"Persentase satker's laporan keuangan yang tepat waktu|100|95|95",
			"Tingkat partisipasi masyarakat dalam sosialisasi|75|<nil>|<nil>"}}},
		{"CREATE TABLE names the columns, one INSERT per row", []string{
			"Tabel 3.4 Capaian Kinerja KPU Kabupaten Alor Tahun 2020",
			"",
			"CREATE TABLE `tbl_capaian` (",
			"  `uraian_indikator` varchar(255) NOT NULL,",
			"  `target_pct` decimal(6,2) DEFAULT NULL,",
			"  `realisasi_pct` decimal(6,2) DEFAULT NULL,",
			"  `capaian_pct` decimal(6,2) DEFAULT NULL,",
			"  PRIMARY KEY (`uraian_indikator`)",
			") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;",
			"",
			"INSERT INTO `tbl_capaian` VALUES ('Persentase TPS dengan logistik tepat waktu',100.00,98.20,98.20);",
			"INSERT INTO `tbl_capaian` VALUES ('Indeks kepuasan layanan informasi publik',80.00,84.00,105.00);",
			"",
			"Capaian dibahas di bawah ini.",
		}, map[string][]string{"capaian": {
			"Persentase TPS dengan logistik tepat waktu|100|98.2|98.2",
			"Indeks kepuasan layanan informasi publik|80|84|105"}}},
		{"budget per year, a schema-qualified table", []string{
			"Tabel 3.8 Realisasi Anggaran KPU Kabupaten Rote Ndao 2021-2023",
			"",
			"INSERT INTO public.realisasi_anggaran (tahun, pagu, realisasi, sisa)",
			"VALUES (2021, 4125000000, 4010500000, 114500000),",
			"       (2022, 6380000000, 6244000000, 136000000),",
			"       (2023, 9870000000, 9702000000, 168000000);",
			"",
		}, map[string][]string{"anggaran": {
			"TOTAL|total||2021|4125000000|4010500000|114500000",
			"TOTAL|total||2022|6380000000|6244000000|136000000",
			"TOTAL|total||2023|9870000000|9702000000|168000000"}}},
	})
}
