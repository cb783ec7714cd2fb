package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestCommaLabelledItems: list items whose label ends at a comma and
// whose other parts all name a cell ("a. Perencanaan Kinerja, bobot 30,
// nilai 20,20;") are the rows of the table they stand for, under the
// sentence that opens the list with a colon; a list of duties with commas
// states nothing (made-up figures).
func TestCommaLabelledItems(t *testing.T) {
	intro := "Berdasarkan Laporan Hasil Evaluasi AKIP atas tahun kinerja 2023, Sekretariat KPU Kabupaten Sikka memperoleh nilai 66,10 dengan predikat B, yang tersusun atas:"
	tests := []struct {
		name  string
		items []string
		want  string
	}{
		{"lettered items, weight then score", []string{"a. Perencanaan Kinerja, bobot 30, nilai 20,20;",
			"b. Pengukuran Kinerja, bobot 30, nilai 21,10;", "c. Pelaporan Kinerja, bobot 15, nilai 10,65;",
			"d. Evaluasi Akuntabilitas Kinerja Internal, bobot 25, nilai 14,15."},
			"perencanaan=20.2/30 pengukuran=21.1/30 pelaporan=10.65/15 evaluasi_internal=14.15/25"},
		{"numbered items, score then weight", []string{"1) Perencanaan Kinerja, nilai 20,20, bobot 30",
			"2) Pengukuran Kinerja, nilai 21,10, bobot 30", "3) Pelaporan Kinerja, nilai 10,65, bobot 15",
			"4) Evaluasi Akuntabilitas Kinerja Internal, nilai 14,15, bobot 25"},
			"perencanaan=20.2/30 pengukuran=21.1/30 pelaporan=10.65/15 evaluasi_internal=14.15/25"},
		{"a list of duties is no table", []string{"a. menyusun rencana, anggaran, dan jadwal kegiatan;",
			"b. melaksanakan evaluasi, bobot kerja, dan pelaporan;", "c. membentuk PPK, PPS, dan KPPS."}, ""},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, append([]string{intro, ""}, tc.items...)...)
		var got []string
		for _, k := range d.SakipKomponen {
			if k.Nilai != nil && k.Bobot != nil && k.TahunDinilai == 2023 {
				got = append(got, fmt.Sprintf("%s=%v/%v", k.Komponen, *k.Nilai, *k.Bobot))
			}
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%s: komponen %q, want %q", tc.name, got, tc.want)
		}
	}
}
