package parse

import "testing"

// TestCapaianBoundTargets: targets written as bounds ("≥ 85,00", "≤ 2,00")
// with the percent only in the header. A figure cell is never the
// indicator's name. The bound's figure is the target (the lead's
// convention since round 5; before, the target loaded NULL).
func TestCapaianBoundTargets(t *testing.T) {
	const a = "Persentase pemilih yang menggunakan hak pilih"
	const b = "Persentase pengaduan yang tidak terselesaikan"
	want := map[string][]string{"capaian": {a + "|85|88.4|104", b + "|2|1.5|125"}}
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

// TestCapaianBoundWords: a bound in words ("Maks. 3,00", "paling sedikit
// 90") is a target like a signed one; a range keeps NULL, and a bound in
// the realisation column is no measured figure.
func TestCapaianBoundWords(t *testing.T) {
	const a = "Persentase laporan keuangan yang disampaikan tepat waktu"
	const b = "Persentase keberatan hasil rekapitulasi yang dikabulkan"
	const c = "Persentase arsip yang tertata sesuai klasifikasi"
	head := []string{"Tabel 3.4 Realisasi Indikator Kinerja Tahun 2022", "",
		"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian"}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"words", append(head,
			"1\t"+a+"\tMinimal 95 %\t97,50 %\t102,63 %",
			"2\t"+b+"\tMaks. 3,00 %\t2,40 %\t120,00 %",
			"3\t"+c+"\t80 - 90 %\t84,00 %\t-"),
			map[string][]string{"capaian": {a + "|95|97.5|102.63", b + "|3|2.4|120", c + "|<nil>|84|<nil>"}}},
		{"signs without space, bound realisation", append(head,
			"1\t"+a+"\t>=95%\t97,50%\t102,63%",
			"2\t"+b+"\t<=3%\t< 1%\t-"),
			map[string][]string{"capaian": {a + "|95|97.5|102.63", b + "|3|<nil>|<nil>"}}},
		{"paling sedikit", append(head,
			"1\t"+c+"\tpaling sedikit 90\t91\t101,11"),
			map[string][]string{"capaian": {c + "|90|91|101.11"}}},
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
