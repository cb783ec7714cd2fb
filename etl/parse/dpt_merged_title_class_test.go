package parse

import "testing"

// TestDptMergedTitleClass: two column titles run together over two
// columns whose figures stand apart ("Desa/Kel TPS" and an empty title):
// the second title moves over its own figures. Look-alikes: a one-title
// cell whose first word qualifies it ("Jumlah TPS"), two words of one
// role ("Desa Kelurahan"), a column without figures (dpt_merged.go).
func TestDptMergedTitleClass(t *testing.T) {
	caption := []string{"Tabel 5 DPT Pemilu 2019 menurut Kecamatan", ""}
	rows := []string{"1\tALOK\t10\t31\t3.100\t3.200\t6.300", "2\tNITA\t12\t29\t2.900\t3.000\t5.900", "\tJUMLAH\t22\t60\t6.000\t6.200\t12.200"}
	for _, tc := range []struct {
		name, head string
		want       []string
	}{
		{"villages and TPS titles run together", "No\tKecamatan\tDesa/Kel TPS\t\tL\tP\tL+P",
			[]string{"pemilu|2019|kecamatan|ALOK|10|31|3100|3200|6300", "pemilu|2019|kecamatan|NITA|12|29|2900|3000|5900", "pemilu|2019|kabupaten|Kabupaten Sikka|22|60|6000|6200|12200"}},
		{"TPS and L titles run together", "No\tKecamatan\tDesa\tTPS L\t\tP\tJumlah",
			[]string{"pemilu|2019|kecamatan|ALOK|10|31|3100|3200|6300", "pemilu|2019|kecamatan|NITA|12|29|2900|3000|5900", "pemilu|2019|kabupaten|Kabupaten Sikka|22|60|6000|6200|12200"}},
		{"a qualified title stays one: no TPS read from an untitled column", "No\tKecamatan\tJumlah TPS\t\tL\tP\tL+P",
			[]string{"pemilu|2019|kecamatan|ALOK|<nil>|10|3100|3200|6300", "pemilu|2019|kecamatan|NITA|<nil>|12|2900|3000|5900", "pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|22|6000|6200|12200"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := append(append(append(append([]string{}, caption...), tc.head), rows...), "", "Sumber: KPU Kabupaten Sikka", "")
			d := parseDoc(t, tc.name, body...)
			wantRows(t, "dpt", factRows["dpt"](d), tc.want)
		})
	}
}
