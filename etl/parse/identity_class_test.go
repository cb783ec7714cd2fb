package parse

import (
	"strings"
	"testing"
)

// TestIdentityClasses: covers that list the hierarchy above the reporting
// satker, title years written "Tahun Pelaporan 2020" or "TA. 2023", and
// a cover naming two satkers equally, which proves neither.
func TestIdentityClasses(t *testing.T) {
	tests := []struct {
		name   string
		lines  []string
		satker string // "": rejected
		tahun  int
	}{
		{"hierarchy on the cover", []string{"KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA", "KOMISI PEMILIHAN UMUM PROVINSI NUSA TENGGARA TIMUR",
			"KOMISI PEMILIHAN UMUM KABUPATEN ENDE", "", "LAPORAN KINERJA", "TAHUN 2022", "", "KATA PENGANTAR", "", "Puji syukur.", "", "Ende, Januari 2023", "Sekretaris,"},
			"5308", 2022},
		{"hierarchy in one title line", []string{"LAPORAN KINERJA KPU PROVINSI NUSA TENGGARA TIMUR KPU KABUPATEN SIKKA TAHUN 2021", "", "isi."}, "5307", 2021},
		{"tahun pelaporan", []string{"LAPORAN KINERJA", "KPU KABUPATEN LEMBATA", "TAHUN PELAPORAN 2020", "", "isi."}, "5313", 2020},
		{"TA. year", []string{"LKj", "KPU KOTA KUPANG", "TA. 2023", "", "isi."}, "5371", 2023},
		{"two satkers named alike", []string{"LAPORAN KINERJA KPU KABUPATEN ENDE DAN KPU KABUPATEN NGADA TAHUN 2022", "", "isi."}, "", 0},
	}
	for _, tc := range tests {
		d, err := Text(tc.name+".txt", []byte(strings.Join(tc.lines, "\n")+"\n"))
		if tc.satker == "" {
			if err == nil {
				t.Errorf("%s: identity %s %d, want a rejection", tc.name, d.Meta.SatkerID, d.Meta.Tahun)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if d.Meta.SatkerID != tc.satker || d.Meta.Tahun != tc.tahun {
			t.Errorf("%s: identity %s %d, want %s %d", tc.name, d.Meta.SatkerID, d.Meta.Tahun, tc.satker, tc.tahun)
		}
	}
}
