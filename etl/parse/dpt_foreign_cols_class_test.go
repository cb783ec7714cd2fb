package parse

import "testing"

// foreignDoc sets a foreign-order DPT table in a report whose other tables
// are TAB tables, under a caption, with the page's chrome above it.
func foreignDoc(caption string, chrome []string, table ...string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "", caption, ""}
	out = append(out, chrome...)
	out = append(out, "")
	out = append(out, table...)
	return append(out, "", "Sumber: Subbagian Perencanaan, Data dan Informasi.", "")
}

// TestForeignColsDPTClass: a kecamatan DPT in a column order no report uses
// (a Dapodik-style portal page, a command's output over the DPT's CSV):
// the header's words give every column's role in any order, a row marker
// and the word Kec. are no part of the name, underscores in a one-token
// name are blanks, L + P = total proves a row and the line naming the
// whole is the kabupaten, the rows' sum.
func TestForeignColsDPTClass(t *testing.T) {
	portal := foreignDoc("Tabel 3.4 Rekapitulasi DPT Pilkada 2020 per Kecamatan",
		[]string{"PORTAL DATA PEMILIH KABUPATEN SIKKA  |  data.kpu-sikka.local",
			"Beranda  >  Rekap Pemilih  >  Kab. Sikka", "Data Pemilih Tetap per Kecamatan (tata letak Dapodik)"},
		"Wilayah                            Total         L         P  Desa/Kel.    TPS",
		"------------------------------------------------------------------------------",
		"› Kec. Alok                       14.515     7.210     7.305         12     60",
		"› Kec. Alok Timur                  8.153     4.120     4.033          9     41",
		"› Kec. Nita                        4.005     2.015     1.990          6     20",
		"------------------------------------------------------------------------------",
		"Total Kab. Sikka                  26.673    13.345    13.328         27    121",
		"",
		"Klik nama kecamatan untuk rincian per desa/kelurahan.")
	// an awk one-liner: single blanks, names joined by `_`, another order
	awk := foreignDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		[]string{"[Salinan layar: keluaran perintah]",
			"$ awk -F';' 'NR>1 {print $2, $5, $6, $7, $4, $3}' dpt_pemilu2024_kec.csv"},
		"KECAMATAN L P JUMLAH TPS DESA",
		"ALOK_TIMUR 4.120 4.033 8.153 41 9",
		"MAGEPANDA 2.015 1.990 4.005 20 6",
		"WAIGETE 3.100 3.000 6.100 25 10",
		"TOTAL_SIKKA 9.235 9.023 18.258 86 25",
		"(kolom: kecamatan, laki-laki, perempuan, jumlah pemilih, TPS, desa/kelurahan)")
	// another portal: `»` markers, the women first, no desa column
	home := foreignDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan",
		[]string{"SIDALIH PORTAL  -  Home > Data Pemilih > Kab. Sikka"},
		"Kecamatan          Jumlah       P        L      TPS",
		"» Kecamatan Bola    4.005     1.990    2.015      20",
		"» Kecamatan Doreng  6.100     3.000    3.100      25",
		"» Kecamatan Mego    2.500     1.300    1.200      11",
		"Jumlah Kab. Sikka  12.605     6.290    6.315      56")
	// a cut over a CSV: `;` cells, names with blanks, CSV column words
	cut := foreignDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		[]string{"$ cut -d';' -f2,6,5,4 dpt_kec.csv"},
		"nama_kecamatan;total_dpt;jml_l;jml_p",
		"Alok Barat;9.000;4.400;4.600",
		"Alok Timur;8.153;4.120;4.033",
		"Nita;4.005;2.015;1.990",
		"TOTAL;21.158;10.535;10.623")
	// an awk output whose names keep their blanks (the figures are the
	// last cells), the counts first, JUMLAH the whole
	spaced := foreignDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		[]string{"$ awk -F, '{print $2, $3, $4, $6, $7, $5}' rekap_pemilih.csv"},
		"Kecamatan Desa TPS Pemilih_L Pemilih_P Jumlah",
		"Alok Barat 7 40 4.400 4.600 9.000",
		"Alok Timur 9 41 4.120 4.033 8.153",
		"Nita 6 20 2.015 1.990 4.005",
		"JUMLAH 22 101 10.535 10.623 21.158")
	// look-alike: an awk output of voters with no whole line
	nowhole := foreignDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		[]string{"$ awk -F';' 'NR>1 {print $2, $5, $6, $7}' dpt_kec.csv"},
		"KECAMATAN L P JUMLAH",
		"ALOK_TIMUR 4.120 4.033 8.153",
		"MAGEPANDA 2.015 1.990 4.005",
		"WAIGETE 3.100 3.000 6.100")
	// look-alikes: a school portal's pupils per kecamatan; an awk output
	// of the budget; a portal table of voters whose row is off its sum
	school := foreignDoc("Tabel 3.6 Data Pendidikan",
		[]string{"Beranda  >  Rekap Peserta Didik  >  Kab. Sikka"},
		"Wilayah            Total         L         P   Sekolah",
		"› Kec. Alok        4.515     2.210     2.305        12",
		"› Kec. Nita        2.153     1.120     1.033         9",
		"› Kec. Bola        1.005       515       490         6",
		"Total Kab. Sikka   7.673     3.845     3.828        27")
	school2 := foreignDoc("Tabel 3.6 Data Pendidikan",
		[]string{"Beranda  >  Rekap Peserta Didik  >  Kab. Sikka"},
		"Wilayah            Total         L         P",
		"› Kec. Alok        4.515     2.210     2.305",
		"› Kec. Nita        2.153     1.120     1.033",
		"› Kec. Bola        1.005       515       490",
		"Total Kab. Sikka   7.673     3.845     3.828")
	budget := foreignDoc("Tabel 3.2 Realisasi Anggaran",
		[]string{"$ awk -F';' '{print $1, $3, $4, $5}' realisasi.csv"},
		"KODE PAGU REALISASI SISA",
		"076.01.WA 1.000 900 100",
		"076.01.CQ 2.000 1.500 500",
		"TOTAL 3.000 2.400 600")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"a Dapodik portal page, Total L P Desa TPS", portal, map[string][]string{"dpt": {
			"pilkada|2020|kecamatan|ALOK|12|60|7210|7305|14515",
			"pilkada|2020|kecamatan|ALOK TIMUR|9|41|4120|4033|8153",
			"pilkada|2020|kecamatan|NITA|6|20|2015|1990|4005",
			"pilkada|2020|kabupaten|Kabupaten Sikka|27|121|13345|13328|26673",
		}}},
		{"an awk one-liner, underscored names", awk, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK TIMUR|9|41|4120|4033|8153",
			"pemilu|2024|kecamatan|MAGEPANDA|6|20|2015|1990|4005",
			"pemilu|2024|kecamatan|WAIGETE|10|25|3100|3000|6100",
			"pemilu|2024|kabupaten|Kabupaten Sikka|25|86|9235|9023|18258",
		}}},
		{"a portal with » rows, P before L", home, map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|BOLA|<nil>|20|2015|1990|4005",
			"pemilu|2019|kecamatan|DORENG|<nil>|25|3100|3000|6100",
			"pemilu|2019|kecamatan|MEGO|<nil>|11|1200|1300|2500",
			"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|56|6315|6290|12605",
		}}},
		{"a cut over a CSV, ; cells", cut, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK BARAT|<nil>|<nil>|4400|4600|9000",
			"pemilu|2024|kecamatan|ALOK TIMUR|<nil>|<nil>|4120|4033|8153",
			"pemilu|2024|kecamatan|NITA|<nil>|<nil>|2015|1990|4005",
			"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|10535|10623|21158",
		}}},
		{"an awk output, names with blanks, JUMLAH", spaced, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK BARAT|7|40|4400|4600|9000",
			"pemilu|2024|kecamatan|ALOK TIMUR|9|41|4120|4033|8153",
			"pemilu|2024|kecamatan|NITA|6|20|2015|1990|4005",
			"pemilu|2024|kabupaten|Kabupaten Sikka|22|101|10535|10623|21158",
		}}},
		{"an awk output of voters with no whole line", nowhole, nil},
		{"a school portal's pupils", school, nil},
		{"a school portal's pupils, no other column", school2, nil},
		{"an awk output of the budget", budget, nil},
	})
}
