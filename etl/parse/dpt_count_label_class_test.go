package parse

import "testing"

// TestDPTCountedOwnerTotal: a kecamatan table's total row labelled with the
// kabupaten's name and a bracket counting its kecamatan (made-up figures):
// the kabupaten's row when the count is the number of kecamatan rows
// listed; a count that differs (a part's subtotal) loads no total.
func TestDPTCountedOwnerTotal(t *testing.T) {
	doc := func(total string) []string {
		return []string{"DPT Pemilu 2019 Kabupaten Sikka per kecamatan:", "",
			"Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan", "",
			"No\tKecamatan\tDesa\tTPS\tL\tP\tJumlah",
			"1\tALOK\t11\t38\t8.114\t8.402\t16.516",
			"2\tNITA\t12\t27\t5.230\t5.461\t10.691",
			"3\tMAGEPANDA\t5\t15\t3.002\t3.118\t6.120",
			total, "", "Sumber: KPU Kabupaten Sikka."}
	}
	want := []string{
		"pemilu|2019|kecamatan|ALOK|11|38|8114|8402|16516",
		"pemilu|2019|kecamatan|NITA|12|27|5230|5461|10691",
		"pemilu|2019|kecamatan|MAGEPANDA|5|15|3002|3118|6120",
	}
	withTotal := append(append([]string{}, want...), "pemilu|2019|kabupaten|Kabupaten Sikka|28|80|16346|16981|33327")
	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "KAB. SIKKA (3 KECAMATAN)", body: doc("\tKAB. SIKKA (3 KECAMATAN)\t28\t80\t16.346\t16.981\t33.327"),
			want: map[string][]string{"dpt": withTotal}},
		{name: "Kabupaten Sikka (3 Kec.)", body: doc("\tKabupaten Sikka (3 Kec.)\t28\t80\t16.346\t16.981\t33.327"),
			want: map[string][]string{"dpt": withTotal}},
		{name: "a count that is not the rows listed", body: doc("\tKAB. SIKKA (21 KECAMATAN)\t28\t80\t16.346\t16.981\t33.327"),
			want: map[string][]string{"dpt": want}},
		{name: "another kabupaten counted", body: doc("\tKAB. ENDE (3 KECAMATAN)\t28\t80\t16.346\t16.981\t33.327"),
			want: map[string][]string{"dpt": want}},
	})
}
