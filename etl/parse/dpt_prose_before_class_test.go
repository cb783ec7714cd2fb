package parse

import "testing"

// TestDPTProseSexesFirst: the satker's DPT stated with its laki-laki and
// perempuan counts before the total ("DPT Pemilu 2019 …: 62.569 laki-laki
// dan 64.111 perempuan, jumlah 126.680 pemilih") is read only when the two
// make the total; figures that do not, or a kecamatan's, are not loaded
// (made-up figures).
func TestDPTProseSexesFirst(t *testing.T) {
	row := "pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|549|62569|64111|126680"
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "colon, sexes, then jumlah",
		body: []string{"Sebagai pembanding, DPT Pemilu 2019 Kabupaten Sikka: 62.569 laki-laki dan 64.111 perempuan, jumlah 126.680 pemilih pada 549 TPS."},
		want: map[string][]string{"dpt": {row}},
	}, {
		name: "sexes after their words, total with seluruhnya",
		body: []string{"Untuk Pemilu 2019 tercatat Daftar Pemilih Tetap dengan laki-laki 62.569 dan perempuan 64.111, seluruhnya 126.680 pemilih di 549 TPS."},
		want: map[string][]string{"dpt": {row}},
	}, {
		name: "L + P do not make the total: nothing",
		body: []string{"Sebagai pembanding, DPT Pemilu 2019 Kabupaten Sikka: 62.569 laki-laki dan 64.211 perempuan, jumlah 126.680 pemilih pada 549 TPS."},
	}, {
		name: "a kecamatan's figures: nothing",
		body: []string{"DPT Pemilu 2019 di Kecamatan Waigete: 6.569 laki-laki dan 6.111 perempuan, jumlah 12.680 pemilih pada 49 TPS."},
	}})
}
