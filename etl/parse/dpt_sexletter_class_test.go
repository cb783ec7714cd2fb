package parse

import "testing"

// TestDPTSexLetterHeaders: a voter column named by its words and a sex's
// letter ("Jumlah Pemilih L", "Pemilih P") is that sex's, not the total
// its words name: read as the total, the L column's count would load as
// L+P.
func TestDPTSexLetterHeaders(t *testing.T) {
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "Jumlah Pemilih L | Jumlah Pemilih P | Jumlah Pemilih",
		body: []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan", "",
			"Kecamatan\tJumlah Pemilih L\tJumlah Pemilih P\tJumlah Pemilih",
			"Lela\t2.140\t2.260\t4.400", "Bola\t3.015\t3.105\t6.120", "Jumlah\t5.155\t5.365\t10.520"},
		want: map[string][]string{"dpt": {"pemilu|2019|kecamatan|LELA|<nil>|<nil>|2140|2260|4400",
			"pemilu|2019|kecamatan|BOLA|<nil>|<nil>|3015|3105|6120", "pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|<nil>|5155|5365|10520"}},
	}, {
		name: "Jml. Pemilih (L) | Jml. Pemilih (P) | Jml. Pemilih (L+P)",
		body: []string{"Tabel 3.5 DPT Pemilihan Bupati 2024", "",
			"No\tKecamatan\tJml. Pemilih (L)\tJml. Pemilih (P)\tJml. Pemilih (L+P)",
			"1\tHewokloang\t2.301\t2.412\t4.713", "2\tDoreng\t1.950\t2.020\t3.970", "\tJumlah\t4.251\t4.432\t8.683"},
		want: map[string][]string{"dpt": {"pilkada|2024|kecamatan|HEWOKLOANG|<nil>|<nil>|2301|2412|4713",
			"pilkada|2024|kecamatan|DORENG|<nil>|<nil>|1950|2020|3970", "pilkada|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|4251|4432|8683"}},
	}})
}
