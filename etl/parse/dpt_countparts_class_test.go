package parse

import "testing"

// TestDPTCountPartsClass: a count split by kind in plain columns beside its
// own total ("TPS Biasa | TPS Khusus | Jumlah TPS", "Desa | Kelurahan |
// Jumlah Desa/Kel."): the titled total is the count when the parts sum to it
// on every row (made-up kecamatan and figures, other orders and titles).
// Look-alikes: parts that do not sum keep today's finding and load no
// count; two titled totals prove nothing.
func TestDPTCountPartsClass(t *testing.T) {
	doc := func(head string, rows ...string) []string {
		return append([]string{"Tabel 4.2 DPT Pemilu 2024 per Kecamatan", "", head}, rows...)
	}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"regular and special TPS, their total after", doc(
			"No\tKecamatan\tDesa\tTPS Biasa\tTPS Lokasi Khusus\tJumlah TPS\tL\tP\tL+P",
			"1\tALOK\t8\t41\t2\t43\t6.010\t6.200\t12.210",
			"2\tNITA\t7\t39\t0\t39\t5.100\t5.322\t10.422",
			"\tKAB. SIKKA\t15\t80\t2\t82\t11.110\t11.522\t22.632"),
			map[string][]string{"dpt": {"pemilu|2024|kecamatan|ALOK|8|43|6010|6200|12210", "pemilu|2024|kecamatan|NITA|7|39|5100|5322|10422",
				"pemilu|2024|kabupaten|Kabupaten Sikka|15|82|11110|11522|22632"}}},
		{"the total first, villages by kind", doc(
			"No\tKecamatan\tJumlah Desa/Kel.\tDesa\tKelurahan\tTPS\tJumlah Pemilih",
			"1\tLARANTUKA\t20\t2\t18\t52\t31.004",
			"2\tWULANGGITANG\t11\t11\t0\t30\t14.120"),
			map[string][]string{"dpt": {"pemilu|2024|kecamatan|LARANTUKA|20|52|<nil>|<nil>|31004", "pemilu|2024|kecamatan|WULANGGITANG|11|30|<nil>|<nil>|14120"}}},
		// look-alike: the parts do not sum to the total: the row whose
		// counts differ loads no count (dpt.hitungan_ganda), as before
		{"parts not summing", doc(
			"No\tKecamatan\tDesa\tTPS Biasa\tTPS Lokasi Khusus\tJumlah TPS\tL\tP\tL+P",
			"1\tKOTA RAJA\t8\t41\t2\t44\t6.010\t6.200\t12.210",
			"2\tOEBOBO\t7\t39\t0\t39\t5.100\t5.322\t10.422"),
			map[string][]string{"dpt": {"pemilu|2024|kecamatan|KOTA RAJA|<nil>|<nil>|6010|6200|12210", "pemilu|2024|kecamatan|OEBOBO|7|39|5100|5322|10422"}}},
		// look-alike: two titled totals: nothing proves which one
		{"two totals", doc(
			"No\tKecamatan\tDesa\tTPS\tJumlah TPS\tTotal TPS\tL\tP\tL+P",
			"1\tKOTA RAJA\t8\t41\t43\t42\t6.010\t6.200\t12.210",
			"2\tOEBOBO\t7\t39\t39\t39\t5.100\t5.322\t10.422"),
			map[string][]string{"dpt": {"pemilu|2024|kecamatan|KOTA RAJA|<nil>|<nil>|6010|6200|12210", "pemilu|2024|kecamatan|OEBOBO|7|39|5100|5322|10422"}}},
	})
}
