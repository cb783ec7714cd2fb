package parse

import "testing"

// TestCapaianNumberedName: a capaian table without a No column whose rows
// carry their number at the head of the indicator's name ("1.", "3)")
// reads a row per indicator, the number no part of its name.
func TestCapaianNumberedName(t *testing.T) {
	head := []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2019", "",
		"Indikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)"}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"numbered names", append(append([]string{}, head...),
			"1. Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan\t%\t77,50\t84,63\t109,20",
			"2. Persentase Partisipasi Pemilih Perempuan dalam Pemilu/Pemilihan\t%\t77,50\t86,18\t111,20",
			"3) Opini BPK atas Laporan Keuangan\tOpini\tWTP\tWTP\t100,00"),
			map[string][]string{"capaian": {
				"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|77.5|84.63|109.2",
				"Persentase Partisipasi Pemilih Perempuan dalam Pemilu/Pemilihan|77.5|86.18|111.2",
				"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}}}, // grades are no numbers
	})
}
