package parse

import "testing"

// The office's name "Komisi Pemilihan Umum" is no election: a year after it
// (the report's) neither keys a roll nor makes a caption name two elections.
func TestElectionYearCommissionName(t *testing.T) {
	for _, tc := range []struct {
		text    string
		year    int
		several bool
	}{
		{"LAPORAN KINERJA KOMISI PEMILIHAN UMUM KABUPATEN ENDE TAHUN 2023 Tabel 3.2 DPT Pemilu 2024 per Kecamatan", 2024, false},
		{"Komisi Pemilihan Umum Kabupaten Alor Tahun 2022", 0, false},
		{"Sekretariat Komisi  Pemilihan Umum Kota Kupang Pemilu 2019", 2019, false},
		{"DPT Pemilihan Tahun 2020 dan DPT Pemilu 2019", 0, true},
		{"Pemilihan Bupati dan Wakil Bupati Tahun 2020", 2020, false},
	} {
		y, several := electionYearOf(tc.text)
		if y != tc.year || several != tc.several {
			t.Errorf("electionYearOf(%q) = %d, %v; want %d, %v", tc.text, y, several, tc.year, tc.several)
		}
	}
}
