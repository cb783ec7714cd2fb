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
	}, {
		name: "seluruhnya after the sexes, parted by a comma",
		body: []string{"Untuk pemutakhiran dipakai DPT Pemilu 2019: 61.204 laki-laki, 63.350 perempuan, seluruhnya 124.554 pemilih di 530 TPS."},
		want: map[string][]string{"dpt": {"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|530|61204|63350|124554"}},
	}, {
		name: "total after the sexes, other words",
		body: []string{"Daftar Pemilih Tetap Pemilu 2024 mencatat 70.010 pemilih laki-laki dan 71.990 pemilih perempuan, total 142.000 pemilih."},
		want: map[string][]string{"dpt": {"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|70010|71990|142000"}},
	}})
}
