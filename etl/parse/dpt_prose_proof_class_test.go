package parse

import "testing"

// TestDPTProseAnyVerb: the satker's DPT stated in a sentence whose verb
// names no total ("diikuti oleh 126.680 pemilih DPT (62.569 laki-laki,
// 64.111 perempuan)", "tercatat 126.680 pemilih") is read only when the
// laki-laki and perempuan counts after it make the count; a count of
// another roll, or one L + P do not make, is not (made-up figures).
func TestDPTProseAnyVerb(t *testing.T) {
	row := "pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|549|62569|64111|126680"
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "diikuti oleh, sexes in parentheses",
		body: []string{"Pemilu 2019 di Kabupaten Sikka diikuti oleh 126.680 pemilih DPT (62.569 laki-laki, 64.111 perempuan) yang tersebar di 549 TPS."},
		want: map[string][]string{"dpt": {row}},
	}, {
		name: "tercatat, sexes after a colon",
		body: []string{"Daftar Pemilih Tetap Pemilu 2019 tercatat 126.680 pemilih, terdiri dari laki-laki: 62.569 dan perempuan: 64.111, pada 549 TPS."},
		want: map[string][]string{"dpt": {row}},
	}, {
		name: "L + P do not make the count: nothing",
		body: []string{"Pemilu 2019 di Kabupaten Sikka diikuti oleh 126.680 pemilih DPT (62.569 laki-laki, 64.211 perempuan) yang tersebar di 549 TPS."},
	}, {
		name: "another roll named after the count: nothing",
		body: []string{"Pada Pemilu 2019, sebelum DPT ditetapkan, tercatat 126.680 pemilih sementara (62.569 laki-laki, 64.111 perempuan) di 549 TPS."},
	}})
}
