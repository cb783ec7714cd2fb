package parse

import "testing"

// TestTotalJmlClass: a total row labelled with the clerk's short form of
// Jumlah ("JML. KAB. SIKKA", "Jml.", "Jmlh") is the table's total, in a
// DPT table (the kabupaten's row, not a kecamatan named "JML. KAB. SIKKA")
// and in a budget table (its TOTAL); an indicator named "Jml …" in a
// capaian table stays an indicator.
func TestTotalJmlClass(t *testing.T) {
	dpt := func(label string) []string {
		return []string{"Tabel 4. Rekapitulasi DPT Pemilu 2019 per Kecamatan", "",
			"No.\tKecamatan\tDesa/Kel.\tTPS\tPemilih (L)\tPemilih (P)\tPemilih (L+P)",
			"1\tALOK\t10\t60\t7.210\t7.305\t14.515",
			"2\tNITA\t12\t41\t4.120\t4.033\t8.153",
			"\t" + label + "\t22\t101\t11.330\t11.338\t22.668", ""}
	}
	wantDPT := []string{"pemilu|2019|kecamatan|ALOK|10|60|7210|7305|14515", "pemilu|2019|kecamatan|NITA|12|41|4120|4033|8153",
		"pemilu|2019|kabupaten|Kabupaten Sikka|22|101|11330|11338|22668"}
	budget := func(label string) []string {
		return []string{"Tabel 3.2 Realisasi Anggaran Tahun 2024", "",
			"Kode\tUraian\tPagu\tRealisasi\tSisa",
			"3355\tPenyelenggaraan Pemilu\t1.000.000.000\t900.000.000\t100.000.000",
			"3360\tDukungan Manajemen\t500.000.000\t450.000.000\t50.000.000",
			"\t" + label + "\t1.500.000.000\t1.350.000.000\t150.000.000", ""}
	}
	wantBudget := []string{"3355|kegiatan||2024|1000000000|900000000|100000000", "3360|kegiatan||2024|500000000|450000000|50000000",
		"TOTAL|total||2024|1500000000|1350000000|150000000"}
	capaian := []string{"Tabel 3.1 Capaian Indikator Kinerja", "",
		"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
		"1\tJml. dokumen perencanaan yang disusun tepat waktu\t4\t4\t100",
		"2\tPersentase partisipasi pemilih\t77,5\t80\t103,23", ""}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"DPT: JML. KAB. under the kecamatan", dpt("JML. KAB. SIKKA"), map[string][]string{"dpt": wantDPT}},
		{"DPT: Jmlh alone", dpt("Jmlh"), map[string][]string{"dpt": wantDPT}},
	})
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"budget: Jml.", budget("Jml."), map[string][]string{"anggaran": wantBudget}},
	})
	checkDocs(t, []string{"capaian"}, []docCase{
		{"capaian: an indicator named Jml. stays one", capaian, map[string][]string{"capaian": {
			"Jml. dokumen perencanaan yang disusun tepat waktu|4|4|100", "Persentase partisipasi pemilih|77.5|80|103.23"}}},
	})
}
