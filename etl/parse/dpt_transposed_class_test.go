package parse

import "testing"

// TestDPTTransposed: a DPT table with the kecamatan as columns and the
// measures as rows is read as the table it stands for when L + P makes
// the total in every column.
func TestDPTTransposed(t *testing.T) {
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "Uraian over the names, a Jumlah column",
		body: []string{"Tabel 3.5 DPT Pemilu 2024 Kabupaten Sikka per Kecamatan", "",
			"Uraian\tPAGA\tMEGO\tTANAWAWO\tJumlah",
			"Desa/Kel\t12\t9\t8\t29",
			"TPS\t40\t31\t25\t96",
			"Laki-laki\t4.081\t3.853\t2.990\t10.924",
			"Perempuan\t4.005\t3.821\t3.012\t10.838",
			"L+P\t8.086\t7.674\t6.002\t21.762"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|PAGA|12|40|4081|4005|8086",
			"pemilu|2024|kecamatan|MEGO|9|31|3853|3821|7674", "pemilu|2024|kecamatan|TANAWAWO|8|25|2990|3012|6002",
			"pemilu|2024|kabupaten|Kabupaten Sikka|29|96|10924|10838|21762"}},
	}, {
		name: "Kecamatan over the names, short measure titles, no total column",
		body: []string{"Tabel 3.5 Rekapitulasi DPT Pemilu 2019 per Kecamatan", "",
			"Kecamatan\tLELA\tBOLA\tDORENG",
			"Jumlah TPS\t22\t18\t20",
			"L\t2.500\t2.101\t1.999",
			"P\t2.640\t2.222\t2.001",
			"Jumlah Pemilih\t5.140\t4.323\t4.000"},
		want: map[string][]string{"dpt": {"pemilu|2019|kecamatan|LELA|<nil>|22|2500|2640|5140",
			"pemilu|2019|kecamatan|BOLA|<nil>|18|2101|2222|4323", "pemilu|2019|kecamatan|DORENG|<nil>|20|1999|2001|4000"}},
	}, {
		name: "a column L + P does not make: the table is not turned",
		body: []string{"Tabel 3.5 DPT Pemilu 2024 Kabupaten Sikka per Kecamatan", "",
			"Uraian\tPAGA\tMEGO\tJumlah",
			"TPS\t40\t31\t71",
			"Laki-laki\t4.081\t3.853\t7.934",
			"Perempuan\t4.005\t3.821\t7.826",
			"L+P\t8.086\t7.647\t15.760"},
	}})
}
