package parse

import "testing"

// TestDPTShortRowClass: a kecamatan row one cell short (an empty desa or TPS
// cell dropped) has its figures one column left of their titles. Read by
// position it loaded the TPS as L and the total as P. Its last three figures
// are L, P and L+P when they add up; the count before them is no proven desa
// or TPS. A row whose total cell alone is empty reads by position, as before
// (made-up figures).
func TestDPTShortRowClass(t *testing.T) {
	head := []string{"Tabel 3.4 DPT Pemilu 2019 per Kecamatan", "", "No\tKecamatan\tDesa\tTPS\tL\tP\tJumlah"}
	if d := parseDoc(t, "short row", append(head, "1\tPAGA\t9\t30\t4.210\t4.390\t8.600", "2\tMEGO\t10\t3.150\t3.300\t6.450", "")...); !hasRule(d, "dpt.baris_bergeser") {
		t.Error("no dpt.baris_bergeser finding for the row read from the right")
	}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"a count lost before the sexes", append(head,
			"1\tPAGA\t9\t30\t4.210\t4.390\t8.600",
			"2\tMEGO\t10\t3.150\t3.300\t6.450",
			"3\tTANA WAWO\t8\t25\t2.000\t2.100\t4.100", ""),
			map[string][]string{"dpt": {
				"pemilu|2019|kecamatan|PAGA|9|30|4210|4390|8600",
				"pemilu|2019|kecamatan|MEGO|<nil>|<nil>|3150|3300|6450",
				"pemilu|2019|kecamatan|TANA WAWO|8|25|2000|2100|4100"}}},
		{"the total cell alone empty", append(head,
			"1\tPAGA\t9\t30\t4.210\t4.390\t8.600",
			"2\tMEGO\t10\t27\t3.150\t3.300", ""),
			map[string][]string{"dpt": {
				"pemilu|2019|kecamatan|PAGA|9|30|4210|4390|8600",
				"pemilu|2019|kecamatan|MEGO|10|27|3150|3300|<nil>"}}},
	})
}

// TestDPTSpannedLabelClass: a Word table's total row whose label cell spans
// the No and Kecamatan columns comes one cell short, its first figure under
// the name. Its figures are read one column right when they fill exactly the
// measure columns and L + P = L+P proves it; otherwise it stays refused.
func TestDPTSpannedLabelClass(t *testing.T) {
	head := []string{"Tabel 3.6 Rekapitulasi DPT Pemilu 2019 per Kecamatan", "", "No\tKecamatan\tDesa/Kel\tTPS\tLaki-laki\tPerempuan\tL+P"}
	rows := []string{
		"1\tALOK\t11\t52\t9.120\t9.480\t18.600",
		"2\tNITA\t12\t33\t5.305\t5.495\t10.800"}
	if d := parseDoc(t, "spanned", append(append(head, rows...), "Jumlah\t23\t85\t14.425\t14.975\t29.400", "")...); !hasRule(d, "dpt.baris_bergeser") {
		t.Error("no dpt.baris_bergeser finding for the spanned total row")
	}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"Jumlah spanning No and Kecamatan", append(append(head, rows...), "Jumlah\t23\t85\t14.425\t14.975\t29.400", ""),
			map[string][]string{"dpt": {
				"pemilu|2019|kecamatan|ALOK|11|52|9120|9480|18600",
				"pemilu|2019|kecamatan|NITA|12|33|5305|5495|10800",
				"pemilu|2019|kabupaten|Kabupaten Sikka|23|85|14425|14975|29400"}}},
		{"a named total spanning the two cells", append(append(head, rows...), "Total Kabupaten Sikka\t23\t85\t14.425\t14.975\t29.400", ""),
			map[string][]string{"dpt": {
				"pemilu|2019|kecamatan|ALOK|11|52|9120|9480|18600",
				"pemilu|2019|kecamatan|NITA|12|33|5305|5495|10800",
				"pemilu|2019|kabupaten|Kabupaten Sikka|23|85|14425|14975|29400"}}},
		{"sexes that do not add up stay refused", append(append(head, rows...), "Jumlah\t23\t85\t14.425\t14.975\t29.500", ""),
			map[string][]string{"dpt": {
				"pemilu|2019|kecamatan|ALOK|11|52|9120|9480|18600",
				"pemilu|2019|kecamatan|NITA|12|33|5305|5495|10800"}}},
		{"a figure missing besides the label stays refused", append(append(head, rows...), "Jumlah\t85\t14.425\t14.975\t29.400", ""),
			map[string][]string{"dpt": {
				"pemilu|2019|kecamatan|ALOK|11|52|9120|9480|18600",
				"pemilu|2019|kecamatan|NITA|12|33|5305|5495|10800"}}},
	})
}
