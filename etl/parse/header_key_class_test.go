package parse

import "testing"

// TestKeyedHeaders: a table headed in letters whose key a note above it
// gives in words (made-up figures, other letters and orders) is read by the
// words; a formula line, or a key that names no header cell, changes
// nothing.
func TestKeyedHeaders(t *testing.T) {
	const a, b = "Persentase Pemilih yang Terdaftar Tepat Waktu", "Opini BPK atas Laporan Keuangan"
	rows := []string{a + "|90|94.5|105", b + "|<nil>|<nil>|100"}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"Sat T R C", []string{"Keterangan kolom tabel capaian: Sat = satuan, T = target, R = realisasi, C = capaian.", "",
			"Tabel 3.1: Pengukuran Kinerja Tahun 2024", "",
			"No\tUraian\tSat\tT\tR\tC (%)",
			"1\t" + a + "\t%\t90,00\t94,50\t105,00",
			"2\t" + b + "\tOpini\tWTP\tWTP\t100,00"},
			map[string][]string{"capaian": rows}},
		{"realisasi first, semicolons", []string{"Singkatan: Re = realisasi; Tg = target; Cp = capaian; St = satuan", "",
			"Tabel 3.1 Capaian Kinerja 2024", "",
			"No\tIndikator Kinerja\tSt\tRe\tTg\tCp",
			"1\t" + a + "\t%\t94,50\t90,00\t105,00",
			"2\t" + b + "\tOpini\tWTP\tWTP\t100,00"},
			map[string][]string{"capaian": rows}},
		{"header repeated after a page break", []string{"Keterangan: Sat = satuan, T = target, R = realisasi, C = capaian", "",
			"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			"No\tUraian\tSat\tT\tR\tC",
			"1\t" + a + "\t%\t90,00\t94,50\t105,00", "", "\f", "Lanjutan Tabel 3.1",
			"No\tUraian\tSat\tT\tR\tC",
			"2\t" + b + "\tOpini\tWTP\tWTP\t100,00"},
			map[string][]string{"capaian": rows}},
		{"a formula is no key", []string{"Capaian = realisasi / target x 100%, dan C = capaian.", "",
			"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			"No\tUraian\tSat\tT\tR\tC",
			"1\t" + a + "\t%\t90,00\t94,50\t105,00"},
			map[string][]string{"capaian": nil}},
	})
}
