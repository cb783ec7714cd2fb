package parse

import "testing"

// TestMeasuredCountClass: a percent followed in its cell by the count it
// was measured from loads as the percent when the count makes it; a count
// that makes another percent leaves the cell unread, never its operands.
func TestMeasuredCountClass(t *testing.T) {
	doc := func(real string) []string {
		return []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2020", "",
			"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
			"1\tPersentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya\t%\t85,00\t" + real + "\t103,81", ""}
	}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"count makes the percent", doc("88,24 (15 dari 17 pegawai)"), map[string][]string{"capaian": {
			"Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya|85|88.24|103.81"}}},
		{"count without its unit", doc("88,24 (15 dari 17)"), map[string][]string{"capaian": {
			"Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya|85|88.24|103.81"}}},
	})
	for in, want := range map[string]string{
		"88,24 (15 dari 17 pegawai)":  "88,24",
		"100,00 (12 dari 12 bulan)":   "100,00",
		"88,24 (16 dari 17 pegawai)":  "",
		"88,24 (17 dari 15 pegawai)":  "",
		"88,24 (15 dan 17 pegawai)":   "",
		"Rp 88,24 (15 dari 17 paket)": "",
	} {
		if got, _ := measuredPercent(in); got != want {
			t.Errorf("measuredPercent(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTitledSumClass: a component's value written as the addition its
// column's title names ("Nilai (Keberadaan + Kualitas + Pemanfaatan)")
// loads as its result when the parts make it; a sum under a title naming
// no addition, or one that does not add up, loads NULL.
func TestTitledSumClass(t *testing.T) {
	doc := func(title, first string) []string {
		return []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2021 per Komponen", "",
			"No\tKomponen\tBobot\t" + title,
			"1\tPerencanaan Kinerja\t30,00\t" + first,
			"2\tPengukuran Kinerja\t30,00\t3,92 + 5,88 + 9,80 = 19,60",
			"3\tPelaporan Kinerja\t15,00\t1,82 + 2,73 + 4,55 = 9,10",
			"4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t3,24 + 4,86 + 8,12 = 16,22",
			"\tNilai Akhir\t100,00\t63,37", ""}
	}
	title := "Nilai (Keberadaan + Kualitas + Pemanfaatan)"
	rest := []string{"2021|pengukuran|30|19.6", "2021|pelaporan|15|9.1", "2021|evaluasi_internal|25|16.22"}
	checkDocs(t, []string{"sakip_komponen"}, []docCase{
		{"sums the title names", doc(title, "3,69 + 5,53 + 9,23 = 18,45"), map[string][]string{"sakip_komponen": append([]string{"2021|perencanaan|30|18.45"}, rest...)}},
		{"a sum that does not add up", doc(title, "3,69 + 5,53 + 9,23 = 19,45"), map[string][]string{"sakip_komponen": append([]string{"2021|perencanaan|30|<nil>"}, rest...)}},
		{"a title naming no addition", doc("Nilai", "3,69 + 5,53 + 9,23 = 18,45"), map[string][]string{"sakip_komponen": {
			"2021|perencanaan|30|<nil>", "2021|pengukuran|30|<nil>", "2021|pelaporan|15|<nil>", "2021|evaluasi_internal|25|<nil>"}}},
	})
}
