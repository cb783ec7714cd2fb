package parse

import "testing"

// TestCapaianShortRowUnitLost: a capaian row whose unit cell was left empty
// comes out one cell short (an empty cell between TABs dropped on the way),
// so its figures stand one column to the left of their titles and the first
// sits under Satuan. Read by position it loaded the realisasi as the target
// and the capaian as the realisasi; the figures are read in order from the
// first one instead (made-up figures).
func TestCapaianShortRowUnitLost(t *testing.T) {
	const (
		a = "Persentase arsip inaktif yang tertata"
		b = "Persentase laporan keuangan tepat waktu"
		c = "Indeks kepuasan layanan informasi publik"
	)
	first := []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2023", "",
		"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
		"1\t" + b + "\t%\t100\t95\t95,00",
		"2\t" + a + "\t80\t88\t110,00",
		"3\t" + c + "\tIndeks\t3,50\t3,85\t110,00", ""}
	if d := parseDoc(t, "short row", first...); !hasRule(d, "capaian.baris_bergeser") {
		t.Error("no capaian.baris_bergeser finding for the row read from its first figure")
	}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"unit before the target", first,
			map[string][]string{"capaian": {b + "|100|95|95", a + "|80|88|110", c + "|3.5|3.85|110"}}},
		{"no number column, realisasi before target", []string{"Tabel 6. Capaian Kinerja 2021", "",
			"Indikator\tSatuan\tRealisasi\tTarget\t% Capaian",
			a + "\t72\t90\t80,00",
			c + "\tIndeks\t3,40\t3,20\t106,25", ""},
			map[string][]string{"capaian": {a + "|90|72|80", c + "|3.2|3.4|106.25"}}},
	})
}
