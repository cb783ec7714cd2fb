package parse

import "testing"

// TestUnitColumnsClass: a Word table that types each unit in a narrow cell
// of its own ("Rp" before every amount, "%" after every percent, "orang"
// after every count), the header naming the pair once. Without the fold
// the unit cells shift the rows off their header: indicators keyed by
// "%", a total whose pagu is its realisasi.
func TestUnitColumnsClass(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran", "dpt"}, []docCase{
		{
			name: "percent after the figure, header one cell short",
			body: []string{
				"Tabel 3.1 Capaian Indikator Kinerja Tahun 2024", "",
				"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\t",
				"1\tPersentase Partisipasi Pemilih dalam Pemilu/Pemilihan\t%\t80,00\t84,40\t105,50\t%",
				"2\tPersentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu\t%\t100,00\t98,00\t98,00\t%",
				"3\tNilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten\tPredikat\tBB\tB\t-\t",
				"4\tOpini BPK atas Laporan Keuangan\tOpini\tWTP\tWTP\t100,00\t%",
			},
			want: map[string][]string{"capaian": {
				"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|80|84.4|105.5",
				"Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu|100|98|98",
				"Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten|<nil>|<nil>|<nil>",
				"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
			}},
		},
		{
			name: "rupiah before the figure, name over the unit cell, unlabelled total",
			body: []string{
				"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
				"Kode\tProgram / Kegiatan\tPagu\t\tRealisasi\t\tSisa\t\tSerapan (%)\t",
				"076.01.WA\tProgram Dukungan Manajemen\tRp\t3.150.000.000\tRp\t3.024.000.000\tRp\t126.000.000\t96,00\t%",
				"3360\tOperasional Perkantoran dan Dukungan Sarana Prasarana\tRp.\t1.200.000.000\tRp.\t1.164.000.000\tRp.\t36.000.000\t97,00\t%",
				"076.01.CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\tRp\t5.000.000.000\tRp\t4.850.000.000\tRp\t150.000.000\t97,00\t%",
				"\tJUMLAH\tRp\t8.150.000.000\tRp\t7.874.000.000\tRp\t276.000.000\t96,61\t%",
			},
			want: map[string][]string{"anggaran": {
				"076.01.WA|program||2024|3150000000|3024000000|126000000",
				"3360|kegiatan|076.01.WA|2024|1200000000|1164000000|36000000",
				"076.01.CQ|program||2024|5000000000|4850000000|150000000",
				"TOTAL|total||2024|8150000000|7874000000|276000000",
			}},
		},
		{
			// one unit cell of a column broken by noise ("Rp 1" before
			// the rest of its amount): no unit column is folded, the
			// table reads as it did before unit columns were folded
			name: "a unit column broken by one odd cell folds none",
			body: []string{
				"Tabel 3.4 Realisasi Anggaran Tahun 2023", "",
				"No.\tProgram/Kegiatan\tAnggaran\t\tRealisasi\t\t%\tSisa Anggaran\t",
				"1.\t076.01.WA (Program Dukungan Manajemen)\tRp.\t1.500.000.000,-\tRp.\t1.470.000.000,-\t98,00%\tRp.\t30.000.000,-",
				"\t3360 (Operasional Perkantoran dan Dukungan Sarana Prasarana)\tRp.\t1.500.000.000,-\tRp.\t1.470.000.000,-\t98,00%\tRp.\t30.000.000,-",
				"\tTotal\tRp 1\t.500.000.000,-\tRp.\t1.470.000.000,-\t98,00 %\tRp.\t30.000.000,-",
			},
			want: map[string][]string{"anggaran": {
				"076.01.WA|program||2023|1500000000|1470000000|30000000",
				"3360|kegiatan|076.01.WA|2023|1500000000|1470000000|30000000",
				"TOTAL|total||2023|1500000000|1470000000|30000000", // the cut pagu proven by its program's
			}},
		},
		{
			// a layout dev17 does not show: the name over the figures, the
			// unit's cell left unnamed
			name: "rupiah before the figure, name over the figure cell",
			body: []string{
				"Tabel 3.2 Pagu dan Realisasi Anggaran 2024", "",
				"Kode\tUraian\t\tPagu\t\tRealisasi",
				"076.01.WA\tProgram Dukungan Manajemen\tRp\t2.400.000.000\tRp\t2.280.000.000",
				"076.01.CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\tRp\t6.600.000.000\tRp\t6.534.000.000",
				"\tTotal\tRp\t9.000.000.000\tRp\t8.814.000.000",
			},
			want: map[string][]string{"anggaran": {
				"076.01.WA|program||2024|2400000000|2280000000|120000000",
				"076.01.CQ|program||2024|6600000000|6534000000|66000000",
				"TOTAL|total||2024|9000000000|8814000000|186000000",
			}},
		},
		{
			name: "voters counted in orang, each count with its own unit cell",
			body: []string{
				"Tabel 3.5 Daftar Pemilih Tetap Pemilu 2024 per Kecamatan", "",
				"No\tKecamatan\tTPS\tL\t\tP\t\tL+P\t",
				"1\tALOK\t61\t9.120\torang\t9.480\torang\t18.600\torang",
				"2\tNITA\t42\t6.305\torang\t6.611\torang\t12.916\torang",
				"\tJUMLAH\t103\t15.425\torang\t16.091\torang\t31.516\torang",
			},
			want: map[string][]string{"dpt": {
				"pemilu|2024|kecamatan|ALOK|<nil>|61|9120|9480|18600",
				"pemilu|2024|kecamatan|NITA|<nil>|42|6305|6611|12916",
				"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|103|15425|16091|31516",
			}},
		},
		{
			// the names typed over the unit cells, one cell right of
			// the figures they name
			name: "suffix units with the names over the unit cells",
			body: []string{
				"Tabel 3.6 DPT Pemilihan 2024 per Kecamatan", "",
				"No\tKecamatan\t\tTPS\t\tL\t\tP\t\tL+P",
				"1\tKEWAPANTE\t38\tTPS\t5.210\torang\t5.402\torang\t10.612\torang",
				"2\tWAIGETE\t44\tTPS\t6.018\torang\t6.231\torang\t12.249\torang",
				"3\tTALIBURA\t29\tTPS\t4.377\torang\t4.500\torang\t8.877\torang",
			},
			want: map[string][]string{"dpt": {
				"pilkada|2024|kecamatan|KEWAPANTE|<nil>|38|5210|5402|10612",
				"pilkada|2024|kecamatan|WAIGETE|<nil>|44|6018|6231|12249",
				"pilkada|2024|kecamatan|TALIBURA|<nil>|29|4377|4500|8877",
			}},
		},
		{
			// "Satuan | Target" both named: the Satuan column is a column
			// of its own, even when every cell of it is "%"
			name: "a named Satuan column of percent signs stays a column",
			body: []string{
				"Tabel 3.1 Capaian Kinerja 2024", "",
				"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian",
				"1\tPersentase Partisipasi Pemilih dalam Pemilu/Pemilihan\t%\t78,00\t81,12\t104,00",
				"2\tPersentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu\t%\t100,00\t100,00\t100,00",
			},
			want: map[string][]string{"capaian": {
				"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|78|81.12|104",
				"Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu|100|100|100",
			}},
		},
	})
}
