package parse

import "testing"

// TestPairWrapped: a pair a narrow cell wrapped after its slash ("79,46
// /" over "75,00" on the row's wrapped line, as a PDF's text gives it) is
// one pair, realisasi first as the header says.
func TestPairWrapped(t *testing.T) {
	head := []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2020", "",
		"No\tIndikator Kinerja\tSatuan\tRealisasi / Target\tCapaian (%)"}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"wrapped after the slash", append(append([]string{}, head...),
			"1\tPersentase kesesuaian Kompetensi Pegawai terhadap standar\t%\t79,46 /\t105,95",
			"\tkompetensi penugasannya\t\t75,00",
			"2\tPersentase pembayaran gaji dan tunjangan yang tepat waktu\t%\t100,00 / 100,00\t100,00"),
			map[string][]string{"capaian": {
				"Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya|75|79.46|105.95",
				"Persentase pembayaran gaji dan tunjangan yang tepat waktu|100|100|100"}}},
	})
}
