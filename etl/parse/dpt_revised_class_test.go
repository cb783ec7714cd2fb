package parse

import "testing"

// TestRevisedRollClass: a DPT revised after its first determination is
// printed before and after side by side under a group line (L, P, L+P
// twice). The fact is the roll after the revision, whichever side it
// stands on, when every other group names the roll before; a difference
// group, or a "change" whose counts are no roll, leaves the table unread.
func TestRevisedRollClass(t *testing.T) {
	awalAkhir := barred("Tabel 3.6 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"||||DPT Awal|||DPT Akhir||",
		"No|Kecamatan|Desa/Kel|TPS|L|P|L+P|L|P|L+P",
		"1|ALOK|11|60|7.100|7.400|14.500|7.180|7.455|14.635",
		"2|NITA|12|35|4.800|4.990|9.790|4.832|5.021|9.853",
		"3|TALIBURA|12|41|5.600|5.450|11.050|5.644|5.498|11.142",
		"|JUMLAH|35|136|17.500|17.840|35.340|17.656|17.974|35.630", "")
	afterFirst := barred("Tabel 3.7 Rekapitulasi DPT Pemilu 2019 per Kecamatan", "",
		"|||Setelah Perbaikan|||Sebelum Perbaikan||",
		"No|Kecamatan|TPS|L|P|L+P|L|P|L+P",
		"1|ALOK TIMUR|52|6.210|6.480|12.690|6.150|6.400|12.550",
		"2|KANGAE|33|4.105|4.220|8.325|4.090|4.200|8.290",
		"3|WAIGETE|45|5.330|5.410|10.740|5.300|5.380|10.680",
		"|Jumlah|130|15.645|16.110|31.755|15.540|15.980|31.520", "")
	dpthp := barred("Tabel 3.4 DPT Pemilu 2024 per Kecamatan", "",
		"|||DPT Semula|||DPTHP-2||",
		"No|Kecamatan|TPS|L|P|L+P|L|P|L+P",
		"1|ALOK TIMUR|52|6.150|6.400|12.550|6.210|6.480|12.690",
		"2|KANGAE|33|4.090|4.200|8.290|4.105|4.220|8.325",
		"|Total|85|10.240|10.600|20.840|10.315|10.700|21.015", "")
	change := barred("Tabel 3.4 DPT Pemilu 2024 per Kecamatan", "",
		"|||DPT Semula|||Perubahan||",
		"No|Kecamatan|TPS|L|P|L+P|L|P|L+P",
		"1|ALOK TIMUR|52|6.150|6.400|12.550|60|80|140",
		"2|KANGAE|33|4.090|4.200|8.290|15|20|35",
		"|Total|85|10.240|10.600|20.840|75|100|175", "")
	selisih := barred("Tabel 3.4 DPT Pemilu 2024 per Kecamatan", "",
		"|||DPT Awal|||DPT Akhir|||Selisih||",
		"No|Kecamatan|TPS|L|P|L+P|L|P|L+P|L|P|L+P",
		"1|ALOK TIMUR|52|6.150|6.400|12.550|6.210|6.480|12.690|60|80|140",
		"2|KANGAE|33|4.090|4.200|8.290|4.105|4.220|8.325|15|20|35",
		"|Total|85|10.240|10.600|20.840|10.315|10.700|21.015|75|100|175", "")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"awal beside akhir", awalAkhir, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|11|60|7180|7455|14635",
			"pemilu|2024|kecamatan|NITA|12|35|4832|5021|9853",
			"pemilu|2024|kecamatan|TALIBURA|12|41|5644|5498|11142",
			"pemilu|2024|kabupaten|Kabupaten Sikka|35|136|17656|17974|35630",
		}}},
		{"the roll after the correction first", afterFirst, map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|ALOK TIMUR|<nil>|52|6210|6480|12690",
			"pemilu|2019|kecamatan|KANGAE|<nil>|33|4105|4220|8325",
			"pemilu|2019|kecamatan|WAIGETE|<nil>|45|5330|5410|10740",
			"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|130|15645|16110|31755",
		}}},
		{"semula beside dpthp", dpthp, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK TIMUR|<nil>|52|6210|6480|12690",
			"pemilu|2024|kecamatan|KANGAE|<nil>|33|4105|4220|8325",
			"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|85|10315|10700|21015",
		}}},
		{"a change group that is no roll", change, nil},
		{"a difference group beside both rolls", selisih, nil},
	})
}
