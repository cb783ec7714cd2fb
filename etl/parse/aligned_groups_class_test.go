package parse

import "testing"

// TestAlignedGradeGroups: a space-aligned all-satker SAKIP table grouped
// under grade headings (`Predikat BB (Sangat Baik)`) that span it. The
// headings stay text lines the table reader takes as group rows; rows
// padded group by group (each group's columns of its own width) are
// proven group by group. A row between the groups with cells over two
// columns still proves nothing.
func TestAlignedGradeGroups(t *testing.T) {
	const caption = "Tabel 3.2 Hasil Evaluasi AKIP Tahun 2022 Satuan Kerja se-Provinsi NTT"
	want := []sakipWant{{"5313", 2022, 76.55, "BB", "tinggi"}, {"5304", 2022, 74.31, "BB", "tinggi"}, {"5316", 2022, 69.88, "B", "tinggi"}, {"5307", 2022, 67.42, "B", "tinggi"}}
	tests := []struct {
		name string
		body []string
		want []sakipWant
	}{
		{"one alignment for the whole table", []string{caption, "",
			"  No   Satuan Kerja               Nilai",
			"Predikat BB (Sangat Baik)",
			"   1   KPU Kabupaten Lembata      76,55",
			"   2   KPU Kabupaten Belu         74,31",
			"Predikat B (Baik)",
			"   3   KPU Kabupaten Nagekeo      69,88",
			"   4   KPU Kabupaten Sikka        67,42",
			"Sumber: Laporan Hasil Evaluasi AKIP KPU Tahun 2022"}, want},
		{"each group padded on its own", []string{caption, "",
			"  No   Satuan Kerja               Nilai",
			"Predikat BB (Sangat Baik)",
			"   1   KPU Kabupaten Lembata              76,55",
			"   2   KPU Kabupaten Belu                 74,31",
			"Predikat B (Baik)",
			"   3   KPU Kabupaten Nagekeo   69,88",
			"   4   KPU Kabupaten Sikka     67,42",
			"Sumber: Laporan Hasil Evaluasi AKIP KPU Tahun 2022"}, want},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		checkSakip(t, tc.name, d, tc.want)
		if len(d.Sakip) != len(tc.want) {
			t.Errorf("%s: %d SAKIP rows, want %d: %+v", tc.name, len(d.Sakip), len(tc.want), d.Sakip)
		}
	}
}
