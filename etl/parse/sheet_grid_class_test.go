package parse

import "testing"

// TestSheetGridClass: a spreadsheet printed with its column letters above
// and its row numbers down the left reads as the table within: the letters
// are no header, the row numbers no No column, the first row of words the
// header.
func TestSheetGridClass(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran"}, []docCase{
		{"letters row and numbered rows with a No column", []string{
			"Tabel 3.1 Capaian Indikator Kinerja KPU Kabupaten Sumba Timur Tahun 2023",
			"",
			"   | A  | B                                                | C      | D         | E       |",
			" 1 | No | Indikator Kinerja                                | Target | Realisasi | Capaian |",
			" 2 | 1  | Persentase pemutakhiran data pemilih tepat waktu | 90     | 94,50     | 105,00  |",
			" 3 | 2  | Persentase laporan keuangan tepat waktu          | 100    | 95        | 95      |",
			" 4 | 3  | Indeks kepuasan layanan informasi publik         | 80     | 84        | 105     |",
			"",
			"Sumber: data diolah.",
		}, map[string][]string{"capaian": {
			"Persentase pemutakhiran data pemilih tepat waktu|90|94.5|105",
			"Persentase laporan keuangan tepat waktu|100|95|95",
			"Indeks kepuasan layanan informasi publik|80|84|105"}}},
		{"sheet starting lower, no No column, title rows inside", []string{
			"Perkembangan anggaran disalin dari lembar kerja:",
			"",
			"    |  A    |  B              |  C              |  D            |",
			"    |-------+-----------------+-----------------+---------------|",
			"  3 | Tabel 3.8 Realisasi Anggaran KPU Kabupaten Rote Ndao 2021-2023 |",
			"  5 | Tahun | Pagu            | Realisasi       | Sisa          |",
			"  6 | 2021  | 4.125.000.000   | 4.010.500.000   | 114.500.000   |",
			"  7 | 2022  | 6.380.000.000   | 6.244.000.000   | 136.000.000   |",
			"  8 | 2023  | 9.870.000.000   | 9.702.000.000   | 168.000.000   |",
			"",
		}, map[string][]string{"anggaran": {
			"TOTAL|total||2021|4125000000|4010500000|114500000",
			"TOTAL|total||2022|6380000000|6244000000|136000000",
			"TOTAL|total||2023|9870000000|9702000000|168000000"}}},
	})
}
