package parse

import "testing"

// TestAnggaranSplitReal: a money role split into sub-columns under a group
// header loads the sub-column the rows prove to be the group's total (the
// parts sum to it, and pagu − it = sisa or it/pagu = the stated %), never
// the first part; a split with no proven total loads that role NULL; a
// DPT table's "Pemilih" over "L | P | Jumlah" is no budget split (made-up
// figures).
func TestAnggaranSplitReal(t *testing.T) {
	const capt = "Tabel 3.5 Realisasi Anggaran Tahun 2024"
	checkDocs(t, []string{"anggaran", "dpt"}, []docCase{
		{"payment mechanism, Jumlah last, two header rows", []string{capt, "",
			"Kode\tUraian\tPagu\tRealisasi\t\t\tSisa\t%",
			"\t\t\tLS\tUP/GUP\tJumlah\t\t",
			"076.01.WA\tProgram Dukungan Manajemen\t2.000.000.000\t1.200.000.000\t700.000.000\t1.900.000.000\t100.000.000\t95,00",
			"3358\tPengelolaan Sumber Daya Manusia\t500.000.000\t300.000.000\t190.000.000\t490.000.000\t10.000.000\t98,00",
			"\tJUMLAH\t2.000.000.000\t1.200.000.000\t700.000.000\t1.900.000.000\t100.000.000\t95,00"},
			map[string][]string{"anggaran": {
				"076.01.WA|program||2024|2000000000|1900000000|100000000",
				"3358|kegiatan|076.01.WA|2024|500000000|490000000|10000000",
				"TOTAL|total||2024|2000000000|1900000000|100000000"}}},
		{"source of funds, Total first, percent only", []string{capt, "",
			"No\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\t\t\tSerapan (%)",
			"\t\t\tTotal\tRM\tPNBP",
			"1\tProgram Dukungan Manajemen\t1.600.000.000\t1.520.000.000\t1.500.000.000\t20.000.000\t95,00",
			"2\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t800.000.000\t780.000.000\t770.000.000\t10.000.000\t97,50",
			"\tTotal\t2.400.000.000\t2.300.000.000\t2.270.000.000\t30.000.000\t95,83"},
			map[string][]string{"anggaran": {
				"076.01.WA|program||2024|1600000000|1520000000|80000000",
				"076.01.CQ|program||2024|800000000|780000000|20000000",
				"TOTAL|total||2024|2400000000|2300000000|100000000"}}},
		{"by semester, Jumlah last, titles in the first row", []string{capt, "",
			"Kode\tUraian\tPagu\tRealisasi\t\t\tSisa",
			"\t\t\tSemester I\tSemester II\tJumlah\t",
			"076.01.WA\tProgram Dukungan Manajemen\t1.000.000.000\t400.000.000\t550.000.000\t950.000.000\t50.000.000",
			"076.01.CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t3.000.000.000\t1.000.000.000\t1.700.000.000\t2.700.000.000\t300.000.000",
			"\tJumlah\t4.000.000.000\t1.400.000.000\t2.250.000.000\t3.650.000.000\t350.000.000"},
			map[string][]string{"anggaran": {
				"076.01.WA|program||2024|1000000000|950000000|50000000",
				"076.01.CQ|program||2024|3000000000|2700000000|300000000",
				"TOTAL|total||2024|4000000000|3650000000|350000000"}}},
		{"by belanja type, Total last, titles in the first row", []string{capt, "",
			"Kode\tUraian\tAlokasi Anggaran\tRealisasi Belanja\t\t\t\tSisa Anggaran",
			"\t\t\tPegawai\tBarang\tModal\tTotal\t",
			"076.01.WA\tProgram Dukungan Manajemen\t3.000.000.000\t1.500.000.000\t1.100.000.000\t250.000.000\t2.850.000.000\t150.000.000",
			"076.01.CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t1.000.000.000\t\t960.000.000\t-\t960.000.000\t40.000.000",
			"\tTotal\t4.000.000.000\t1.500.000.000\t2.060.000.000\t250.000.000\t3.810.000.000\t190.000.000"},
			map[string][]string{"anggaran": {
				"076.01.WA|program||2024|3000000000|2850000000|150000000",
				"076.01.CQ|program||2024|1000000000|960000000|40000000",
				"TOTAL|total||2024|4000000000|3810000000|190000000"}}},
		{"pagu split, awal revisi akhir", []string{capt, "",
			"Kode\tUraian\tPagu\t\t\tRealisasi\tSisa",
			"\t\tPagu Awal\tRevisi\tPagu Akhir\t\t",
			"076.01.WA\tProgram Dukungan Manajemen\t1.800.000.000\t200.000.000\t2.000.000.000\t1.900.000.000\t100.000.000",
			"076.01.CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t900.000.000\t-100.000.000\t800.000.000\t780.000.000\t20.000.000",
			"\tJumlah\t2.700.000.000\t100.000.000\t2.800.000.000\t2.680.000.000\t120.000.000"},
			map[string][]string{"anggaran": {
				"076.01.WA|program||2024|2000000000|1900000000|100000000",
				"076.01.CQ|program||2024|800000000|780000000|20000000",
				"TOTAL|total||2024|2800000000|2680000000|120000000"}}},
		{"parts only, no total column: no realisasi", []string{capt, "",
			"Kode\tUraian\tPagu\tRealisasi\t\tSisa",
			"\t\t\tLS\tUP\t",
			"076.01.WA\tProgram Dukungan Manajemen\t2.000.000.000\t1.200.000.000\t700.000.000\t100.000.000",
			"3358\tPengelolaan Sumber Daya Manusia\t500.000.000\t300.000.000\t190.000.000\t10.000.000",
			"\tJUMLAH\t2.000.000.000\t1.200.000.000\t700.000.000\t100.000.000"},
			map[string][]string{"anggaran": {
				"076.01.WA|program||2024|2000000000|<nil>|100000000",
				"3358|kegiatan|076.01.WA|2024|500000000|<nil>|10000000",
				"TOTAL|total||2024|2000000000|<nil>|100000000"}}},
		{"DPT look-alike, Pemilih over L P Jumlah", []string{"Tabel 3.6 Rekapitulasi DPT Pemilu 2024", "",
			"No\tKecamatan\tPemilih\t\t",
			"\t\tL\tP\tJumlah",
			"1\tAlok\t12.000\t12.500\t24.500",
			"2\tNita\t8.000\t8.200\t16.200",
			"\tJumlah\t20.000\t20.700\t40.700"},
			map[string][]string{"dpt": {
				"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|12000|12500|24500",
				"pemilu|2024|kecamatan|NITA|<nil>|<nil>|8000|8200|16200",
				"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|20000|20700|40700"}}},
		{"capaian look-alike, Realisasi over TW I TW II Jumlah", []string{"Tabel 3.1 Capaian Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi\t\t\tCapaian (%)",
			"\t\t\tTW I\tTW II\tJumlah\t",
			"1\tJumlah pemilih yang dimutakhirkan\t10.000\t4.000\t5.000\t9.000\t90,00",
			"2\tJumlah peserta sosialisasi\t2.000\t1.200\t1.000\t2.200\t110,00"},
			map[string][]string{"anggaran": nil}},
	})
}
