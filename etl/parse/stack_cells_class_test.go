package parse

import "testing"

// stackDoc sets a table under a budget, capaian or DPT caption.
func stackDoc(caption string, table ...string) []string {
	out := []string{caption, ""}
	out = append(out, table...)
	return append(out, "", "Sumber: Subbagian Keuangan dan Umum.", "")
}

// TestStackCellsClass: a table whose cells stack two figures, a cell's
// lower line typed as its own TAB row; every record proven by its
// arithmetic read in the header's order.
func TestStackCellsClass(t *testing.T) {
	const budget = "Tabel 3.4 Realisasi Anggaran Tahun 2024"
	// the dev shape: Pagu over Realisasi, Sisa over Serapan, a JUMLAH row
	plain := stackDoc(budget,
		"Kode\tProgram/Kegiatan\tPagu / Realisasi (Rp)\tSisa (Rp) / Serapan (%)",
		"076.01.WA\tProgram Dukungan Manajemen\t2.000.000.000\t100.000.000",
		"\t\t1.900.000.000\t95,00",
		"3355\tPengelolaan Keuangan\t800.000.000\t20.000.000",
		"\t\t780.000.000\t97,50",
		"3358\tPengelolaan SDM\t1.200.000.000\t80.000.000",
		"\t\t1.120.000.000\t93,33",
		"\tJUMLAH\t2.000.000.000\t100.000.000",
		"\t\t1.900.000.000\t95,00")
	wantPlain := []string{"076.01.WA|program||2024|2000000000|1900000000|100000000", "3355|kegiatan|076.01.WA|2024|800000000|780000000|20000000",
		"3358|kegiatan|076.01.WA|2024|1200000000|1120000000|80000000", "TOTAL|total||2024|2000000000|1900000000|100000000"}
	// the other order (Realisasi over Pagu, % over Sisa), joined by "atau", the name wrapped over both lines
	swapped := stackDoc(budget,
		"Kode\tKegiatan\tRealisasi atau Pagu\t% atau Sisa",
		"3355\tPengelolaan Keuangan dan\t780.000.000\t97,50",
		"\tBarang Milik Negara\t800.000.000\t20.000.000",
		"3358\tPengelolaan Sumber Daya\t450.500.000\t90,10",
		"\tManusia\t500.000.000\t49.500.000")
	wantSwapped := []string{"3355|kegiatan||2024|800000000|780000000|20000000", "3358|kegiatan||2024|500000000|450500000|49500000"}
	// look-alike: a header naming two measures over one figure a cell loads as before
	single := stackDoc(budget,
		"Kode\tProgram/Kegiatan\tPagu / Realisasi (Rp)\tSisa (Rp)",
		"3355\tPengelolaan Keuangan\t800.000.000\t20.000.000",
		"3358\tPengelolaan SDM\t1.200.000.000\t80.000.000")
	// look-alike: the second lines are notes, not figures
	notes := stackDoc(budget,
		"Kode\tProgram/Kegiatan\tPagu / Realisasi (Rp)\tSisa (Rp) / Serapan (%)",
		"3355\tPengelolaan Keuangan\t800.000.000\t20.000.000",
		"\t\tlihat catatan 1\tbelum final",
		"3358\tPengelolaan SDM\t1.200.000.000\t80.000.000",
		"\t\tlihat catatan 2\tbelum final")
	// look-alike: the arithmetic fails (sisa not pagu − realisasi): the run stays as typed
	broken := stackDoc(budget,
		"Kode\tProgram/Kegiatan\tPagu / Realisasi (Rp)\tSisa (Rp) / Serapan (%)",
		"3355\tPengelolaan Keuangan\t800.000.000\t21.000.000",
		"\t\t780.000.000\t97,50",
		"3358\tPengelolaan SDM\t1.200.000.000\t80.000.000",
		"\t\t1.120.000.000\t93,33")
	// a capaian table: Target over Realisasi over Capaian, three lines a record
	capaian := stackDoc("Tabel 3.1 Capaian Indikator Kinerja Tahun 2024",
		"No\tIndikator Kinerja\tTarget / Realisasi / Capaian (%)",
		"1\tPersentase partisipasi pemilih\t77,50",
		"\t\t80,60",
		"\t\t104,00",
		"2\tPersentase pemutakhiran data pemilih\t100",
		"\t\t95",
		"\t\t95,00")
	// a capaian table whose header stacks its measures over two lines, the capaian beside them
	capaian2 := stackDoc("Tabel 3.1 Capaian Indikator Kinerja Tahun 2024",
		"No\tIndikator Kinerja\tTarget\tCapaian (%)",
		"\t\tRealisasi\t",
		"1\tIndeks kepuasan layanan\t80,00\t102,50",
		"\t\t82,00\t",
		"2\tPersentase laporan tepat waktu\t100\t90,00",
		"\t\t90\t")
	// a DPT: L over P, the jumlah beside them; and L over P over Jumlah
	dpt := stackDoc("Tabel 3.6 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"No\tKecamatan\tLaki-laki / Perempuan\tJumlah Pemilih",
		"1\tALOK\t7.210\t14.515",
		"\t\t7.305\t",
		"2\tNITA\t4.120\t8.153",
		"\t\t4.033\t")
	dpt3 := stackDoc("Tabel 3.6 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"Kecamatan\tPemilih L / P / Jumlah",
		"ALOK\t7.210",
		"\t7.305",
		"\t14.515",
		"NITA\t4.120",
		"\t4.033",
		"\t8.153")
	// look-alike: Target / Realisasi over one line a record
	oneLine := stackDoc("Tabel 3.1 Capaian Indikator Kinerja Tahun 2024",
		"No\tIndikator Kinerja\tTarget / Realisasi\tCapaian (%)",
		"1\tPersentase partisipasi pemilih\t77,50 / 80,60\t104,00",
		"2\tPersentase pemutakhiran data pemilih\t100 / 95\t95,00")
	// look-alike: a shop's stock card stacking stock in over stock out: no measure the readers know
	stock := stackDoc("Kartu Stok Gudang ATK",
		"Kode\tBarang\tMasuk / Keluar\tSaldo / Nilai",
		"A01\tKertas HVS\t120\t80",
		"\t\t40\t4.000.000",
		"A02\tTinta Printer\t30\t10",
		"\t\t20\t1.500.000")
	capWant := []string{"Persentase partisipasi pemilih|77.5|80.6|104", "Persentase pemutakhiran data pemilih|100|95|95"}
	dptWant := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153"}
	// what the look-alikes load is what they loaded before this reader
	asTyped := []string{"3355|kegiatan||2024|<nil>|800000000|20000000", "3358|kegiatan||2024|<nil>|1200000000|80000000"}
	checkDocs(t, []string{"anggaran", "capaian", "dpt"}, []docCase{
		{"pagu over realisasi, sisa over serapan", plain, map[string][]string{"anggaran": wantPlain}},
		{"realisasi over pagu, atau, wrapped name", swapped, map[string][]string{"anggaran": wantSwapped}},
		{"capaian three stacked", capaian, map[string][]string{"capaian": capWant}},
		{"capaian header over two lines", capaian2, map[string][]string{"capaian": {"Indeks kepuasan layanan|80|82|102.5", "Persentase laporan tepat waktu|100|90|90"}}},
		{"dpt l over p", dpt, map[string][]string{"dpt": dptWant}},
		{"dpt three stacked", dpt3, map[string][]string{"dpt": dptWant}},
		{"capaian one line", oneLine, map[string][]string{"capaian": capWant}},
		{"shop stock card", stock, nil},
		{"one figure a cell", single, map[string][]string{"anggaran": asTyped}},
		{"notes under the rows", notes, map[string][]string{"anggaran": asTyped}},
		{"broken arithmetic", broken, map[string][]string{"anggaran": {"3355|kegiatan||2024|<nil>|800000000|21000000", "3358|kegiatan||2024|<nil>|1200000000|80000000", "TOTAL|total||2024|<nil>|1120000000|<nil>"}}},
	})
}
