package parse

import "testing"

// TestIdentityNameConflict: a file name naming another satker than the
// text keeps the text's and says so (dokumen.identitas_konflik); a name
// that agrees, a longer name holding a shorter one, or a name without a
// satker says nothing (made-up texts).
func TestIdentityNameConflict(t *testing.T) {
	tests := []struct {
		file, text, satker string
		conflict           bool
	}{
		{"lkj-kpu-kabupaten-belu-2023.txt", "LAPORAN KINERJA KPU KABUPATEN ALOR TAHUN 2023\n\nIsi.\n", "5305", true},
		{"2021_kpu_kota_kupang_lkj.txt", "LAPORAN KINERJA KPU KABUPATEN LEMBATA TAHUN 2021\n\nIsi.\n", "5313", true},
		{"lkj-kabupaten-alor-2023.txt", "LAPORAN KINERJA KPU KABUPATEN ALOR TAHUN 2023\n\nIsi.\n", "5305", false},
		{"lkj-kabupaten-sumba-barat-daya-2020.txt", "LAPORAN KINERJA KPU KABUPATEN SUMBA BARAT DAYA TAHUN 2020\n\nIsi.\n", "5318", false},
		{"laporan-2023.txt", "LAPORAN KINERJA KPU KABUPATEN ALOR TAHUN 2023\n\nIsi.\n", "5305", false},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			d, err := Text(tc.file, []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for _, f := range d.Findings {
				got = got || f.Aturan == "dokumen.identitas_konflik"
			}
			if d.Meta.SatkerID != tc.satker || got != tc.conflict {
				t.Errorf("satker %s conflict %v, want %s %v", d.Meta.SatkerID, got, tc.satker, tc.conflict)
			}
		})
	}
}
