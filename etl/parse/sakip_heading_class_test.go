package parse

import "testing"

// TestSakipGradeHeadingClasses: the all-satker SAKIP table grouped under
// headings that span it ("Predikat BB (Sangat Baik)") with rows that give
// the satker and the score only. A row's predikat is its heading's when the
// score lies in the grade's band; a score outside the band loads without a
// predikat and with a finding, never with a guessed one. The heading may be
// a line of text or a row of one cell, name its grade with or without the
// word "Predikat", carry a list marker or the band's bounds.
func TestSakipGradeHeadingClasses(t *testing.T) {
	const caption = "Tabel 3.2 Hasil Evaluasi AKIP Tahun 2022 Satuan Kerja se-Provinsi NTT"
	tests := []struct {
		name    string
		body    []string
		want    []sakipWant
		finding string
	}{
		{"text headings between numbered rows", []string{caption, "",
			"No\tSatuan Kerja\tNilai",
			"Predikat BB (Sangat Baik)",
			"1\tKPU Kabupaten Lembata\t76,55", "2\tKPU Kabupaten Belu\t74,31",
			"Predikat B (Baik)",
			"3\tKPU Kabupaten Nagekeo\t69,88",
			"Sumber: Laporan Hasil Evaluasi AKIP KPU Tahun 2022"},
			[]sakipWant{{"5313", 2022, 76.55, "BB", "tinggi"}, {"5304", 2022, 74.31, "BB", "tinggi"}, {"5316", 2022, 69.88, "B", "tinggi"}}, ""},
		{"headings as rows of one cell, grade words first, list markers", []string{caption, "",
			"No\tKabupaten/Kota\tNilai AKIP",
			"A. Sangat Baik (BB)\t\t",
			"1\tKabupaten Lembata\t76,55",
			"B. Baik (B)\t\t",
			"2\tKabupaten Nagekeo\t69,88", "3\tKabupaten Sikka\t67,42"},
			[]sakipWant{{"5313", 2022, 76.55, "BB", "tinggi"}, {"5316", 2022, 69.88, "B", "tinggi"}, {"5307", 2022, 67.42, "B", "tinggi"}}, ""},
		{"headings with the band's bounds", []string{caption, "",
			"No\tSatuan Kerja\tNilai",
			"Kategori BB (nilai > 70 - 80)",
			"1\tKPU Kabupaten Lembata\t76,55",
			"Kategori B (nilai > 60 - 70)",
			"2\tKPU Kabupaten Nagekeo\t69,88"},
			[]sakipWant{{"5313", 2022, 76.55, "BB", "tinggi"}, {"5316", 2022, 69.88, "B", "tinggi"}}, ""},
		{"a score outside its heading's band loads without a predikat", []string{caption, "",
			"No\tSatuan Kerja\tNilai",
			"Predikat BB (Sangat Baik)",
			"1\tKPU Kabupaten Lembata\t76,55", "2\tKPU Kabupaten Nagekeo\t69,88"},
			[]sakipWant{{"5313", 2022, 76.55, "BB", "tinggi"}, {"5316", 2022, 69.88, "", "tinggi"}}, "sakip.predikat_tidak_sesuai"},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		checkSakip(t, tc.name, d, tc.want)
		if len(d.Sakip) != len(tc.want) {
			t.Errorf("%s: %d SAKIP rows, want %d: %+v", tc.name, len(d.Sakip), len(tc.want), d.Sakip)
		}
		if got := hasRule(d, "sakip.predikat_tidak_sesuai"); got != (tc.finding != "") {
			t.Errorf("%s: finding sakip.predikat_tidak_sesuai = %v, want %v", tc.name, got, tc.finding != "")
		}
	}
}
