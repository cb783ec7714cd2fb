package parse

import "testing"

// TestArithPaguClass: a budget whose amounts are all titled in words no
// vocabulary holds, only its percent column named, has its pagu, realisasi
// and sisa named by the figures (pagu − realisasi = sisa, realisasi/pagu
// the percent); without the percent, or with a row against, nothing is
// named and the table is not read.
func TestArithPaguClass(t *testing.T) {
	doc := func(pctTitle, pct string) []string {
		return []string{"Tabel 3.3 Realisasi Anggaran Tahun 2021", "",
			"Kode\tProgram/Kegiatan\tPlafon (Rp)\tTerserap (Rp)\tTidak Terserap (Rp)\t" + pctTitle,
			"076.01.WA\tProgram Dukungan Manajemen\t1.500.000.000\t1.350.000.000\t150.000.000\t90,00",
			"3355\tPengelolaan Keuangan\t1.000.000.000\t900.000.000\t100.000.000\t" + pct,
			"3360\tOperasional Perkantoran\t500.000.000\t450.000.000\t50.000.000\t90,00",
			"\tJUMLAH\t1.500.000.000\t1.350.000.000\t150.000.000\t90,00", ""}
	}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"named by the figures", doc("%", "90,00"), map[string][]string{"anggaran": {
			"076.01.WA|program||2021|1500000000|1350000000|150000000", "3355|kegiatan|076.01.WA|2021|1000000000|900000000|100000000",
			"3360|kegiatan|076.01.WA|2021|500000000|450000000|50000000", "TOTAL|total||2021|1500000000|1350000000|150000000"}}},
		{"a row against", doc("%", "80,00"), nil},
		{"no percent column", doc("Keterangan", "-"), nil},
	})
}
