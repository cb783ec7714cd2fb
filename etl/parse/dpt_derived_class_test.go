package parse

import "testing"

// TestDPTDerivedColumnsClass: columns an analyst derived from the roll's
// own figures (a running total, an accumulation, an average per TPS, a
// difference, with a true minus sign) are no counts: they neither displace
// nor contest the roll's own total and TPS columns, wherever they stand.
func TestDPTDerivedColumnsClass(t *testing.T) {
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "a running total after L+P",
		body: []string{"Tabel 3.6 DPT Pemilihan 2020 per Kecamatan", "",
			"No\tKecamatan\tDesa\tTPS\tL\tP\tL+P\tKumulatif L+P",
			"1\tAtambua Barat\t4\t31\t5.210\t5.400\t10.610\t10.610",
			"2\tTasifeto Timur\t12\t40\t6.001\t6.120\t12.121\t22.731",
			"3\tLamaknen\t9\t22\t3.300\t3.215\t6.515\t29.246"},
		want: map[string][]string{"dpt": {
			"pilkada|2020|kecamatan|ATAMBUA BARAT|4|31|5210|5400|10610",
			"pilkada|2020|kecamatan|TASIFETO TIMUR|12|40|6001|6120|12121",
			"pilkada|2020|kecamatan|LAMAKNEN|9|22|3300|3215|6515"}},
	}, {
		name: "an accumulation before the roll's own total",
		body: []string{"Tabel 2.4 Rekapitulasi DPT Pemilu Tahun 2019", "",
			"Kecamatan\tJumlah TPS\tAkumulasi Jumlah Pemilih\tLaki-laki\tPerempuan\tJumlah Pemilih",
			"Kota Kefamenanu\t70\t21.400\t10.500\t10.900\t21.400",
			"Insana\t45\t34.610\t6.600\t6.610\t13.210"},
		want: map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|KOTA KEFAMENANU|<nil>|70|10500|10900|21400",
			"pemilu|2019|kecamatan|INSANA|<nil>|45|6600|6610|13210"}},
	}, {
		name: "an average per TPS and a difference with a true minus sign",
		body: []string{"Tabel 3.3 DPT Pemilu 2024 per Kecamatan", "",
			"Kecamatan\tTPS\tL\tP\tL+P\tRata-rata Pemilih per TPS\tSelisih L−P",
			"Alor Barat Daya\t50\t7.020\t7.180\t14.200\t284\t−160",
			"Pantar\t31\t4.400\t4.350\t8.750\t282\t50"},
		want: map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOR BARAT DAYA|<nil>|50|7020|7180|14200",
			"pemilu|2024|kecamatan|PANTAR|<nil>|31|4400|4350|8750"}},
	}})
}
