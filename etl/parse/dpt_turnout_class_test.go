package parse

import "testing"

// TestDPTBesideTurnoutClass: a DPT table that sets the voters who came
// (used their right, were present) beside the roll repeats L, P and the
// total under a second group line. That group is the vote's result, never
// the DPT: the roll's group is read, on either side, and a table with
// only turnout groups over its voter columns loads nothing (made-up
// figures).
func TestDPTBesideTurnoutClass(t *testing.T) {
	rollFirst := barred("Tabel 3.5 Rekapitulasi DPT dan Pengguna Hak Pilih Pemilu 2019 per Kecamatan", "",
		"||||DPT|||Pengguna Hak Pilih|||",
		"No|Kecamatan|Desa/Kel|TPS|L|P|Jumlah|L|P|Jumlah|Partisipasi (%)",
		"1|PAGA|9|30|4.210|4.390|8.600|3.400|3.620|7.020|81,63",
		"2|MEGO|10|27|3.150|3.300|6.450|2.600|2.750|5.350|82,95",
		"3|LELA|11|25|2.980|3.120|6.100|2.410|2.560|4.970|81,48",
		"|JUMLAH|30|82|10.340|10.810|21.150|8.410|8.930|17.340|81,99", "")
	turnoutFirst := barred("Tabel 3.6 Pemilih yang Menggunakan Hak Pilih dan DPT Pemilihan 2020", "",
		"|||Menggunakan Hak Pilih|||Daftar Pemilih Tetap||",
		"No|Kecamatan|TPS|L|P|L+P|L|P|L+P",
		"1|BOLA|21|2.100|2.350|4.450|2.700|2.900|5.600",
		"2|DORENG|18|1.800|1.950|3.750|2.300|2.480|4.780",
		"|Total|39|3.900|4.300|8.200|5.000|5.380|10.380", "")
	present := barred("Tabel 3.4 DPT, DPTb dan Pemilih yang Hadir Pemilu 2024", "",
		"|||DPT|||DPTb|||Pemilih yang Hadir||",
		"No|Kecamatan|TPS|L|P|Jml|L|P|Jml|L|P|Jml",
		"1|WAIGETE|44|5.300|5.500|10.800|40|35|75|4.500|4.720|9.220",
		"2|TALIBURA|41|5.010|5.120|10.130|22|30|52|4.150|4.300|8.450",
		"|Jumlah|85|10.310|10.620|20.930|62|65|127|8.650|9.020|17.670", "")
	onlyTurnout := barred("Tabel 3.7 Partisipasi Pemilih Pemilu 2019 per Kecamatan", "",
		"|||Pemilih yang Hadir|||Tidak Menggunakan Hak Pilih||",
		"No|Kecamatan|TPS|L|P|L+P|L|P|L+P",
		"1|NITA|35|3.900|4.050|7.950|700|640|1.340",
		"2|KANGAE|33|3.420|3.610|7.030|560|600|1.160",
		"|Jumlah|68|7.320|7.660|14.980|1.260|1.240|2.500", "")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"the roll, then the voters who used their right", rollFirst, map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|PAGA|9|30|4210|4390|8600",
			"pemilu|2019|kecamatan|MEGO|10|27|3150|3300|6450",
			"pemilu|2019|kecamatan|LELA|11|25|2980|3120|6100",
			"pemilu|2019|kabupaten|Kabupaten Sikka|30|82|10340|10810|21150",
		}}},
		{"the voters who voted first, the roll second", turnoutFirst, map[string][]string{"dpt": {
			"pilkada|2020|kecamatan|BOLA|<nil>|21|2700|2900|5600",
			"pilkada|2020|kecamatan|DORENG|<nil>|18|2300|2480|4780",
			"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|39|5000|5380|10380",
		}}},
		{"the roll beside another roll and those present", present, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|WAIGETE|<nil>|44|5300|5500|10800",
			"pemilu|2024|kecamatan|TALIBURA|<nil>|41|5010|5120|10130",
			"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|85|10310|10620|20930",
		}}},
		{"turnout groups only: nothing", onlyTurnout, nil},
	})
}
