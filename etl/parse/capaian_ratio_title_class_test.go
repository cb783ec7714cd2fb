package parse

import "testing"

// TestCapaianQuotientTitle: a capaian column titled by its ratio
// ("Realisasi/Target (%)") is no Target column: its figures name it the
// capaian when they are realisasi/target × 100; when they are not, the
// column names nothing and no figure of it loads as a target.
func TestCapaianQuotientTitle(t *testing.T) {
	doc := func(title, c1, c2 string) []string {
		return []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2023", "",
			"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\t" + title,
			"1\tPersentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya\t%\t85,00\t88,65\t" + c1,
			"2\tPersentase Partisipasi Pemilih dalam Pemilu/Pemilihan\t%\t77,50\t80,80\t" + c2}
	}
	proven := map[string][]string{"capaian": {
		"Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya|85|88.65|104.29",
		"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|77.5|80.8|104.26"}}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"Realisasi/Target (%)", doc("Realisasi/Target (%)", "104,29", "104,26"), proven},
		{"Realisasi : Target x 100%", doc("Realisasi : Target x 100%", "104,29", "104,26"), proven},
		{"figures that are no ratio", doc("Realisasi/Target (%)", "12,00", "13,00"), map[string][]string{"capaian": {
			"Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya|85|88.65|<nil>",
			"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|77.5|80.8|<nil>"}}},
	})
}
