package parse

import "testing"

// TestSideBySideTables: two tables set side by side, each line the left
// table's cells, an empty cell, the right table's, under a line holding
// both captions: each half is read as a table of its own, under its own
// caption (made-up figures).
func TestSideBySideTables(t *testing.T) {
	checkDocs(t, []string{"sakip", "sakip_komponen", "dpt", "anggaran"}, []docCase{{
		name: "budget beside a Jenis Belanja table with its own Realisasi",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2022\t\t\t\t\t\tTabel 3.3a Realisasi per Jenis Belanja", "",
			"Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa\tSerapan (%)\t\tAkun\tJenis Belanja\tRealisasi",
			"076.01.WA\tProgram Dukungan Manajemen\t1.800.000.000\t1.710.000.000\t90.000.000\t95,00\t\t51\tBelanja Pegawai\t900.000.000",
			"3360\tOperasional Perkantoran dan Dukungan Sarana Prasarana\t1.000.000.000\t950.000.000\t50.000.000\t95,00\t\t52\tBelanja Barang\t1.496.000.000",
			"076.01.CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t700.000.000\t686.000.000\t14.000.000\t98,00\t\t\tJumlah\t2.396.000.000",
			"\tJUMLAH\t2.500.000.000\t2.396.000.000\t104.000.000\t95,84"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2022|1800000000|1710000000|90000000",
			"3360|kegiatan|076.01.WA|2022|1000000000|950000000|50000000",
			"076.01.CQ|program||2022|700000000|686000000|14000000",
			"TOTAL|total||2022|2500000000|2396000000|104000000"}},
	}, {
		name: "components beside the history of scores",
		body: []string{"Tabel 3.2 Komponen Evaluasi AKIP Tahun 2021\t\t\t\t\tTabel 3.2a Riwayat Nilai AKIP", "",
			"No\tKomponen\tBobot\tNilai\t\tTahun yang Dinilai\tNilai\tPredikat",
			"1\tPerencanaan Kinerja\t30,00\t21,00\t\t2019\t60,10\tB",
			"2\tPengukuran Kinerja\t30,00\t19,50\t\t2020\t63,25\tB",
			"3\tPelaporan Kinerja\t15,00\t10,00",
			"4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t16,00",
			"\tNilai Akhir\t100,00\t66,50"},
		want: map[string][]string{
			"sakip":          {"2021|66.5|B", "2019|60.1|B", "2020|63.25|B"},
			"sakip_komponen": {"2021|perencanaan|30|21", "2021|pengukuran|30|19.5", "2021|pelaporan|15|10", "2021|evaluasi_internal|25|16"}},
	}, {
		name: "components beside the history, the year only in the history",
		body: []string{"Tabel 3.2 Komponen Evaluasi AKIP 2023\t\t\t\t\tTabel 3.2a Riwayat Nilai AKIP", "",
			"No\tKomponen\tBobot\tNilai\t\tTahun yang Dinilai\tNilai\tPredikat",
			"1\tPerencanaan Kinerja\t30,00\t22,00\t\t2021\t64,05\tB",
			"2\tPengukuran Kinerja\t30,00\t21,15\t\t2022\t68,90\tB",
			"3\tPelaporan Kinerja\t15,00\t10,90\t\t2023\t72,45\tBB",
			"4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t18,40",
			"\tNilai Akhir\t100,00\t72,45"},
		want: map[string][]string{
			"sakip":          {"2023|72.45|BB", "2021|64.05|B", "2022|68.9|B", "2023|72.45|BB"},
			"sakip_komponen": {"2023|perencanaan|30|22", "2023|pengukuran|30|21.15", "2023|pelaporan|15|10.9", "2023|evaluasi_internal|25|18.4"}},
	}, {
		name: "DPT beside the roll's stages and their counts, the right half longer",
		body: []string{"Tabel 3.4 DPT Pemilihan 2020 per Kecamatan\t\t\t\t\t\tTabel 3.4a Tahapan Daftar Pemilih", "",
			"No\tKecamatan\tTPS\tL\tP\tL+P\t\tTahapan\tJumlah Pemilih",
			"1\tLOLI\t30\t4.100\t4.200\t8.300\t\tDPS\t20.480",
			"2\tKOTA WAIKABUBAK\t41\t6.000\t6.350\t12.350\t\tDPSHP\t20.590",
			"\tJUMLAH\t71\t10.100\t10.550\t20.650\t\tDPT\t20.650",
			"\t\t\t\t\t\t\tDPTHP\t20.700"},
		want: map[string][]string{"dpt": {"pilkada|2020|kecamatan|LOLI|<nil>|30|4100|4200|8300",
			"pilkada|2020|kecamatan|KOTA WAIKABUBAK|<nil>|41|6000|6350|12350",
			"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|71|10100|10550|20650"}},
	}, {
		name: "budget beside a legend of its codes",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2022\t\t\t\t\t\tKeterangan kode", "",
			"Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa\tSerapan (%)\t\tKode\tArti",
			"076.01.WA\tProgram Dukungan Manajemen\t1.800.000.000\t1.710.000.000\t90.000.000\t95,00\t\tWA\tDukungan Manajemen",
			"076.01.CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t700.000.000\t686.000.000\t14.000.000\t98,00\t\tCQ\tPenyelenggaraan Pemilu",
			"\tJUMLAH\t2.500.000.000\t2.396.000.000\t104.000.000\t95,84"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2022|1800000000|1710000000|90000000",
			"076.01.CQ|program||2022|700000000|686000000|14000000",
			"TOTAL|total||2022|2500000000|2396000000|104000000"}},
	}})
}
