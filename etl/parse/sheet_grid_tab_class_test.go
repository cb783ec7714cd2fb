package parse

import "testing"

// TestSheetGridTabClass: a sheet copied out as TAB text with its grid
// labels (a TAB, then the column letters; every row led by its sheet row
// number, an empty row its number alone) reads as the table inside it,
// also when the print runs over a page and the letters line repeats.
func TestSheetGridTabClass(t *testing.T) {
	dpt := []string{
		"pemilu|2024|kecamatan|WAINGAPU|<nil>|61|14210|14385|28595",
		"pemilu|2024|kecamatan|PANDAWAI|<nil>|33|6122|6080|12202",
		"pemilu|2024|kecamatan|HAHARU|<nil>|18|3031|2969|6000",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|112|23363|23434|46797"}
	dptRows := []string{
		"1\tWAINGAPU\t61\t14.210\t14.385\t28.595",
		"2\tPANDAWAI\t33\t6.122\t6.080\t12.202",
		"3\tHAHARU\t18\t3.031\t2.969\t6.000",
		"\tJUMLAH\t112\t23.363\t23.434\t46.797"}
	checkDocs(t, []string{"capaian", "dpt", "sakip_komponen"}, []docCase{
		{"caption in row 1, empty row 2, Realisasi before Target", []string{
			"Laporan Kinerja KPU Kabupaten Lembata Tahun 2022",
			"",
			"Sheet: IKU",
			"\tA\tB\tC\tD\tE",
			"1\tTabel 3.1 Capaian Kinerja 2022",
			"2",
			"3\tNo\tIndikator Kinerja\tRealisasi\tTarget\tCapaian (%)",
			"4\t1\tPersentase laporan keuangan tepat waktu\t95,00\t100,00\t95,00",
			"5\t2\tIndeks kepuasan layanan informasi publik\t84,00\t80,00\t105,00",
			"IKU - Page 1",
			"",
		}, map[string][]string{"capaian": {
			"Persentase laporan keuangan tepat waktu|100|95|95",
			"Indeks kepuasan layanan informasi publik|80|84|105"}}},
		{"grid from column B, rows from 7, a total row without No", []string{
			"Bab III Akuntabilitas Kinerja",
			"",
			"Rekapitulasi DPT Pemilu 2024 per kecamatan:",
			"\tB\tC\tD\tE\tF\tG",
			"7\tNo\tKecamatan\tTPS\tL\tP\tL+P",
			"8\t" + dptRows[0], "9\t" + dptRows[1], "10\t" + dptRows[2], "11\t" + dptRows[3],
			"",
		}, map[string][]string{"dpt": dpt}},
		{"printed over two pages, the letters repeated on the second", []string{
			"Bab III Akuntabilitas Kinerja",
			"",
			"Rekapitulasi DPT Pemilu 2024 per kecamatan:",
			"\tA\tB\tC\tD\tE\tF",
			"1\tTabel 3.4 DPT Pemilu 2024",
			"2",
			"3\tNo\tKecamatan\tTPS\tL\tP\tL+P",
			"4\t" + dptRows[0], "5\t" + dptRows[1],
			"DPT - Halaman 1",
			"\f",
			"\tA\tB\tC\tD\tE\tF",
			"6\t" + dptRows[2], "7\t" + dptRows[3],
			"DPT - Halaman 2",
			"",
		}, map[string][]string{"dpt": dpt}},
		{"component scores, the total row's No empty", []string{
			"Laporan Kinerja KPU Kabupaten Alor Tahun 2021",
			"",
			"Nilai evaluasi AKIP tahun 2020 per komponen:",
			"\tA\tB\tC\tD",
			"1\tTabel 3.2 Nilai AKIP 2020",
			"2",
			"3\tNo\tKomponen\tBobot\tNilai",
			"4\t1\tPerencanaan Kinerja\t30,00\t21,10",
			"5\t2\tPengukuran Kinerja\t30,00\t19,50",
			"6\t3\tPelaporan Kinerja\t15,00\t11,25",
			"7\t4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t16,40",
			"8\t\tNilai Akhir\t100,00\t68,25",
			"",
		}, map[string][]string{"sakip_komponen": {"2020|perencanaan|30|21.1", "2020|pengukuran|30|19.5", "2020|pelaporan|15|11.25", "2020|evaluasi_internal|25|16.4"}}},
	})
}
