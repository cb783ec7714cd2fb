package parse

import "testing"

// TestBarExportTotalClass: an application's bar-delimited export (no
// outer bars, no padding) whose total row leaves its first cell empty
// ("|JUMLAH|…"): the leading bar parts that empty cell, it frames nothing,
// so the table keeps its width and is read.
func TestBarExportTotalClass(t *testing.T) {
	checkDocs(t, []string{"anggaran", "sakip_komponen"}, []docCase{
		{"budget export, empty code on the total row", []string{
			"LAPORAN KINERJA KPU KABUPATEN SUMBA BARAT DAYA TAHUN 2022",
			"",
			"Tabel 3.3 Realisasi Anggaran Tahun 2022",
			"kode|uraian|pagu|realisasi|sisa",
			"076.01.WA|Program Dukungan Manajemen|5.100.000.000|4.950.000.000|150.000.000",
			"3355|Pengelolaan Keuangan dan Barang Milik Negara|2.600.000.000|2.520.000.000|80.000.000",
			"3360|Operasional Perkantoran dan Dukungan Sarana Prasarana|2.500.000.000|2.430.000.000|70.000.000",
			"|JUMLAH|5.100.000.000|4.950.000.000|150.000.000",
			"",
		}, map[string][]string{"anggaran": {
			"076.01.WA|program||2022|5100000000|4950000000|150000000",
			"3355|kegiatan|076.01.WA|2022|2600000000|2520000000|80000000",
			"3360|kegiatan|076.01.WA|2022|2500000000|2430000000|70000000",
			"TOTAL|total||2022|5100000000|4950000000|150000000"}}},
		{"component export, empty number on the final row", []string{
			"LAPORAN KINERJA KPU KABUPATEN MALAKA TAHUN 2021",
			"",
			"Nilai Evaluasi AKIP Tahun 2020 per Komponen",
			"no|komponen|bobot|nilai",
			"1|Perencanaan Kinerja|30,00|19,50",
			"2|Pengukuran Kinerja|30,00|18,75",
			"3|Pelaporan Kinerja|15,00|10,20",
			"4|Evaluasi Akuntabilitas Kinerja Internal|25,00|15,05",
			"|Nilai Akhir|100,00|63,50",
			"",
		}, map[string][]string{"sakip_komponen": {
			"2020|perencanaan|30|19.5",
			"2020|pengukuran|30|18.75",
			"2020|pelaporan|15|10.2",
			"2020|evaluasi_internal|25|15.05"}}},
	})
}
