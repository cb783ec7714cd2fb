package parse

import "testing"

// TestDPTProseSexesFirst: a sentence that states laki-laki and perempuan
// before the total reads them when they make it; when they do not, the
// count before "pemilih" is no proven total.
func TestDPTProseSexesFirst(t *testing.T) {
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "seluruhnya after the sexes",
		body: []string{"Untuk pemutakhiran dipakai DPT Pemilu 2019: 61.204 laki-laki, 63.350 perempuan, seluruhnya 124.554 pemilih di 530 TPS."},
		want: map[string][]string{"dpt": {"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|530|61204|63350|124554"}},
	}, {
		name: "total after the sexes, other words",
		body: []string{"Daftar Pemilih Tetap Pemilu 2024 mencatat 70.010 pemilih laki-laki dan 71.990 pemilih perempuan, total 142.000 pemilih."},
		want: map[string][]string{"dpt": {"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|70010|71990|142000"}},
	}, {
		name: "sexes that do not make the count",
		body: []string{"DPT Pemilu 2019: 61.204 laki-laki, 63.350 perempuan, seluruhnya 124.545 pemilih di 530 TPS."},
	}})
}
