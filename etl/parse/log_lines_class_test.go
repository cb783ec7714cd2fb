package parse

import "testing"

// TestLogLinesClass: a table exported as an application's log, one line a
// row of key="value" fields under one logger, is read as a TAB table whose
// header is the field names: the caption above it kept, other log lines
// between the rows dropped, quoted and bare values alike, an empty value
// no value.
func TestLogLinesClass(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran", "dpt", "sakip_komponen"}, []docCase{
		{"capaian under its caption, a debug line between the rows", []string{
			"BAB III AKUNTABILITAS KINERJA",
			"",
			"Tabel 3.1 Capaian Kinerja KPU Kabupaten Sumba Barat Tahun 2022",
			"2023-01-09 08:01:12 INFO [sikap.capaian] no=\"1\" indikator_kinerja=\"Persentase laporan keuangan yang disusun tepat waktu\" target=\"100,00\" realisasi=\"95,00\" capaian_persen=\"95,00\"",
			"2023-01-09 08:01:13 DEBUG [sikap.http] request selesai dalam 12 ms",
			"2023-01-09 08:01:19 INFO [sikap.capaian] no=\"2\" indikator_kinerja=\"Indeks kepuasan layanan \\\"informasi\\\" publik\" target=\"80,00\" realisasi=\"86,40\" capaian_persen=\"108,00\"",
			"",
			"Sumber: aplikasi SIKAP, diolah.",
		}, map[string][]string{"capaian": {
			"Persentase laporan keuangan yang disusun tepat waktu|100|95|95",
			"Indeks kepuasan layanan \"informasi\" publik|80|86.4|108"}}},
		{"budget with bare values, a blank line above", []string{
			"Tabel 3.5 Realisasi Anggaran per Kegiatan (dalam rupiah)",
			"",
			"2021-01-20T10:12:00+08:00 INFO anggaran.rekap kode=3355 uraian=\"Pengelolaan Keuangan dan BMN\" pagu=1.420.000.000 realisasi=1.398.500.000 sisa=21.500.000",
			"2021-01-20T10:12:04+08:00 INFO anggaran.rekap kode=3360 uraian=\"Operasional Perkantoran\" pagu=880.000.000 realisasi=861.200.000 sisa=18.800.000",
			"2021-01-20T10:12:09+08:00 INFO anggaran.rekap kode=\"\" uraian=\"JUMLAH\" pagu=2.300.000.000 realisasi=2.259.700.000 sisa=40.300.000",
			"",
		}, map[string][]string{"anggaran": {
			"3355|kegiatan||2024|1420000000|1398500000|21500000",
			"3360|kegiatan||2024|880000000|861200000|18800000",
			"TOTAL|total||2024|2300000000|2259700000|40300000"}}},
		{"voters per kecamatan, the rows moved onto the blank line under them", []string{
			"BAB II DATA PEMILIH",
			"",
			"Tabel 2.5 DPT Pemilu 2019 per Kecamatan",
			"(diekspor dari log aplikasi)",
			"2019-05-02 14:00:01 INFO [sidalih.rekap] no=\"1\" kecamatan=\"KATIKUTANA\" tps=\"31\" l=\"3.104\" p=\"3.022\" l_p=\"6.126\"",
			"2019-05-02 14:00:02 INFO [sidalih.rekap] no=\"2\" kecamatan=\"MAMBORO\" tps=\"40\" l=\"4.517\" p=\"4.480\" l_p=\"8.997\"",
			"2019-05-02 14:00:03 INFO [sidalih.rekap] no=\"\" kecamatan=\"JUMLAH\" tps=\"71\" l=\"7.621\" p=\"7.502\" l_p=\"15.123\"",
			"",
			"Jumlah pemilih tersebut menjadi dasar pemutakhiran berkelanjutan.",
		}, map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|KATIKUTANA|<nil>|31|3104|3022|6126",
			"pemilu|2019|kecamatan|MAMBORO|<nil>|40|4517|4480|8997",
			"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|71|7621|7502|15123"}}},
		{"evaluation components, a second logger's lines are a table of their own", []string{
			"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen",
			"",
			"2024-02-01 09:00:00 INFO [esakip.lhe] komponen=\"Perencanaan Kinerja\" bobot=\"30,00\" nilai=\"22,10\"",
			"2024-02-01 09:00:05 INFO [esakip.lhe] komponen=\"Pengukuran Kinerja\" bobot=\"30,00\" nilai=\"20,40\"",
			"2024-02-01 09:00:09 INFO [esakip.lhe] komponen=\"Pelaporan Kinerja\" bobot=\"15,00\" nilai=\"10,50\"",
			"2024-02-01 09:00:12 INFO [esakip.lhe] komponen=\"Evaluasi Akuntabilitas Kinerja Internal\" bobot=\"25,00\" nilai=\"15,75\"",
			"2024-02-01 09:00:15 INFO [esakip.lhe] komponen=\"Nilai Akhir\" bobot=\"100,00\" nilai=\"68,75\"",
			"",
		}, map[string][]string{"sakip_komponen": {
			"2023|perencanaan|30|22.1",
			"2023|pengukuran|30|20.4",
			"2023|pelaporan|15|10.5",
			"2023|evaluasi_internal|25|15.75"}}},
	})
}
