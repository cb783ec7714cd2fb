package extract

import "testing"

// TestReportFooterLine: what reads as a running footer, and what does not.
func TestReportFooterLine(t *testing.T) {
	for _, tc := range []struct {
		cells []string
		want  bool
	}{
		{[]string{"", "LKj KPU Kabupaten Alor 2022", "", "", "31"}, true},
		{[]string{"Laporan Kinerja Sekretariat KPU Provinsi NTT Tahun 2023 | 8"}, true},
		{[]string{"", "LAKIP KPU Kab. Sumba Barat - 102 -"}, true},
		{[]string{"12 | LKjIP KPU Kota Kupang 2021"}, true},
		{[]string{"Halaman 5", "Laporan Kinerja KPU Kabupaten Belu 2020"}, true},
		{[]string{"", "Laporan Kinerja KPU Kabupaten Alor", "2022"}, false},           // a year, not a page
		{[]string{"", "LKj KPU Kabupaten Alor 2022"}, false},                          // no page
		{[]string{"1", "Laporan Kinerja KPU Kabupaten Alor", "1", "1", "100"}, false}, // a row with figures
		{[]string{"", "Laporan Kinerja KPU Kabupaten Alor 2022 | 1.250"}, false},      // a figure
		{[]string{"", "Persentase satker KPU yang menyusun Laporan Kinerja", "31"}, false},
	} {
		if got := reportFooterLine(tc.cells); got != tc.want {
			t.Errorf("reportFooterLine(%q) = %v, want %v", tc.cells, got, tc.want)
		}
	}
}
