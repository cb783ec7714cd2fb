package parse

import "testing"

// TestCapaianBoundTargets: targets written as bounds ("≥ 85,00", "≤ 2,00")
// with the percent only in the header. A figure cell is never the
// indicator's name.
func TestCapaianBoundTargets(t *testing.T) {
	const a = "Persentase pemilih yang menggunakan hak pilih"
	const b = "Persentase pengaduan yang tidak terselesaikan"
	want := map[string][]string{"capaian": {a + "|<nil>|88.4|104", b + "|<nil>|1.5|125"}}
	tab := func(rows ...string) []string {
		return append([]string{"Tabel 3.2 Capaian Indikator Kinerja Tahun 2021", "",
			"No   Indikator Kinerja                                  Target (%)    Realisasi (%)   Capaian (%)"}, rows...)
	}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"aligned bounds", tab(
			"1    "+a+"          ≥ 85,00         88,40          104,00",
			"2    "+b+"          ≤ 2,00          1,50           125,00"), want},
		{"tab bounds", []string{"Tabel 3.2 Capaian Indikator Kinerja Tahun 2021", "",
			"No\tIndikator Kinerja\tTarget (%)\tRealisasi (%)\tCapaian (%)",
			"1\t" + a + "\t≥ 85,00\t88,40\t104,00",
			"2\t" + b + "\t≤ 2,00\t1,50\t125,00"}, want},
		{"wrapped bounds", tab(
			"1    Persentase pemilih yang menggunakan",
			"     hak pilih                                          ≥ 85,00         88,40          104,00",
			"2    Persentase pengaduan yang tidak",
			"     terselesaikan                                      ≤ 2,00          1,50           125,00"), want},
	})
}

// TestFigureKey: a key made only of figures is never an indicator name;
// a name that holds a figure stays one.
func TestFigureKey(t *testing.T) {
	for _, tc := range []struct {
		key  string
		want bool
	}{
		{"100 00", true}, {"82,00", true}, {"≥ 90,00", true}, {"≤ 1.5 %", true}, {"76,10 ▲ 3,05", true},
		{"Persentase 100 hari", false}, {"Opini BPK", false}, {"-", false}, {"", false},
	} {
		if got := figureKey(tc.key); got != tc.want {
			t.Errorf("figureKey(%q) = %v, want %v", tc.key, got, tc.want)
		}
	}
}
