package parse

import "testing"

// TestDPTPPKClass: a DPT table whose name column is titled by the
// kecamatan's committee ("Nama PPK") is read at kecamatan level, and the
// committee's name in its caption ("Panitia Pemilihan Kecamatan") names no
// Pilkada: the caption's "Pemilu 2019" keys the rows. A count of
// committees ("Jumlah PPK") names no column of names.
func TestDPTPPKClass(t *testing.T) {
	doc := func(name string) []string {
		return []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan", "",
			"(per Panitia Pemilihan Kecamatan (PPK))", "",
			"No\t" + name + "\tKelurahan\tTPS\tL\tP\tL+P",
			"1\tALAK\t12\t130\t22.735\t22.094\t44.829",
			"2\tMAULAFA\t9\t209\t15.740\t15.323\t31.063",
			"\tJUMLAH\t21\t339\t38.475\t37.417\t75.892", ""}
	}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"Nama PPK", doc("Nama PPK"), map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|ALAK|12|130|22735|22094|44829",
			"pemilu|2019|kecamatan|MAULAFA|9|209|15740|15323|31063",
			"pemilu|2019|kabupaten|Kabupaten Sikka|21|339|38475|37417|75892"}}},
		{"Jumlah PPK", doc("Jumlah PPK"), nil},
	})
}
