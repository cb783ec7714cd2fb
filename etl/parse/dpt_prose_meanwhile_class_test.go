package parse

import "testing"

// TestDPTProseMeanwhile: a DPT sentence opened by the connective
// "Sementara itu" (meanwhile) is read; the word names no roll there. The
// Daftar Pemilih Sementara itself, however the sentence opens, is still
// another roll and not loaded (made-up figures).
func TestDPTProseMeanwhile(t *testing.T) {
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "meanwhile, fixed on a date of the year before",
		body: []string{"Sementara itu DPT Pemilu 2024 Kabupaten Sikka yang ditetapkan pada 2 Juli 2023 berjumlah 142.000 pemilih, terdiri atas 70.010 laki-laki dan 71.990 perempuan, tersebar di 611 TPS."},
		want: map[string][]string{"dpt": {"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|611|70010|71990|142000"}},
	}, {
		name: "meanwhile with a comma, a pilkada",
		body: []string{"Sementara itu, Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Tahun 2020 sebanyak 139.420 pemilih, yaitu 68.300 laki-laki dan 71.120 perempuan."},
		want: map[string][]string{"dpt": {"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|<nil>|68300|71120|139420"}},
	}, {
		name: "meanwhile in the middle of the sentence",
		body: []string{"Tahapan pemutakhiran berjalan sesuai jadwal, sementara itu DPT Pemilu 2024 ditetapkan berjumlah 143.250 pemilih dengan 70.600 laki-laki dan 72.650 perempuan."},
		want: map[string][]string{"dpt": {"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|70600|72650|143250"}},
	}, {
		name: "the Daftar Pemilih Sementara after the connective: nothing",
		body: []string{"Sementara itu Daftar Pemilih Sementara Pemilu 2024 berjumlah 141.200 pemilih, terdiri atas 69.700 laki-laki dan 71.500 perempuan."},
	}})
}
