package parse

import "testing"

// TestCapaianTrendCells: a dashboard export glues a trend arrow and the
// change to the figure ("81,36 ▼ 4,13"): the figure before the arrow is the
// value, and the sum or average line under the rows is no indicator.
func TestCapaianTrendCells(t *testing.T) {
	const a = "Persentase partisipasi pemilih pada pemilihan"
	const b = "Persentase keputusan yang dipublikasikan tepat waktu"
	want := map[string][]string{"capaian": {a + "|78|77.25|99.04", b + "|95|98|103.16"}}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"arrow and change in the cell", []string{"Dashboard Capaian Kinerja Sasaran Strategis Tahun 2020", "",
			"No\tIndikator Kinerja\tTarget (%)\tRealisasi (%)\tCapaian (%)",
			"1\t" + a + "\t78,00\t77,25 ▼ 3,40\t99,04 ▼ 4,36",
			"2\t" + b + "\t95,00\t98,00 ▲ 2,00\t103,16",
			"\tJumlah\t173,00\t175,25\t"}, want},
		{"arrow alone, average row", []string{"Tabel 3.4 Capaian Kinerja Tahun 2020", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
			"1\t" + a + "\t78,00\t77,25 ↓\t99,04 ↓",
			"2\t" + b + "\t95,00\t98,00 ↑\t103,16 ↑",
			"\tRata-rata\t\t\t101,10"}, want},
		{"total row keyed TOTAL", []string{"Tabel 3.4 Capaian Kinerja Tahun 2020", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
			"1\t" + a + "\t78,00\t77,25 ▼ 0,75\t99,04",
			"2\t" + b + "\t95,00\t98,00 ▲ 3,00\t103,16 ▲ 1,20",
			"\tTOTAL\t173,00\t175,25\t202,20"}, want},
	})
}

// TestTotalKey: only a label made of total words is a total line.
func TestTotalKey(t *testing.T) {
	for key, want := range map[string]bool{"Jumlah": true, "JUMLAH TOTAL": true, "Rata-rata": true, "Grand Total": true,
		"Jumlah pemilih terdaftar": false, "Rata-rata nilai SAKIP": false, "": false} {
		if got := totalKey(key); got != want {
			t.Errorf("totalKey(%q) = %v, want %v", key, got, want)
		}
	}
}
