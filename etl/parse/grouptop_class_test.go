package parse

import "testing"

// gtDoc sets a grouped table under its caption in a report whose other
// table is an ordinary TAB table.
func gtDoc(caption string, table ...string) []string {
	out := []string{"Tabel 3.1 Pengukuran Kinerja", "", "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
		"1\tPersentase Partisipasi Pemilih\t77,50\t79,26\t102,27", "", caption, ""}
	out = append(out, table...)
	return append(out, "", "Sumber: Subbagian Perencanaan, Data dan Informasi.", "")
}

// TestGroupTopClass: a grouped table whose group rows come first and hold
// their members' sums (Notes categorized views, pivots with subtotals on
// top, ERP grouped lists): proven by the sums, the groups dropped (DPT) or
// read as the programs (budget); a table failing the sums gives nothing.
func TestGroupTopClass(t *testing.T) {
	const dpt20 = "Tabel 4 Rekapitulasi DPT Pilkada 2020 per Kecamatan"
	const dpt24 = "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	const ang24 = "Tabel 3.3 Realisasi Anggaran Tahun 2024"
	// a Notes view categorized by dapil, `>` twisties, space-aligned, no desa, "Total" labelled
	notes := gtDoc(dpt20,
		"Dapil / Kecamatan          TPS        L        P      L+P",
		"",
		"> DAPIL SIKKA 1            101   11.330   11.338   22.668",
		"      ALOK                  60    7.210    7.305   14.515",
		"      NITA                  41    4.120    4.033    8.153",
		"> DAPIL SIKKA 2             50    5.000    5.100   10.100",
		"      TALIBURA              30    3.000    3.050    6.050",
		"      WAIGETE               20    2.000    2.050    4.050",
		"Total                      151   16.330   16.438   32.768")
	wantNotes := []string{"pilkada|2020|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pilkada|2020|kecamatan|NITA|<nil>|41|4120|4033|8153",
		"pilkada|2020|kecamatan|TALIBURA|<nil>|30|3000|3050|6050", "pilkada|2020|kecamatan|WAIGETE|<nil>|20|2000|2050|4050",
		"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|151|16330|16438|32768"}
	// an Excel pivot, subtotals on top (⊟ buttons), TAB cells, a desa column, Total Keseluruhan
	pivot := gtDoc(dpt24,
		"Label Baris\tDesa\tTPS\tLaki-laki\tPerempuan\tJumlah Pemilih",
		"⊟ DAPIL 1\t20\t101\t11330\t11338\t22668",
		"ALOK\t11\t60\t7210\t7305\t14515",
		"NITA\t9\t41\t4120\t4033\t8153",
		"⊟ DAPIL 2\t12\t50\t5000\t5100\t10100",
		"TALIBURA\t7\t30\t3000\t3050\t6050",
		"WAIGETE\t5\t20\t2000\t2050\t4050",
		"Total Keseluruhan\t32\t151\t16330\t16438\t32768")
	wantPivot := []string{"pemilu|2024|kecamatan|ALOK|11|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|9|41|4120|4033|8153",
		"pemilu|2024|kecamatan|TALIBURA|7|30|3000|3050|6050", "pemilu|2024|kecamatan|WAIGETE|5|20|2000|2050|4050",
		"pemilu|2024|kabupaten|Kabupaten Sikka|32|151|16330|16438|32768"}
	// an ERP grouped list, Indonesian titles, a theoretical column, dates, the total unlabelled
	erpID := gtDoc(ang24,
		"Pos Anggaran\tAkun Analitik\tTanggal Mulai\tTanggal Selesai\tPagu\tRealisasi\tTeoretis\tCapaian (%)",
		"▼ 076.01.WA Program Dukungan Manajemen (2)\t\t\t\tRp2.000.000.000\tRp1.936.000.000\tRp2.000.000.000\t96,80%",
		"Belanja Barang\t[3355] Pengelolaan Keuangan\t01/01/2024\t31/12/2024\tRp800.000.000\tRp760.000.000\tRp800.000.000\t95,00%",
		"Belanja Barang\t[3360] Operasional Perkantoran\t01/01/2024\t31/12/2024\tRp1.200.000.000\tRp1.176.000.000\tRp1.200.000.000\t98,00%",
		"▼ 076.01.CQ Program Penyelenggaraan Pemilu (1)\t\t\t\tRp500.000.000\tRp490.000.000\tRp500.000.000\t98,00%",
		"Belanja Barang\t[6709] Sosialisasi dan Partisipasi Masyarakat\t01/01/2024\t31/12/2024\tRp500.000.000\tRp490.000.000\tRp500.000.000\t98,00%",
		"\t\t\t\tRp2.500.000.000\tRp2.426.000.000\tRp2.500.000.000\t97,04%")
	// English titles, space-aligned, no total row: the groups prove themselves
	erpEN := gtDoc(ang24,
		"Budgetary Position    Analytic Account                  Planned Amount     Practical Amount   Theoretical Amount   Achievement",
		"▸ 076.01.WA Program Dukungan Manajemen (2)               2.000.000.000      1.936.000.000      1.500.000.000        96,80 %",
		"  Belanja Barang      [3355] Pengelolaan Keuangan       800.000.000        760.000.000        600.000.000          95,00 %",
		"  Belanja Barang      [3360] Operasional Perkantoran    1.200.000.000      1.176.000.000      900.000.000          98,00 %")
	wantERP := []string{"076.01.WA|program||2024|2000000000|1936000000|64000000",
		"3355|kegiatan|076.01.WA|2024|800000000|760000000|40000000", "3360|kegiatan|076.01.WA|2024|1200000000|1176000000|24000000",
		"076.01.CQ|program||2024|500000000|490000000|10000000", "6709|kegiatan|076.01.CQ|2024|500000000|490000000|10000000", "TOTAL|total||2024|2500000000|2426000000|74000000"}
	wantEN := []string{"076.01.WA|program||2024|2000000000|1936000000|64000000",
		"3355|kegiatan|076.01.WA|2024|800000000|760000000|40000000", "3360|kegiatan|076.01.WA|2024|1200000000|1176000000|24000000"}
	// a group whose sums do not match: nothing from the table
	broken := gtDoc(dpt20,
		"Dapil / Kecamatan          TPS        L        P      L+P",
		"> DAPIL SIKKA 1            101   11.330   11.338   22.668",
		"      ALOK                  60    7.210    7.305   14.515",
		"      NITA                  41    4.120    4.033    8.153",
		"> DAPIL SIKKA 2             50    5.001    5.100   10.101",
		"      TALIBURA              30    3.000    3.050    6.050",
		"      WAIGETE               20    2.000    2.050    4.050",
		"Total                      151   16.331   16.438   32.769")
	// look-alike: meetings grouped by date, attendance that does not sum
	meetings := gtDoc("Tabel 5 Kehadiran Rapat Tahun 2024",
		"Tanggal / Rapat            Laki-laki   Perempuan   Jumlah",
		"v 12/03/2024                      40          35       75",
		"      Rapat Pleno                 20          15       35",
		"      Rapat Koordinasi            12          10       22",
		"v 19/03/2024                      18          20       38",
		"      Bimbingan Teknis            18          20       38")
	// look-alike: a stock list grouped by warehouse, sums right, no DPT or budget title
	stock := gtDoc("Tabel 6 Persediaan Logistik Tahun 2024",
		"Gudang / Barang\tStok Awal\tMasuk\tKeluar\tSisa",
		"▾ Gudang Maumere (2)\t1.500\t300\t700\t1.100",
		"Kotak Suara\t1.000\t200\t500\t700",
		"Bilik Suara\t500\t100\t200\t400",
		"▾ Gudang Kewapante (1)\t400\t0\t100\t300",
		"Tinta\t400\t0\t100\t300",
		"\t1.900\t300\t800\t1.400")
	// a date category row amid a plain table (no group over members): the
	// table reader reads the regions, never the date as one
	dated := gtDoc(dpt24,
		"Kecamatan\tTPS\tLaki-laki\tPerempuan\tJumlah",
		"ALOK\t60\t7210\t7305\t14515",
		"v 12/04/2024\t41\t4120\t4033\t8153",
		"NITA\t41\t4120\t4033\t8153")
	wantDated := []string{"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153"}
	checkDocs(t, []string{"dpt", "anggaran"}, []docCase{
		{"a date category row amid a plain table", dated, map[string][]string{"dpt": wantDated}},
		{"notes view by dapil, > twisties", notes, map[string][]string{"dpt": wantNotes}},
		{"pivot with subtotals on top", pivot, map[string][]string{"dpt": wantPivot}},
		{"ERP grouped list, Indonesian titles", erpID, map[string][]string{"anggaran": wantERP}},
		{"ERP grouped list, English titles, no total", erpEN, map[string][]string{"anggaran": wantEN}},
		{"group sums do not match", broken, map[string][]string{"dpt": nil}},
		{"meetings grouped by date", meetings, map[string][]string{"dpt": nil}},
		{"stock grouped by warehouse", stock, map[string][]string{"dpt": nil, "anggaran": nil}},
	})
}
