package parse

import "testing"

// TestDPTOtherKabupatenRow: in a kecamatan table a row naming a kabupaten
// by "KAB."/"Kabupaten" that is not the report's own total is no
// kecamatan: it is skipped with a finding, never loaded as kecamatan "KAB.
// NGADA" under Sikka. Kecamatan named "Kota …" load as kecamatan.
func TestDPTOtherKabupatenRow(t *testing.T) {
	other := []string{"Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"No\tKecamatan\tTPS\tL\tP\tL+P",
		"1\tALOK\t60\t7.210\t7.305\t14.515",
		"2\tNITA\t41\t4.120\t4.033\t8.153",
		"Total\tKAB. NGADA\t101\t11.330\t11.338\t22.668", ""}
	kota := []string{"Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"No\tKecamatan\tTPS\tL\tP\tL+P",
		"1\tKOTA BARU\t60\t7.210\t7.305\t14.515",
		"2\tNITA\t41\t4.120\t4.033\t8.153",
		"\tJumlah\t101\t11.330\t11.338\t22.668", ""}
	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "another kabupaten's row", body: other, want: map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153"}}},
		{name: "a kecamatan named Kota", body: kota, want: map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|KOTA BARU|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153",
			"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|101|11330|11338|22668"}}},
	})
}
