package parse

import (
	"fmt"
	"testing"
)

// TestAlignedGradeGroups: a space-aligned all-satker SAKIP table grouped
// under grade headings (`Predikat BB (Sangat Baik)`) that span it. The
// headings stay text lines the table reader takes as group rows; rows
// padded group by group (each group's columns of its own width) are
// proven group by group (the first group's long names run under the
// second group's scores).
func TestAlignedGradeGroups(t *testing.T) {
	// table pads the name column of the first group to w1 runes and of the
	// second to w2
	table := func(w1, w2 int) []string {
		row := func(no int, name string, w int, score string) string {
			return fmt.Sprintf("   %d   %-*s   %s", no, w, name, score)
		}
		return []string{"Tabel 3.2 Hasil Evaluasi AKIP Tahun 2022 Satuan Kerja se-Provinsi NTT", "",
			"  No   Satuan Kerja               Nilai",
			"Predikat BB (Sangat Baik)",
			row(1, "KPU Kabupaten Lembata", w1, "76,55"), row(2, "KPU Provinsi Nusa Tenggara Timur", w1, "76,55"),
			"Predikat B (Baik)",
			row(3, "KPU Kabupaten Nagekeo", w2, "69,88"), row(4, "KPU Kabupaten Sikka", w2, "67,42"),
			"Sumber: Laporan Hasil Evaluasi AKIP KPU Tahun 2022"}
	}
	want := []sakipWant{{"5313", 2022, 76.55, "BB", "tinggi"}, {"53", 2022, 76.55, "BB", "tinggi"}, {"5316", 2022, 69.88, "B", "tinggi"}, {"5307", 2022, 67.42, "B", "tinggi"}}
	for _, tc := range []struct {
		name   string
		w1, w2 int
	}{{"one alignment for the whole table", 32, 32}, {"each group padded on its own", 32, 21}} {
		checkSakipExact(t, tc.name, table(tc.w1, tc.w2), want)
	}
}
