package parse

import "testing"

// TestStarPaddedFigures: protected form fields fill a figure's cell with
// asterisks before the digits, an odd or even number of them, bare or
// after "Rp". The fill is no part of the figure; a star after a figure
// stays a footnote mark, and a cell of stars alone is no figure.
func TestStarPaddedFigures(t *testing.T) {
	const dptHdr = "No\tKecamatan\tDesa\tTPS\tL\tP\tJumlah"
	dptLead := []string{"BAB III AKUNTABILITAS KINERJA", "", "Tabel 3.5 Daftar Pemilih Tetap Pemilihan 2020 per Kecamatan", "", dptHdr}
	dpt := func(rows ...string) []string { return append(append([]string{}, dptLead...), rows...) }
	const bHdr = "Kode\tUraian\tPagu\tRealisasi\tSisa\tPersen"
	bLead := []string{"BAB III AKUNTABILITAS KINERJA", "", "Tabel 3.2 Realisasi Anggaran Tahun 2021 (dalam rupiah)", "", bHdr}
	budget := func(rows ...string) []string { return append(append([]string{}, bLead...), rows...) }
	checkDocs(t, []string{"dpt", "anggaran"}, []docCase{
		{"odd runs before roll figures", dpt(
			"1\tALOK\t12\t80\t***10.100\t***10.500\t***20.600",
			"2\tNITA\t11\t42\t*****6.200\t*****6.400\t***12.600",
			"\tJUMLAH\t23\t122\t***16.300\t***16.900\t***33.200"),
			map[string][]string{"dpt": {
				"pilkada|2020|kecamatan|ALOK|12|80|10100|10500|20600",
				"pilkada|2020|kecamatan|NITA|11|42|6200|6400|12600",
				"pilkada|2020|kabupaten|Kabupaten Sikka|23|122|16300|16900|33200"}}},
		{"odd fill after Rp and bare", budget(
			"076.01.WA\tProgram Dukungan Manajemen\tRp***1.250.000.000\tRp***1.200.000.000\t*****50.000.000\t96,00",
			"3360\tOperasional Perkantoran\tRp*****850.000.000\tRp*****820.500.000\tRp*******29.500.000\t96,53",
			"\tJUMLAH\tRp***1.250.000.000\tRp***1.200.000.000\tRp*****50.000.000\t96,00"),
			map[string][]string{"anggaran": {
				"076.01.WA|program||2021|1250000000|1200000000|50000000",
				"3360|kegiatan|076.01.WA|2021|850000000|820500000|29500000",
				"TOTAL|total||2021|1250000000|1200000000|50000000"}}},
		{"fill before, a footnote mark after, stars alone", budget(
			"076.01.WA\tProgram Dukungan Manajemen\t***980.000.000*)\t**940.100.000\t***\t95,93",
			"\tJUMLAH\t***980.000.000\t***940.100.000\t****39.900.000\t95,93"),
			map[string][]string{"anggaran": {
				"076.01.WA|program||2021|980000000|940100000|<nil>",
				"TOTAL|total||2021|980000000|940100000|39900000"}}},
	})
}
