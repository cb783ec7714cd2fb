package indicator

import "testing"

// TestRejoin: words a narrow PDF cell broke are joined back only when the
// join is a catalogue word and neither piece is one; a typesetter's hyphen
// at the break goes with it. Look-alikes keep their text: compounds with a
// hyphen, two real words, a break whose join is no catalogue word.
func TestRejoin(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Persentase Pengelo laan Arsip", "Persentase Pengelolaan Arsip"},
		{"Data Pemi- lih Tepat Waktu", "Data Pemilih Tepat Waktu"},
		{"Data Pemi-lih Tepat Waktu", "Data Pemilih Tepat Waktu"},
		{"berbasis SIMO- NIKA yang Tepat Waktu", "berbasis SIMONIKA yang Tepat Waktu"},
		{"Partisi- pasi Pemilih dan Memuta- khirkan Data", "Partisipasi Pemilih dan Memutakhirkan Data"},
		// look-alikes
		{"Sosialisasi Pra-Pemilu", "Sosialisasi Pra-Pemilu"},
		{"Penggunaan e-Rekap", "Penggunaan e-Rekap"},
		{"Pemilu/Pemilihan - Tepat Waktu", "Pemilu/Pemilihan - Tepat Waktu"},
		{"Data Pemilih- Tepat", "Data Pemilih- Tepat"},
		{"Opini BPK atas Laporan Keuangan", "Opini BPK atas Laporan Keuangan"},
		{"Kuali- tasnya Baik", "Kuali- tasnya Baik"},
	} {
		if got := Rejoin(tc.in); got != tc.want {
			t.Errorf("Rejoin(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
