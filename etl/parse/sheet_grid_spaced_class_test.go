package parse

import "testing"

// TestSheetGridSpacedClass: a printed sheet read back as plain text, its
// column letters and row numbers words parted by spaces, reads as the
// space-aligned table inside it; the letters and row numbers are no cells.
func TestSheetGridSpacedClass(t *testing.T) {
	checkDocs(t, []string{"capaian", "dpt"}, []docCase{
		{"caption in row 1, empty row 2, capaian", []string{
			"Capaian dicetak dari buku kerja dengan judul baris dan kolom:",
			"",
			"       A    B                                               C          D           E",
			"  1    Tabel 3.1 Capaian Kinerja Tahun 2023",
			"  2",
			"  3    No   Indikator Kinerja                               Realisasi  Target      Capaian (%)",
			"  4    1    Persentase laporan keuangan tepat waktu         95,00      100,00      95,00",
			"  5    2    Indeks kepuasan layanan informasi publik        84,00      80,00       105,00",
			"  6    3    Persentase TPS dengan logistik tepat waktu      98,20      100,00      98,20",
			"",
		}, map[string][]string{"capaian": {
			"Persentase laporan keuangan tepat waktu|100|95|95",
			"Indeks kepuasan layanan informasi publik|80|84|105",
			"Persentase TPS dengan logistik tepat waktu|100|98.2|98.2"}}},
		{"kecamatan rows from row 10, letters from C", []string{
			"Rekapitulasi DPT Pemilu 2019 per kecamatan (lembar kerja DPT):",
			"",
			"         C      D            E       F          G          H",
			"  10     No     Kecamatan    TPS     L          P          L+P",
			"  11     1      PAGA         30      4.081      4.005      8.086",
			"  12     2      MEGO         28      3.853      3.821      7.674",
			"  13     3      LELA         20      2.000      2.100      4.100",
			"  14            JUMLAH       78      9.934      9.926      19.860",
			"",
		}, map[string][]string{"dpt": sikkaDPT[:]}},
	})
}
