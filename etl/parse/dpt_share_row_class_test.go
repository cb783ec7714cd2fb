package parse

import "testing"

// TestDptShareRowClass: a row under a roll's total giving each sex's
// share of it is no region, whatever it is called and wherever the
// percents stand; the kecamatan and the total keep their figures. A
// kecamatan whose name merely starts with the same letters stays
// (dpt.go, shareRowName).
func TestDptShareRowClass(t *testing.T) {
	head := []string{"Tabel 2.1 DPT Pemilu 2024 per Kecamatan", "", "No\tKecamatan\tTPS\tLaki-laki\tPerempuan\tJumlah",
		"1\tALOK\t40\t4.000\t4.100\t8.100", "2\tPAGA\t20\t2.000\t1.900\t3.900"}
	kec := []string{"pemilu|2024|kecamatan|ALOK|<nil>|40|4000|4100|8100", "pemilu|2024|kecamatan|PAGA|<nil>|20|2000|1900|3900"}
	total := "\tJumlah\t60\t6.000\t6.000\t12.000"
	kab := "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|60|6000|6000|12000"
	for _, tc := range []struct {
		name string
		rows []string
		want []string
	}{
		{"persentase with its sign", []string{total, "\tPERSENTASE (%)\t\t50,00\t50,00\t100,00"}, append(kec, kab)},
		{"a bare percent sign, whole percents", []string{total, "\t%\t\t50\t50\t100"}, append(kec, kab)},
		{"proporsi, the TPS cell a dash", []string{total, "\tProporsi\t-\t50,0\t50,0\t100,0"}, append(kec, kab)},
		{"rasio jenis kelamin", []string{total, "\tRasio L/P\t\t\t\t100"}, append(kec, kab)},
		{"a kecamatan named like a share word is a region", []string{"3\tPERSIAPAN RAYA\t10\t1.000\t1.000\t2.000", "\tJumlah\t70\t7.000\t7.000\t14.000"},
			append(append([]string{}, kec...), "pemilu|2024|kecamatan|PERSIAPAN RAYA|<nil>|10|1000|1000|2000", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|70|7000|7000|14000")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := append(append(append([]string{}, head...), tc.rows...), "", "Sumber: KPU Kabupaten Sikka", "")
			d := parseDoc(t, tc.name, body...)
			wantRows(t, "dpt", factRows["dpt"](d), tc.want)
		})
	}
}
