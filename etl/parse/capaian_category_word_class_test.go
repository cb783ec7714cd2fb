package parse

import (
	"testing"
)

// TestCapaianCategoryBerhasil: "Berhasil" after a capaian figure under 100
// is a band of the report's scale when the row's arithmetic gives the
// figure (capaian_category_word.go); otherwise the contradiction stands.
func TestCapaianCategoryBerhasil(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{"the band word beside a proven figure", []string{
			"Tabel 3.1 Capaian Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian/Kategori",
			"1\t" + indKIP + "\t80\t76,00\t95,00 (Berhasil)",
			"2\t" + indPart + "\t75\t78,00\t104,00 (Sangat Berhasil)"},
			[]capWant{{indKIP, "80", "76,00", "95,00 (Berhasil)", ""}, {indPart, "75", "78,00", "104,00 (Sangat Berhasil)", ""}}, nil, false},
	})
	for _, tc := range []struct {
		name, cell string
		want       bool // capaian_lapor loaded
	}{
		{"proven", "95,00 (Berhasil)", true},
		{"arithmetic disagrees", "90,00 (Berhasil)", false},
		{"tercapai is no band", "95,00 (Tercapai)", false},
	} {
		d := parseDoc(t, tc.name, "Tabel 3.1 Capaian Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
			"1\t"+indKIP+"\t80\t76,00\t"+tc.cell)
		got := false
		for _, c := range d.Capaian {
			if c.Indikator == indKIP && c.CapaianLapor != nil {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%s: capaian loaded %v, want %v", tc.name, got, tc.want)
		}
	}
}
