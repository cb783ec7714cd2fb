package parse

import "testing"

// TestJoinedHalves: a landscape table printed on two portrait pages, the
// names on one and the values on the next paired by their row numbers,
// is read as one table by every family, its arithmetic (L + P, pagu -
// realisasi = sisa) checked as in any table; halves whose row numbers do
// not pair give no row.
func TestJoinedHalves(t *testing.T) {
	dpt := map[string][]string{"dpt": {"pemilu|2019|kecamatan|MOLLO UTARA|14|36|4467|4569|9036",
		"pemilu|2019|kecamatan|KOT'OLIN|8|63|6687|7110|13797", "pemilu|2019|kabupaten|Kabupaten Sikka|22|99|11154|11679|22833"}}
	dptLeft := []string{"Tabel 3.4 DPT Pemilu 2019 per Kecamatan (bagian kiri)", "", "No\tKecamatan\tDesa/Kel\tTPS",
		"1\tMOLLO UTARA\t14\t36", "2\tKOT'OLIN\t8\t63", "\tJUMLAH\t22\t99", "", "bersambung ke halaman berikut ...", ""}
	budget := map[string][]string{"anggaran": {"076.01.WA|program||2020|1124590000|1080549636|44040364",
		"3355|kegiatan|076.01.WA|2020|807391000|776548481|30842519", "3358|kegiatan|076.01.WA|2020|317199000|304001155|13197845",
		"TOTAL|total||2020|1124590000|1080549636|44040364"}}
	budgetLeft := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2020 (bagian kiri)", "", "No\tKode\tProgram/Kegiatan\tPagu (Rp)",
		"1\t076.01.WA\tProgram Dukungan Manajemen\t1.124.590.000", "2\t3355\tPengelolaan Keuangan\t807.391.000",
		"3\t3358\tPengelolaan Sumber Daya Manusia\t317.199.000", "\t\tJUMLAH\t1.124.590.000", ""}
	checkDocs(t, []string{"dpt", "anggaran"}, []docCase{
		{"DPT, the right half captioned as its continuation", append(dptLeft,
			"Tabel 3.4 DPT Pemilu 2019 per Kecamatan (bagian kanan, sambungan)", "", "No\tLaki-laki\tPerempuan\tJumlah",
			"1\t4.467\t4.569\t9.036", "2\t6.687\t7.110\t13.797", "\t11.154\t11.679\t22.833"), dpt},
		{"DPT, the right half under a (lanjutan) caption, numbers written 1.", append(dptLeft,
			"Tabel 3.4 (lanjutan)", "", "No.\tL\tP\tL+P", "1.\t4.467\t4.569\t9.036", "2.\t6.687\t7.110\t13.797", "\t11.154\t11.679\t22.833"), dpt},
		{"DPT, row numbers that do not pair: nothing read", append(dptLeft,
			"No\tLaki-laki\tPerempuan\tJumlah", "1\t4.467\t4.569\t9.036", "3\t6.687\t7.110\t13.797", "\t11.154\t11.679\t22.833"), nil},
		{"DPT, each page's left half then its right half, a row of one number under a (lanjutan) caption",
			[]string{"Tabel 3.4 DPT Pemilu 2019 per Kecamatan (bagian kiri)", "", "No\tKecamatan\tDesa/Kel\tTPS", "1\tMOLLO UTARA\t14\t36", "",
				"Tabel 3.4 (bagian kanan)", "", "No\tL\tP\tL+P", "1\t4.467\t4.569\t9.036", "",
				"Tabel 3.4 (lanjutan, bagian kiri)", "", "No\tKecamatan\tDesa/Kel\tTPS", "2\tKOT'OLIN\t8\t63", "\tJUMLAH\t22\t99", "",
				"Tabel 3.4 (lanjutan, bagian kanan)", "", "No\tL\tP\tL+P", "2\t6.687\t7.110\t13.797", "\t11.154\t11.679\t22.833"}, dpt},
		{"budget, the right half with no caption", append(budgetLeft,
			"No\tRealisasi (Rp)\tSisa (Rp)\tSerapan (%)", "1\t1.080.549.636\t44.040.364\t96,08", "2\t776.548.481\t30.842.519\t96,18",
			"3\t304.001.155\t13.197.845\t95,84", "\t1.080.549.636\t44.040.364\t96,08"), budget},
	})
}
