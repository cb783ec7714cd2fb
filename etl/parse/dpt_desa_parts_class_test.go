package parse

import "testing"

// TestDPTDesaPartsClass: villages counted by kind under one spanning
// header ("Desa/Kelurahan" over "Desa | Kel. | Jumlah"): the sub-column
// Jumlah is the area's village count when the parts sum to it on every
// row (made-up kecamatan and figures, other orders and titles). Look-
// alikes: parts that do not sum load no village count nor total; a "Pemilih" group
// over "L | P | Jumlah" keeps its total.
func TestDPTDesaPartsClass(t *testing.T) {
	doc := func(head1, head2 string, rows ...string) []string {
		return append([]string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "", head1, head2}, rows...)
	}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"desa, kel., jumlah; tps; L, P, L+P", doc(
			"No\tKecamatan\tDesa/Kelurahan\t\t\tTPS\tPemilih\t\t",
			"\t\tDesa\tKel.\tJumlah\t\tL\tP\tL+P",
			"1\tALOK\t9\t4\t13\t60\t7.210\t7.305\t14.515",
			"2\tNITA\t12\t0\t12\t41\t4.120\t4.033\t8.153",
			"\tKAB. SIKKA\t21\t4\t25\t101\t11.330\t11.338\t22.668"),
			map[string][]string{"dpt": {"pemilu|2024|kecamatan|ALOK|13|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|12|41|4120|4033|8153",
				"pemilu|2024|kabupaten|Kabupaten Sikka|25|101|11330|11338|22668"}}},
		{"kelurahan first, a Total title, TPS last", doc(
			"No\tKecamatan\tJumlah Pemilih\tDesa / Kel\t\t\tTPS",
			"\t\t\tKelurahan\tDesa\tTotal\t",
			"1\tGOLEWA\t6.515\t1\t13\t14\t30",
			"2\tBAJAWA\t4.100\t5\t4\t9\t22"),
			map[string][]string{"dpt": {"pemilu|2024|kecamatan|GOLEWA|14|30|<nil>|<nil>|6515", "pemilu|2024|kecamatan|BAJAWA|9|22|<nil>|<nil>|4100"}}},
		// look-alike: the parts do not sum to Jumlah: the doubled counts
		// and totals stay unproven (dpt.hitungan_ganda, dpt.total_ganda)
		{"parts not summing", doc(
			"No\tKecamatan\tDesa/Kelurahan\t\t\tTPS\tPemilih\t\t",
			"\t\tDesa\tKel.\tJumlah\t\tL\tP\tL+P",
			"1\tALOK\t9\t4\t14\t60\t7.210\t7.305\t14.515",
			"2\tNITA\t12\t0\t12\t41\t4.120\t4.033\t8.153"),
			map[string][]string{"dpt": {"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|<nil>", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|<nil>"}}},
		// look-alike: a voters' group over L | P | Jumlah stays the roll's total
		{"a voters group", doc(
			"No\tKecamatan\tDesa\tTPS\tPemilih\t\t",
			"\t\t\t\tL\tP\tJumlah",
			"1\tALOK\t13\t60\t7.210\t7.305\t14.515",
			"2\tNITA\t12\t41\t4.120\t4.033\t8.153"),
			map[string][]string{"dpt": {"pemilu|2024|kecamatan|ALOK|13|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|12|41|4120|4033|8153"}}},
	})
}
