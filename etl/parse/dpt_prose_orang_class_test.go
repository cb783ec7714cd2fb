package parse

import "testing"

// TestDPTProsePersons: a roll's total written as persons ("adalah 96.287
// orang", "sebanyak … jiwa") after the voters are named is the DPT total
// when the laki-laki and perempuan counts after it make it (made-up
// figures). A population, a total the sexes do not make, or another roll
// gives nothing.
func TestDPTProsePersons(t *testing.T) {
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "adalah N orang, terdiri atas L pemilih laki-laki dan P pemilih perempuan",
		body: []string{"Pada Pemilu 14 Februari 2024 jumlah pemilih dalam DPT Kabupaten Sikka adalah 142.000 orang, terdiri atas 70.010 pemilih laki-laki dan 71.990 pemilih perempuan, yang memilih di 611 TPS."},
		want: map[string][]string{"dpt": {"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|611|70010|71990|142000"}},
	}, {
		name: "sebanyak N jiwa, laki-laki and perempuan after",
		body: []string{"Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Tahun 2020 tercatat sebanyak 139.420 jiwa (laki-laki 68.300, perempuan 71.120)."},
		want: map[string][]string{"dpt": {"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|<nil>|68300|71120|139420"}},
	}, {
		name: "the sexes do not make the total: nothing",
		body: []string{"Pada Pemilu 2024 jumlah pemilih dalam DPT Kabupaten Sikka adalah 142.000 orang, terdiri atas 70.010 pemilih laki-laki dan 71.000 pemilih perempuan."},
	}, {
		name: "a population, no voters named: nothing",
		body: []string{"Pada tahun Pemilu 2024 jumlah penduduk Kabupaten Sikka adalah 321.000 jiwa, terdiri atas 158.000 laki-laki dan 163.000 perempuan."},
	}, {
		name: "another roll: nothing",
		body: []string{"Pada Pemilu 2024 jumlah pemilih dalam Daftar Pemilih Tambahan (DPTb) adalah 1.200 orang, terdiri atas 600 pemilih laki-laki dan 600 pemilih perempuan."},
	}})
}
